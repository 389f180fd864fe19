/**
 * Position 1. Per code point: drop invisible characters (format controls such as zero-width space/joiner, soft
 * hyphen, bidi marks; variation selectors; combining marks), apply NFKD (fullwidth and compatibility forms to
 * ASCII, accents split off and dropped), lower-case, fold look-alikes.
 * False-positive risk: accents carry meaning in other languages (French "pâte"); harmless because language is
 * detected on the original text and English rules do not judge non-English comments.
 */
import { compileNatively } from "../native-compile.js";
import { HOMOGLYPHS } from "./homoglyphs.js";
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

const INVISIBLE = /^[\p{Cf}\p{Mn}\p{Me}\u{115F}\u{1160}\u{3164}\u{FFA0}]$/u;
const CACHE = new Map<number, string>();
const CACHE_MAX = 4096;

function foldCodePoint(cp: number, ch: string): string {
  const cached = CACHE.get(cp);
  if (cached !== undefined) return cached;
  let out = "";
  if (!INVISIBLE.test(ch)) {
    for (const part of ch.normalize("NFKD")) {
      if (INVISIBLE.test(part)) continue;
      const lower = part.toLowerCase();
      for (const l of lower) out += HOMOGLYPHS[l] ?? (INVISIBLE.test(l) ? "" : l);
    }
  }
  if (CACHE.size < CACHE_MAX) CACHE.set(cp, out);
  return out;
}

/** Whether every code unit is ASCII: the fast paths of normalisation, language guessing and foreign folding. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function foldCharacters(input: MappedText): MappedText {
  const { text } = input;
  // Fast path: ASCII only needs lower-casing, one unit for one unit, so the map is unchanged.
  if (isAscii(text)) return { text: text.toLowerCase(), starts: input.starts, ends: input.ends };
  const b = new MappedTextBuilder(text.length);
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // A stretch of ASCII, lower-cased at once (only A-Z change), one unit for one unit: appending it character
      // by character built a chain of thousands of joined strings for a long comment.
      let j = i + 1;
      while (j < n && text.charCodeAt(j) < 0x80) j++;
      b.copyRange(input, i, j, text.slice(i, j).toLowerCase());
      i = j;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp, text.slice(i, i + width));
    if (folded.length > 0) {
      b.push(folded, input.starts[i]!, input.ends[i + width - 1]!);
    }
    i += width;
  }
  return b.build();
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(INVISIBLE);

export { foldCharacters, isAscii };
