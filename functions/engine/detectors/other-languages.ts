/**
 * Which lexicons read a comment mostly in another language. The guessed language's lexicon applies as written;
 * the other Latin-script lexicons (a Spanish comment guessed Portuguese, Arabic typed in Latin letters) may only
 * hold, because a word innocent in one language can be a swearword in the next. Arabic script has one lexicon for
 * Arabic, Persian, Sorani and Urdu. Languages without a lexicon get `undefined`: the merge holds them.
 */

import type { Finding } from "../finding.js";
import { FOREIGN_LEXICONS } from "../lexicon/foreign/index.js";
import {
  INSULT_ADJECTIVES,
  MILD_INSULT_NOUNS,
  STRONG_INSULT_NOUNS,
  VOCATIVE_NOUNS,
} from "../lexicon/insults.js";
import { LEXICON } from "../lexicon/terms.js";
import type { ForeignMatcher, Token } from "./foreign-lexicon.js";
import { compileForeignMatcher, parseForeignLexicon, tokenize } from "./foreign-lexicon.js";
import { knowsWhereTheyLive } from "./foreign-menace.js";

/** Lexicons that also read every Latin-script language, capped at hold. */
const LATIN_SCRIPT = new Set(["fr", "es", "de", "nl", "it", "pt", "tr", "ku", "arabizi"]);
const HOLD = 0.6;

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

interface OtherLanguageRules {
  /** Lexicon findings for `text` guessed to be in `language`, or `undefined` when no lexicon reads that language. */
  findings(text: string, language: string): Finding[] | undefined;
  /**
   * Every Latin-script lexicon read word for word over a text judged as English whose language could not be told
   * (`language.ts`: "und", as in "Cállate, imbécil." or "Fils de pute."), each hit scored
   * `UNTOLD_LANGUAGE_HOLD`: it holds the comment, and never rejects it alone.
   */
  untold(text: string): Finding[];
}

/** Below every rule the model may confirm (merge.ts): a word of another language read in what may be English. */
const UNTOLD_LANGUAGE_HOLD = 0.5;
/** A lexicon's `reject` terms score this or more (its `hold` terms 0.6: foreign-lexicon.ts). */
const UNMISTAKABLE = 0.8;

/**
 * English swearwords and insults, which the English rules read already: the loanwords other lexicons list too
 * ("bitch", "idiot", "clown") add nothing to a comment judged as English.
 */
const ENGLISH_KNOWN: ReadonlySet<string> = new Set(
  [
    ...LEXICON.flatMap((t) => (t.suffixes ?? [""]).map((s) => t.term + s)),
    ...STRONG_INSULT_NOUNS,
    ...MILD_INSULT_NOUNS,
    ...VOCATIVE_NOUNS,
    ...INSULT_ADJECTIVES,
  ].flatMap((w) => [w, `${w}s`]),
);

/**
 * Lexicons are parsed on the first comment in their language, not at construction: parsing all of them takes
 * ~100 ms, which every Lambda cold start would pay for comments that are mostly English. Every shipped lexicon is
 * parsed by the unit tests, so a malformed line fails CI, not a comment.
 */
function createOtherLanguageRules(): OtherLanguageRules {
  const matchers = new Map<string, ForeignMatcher>();
  function matcherFor(language: string): ForeignMatcher | undefined {
    let matcher = matchers.get(language);
    const source = Object.hasOwn(FOREIGN_LEXICONS, language) ? FOREIGN_LEXICONS[language] : undefined;
    if (matcher === undefined && source !== undefined) {
      matcher = compileForeignMatcher(parseForeignLexicon(source, language), language);
      matchers.set(language, matcher);
    }
    return matcher;
  }
  /**
   * The Latin-script lexicons other than `except`, read word for word (no collapsed letters: a word innocent in
   * one language can be a swearword in another), each finding `kept` scored no higher than `cap`.
   */
  function latinFindings(
    tokens: readonly Token[],
    text: string,
    except: string,
    cap: number,
    kept: (f: Finding) => boolean = () => true,
  ): Finding[] {
    const found: Finding[] = [];
    for (const language of LATIN_SCRIPT) {
      if (language === except) continue;
      for (const f of matcherFor(language)?.matchTokens(tokens, text, true) ?? [])
        if (kept(f)) found.push({ ...f, score: Math.min(f.score, cap) });
    }
    return found;
  }
  return {
    findings(text, language) {
      const own = matcherFor(language);
      if (own === undefined) return undefined;
      const tokens = tokenize(text);
      const found = [...own.matchTokens(tokens, text), ...easternPhoneNumbers(text)];
      const menace = knowsWhereTheyLive(tokens, text, language);
      if (menace !== undefined) found.push(menace);
      if (!LATIN_SCRIPT.has(language)) return found;
      return found.concat(latinFindings(tokens, text, language, HOLD));
    },
    untold(text) {
      // Only terms that are abuse in any ordinary use (a lexicon's `reject` terms): a term that needs context
      // in its own language has none here ("hain", traitor in Turkish, is "are" in Hindi). Promotion is read
      // in any language by the English rules (links, numbers, handles).
      return latinFindings(
        tokenize(text),
        text,
        "",
        UNTOLD_LANGUAGE_HOLD,
        (f) =>
          f.score >= UNMISTAKABLE &&
          f.category !== "promotion" &&
          !ENGLISH_KNOWN.has((f.match ?? "").toLowerCase()),
      );
    },
  };
}

export type { OtherLanguageRules };
export { createOtherLanguageRules };
