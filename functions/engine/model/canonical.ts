/**
 * Featurisation-time canonical form, shared by training and inference so both see exactly the same text.
 * It folds the cheap evasions (case, fullwidth and look-alike forms via NFKD, accents and decorations, invisible
 * characters, leetspeak inside words, stretched letters, spaced-out letters); the rule detectors keep their own
 * normaliser with offsets for evidence. Plain ASCII takes a fast path with the same result.
 */

// Zero-width and other invisible format characters, soft hyphen and combining grapheme joiner.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
// Combining marks: accents and decoration ("f̶u̶c̶k̶", zalgo) are dropped after compatibility decomposition.
const COMBINING = /\p{M}+/gu;
const ASCII_ONLY = /^[\u0000-\u007f]*$/;
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
};
const LETTER = /\p{L}/u;
const LEET_CHARS = "0123456789@$!|";
const TRAILING_NUMBER = /^\p{L}+[0-9]+$/u;
// Numbers with a unit or ordinal ("4th", "10k", "80s", "5pm") are not leetspeak.
const NUMBER_WITH_UNIT = /^[0-9]+(?:st|nd|rd|th|s|k|m|b|am|pm|g|x|mm|cm|km|kg|lb|lbs|mph|ft)$/;

interface Patterns {
  /** A letter or digit repeated three or more times: "fuuuuck" -> "fuuck". */
  readonly stretched: RegExp;
  /** Three or more single letters separated by a space, dot, dash or star: "f u c k", "s.h.i.t". */
  readonly spaced: RegExp;
  /** A letter next to a digit or symbol: where a leet token may be. */
  readonly mixed: RegExp;
  readonly tokenChar: (ch: string) => boolean;
}

const ASCII: Patterns = {
  stretched: /([a-z0-9])\1\1+/g,
  spaced: /(?<![a-z0-9])(?:[a-z][ .\-_*]){2,}[a-z](?![a-z0-9])/g,
  mixed: /[a-z][0-9@$!|]|[0-9@$!|][a-z]/g,
  tokenChar: (ch) => (ch >= "a" && ch <= "z") || LEET_CHARS.includes(ch),
};

const UNICODE: Patterns = {
  stretched: /([\p{L}\p{N}])\1\1+/gu,
  spaced: /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*]){2,}\p{L}(?![\p{L}\p{N}])/gu,
  mixed: /\p{L}[0-9@$!|]|[0-9@$!|]\p{L}/gu,
  tokenChar: (ch) => LEET_CHARS.includes(ch) || LETTER.test(ch),
};

function foldLeetToken(token: string): string {
  // Leading/trailing "!" and "|" are punctuation, not letters ("wow!"); keep them out of the fold.
  const core = token.replace(/^[!|]+|[!|]+$/g, "");
  // A word with a number after it ("covid19", "mp3") is a name, not leetspeak.
  if (core.length < 2 || TRAILING_NUMBER.test(core) || NUMBER_WITH_UNIT.test(core)) return token;
  let letters = 0;
  let others = 0;
  for (const ch of core) {
    if (LETTER.test(ch)) letters++;
    else others++;
  }
  // Only fold mixed tokens with real letters in them ("sh!t", "b1tch", "1d10t"), never numbers ("2016").
  if (letters < 2 || others === 0 || others > letters + 1) return token;
  const start = token.indexOf(core);
  let folded = "";
  for (const ch of core) folded += LEET[ch] ?? ch;
  return token.slice(0, start) + folded + token.slice(start + core.length);
}

/** Folds every maximal run of letters/leet characters that mixes the two. */
function foldLeet(text: string, p: Patterns): string {
  let out = "";
  let last = 0;
  p.mixed.lastIndex = 0;
  for (let m = p.mixed.exec(text); m; m = p.mixed.exec(text)) {
    let start = m.index;
    while (start > last && p.tokenChar(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && p.tokenChar(text[end]!)) end++;
    out += text.slice(last, start) + foldLeetToken(text.slice(start, end));
    last = end;
    p.mixed.lastIndex = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

const unspace = (m: string) => m.replace(/[ .\-_*]/g, "");

function canonicalize(text: string): string {
  let t: string;
  let p: Patterns;
  if (ASCII_ONLY.test(text)) {
    t = text.toLowerCase();
    p = ASCII;
  } else {
    t = text.normalize("NFKD").replace(COMBINING, "").toLowerCase().replace(INVISIBLE, "");
    p = UNICODE;
  }
  t = t.replace(p.stretched, "$1$1").replace(p.spaced, unspace);
  return foldLeet(t, p);
}

export { canonicalize };
