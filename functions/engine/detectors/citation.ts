/**
 * A lexicon word in quotation marks, or introduced as reported speech ("called me a ..."), is cited, not used:
 * "Someone above called these women 'whores'. That kind of language ..." Cited and condemned scores low; cited
 * alone is held for a human (a quote can also be a sneer).
 */
import type { NormalizedText } from "../normalize/index.js";
import { before } from "./pattern-rule.js";

const CITED =
  /(?:["'`]\s*$)|\b(?:the word|the term|the slur|called (?:me|him|her|us|them|these \w+|those \w+|my \w+)(?: an?)?|calling (?:me|him|her|us|them)(?: an?)?|n-word|word like)\s*["'`]?\s*$/;
const CONDEMNATION =
  /\b(?:racist|racism|disgusting|unacceptable|hate|hateful|slur|offensive|abhorrent|vile|shameful|bigot|bigotry|wrong|(?:that|this) kind of language|such language|no place)\b/;

/** The score of a lexicon hit at `start`: `undefined` when it is used, not cited. */
function citedScore(norm: NormalizedText, start: number): number | undefined {
  if (!CITED.test(before(norm, start, 30))) return undefined;
  return CONDEMNATION.test(norm.text) ? 0.2 : 0.5;
}

export { citedScore };
