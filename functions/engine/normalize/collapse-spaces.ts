/**
 * Position 6 (last). Folds every run of whitespace to one space, so phrase patterns written with single spaces
 * match "you  are  an  idiot" (spelled-out words keep a wider gap) and text split over lines.
 * False-positive risk: a sentence break written only as a line break joins two lines; patterns that could span
 * it need a word from each line, which is rare.
 */
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

/** Exactly the characters `\s` matches. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function collapseSpaces(input: MappedText): MappedText {
  const { text } = input;
  if (!/\s\s|[\t\n\r\f\v]/.test(text)) return input;
  const b = new MappedTextBuilder(text.length);
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      // A single plain space stays as it is; any other run becomes one space spanning it.
      if (j - i > 1 || text.charCodeAt(i) !== 32) {
        b.copyRange(input, copied, i);
        b.push(" ", input.starts[i]!, input.ends[j - 1]!);
        copied = j;
      }
      i = j;
    } else {
      i++;
    }
  }
  b.copyRange(input, copied, text.length);
  return b.build();
}

export { collapseSpaces, isSpace };
