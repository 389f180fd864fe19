/**
 * Position 3 (after joining). Inside a word that mixes letters with digits or symbols, reads the digits and
 * symbols as the letters they imitate: "sh!t", "b1tch", "@ss", "a$$hole", "k1ll", "n1663r". An asterisk is kept: it
 * is a masked letter, matched as a wildcard by the lexicon, and so is a symbol beside one ("f@*k"). A word made
 * only of digits or symbols is left alone ("2015", "$300", "50%"), and trailing "!" is punctuation, not an "i".
 * A "#" between other characters of a word is a masked letter too ("$#!t").
 * False-positive risk: alphanumeric codes ("g20", "cop26", "mp3") become odd words; they never spell a term.
 */
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "6": "g",
  "7": "t",
  "8": "b",
  "9": "g",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
};

/** a-z, 0-9 and @ $ ! | * # */
function isWordish(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 64 ||
    c === 36 ||
    c === 33 ||
    c === 124 ||
    c === 42 ||
    c === 35
  );
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * A "#" inside a word is a grawlix, a masked letter like "*" ("$#!t", "s#it"); at either end it is a hashtag or a
 * musical sharp ("#isis", "C#").
 */
function masksInside(text: string, k: number, start: number, end: number): boolean {
  return text[k] === "#" && k > start && k < end - 1;
}

const NUMBER_LIKE = /^[$£€]?\d[\d.,]*(?:[a-z]{1,2}|x\d+)?$|^[$£€]\d/;

/** Characters that can stand for a letter; a text without any is left as it is, without a scan. */
const ANY_LEET = /[0-9@$!|#]/;
/**
 * Texts come in several string representations (flat, sliced, concatenated), so `text.length` and
 * `text.charCodeAt` read per character went through a generic lookup; the length is read once and the method
 * called directly.
 */
const charCodeAt = String.prototype.charCodeAt;

function resolveLeetspeak(input: MappedText): MappedText {
  const { text } = input;
  if (!ANY_LEET.test(text)) return input;
  let b: MappedTextBuilder | undefined;
  let copied = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordish(charCodeAt.call(text, i))) {
      i++;
      continue;
    }
    let j = i;
    let symbols = 0;
    for (let c = charCodeAt.call(text, j); j < n && isWordish(c); c = charCodeAt.call(text, ++j))
      if (!isLetter(c)) symbols++;
    // A word of letters alone (most words) has nothing to resolve.
    if (symbols === 0) {
      i = j;
      continue;
    }
    // Trim punctuation-like symbols at the edges of the word ("idiot!", "!!!").
    let s = i;
    let e = j;
    while (s < e && (text[s] === "!" || text[s] === "|")) s++;
    while (e > s && (text[e - 1] === "!" || text[e - 1] === "|")) e--;
    let letters = 0;
    let leet = 0;
    for (let k = s; k < e; k++) {
      if (isLetter(charCodeAt.call(text, k))) letters++;
      else if (LEET[text[k]!] !== undefined || masksInside(text, k, s, e)) leet++;
    }
    // Amounts and ordinals ("$500m", "10th", "4x4") are numbers, not disguised words.
    if (letters > 0 && leet > 0 && !NUMBER_LIKE.test(text.slice(s, e))) {
      b ??= new MappedTextBuilder(text.length);
      b.copyRange(input, copied, s);
      copied = Math.max(copied, s);
      for (let k = s; k < e; k++) {
        const c = text[k]!;
        // A symbol beside an asterisk masks a letter too ("f@*k", "sh!*"): it imitates nothing.
        const masks =
          (c === "@" || c === "$" || c === "!" || c === "|") && (text[k - 1] === "*" || text[k + 1] === "*");
        b.copy(input, k, masks || masksInside(text, k, s, e) ? "*" : (LEET[c] ?? c));
      }
      copied = e;
    }
    i = j;
  }
  if (b === undefined) return input;
  b.copyRange(input, copied, text.length);
  return b.build();
}

export { LEET, resolveLeetspeak };
