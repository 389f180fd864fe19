/**
 * Whole-word lexicon lookup over the tokens of the normalised text: O(words), no regex alternation.
 * A token matches a term form exactly, or after collapsing doubled letters ("fuuck" -> "fuck"; only for forms
 * without doubled letters, so "ass" is never read into "as"), or as a masked form ("f*ck", "f**king": same length,
 * same first letter, every visible letter agrees), or, for `inside` roots, as a substring.
 */
import type { LexiconTerm } from "../lexicon/terms.js";
import { INNOCENT_CARRIERS, INNOCENT_INSIDE } from "../lexicon/terms.js";
import { compileNatively } from "../native-compile.js";
import type { NormalizedText } from "../normalize/index.js";
import { capitalisedAt, toOriginal } from "../normalize/index.js";
import type { Token } from "./pattern-rule.js";
import { tokensOf } from "./pattern-rule.js";

interface LexiconHit {
  readonly term: LexiconTerm;
  readonly token: Token;
  readonly how: "exact" | "collapsed" | "masked" | "inside";
}

interface LexiconMatcher {
  match(norm: NormalizedText): LexiconHit[];
}

const ONE_LETTER_MASKS: Readonly<Record<string, string>> = {
  "f***": "fuck",
  "f**k": "fuck",
  "f***ing": "fucking",
  "f*****g": "fucking",
  "f******": "fucking",
  "s***": "shit",
  "c***": "cunt",
};

const MEMO_MAX = 20_000;

/** What the lexicon knows of a word: the term it spells, and whether it can start a two-word spelling. */
interface WordEntry {
  readonly found: Lookup | undefined;
  readonly startsForm: boolean;
}

/**
 * A term a word spells. `carrier`: the word is an innocent one carrying the term's letters ("Shiite", "Harshit"),
 * innocent only as written: normalisation also turns the stretched "shiiiite" into "shiite".
 */
interface Lookup {
  readonly term: LexiconTerm;
  readonly how: LexiconHit["how"];
  readonly carrier?: boolean;
}
/** The entry of most words, shared. */
const NOTHING: WordEntry = { found: undefined, startsForm: false };

function hasDoubledLetter(word: string): boolean {
  for (let i = 1; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return true;
  return false;
}

function collapseAll(word: string): string {
  return word.replace(/([a-z])\1+/g, "$1");
}

/** A word that carries a root or a slur's letters and is innocent: "sniggered", "Shiite", "Harshit", "Matsushita". */
function isInnocentCarrier(word: string): boolean {
  return INNOCENT_CARRIERS.some(([carrier]) => word.startsWith(carrier)) || INNOCENT_INSIDE.test(word);
}

/** "sh*tshow" contains "shit" with one letter masked; the root's first letter must be visible. */
function containsMasked(word: string, root: string): boolean {
  for (let i = 0; i + root.length <= word.length; i++) {
    if (word[i] !== root[0]) continue;
    let masked = 0;
    let ok = true;
    for (let k = 1; k < root.length && ok; k++) {
      const c = word[i + k];
      if (c === "*") masked++;
      else if (c !== root[k]) ok = false;
    }
    if (ok && masked * 2 <= root.length) return true;
  }
  return false;
}

/**
 * How far around a word its innocent phrases are looked for: every listed phrase fits, unless the up to three
 * words "chink in ... armour" allows between are unusually long.
 */
const PHRASE_REACH = 40;

/** Whether `[start, end)` of `text` lies inside a match of global `phrase` (searched near it only). */
function withinPhrase(text: string, start: number, end: number, phrase: RegExp): boolean {
  const from = Math.max(0, start - PHRASE_REACH);
  const near = text.slice(from, end + PHRASE_REACH);
  // An exec loop, not matchAll: matchAll runs a copy of `phrase`, which the compile at construction does not reach.
  phrase.lastIndex = 0;
  for (let m = phrase.exec(near); m !== null; m = phrase.exec(near)) {
    if (from + m.index <= start && from + m.index + m[0].length >= end) {
      phrase.lastIndex = 0;
      return true;
    }
    if (m[0].length === 0) phrase.lastIndex++;
  }
  return false;
}

/** Whether the reader wrote the token's letters as normalised (any case): not stretched, spaced or disguised. */
function writtenAsIs(norm: NormalizedText, token: Token): boolean {
  const span = toOriginal(norm, token.start, token.end);
  return norm.original.slice(span.start, span.end).toLowerCase() === token.word;
}

/**
 * A copy of the term with every optional field present: terms are written with different optional fields, so
 * reading `notBefore`, `name` and `properNouns` of each hit went through a generic lookup.
 */
function uniformTerm(t: LexiconTerm): LexiconTerm {
  const innocentIn =
    t.innocentIn && !t.innocentIn.global
      ? new RegExp(t.innocentIn.source, `${t.innocentIn.flags}g`)
      : t.innocentIn;
  // Run on short stretches around a word: to machine code first, as its bytecode would be large (native-compile.ts).
  if (innocentIn) compileNatively(innocentIn);
  return {
    term: t.term,
    category: t.category,
    score: t.score,
    suffixes: t.suffixes,
    inside: t.inside,
    subtype: t.subtype,
    name: t.name,
    notBefore: t.notBefore,
    properNouns: t.properNouns,
    innocentIn,
  };
}

function createLexiconMatcher(written: readonly LexiconTerm[]): LexiconMatcher {
  const terms = written.map(uniformTerm);
  const exact = new Map<string, LexiconTerm>();
  const collapsed = new Map<string, LexiconTerm>();
  const masked = new Map<string, { form: string; term: LexiconTerm }[]>();
  const inside: LexiconTerm[] = [];
  for (const term of terms) {
    for (const suffix of term.suffixes ?? [""]) {
      const form = term.term + suffix;
      if (!exact.has(form)) exact.set(form, term);
      if (collapseAll(form) === form && !collapsed.has(form)) collapsed.set(form, term);
      const key = `${form[0]}${form.length}`;
      const list = masked.get(key) ?? [];
      list.push({ form, term });
      masked.set(key, list);
    }
    if (term.inside) inside.push(term);
  }

  // Proper prefixes of the listed forms: only a word among them can start a two-word spelling, so the joined
  // string is built and looked up for those alone.
  const startsForm = new Set<string>();
  for (const form of exact.keys()) for (let k = 1; k < form.length; k++) startsForm.add(form.slice(0, k));

  // Words repeat across and within comments: each distinct word is looked up once (bounded memo), its entry
  // answering both questions asked of every token (one hash lookup a token instead of two).
  const memo = new Map<string, WordEntry>();
  function entryOf(word: string): WordEntry {
    let entry = memo.get(word);
    if (entry === undefined) {
      if (memo.size >= MEMO_MAX) memo.clear();
      const found = lookupUncached(word);
      const starts = startsForm.has(word);
      entry = found === undefined && !starts ? NOTHING : { found, startsForm: starts };
      memo.set(word, entry);
    }
    return entry;
  }

  function lookupUncached(word: string): Lookup | undefined {
    const hit = exact.get(word);
    if (hit) return { term: hit, how: "exact" };
    if (word.includes("*")) {
      const visible = word.replace(/\*/g, "").length;
      if (word[0] === "*") return undefined;
      // Self-censored with one visible letter: only the unambiguous ones.
      if (visible < 2) {
        const known = ONE_LETTER_MASKS[word];
        const term = known ? exact.get(known) : undefined;
        return term ? { term, how: "masked" } : undefined;
      }
      let best: LexiconTerm | undefined;
      for (const candidate of masked.get(`${word[0]}${word.length}`) ?? []) {
        let ok = true;
        for (let i = 0; i < word.length && ok; i++) {
          if (word[i] !== "*" && word[i] !== candidate.form[i]) ok = false;
        }
        if (ok && (best === undefined || candidate.term.score > best.score)) best = candidate.term;
      }
      if (best) return { term: best, how: "masked" };
      // A star inserted rather than substituted: "f*uck", "sh*it".
      const inserted = visible >= 3 ? exact.get(word.replace(/\*/g, "")) : undefined;
      if (inserted) return { term: inserted, how: "masked" };
      for (const term of inside) if (containsMasked(word, term.term)) return { term, how: "masked" };
      return undefined;
    }
    if (hasDoubledLetter(word)) {
      const hit2 = collapsed.get(collapseAll(word));
      if (hit2) return { term: hit2, how: "collapsed", carrier: isInnocentCarrier(word) };
    }
    for (const term of inside)
      if (word.includes(term.term)) return { term, how: "inside", carrier: isInnocentCarrier(word) };
    return undefined;
  }

  return {
    match(norm) {
      const hits: LexiconHit[] = [];
      const tokens = tokensOf(norm);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t]!;
        const entry = entryOf(token.word);
        let found = entry.found;
        let end = token.end;
        const next0 = tokens[t + 1];
        // "rag heads", "bull shit", "mother fucker": two words that spell one listed term.
        if (next0 && next0.start - token.end <= 2 && entry.startsForm) {
          const joined = exact.get(token.word + next0.word);
          if (joined && (!found || joined.score > found.term.score) && !exact.has(next0.word)) {
            found = { term: joined, how: "exact" };
            end = next0.end;
            t++;
          }
        }
        if (!found) continue;
        const next = tokens[t + 1];
        if (found.term.notBefore && next && found.term.notBefore.includes(next.word)) continue;
        if (found.term.name && capitalisedAt(norm, token.start) && next && capitalisedAt(norm, next.start))
          continue;
        if (found.term.properNouns?.includes(token.word) && capitalisedAt(norm, token.start)) continue;
        if (found.carrier && writtenAsIs(norm, token)) continue;
        if (found.term.innocentIn && withinPhrase(norm.text, token.start, end, found.term.innocentIn))
          continue;
        hits.push({ term: found.term, token: end === token.end ? token : { ...token, end }, how: found.how });
        if (hits.length >= 50) break;
      }
      return hits;
    },
  };
}

export type { LexiconHit, LexiconMatcher };
export { createLexiconMatcher };
