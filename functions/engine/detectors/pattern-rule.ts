/**
 * Shared helpers for detectors: run precompiled regular expressions over the normalised text and tokenise it.
 * Patterns are linear (alternations of literals, bounded repeats), so a 5,000-character comment stays well under
 * a millisecond.
 */
import type { Category, IdentitySubtype } from "../../domain/categories.js";
import type { Finding } from "../finding.js";
import type { NormalizedText } from "../normalize/index.js";
import { toOriginal } from "../normalize/index.js";
import { windowedMatches } from "./match-windows.js";
import { admittedRules, gatedTest, mayMatch, requiredLiteralEnds } from "./rule-prefilter.js";

interface PatternRule {
  readonly id: string;
  readonly category: Category;
  readonly score: number;
  /** Must carry the `g` flag. */
  readonly re: RegExp;
  readonly subtype?: IdentitySubtype;
  /**
   * Optional cheap pre-check (no `g` flag): the rule runs only when it matches the normalised text. Large
   * alternations are costly to try at every position; a literal trigger skips them on most comments.
   */
  readonly trigger?: RegExp;
  /** Optional context check: returns a new score (e.g. lower for counter-speech) given the match. */
  readonly adjust?: (norm: NormalizedText, index: number, match: string) => number;
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

function makeFinding(
  norm: NormalizedText,
  start: number,
  end: number,
  fields: Omit<Finding, "start" | "end" | "match">,
): Finding {
  const span = toOriginal(norm, start, end);
  return { ...fields, start: span.start, end: span.end, match: norm.original.slice(span.start, span.end) };
}

/**
 * All matches of a global regex, reusing the compiled object (String#matchAll clones the regex on every call,
 * which for the large alternations here costs more than the match itself).
 */
/** A rule's first matches are evidence enough; a comment repeating one phrase 500 times must not cost 500 findings. */
const MAX_MATCHES_PER_RULE = 10;

function matches(re: RegExp, text: string, max = MAX_MATCHES_PER_RULE): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  // On the comment being judged, an expression whose required literals are absent cannot match.
  if (!mayMatch(re, text)) return out;
  // In a long text, searched only near the literals every match contains (same matches, same order).
  const ends = requiredLiteralEnds(re, text);
  const near = ends === null ? null : windowedMatches(re, text, ends, max);
  if (near !== null) return near;
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** A rule with every optional field present (undefined when absent): one object shape for all rule lists. */
interface UniformRule {
  readonly id: string;
  readonly category: Category;
  readonly score: number;
  readonly re: RegExp;
  readonly subtype: IdentitySubtype | undefined;
  readonly trigger: RegExp | undefined;
  readonly adjust: PatternRule["adjust"];
}

/**
 * Rule lists are written with optional fields, so their rules come in several shapes and reading a field goes
 * through a generic lookup; each list is copied once into rules of one shape.
 */
const UNIFORM = new WeakMap<readonly PatternRule[], readonly UniformRule[]>();

function uniform(rules: readonly PatternRule[]): readonly UniformRule[] {
  let out = UNIFORM.get(rules);
  if (out === undefined) {
    out = rules.map((rule) => ({
      id: rule.id,
      category: rule.category,
      score: rule.score,
      re: rule.re,
      subtype: rule.subtype,
      trigger: rule.trigger,
      adjust: rule.adjust,
    }));
    UNIFORM.set(rules, out);
  }
  return out;
}

function runPatternRules(rules: readonly PatternRule[], norm: NormalizedText): Finding[] {
  const findings: Finding[] = [];
  const triggered = new Map<RegExp, boolean>();
  const same = uniform(rules);
  // Rules whose required literals do not occur in the text cannot match: skipped without being visited.
  for (const r of admittedRules(rules, norm)) {
    const rule = same[r]!;
    if (rule.trigger) {
      let hit = triggered.get(rule.trigger);
      if (hit === undefined) {
        hit = gatedTest(rule.trigger, norm.text);
        triggered.set(rule.trigger, hit);
      }
      if (!hit) continue;
    }
    for (const m of matches(rule.re, norm.text)) {
      const score = rule.adjust ? rule.adjust(norm, m.index, m[0]) : rule.score;
      if (score <= 0) continue;
      findings.push(
        makeFinding(norm, m.index, m.index + m[0].length, {
          category: rule.category,
          rule: rule.id,
          score,
          ...(rule.subtype ? { subtype: rule.subtype } : {}),
        }),
      );
    }
  }
  return findings;
}

/** The last normalised text tokenised: judging is one comment at a time, and a single slot retains nothing old. */
let tokenized: { norm: NormalizedText | null; tokens: Token[] } = { norm: null, tokens: [] };

/** Words of the normalised text (letters, masked letters "*", apostrophes), cached per normalised text. */
function tokensOf(norm: NormalizedText): Token[] {
  if (tokenized.norm !== norm) tokenized = { norm, tokens: tokenize(norm.text) };
  return tokenized.tokens;
}

const STAR = 42;
const APOSTROPHE = 39;

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Every run matching /[a-z*][a-z*']*\/ (a letter or mask, then letters, masks and apostrophes), scanned by hand
 * rather than by a regular expression that allocates a match per word.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && c !== STAR) {
      i++;
      continue;
    }
    const runStart = i;
    i++;
    for (let d = i < n ? text.charCodeAt(i) : 0; i < n && (isLetter(d) || d === STAR || d === APOSTROPHE); ) {
      i++;
      d = i < n ? text.charCodeAt(i) : 0;
    }
    // Leading masks and trailing apostrophes are not part of the word ("**king'" -> "king").
    let from = runStart;
    while (from < i && text.charCodeAt(from) === STAR) from++;
    let to = i;
    while (to > from && text.charCodeAt(to - 1) === APOSTROPHE) to--;
    if (to > from) tokens.push({ word: text.slice(from, to), start: from, end: to });
  }
  return tokens;
}

/** Builds a case-insensitive alternation from a word list, longest first so phrases win over their prefixes. */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/** Text of the window before an index, for context checks such as negation or quotation. */
function before(norm: NormalizedText, index: number, chars: number): string {
  return norm.text.slice(Math.max(0, index - chars), index);
}

export type { PatternRule, Token };
export { alternation, before, makeFinding, matches, runPatternRules, tokenize, tokensOf };
