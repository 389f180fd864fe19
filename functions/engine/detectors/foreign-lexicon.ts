/**
 * Rules for comments written mostly in another language: one lexicon per language (functions/engine/lexicon/foreign,
 * format in its README), matched as whole words and phrases over the ORIGINAL text, folded so that accents, case,
 * Arabic vowel marks and letter variants, stretched letters ("putaaain") and masks ("p*tain") do not hide a term.
 * English rules never reject such a comment (merge.ts); these may.
 */
import type { Category } from "../../domain/categories.js";
import { CATEGORIES } from "../../domain/categories.js";
import type { Finding } from "../finding.js";

type ForeignAction = "reject" | "hold";

interface ForeignEntry {
  readonly category: Category;
  readonly action: ForeignAction;
  /** The term as written in the lexicon, for evidence. */
  readonly term: string;
  /** Folded words; a phrase has several. */
  readonly words: readonly string[];
  /** The last word matches any ending ("connard*"). */
  readonly prefix: boolean;
}

/** Scores a lexicon hit carries into the merge: above the default reject threshold, or at the hold level. */
const ACTION_SCORE: Readonly<Record<ForeignAction, number>> = { reject: 0.9, hold: 0.6 };
/** A stem with `*` shorter than this would reach innocent words; Arabic script writes no short vowels, so 3 there. */
const MIN_PREFIX = 4;
const MIN_ARABIC_PREFIX = 3;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** Arabic-script letter variants that readers type interchangeably (after marks are removed). */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  "\u0629": "\u0647", // ة -> ه
  "\u0649": "\u064a", // ى -> ي
  "\u06cc": "\u064a", // Persian ی -> ي
  "\u06a9": "\u0643", // Persian ک -> ك
  "\u0640": "", // tatweel
  ı: "i",
  ß: "ss",
  œ: "oe",
  æ: "ae",
};
const VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join("")}]`, "g");

/** Lower case, no accents or Arabic vowel marks, one form per letter variant. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(VARIANT, (c) => ARABIC_VARIANTS[c] ?? c);
}

/** Runs of 2+ of the same letter read as one: "putaaaain" and "connnard" reach "putain" and "connard". */
function collapse(word: string): string {
  return word.replace(/(.)\1+/gu, "$1");
}

interface Token {
  readonly word: string;
  /**
   * A second reading: digits and symbols as letters ("g0dverd0mme", "s!kerim") when the word mixes both; an Arabic
   * word without "and", "the" or "and the" joined to its front ("وراح" -> "راح", "الخونه" -> "خونه").
   */
  readonly alt?: string;
  readonly start: number;
  readonly end: number;
}

/** Letters, marks, digits and masks; `! @ $ |` only between them ("s!kerim", "m@rde"), never at a word's edge. */
const WORD = /[\p{L}\p{M}\p{N}*]+(?:[!@$|]+[\p{L}\p{M}\p{N}*]+)*/gu;
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
};
const LEET_CHAR = /[0134578@$!|]/g;
const HAS_LETTER = /\p{L}/u;

/** "and", "the", "and the" joined to the front of an Arabic word; the longest is tried first. */
const ARABIC_PREFIXES = ["\u0648\u0627\u0644", "\u0627\u0644", "\u0648"];
const ARABIC_STEM_MIN = 3;

function withoutArabicPrefix(word: string): string | undefined {
  for (const p of ARABIC_PREFIXES)
    if (word.startsWith(p) && word.length - p.length >= ARABIC_STEM_MIN) return word.slice(p.length);
  return undefined;
}

function leetReading(word: string): string {
  return HAS_LETTER.test(word) ? word.replace(LEET_CHAR, (c) => LEET[c] ?? c) : word;
}

/**
 * Words of the original text with their spans; folding is per word, so spans stay exact. Digits stay as written
 * too (Arabizi writes letters with them: "7mar"); the leet reading is an alternative, tried beside it.
 */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = fold(m[0]);
    if (word.length === 0) continue;
    const alt = withoutArabicPrefix(word) ?? leetReading(word);
    out.push({ word, ...(alt !== word ? { alt } : {}), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

class ForeignLexiconError extends Error {
  override readonly name = "ForeignLexiconError";
}

/** Parses one lexicon file; throws (at engine construction) naming the line that is wrong. */
function parseForeignLexicon(source: string, language: string): ForeignEntry[] {
  const entries: ForeignEntry[] = [];
  source.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [category, action, ...rest] = line.split(/\s+/);
    const where = `${language} lexicon line ${i + 1} ("${line}")`;
    if (!(CATEGORIES as readonly string[]).includes(category ?? "") || category === "off_topic")
      throw new ForeignLexiconError(`${where}: unknown category`);
    if (action !== "reject" && action !== "hold")
      throw new ForeignLexiconError(`${where}: action must be reject or hold`);
    const term = rest.join(" ");
    const prefix = term.endsWith("*");
    const words = tokenize(prefix ? term.slice(0, -1) : term).map((t) => t.word);
    if (words.length === 0) throw new ForeignLexiconError(`${where}: no term`);
    const minPrefix = ARABIC_LETTER.test(term) ? MIN_ARABIC_PREFIX : MIN_PREFIX;
    if (prefix && words.length === 1 && words[0]!.length < minPrefix)
      throw new ForeignLexiconError(`${where}: a stem ending in * needs ${minPrefix}+ letters`);
    entries.push({ category: category as Category, action, term, words, prefix });
  });
  return entries;
}

/** Whether a masked token ("p*tain", "m**de") agrees with a form letter for letter: same length and first letter. */
function maskAgrees(masked: string, form: string): boolean {
  if (masked.length !== form.length || masked[0] !== form[0] || masked[0] === "*") return false;
  for (let i = 1; i < form.length; i++) if (masked[i] !== "*" && masked[i] !== form[i]) return false;
  return true;
}

interface ForeignMatcher {
  match(text: string): Finding[];
}

function compileForeignMatcher(entries: readonly ForeignEntry[], language: string): ForeignMatcher {
  // Entries by their first word (as written and collapsed); stems by their first three letters.
  const byWord = new Map<string, ForeignEntry[]>();
  const byStemHead = new Map<string, ForeignEntry[]>();
  const add = (map: Map<string, ForeignEntry[]>, key: string, e: ForeignEntry) => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(e)) list.push(e);
    } else map.set(key, [e]);
  };
  for (const e of entries) {
    const first = e.words[0]!;
    if (e.prefix && e.words.length === 1) add(byStemHead, first.slice(0, 3), e);
    else {
      add(byWord, first, e);
      add(byWord, collapse(first), e);
    }
  }

  function wordMatches(token: string, form: string, prefix: boolean): boolean {
    if (prefix) return token.startsWith(form) || collapse(token).startsWith(collapse(form));
    if (token === form || collapse(token) === collapse(form)) return true;
    return token.includes("*") && maskAgrees(token, form);
  }

  function entriesAt(token: string): ForeignEntry[] {
    const found: ForeignEntry[] = [];
    for (const e of byWord.get(token) ?? []) found.push(e);
    const collapsed = collapse(token);
    if (collapsed !== token)
      for (const e of byWord.get(collapsed) ?? []) if (!found.includes(e)) found.push(e);
    for (const key of new Set([token.slice(0, 3), collapsed.slice(0, 3)]))
      for (const e of byStemHead.get(key) ?? []) if (!found.includes(e)) found.push(e);
    // A masked first word can only be compared letter by letter.
    if (token.includes("*"))
      for (const e of entries) if (!found.includes(e) && maskAgrees(token, e.words[0]!)) found.push(e);
    return found;
  }

  return {
    match(text: string): Finding[] {
      const tokens = tokenize(text);
      const findings: Finding[] = [];
      const matchesAt = (k: number, form: string, prefix: boolean) => {
        const t = tokens[k]!;
        return wordMatches(t.word, form, prefix) || (t.alt !== undefined && wordMatches(t.alt, form, prefix));
      };
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        const candidates = entriesAt(t.word);
        if (t.alt !== undefined)
          for (const e of entriesAt(t.alt)) if (!candidates.includes(e)) candidates.push(e);
        for (const e of candidates) {
          const n = e.words.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = matchesAt(i + k, e.words[k]!, e.prefix && k === n - 1);
          if (!ok) continue;
          const start = tokens[i]!.start;
          const end = tokens[i + n - 1]!.end;
          findings.push({
            category: e.category,
            start,
            end,
            rule: `foreign.${language}.${e.category}`,
            match: text.slice(start, end),
            score: ACTION_SCORE[e.action],
          });
        }
      }
      return findings;
    },
  };
}

export type { ForeignEntry, ForeignMatcher };
export { compileForeignMatcher, ForeignLexiconError, fold, parseForeignLexicon, tokenize };
