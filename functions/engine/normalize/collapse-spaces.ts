/**
 * Position 5 (last). Folds every run of whitespace to one space, so phrase patterns written with single spaces
 * match "you  are  an  idiot" (spelled-out words keep a wider gap) and text split over lines.
 * False-positive risk: a sentence break written only as a line break joins two lines; patterns that could span
 * it need a word from each line, which is rare.
 */
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

function collapseSpaces(input: MappedText): MappedText {
  const { text } = input;
  if (!/\s\s|[\t\n\r\f\v]/.test(text)) return input;
  const b = new MappedTextBuilder();
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      b.push(" ", input.starts[i]!, input.ends[j - 1]!);
      i = j;
    } else {
      b.copy(input, i);
      i++;
    }
  }
  return b.build();
}

export { collapseSpaces };
