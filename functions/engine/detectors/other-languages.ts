/**
 * Which lexicons read a comment mostly in another language. The guessed language's lexicon applies as written;
 * the other Latin-script lexicons (a Spanish comment guessed Portuguese, Arabic typed in Latin letters) may only
 * hold, because a word innocent in one language can be a swearword in the next. Arabic script has one lexicon for
 * Arabic, Persian, Sorani and Urdu. Languages without a lexicon get `undefined`: the merge holds them.
 */

import type { Finding } from "../finding.js";
import { FOREIGN_LEXICONS } from "../lexicon/foreign/index.js";
import type { ForeignMatcher } from "./foreign-lexicon.js";
import { compileForeignMatcher, parseForeignLexicon, tokenize } from "./foreign-lexicon.js";

/**
 * A phone number written in Arabic-Indic or Persian digits: English rules read only 0-9, so the number is read
 * here (9+ digits, spaces, dots, dashes and brackets between them).
 */
const EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
const HAS_EASTERN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const PHONE = /(?:\+|00)?\d(?:[\s().-]?\d){8,}/g;

function easternPhoneNumbers(text: string): Finding[] {
  if (!HAS_EASTERN_DIGIT.test(text)) return [];
  const western = text.replace(EASTERN_DIGIT, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
  return [...western.matchAll(PHONE)].map((m) => ({
    category: "promotion" as const,
    start: m.index,
    end: m.index + m[0].length,
    rule: "foreign.contact-number",
    match: text.slice(m.index, m.index + m[0].length),
    score: HOLD,
  }));
}

/** Lexicons that also read every Latin-script language, capped at hold. */
const LATIN_SCRIPT = new Set(["fr", "es", "de", "nl", "it", "pt", "tr", "ku", "arabizi"]);
const HOLD = 0.6;

interface OtherLanguageRules {
  /** Lexicon findings for `text` guessed to be in `language`, or `undefined` when no lexicon reads that language. */
  findings(text: string, language: string): Finding[] | undefined;
}

function createOtherLanguageRules(): OtherLanguageRules {
  const matchers = new Map<string, ForeignMatcher>();
  for (const [language, source] of Object.entries(FOREIGN_LEXICONS))
    matchers.set(language, compileForeignMatcher(parseForeignLexicon(source, language), language));
  return {
    findings(text, language) {
      const own = matchers.get(language);
      if (own === undefined) return undefined;
      const tokens = tokenize(text);
      const found = [...own.matchTokens(tokens, text), ...easternPhoneNumbers(text)];
      if (!LATIN_SCRIPT.has(language)) return found;
      for (const [other, matcher] of matchers) {
        if (other === language || !LATIN_SCRIPT.has(other)) continue;
        for (const f of matcher.matchTokens(tokens, text))
          found.push({ ...f, score: Math.min(f.score, HOLD) });
      }
      return found;
    },
  };
}

export type { OtherLanguageRules };
export { createOtherLanguageRules };
