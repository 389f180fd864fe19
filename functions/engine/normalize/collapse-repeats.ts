/**
 * Position 4. Shortens a run of three or more identical letters to two ("fuuuuck" -> "fuuck",
 * "shiiiit" -> "shiit"); the lexicon then also tries the fully collapsed form. Two letters stay, so ordinary
 * spellings ("good", "assess") are untouched.
 * False-positive risk: none known for English words (no English word has a tripled letter).
 */
import { forEachLetterRun } from "./letter-runs.js";
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

/** Whether some letter a-z occurs three times in a row (a loop: a back-reference regex is slow on long text). */
function hasTripledLetter(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === text.charCodeAt(i - 1) && c === text.charCodeAt(i - 2)) return true;
  }
  return false;
}

function collapseRepeats(input: MappedText): MappedText {
  const { text } = input;
  if (!hasTripledLetter(text)) return input;
  const b = new MappedTextBuilder(text.length);
  let copied = 0;
  forEachLetterRun(text, 3, (i, j) => {
    // Keep two units; the second stands for the rest of the run so the span still covers all of it.
    b.copyRange(input, copied, i + 1);
    b.push(text[i]!, input.starts[i + 1]!, input.ends[j - 1]!);
    copied = j;
  });
  b.copyRange(input, copied, text.length);
  return b.build();
}

export { collapseRepeats };
