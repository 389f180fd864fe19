/**
 * Rules for comments written mostly in another language: one lexicon per language (functions/engine/lexicon/foreign,
 * format in its README), matched as whole words and phrases over the ORIGINAL text, folded so that accents, case,
 * Arabic vowel marks and letter variants, stretched letters ("putaaain") and masks ("p*tain") do not hide a term.
 * English rules never reject such a comment (merge.ts); these may.
 */
import type { Category } from "../../domain/categories.js";
import { CATEGORIES } from "../../domain/categories.js";
import type { Finding } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import { isAscii } from "../normalize/fold-characters.js";
import { LEET } from "../normalize/resolve-leetspeak.js";

type ForeignAction = "reject" | "hold";

interface ForeignEntry {
  readonly category: Category;
  readonly action: ForeignAction;
  /** Folded words; a phrase has several. */
  readonly words: readonly string[];
  /** The same with stretched letters collapsed. */
  readonly collapsedWords: readonly string[];
  /** The last word matches any ending ("connard*"). */
  readonly prefix: boolean;
}

/** Scores a lexicon hit carries into the merge: above the default reject threshold, or at the hold level. */
const ACTION_SCORE: Readonly<Record<ForeignAction, number>> = { reject: 0.9, hold: 0.6 };
/** A stem with `*` shorter than this would reach innocent words; Arabic script writes no short vowels, so 3 there. */
const MIN_PREFIX = 4;
const MIN_ARABIC_PREFIX = 3;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Letters readers type interchangeably, after marks are removed: Arabic-script variants, Turkish dotless i, German
 * sharp s, ligatures.
 */
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
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
const VARIANT = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");

/** Lower case, no accents or Arabic vowel marks, one form per letter variant. */
function fold(text: string): string {
  // Most words are plain ASCII: nothing to decompose or fold but case.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(VARIANT, (c) => LETTER_VARIANTS[c] ?? c);
}

/** Runs of 2+ of the same letter read as one: "putaaaain" and "connnard" reach "putain" and "connard". */
function collapse(word: string): string {
  return word.replace(/(.)\1+/gu, "$1");
}

/** One reading of a word: as written (folded) and with stretched letters collapsed. */
interface Reading {
  readonly word: string;
  readonly collapsed: string;
}

/** A distinct word of a comment, read once however often it occurs. */
interface WordReading {
  readonly word: string;
  /**
   * A second reading: digits and symbols as letters ("g0dverd0mme", "s!kerim") when the word mixes both; an Arabic
   * word without "and", "the" or "and the" joined to its front ("وراح" -> "راح", "الخونه" -> "خونه").
   */
  readonly alt?: string;
  /** `word` and `alt`, each also with stretched letters collapsed. */
  readonly readings: readonly Reading[];
}

interface Token {
  readonly reading: WordReading;
  readonly start: number;
  readonly end: number;
}

/** Letters, marks, digits and masks; `! @ $ |` only between them ("s!kerim", "m@rde"), never at a word's edge. */
const WORD = /[\p{L}\p{M}\p{N}*]+(?:[!@$|]+[\p{L}\p{M}\p{N}*]+)*/gu;
/** The English leet table (resolve-leetspeak.ts), without 6 and 9. */
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
  // A long comment repeats its words: each distinct one is folded and read once.
  const seen = new Map<string, WordReading>();
  // An exec loop, not matchAll: matchAll runs a copy of WORD, which the compile at load does not reach.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let reading = seen.get(m[0]);
    if (reading === undefined) {
      const word = fold(m[0]);
      const alt = withoutArabicPrefix(word) ?? leetReading(word);
      const readings = [{ word, collapsed: collapse(word) }];
      if (alt !== word) readings.push({ word: alt, collapsed: collapse(alt) });
      reading = { word, ...(alt !== word ? { alt } : {}), readings };
      seen.set(m[0], reading);
    }
    if (reading.word.length > 0) out.push({ reading, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

class ForeignLexiconError extends Error {
  override readonly name = "ForeignLexiconError";
}

/** Parses one lexicon file; throws naming the line that is wrong (the unit tests parse every shipped lexicon). */
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
    const words = tokenize(prefix ? term.slice(0, -1) : term).map((t) => t.reading.word);
    if (words.length === 0) throw new ForeignLexiconError(`${where}: no term`);
    const minPrefix = ARABIC_LETTER.test(term) ? MIN_ARABIC_PREFIX : MIN_PREFIX;
    if (prefix && words.length === 1 && words[0]!.length < minPrefix)
      throw new ForeignLexiconError(`${where}: a stem ending in * needs ${minPrefix}+ letters`);
    entries.push({
      category: category as Category,
      action,
      words,
      collapsedWords: words.map(collapse),
      prefix,
    });
  });
  return entries;
}

/**
 * Whether a masked token ("p*tain", "m**de") agrees with a form letter for letter: same length and first letter,
 * and a second visible letter, as in the English lexicon (lexicon-matcher.ts): "p*****" could be any word.
 */
function maskAgrees(masked: string, form: string): boolean {
  if (masked.length !== form.length || masked[0] !== form[0] || masked[0] === "*") return false;
  let visible = 1;
  for (let i = 1; i < form.length; i++) {
    if (masked[i] === "*") continue;
    if (masked[i] !== form[i]) return false;
    visible++;
  }
  return visible >= 2;
}

interface ForeignMatcher {
  match(text: string): Finding[];
  /**
   * The same over words already read by `tokenize(text)`: several lexicons read one comment's words once. `strict`
   * (a lexicon read over text guessed to be in another language) matches words as written only: with stretched
   * letters collapsed, one language's own words read as another's abuse ("bitte" as French "bite", "même" as
   * German "Memme").
   */
  matchTokens(tokens: readonly Token[], text: string, strict?: boolean): Finding[];
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
      add(byWord, e.collapsedWords[0]!, e);
    }
  }

  function wordMatches(
    r: Reading,
    form: string,
    collapsedForm: string,
    prefix: boolean,
    strict: boolean,
  ): boolean {
    if (prefix) return r.word.startsWith(form) || (!strict && r.collapsed.startsWith(collapsedForm));
    if (r.word === form || (!strict && r.collapsed === collapsedForm)) return true;
    return r.word.includes("*") && maskAgrees(r.word, form);
  }

  function entriesAt(r: Reading, found: ForeignEntry[]): void {
    const push = (list: readonly ForeignEntry[] | undefined) => {
      if (list) for (const e of list) if (!found.includes(e)) found.push(e);
    };
    push(byWord.get(r.word));
    if (r.collapsed !== r.word) push(byWord.get(r.collapsed));
    push(byStemHead.get(r.word.slice(0, 3)));
    if (r.collapsed !== r.word) push(byStemHead.get(r.collapsed.slice(0, 3)));
    // A masked first word can only be compared letter by letter.
    if (r.word.includes("*")) push(entries.filter((e) => maskAgrees(r.word, e.words[0]!)));
  }

  function matchTokens(tokens: readonly Token[], text: string, strict = false): Finding[] {
    // Candidates per distinct word: a long comment repeats its words.
    const candidatesOf = new Map<WordReading, ForeignEntry[]>();
    const findings: Finding[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const reading = tokens[i]!.reading;
      let candidates = candidatesOf.get(reading);
      if (candidates === undefined) {
        candidates = [];
        for (const r of reading.readings) entriesAt(r, candidates);
        candidatesOf.set(reading, candidates);
      }
      for (const e of candidates) {
        const n = e.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const last = e.prefix && k === n - 1;
          ok = tokens[i + k]!.reading.readings.some((r) =>
            wordMatches(r, e.words[k]!, e.collapsedWords[k]!, last, strict),
          );
        }
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
  }

  return { match: (text) => matchTokens(tokenize(text), text), matchTokens };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(WORD);

export type { ForeignEntry, ForeignMatcher, Token };
export { compileForeignMatcher, ForeignLexiconError, fold, parseForeignLexicon, tokenize };
