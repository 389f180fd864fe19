/**
 * A lexicon word in quotation marks, or introduced as reported speech ("called me a ...", "told him to ..."), is
 * cited, not used:
 * "Someone above called these women 'whores'. That kind of language ..." Cited and condemned scores low; cited
 * alone is held for a human (a quote can also be a sneer).
 */
import type { Finding } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import { isSpace } from "../normalize/collapse-spaces.js";
import type { NormalizedText } from "../normalize/index.js";
import { before } from "./pattern-rule.js";

const CITED =
  /(?:(?:^|[\s(:])["'`‘“]\s*$)|\b(?:the word|the term|the slur|call(?:ed|ing|s)? (?:me|him|her|us|them|people|someone|anyone|somebody|anybody|these \w+|those \w+|my \w+)(?: an?)?|n-word|word like|(?:told|tells|telling) (?:him|her|them|me|us|the \w+|someone|everyone) to)\s*["'`]?\s*$/;
const CONDEMNATION =
  /\b(?:racist|racism|disgusting|unacceptable|hate|hateful|slur|offensive|abhorrent|vile|shameful|bigot|bigotry|wrong|(?:that|this) kind of language|such language|no place|not (?:ok|okay|acceptable|on)|how dare|hurtful|dehumani[sz]\w*|threats? like|(?:in|to) (?:jail|prison)|appalling|report(?:ed|ing)? (?:it|this|that|them|him|her)|(?:say|saying|said|post|posting|write|writing) (?:stuff|things) like|a comment like|comments like)\b/;

/** Whether `text` (lower case) condemns what it cites. */
function condemned(text: string): boolean {
  return CONDEMNATION.test(text);
}

/** Cited and condemned scores low; cited alone is held for a human. */
function citedLevel(norm: NormalizedText): number {
  return condemned(norm.text) ? 0.2 : 0.5;
}

/**
 * The score of a lexicon hit at [start, end): `undefined` when it is used, not cited. Cited: introduced as the
 * word someone used, or inside quotation marks within its sentence ("a bloke was shouting 'lazy f***ing parasites'
 * at the guard").
 */
function citedScore(norm: NormalizedText, start: number, end = start + 1): number | undefined {
  if (
    !CITED.test(before(norm, start, 30)) &&
    !insideQuotes(norm.original, norm.starts[start] ?? 0, norm.ends[end - 1] ?? 0)
  )
    return undefined;
  return citedLevel(norm);
}

/** " ' “ ‘ ` */
const isOpeningQuote = (c: number) => c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 96;
/** " ' ” ’ ` */
const isClosingQuote = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 96;
/** . , ! ? ; : ) */
const isCloserEnd = (c: number) =>
  c === 46 || c === 44 || c === 33 || c === 63 || c === 59 || c === 58 || c === 41;

/**
 * Whether [start, end) of the original text sits inside quotation marks within its sentence: "someone wrote
 * 'Afghans = rapists' on the shelter" cites the words. Looks back at most 80 characters, never past a sentence end.
 * An opening quote starts the text or follows whitespace, "(" or ":"; a closing one ends the text or comes before
 * whitespace or punctuation. Read character by character: this runs for every finding, up to 160 steps each.
 */
function insideQuotes(original: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start; i > Math.max(0, start - 80); i--) {
    const c = original.charCodeAt(i - 1);
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    if (isOpeningQuote(c)) {
      const b = i >= 2 ? original.charCodeAt(i - 2) : -1;
      if (b === -1 || isSpace(b) || b === 40 || b === 58) {
        open = i;
        break;
      }
    }
  }
  if (open < 0) return false;
  for (let j = end; j < Math.min(original.length, end + 80); j++) {
    const c = original.charCodeAt(j);
    if (isClosingQuote(c)) {
      if (j + 1 >= original.length) return true;
      const d = original.charCodeAt(j + 1);
      if (isSpace(d) || isCloserEnd(d)) return true;
    }
    if (c === 10) return false;
  }
  return false;
}

/** The score of a pattern match at [start, end) of the original text: `undefined` unless it sits inside quotes. */
function quotedScore(norm: NormalizedText, start: number, end: number): number | undefined {
  return insideQuotes(norm.original, start, end) ? citedLevel(norm) : undefined;
}

/**
 * Reported speech right before a span, with no quotation marks: "jailed for posting that people should burn down
 * the hotel", "he wrote that someone should...", "the headline screams that the minister should be shot". `start`
 * is in the original text, read up to 40 characters back.
 */
const REPORTED_BEFORE =
  /\b(?:for\s+(?:posting|saying|writing|tweeting|sharing|shouting|chanting)|(?:posted|posts|said|says|wrote|writes|tweeted|tweets|shouted|shouts|chanted|claimed|claims|suggested|suggests|commented|screamed|screams|argued|argues|demanded|demands|implied|implies|insisted|insists)\s+(?:online\s+)?that)(?:\s+[a-z']+){0,3}\s*$/i;

function reportedSpeech(original: string, start: number): boolean {
  const before = original.slice(Math.max(0, start - 40), start);
  // A span may begin with the "that" of the reporting clause ("screams that the minister should...").
  return REPORTED_BEFORE.test(/^that\s/i.test(original.slice(start, start + 5)) ? `${before}that` : before);
}

/** A finding read as cited, not used: named `.cited` (merge.ts `citedOnly` reads the name), scored at most `score`. */
function asCited(f: Finding, score: number): Finding {
  return { ...f, rule: `${f.rule}.cited`, score: Math.min(f.score, score) };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(CONDEMNATION, CITED, REPORTED_BEFORE);

export { asCited, citedScore, condemned, insideQuotes, quotedScore, reportedSpeech };
