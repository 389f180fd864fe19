/**
 * Keyword prefilter for pattern rules: each rule's required literals are derived from its regular expression
 * (required-literals.ts), all rules' literals share one scanner, and one scan of the normalised text tells which
 * rules can match at all. A clean comment thus skips almost every rule without running it; rule authors write
 * plain regular expressions and get the prefilter for free.
 */
import { compileNatively } from "../native-compile.js";
import type { NormalizedText } from "../normalize/index.js";
import { expressionKey } from "./expression-key.js";
import type { LiteralScanner } from "./literal-scanner.js";
import { createLiteralScanner } from "./literal-scanner.js";
import { windowedTest } from "./match-windows.js";
import precomputed from "./required-literals.generated.json" with { type: "json" };
import type { Literals } from "./required-literals.js";
import { isWordChar, requiredLiterals } from "./required-literals.js";

/**
 * Literals derived at build time (`npm run literals`; a unit test fails when the table is stale): deriving them
 * from ~300 expressions took most of the engine's construction. An expression missing from the table (changed
 * since, or built from a site's policy) is derived here as before.
 */
const PRECOMPUTED: Readonly<Record<string, readonly Literals[]>> = precomputed.expressions;

/** Expressions registered while building an engine: what the table must cover. */
const registered = new Set<RegExp>();

function literalsOf(re: RegExp): readonly Literals[] {
  if (compiling) registered.add(re);
  return PRECOMPUTED[expressionKey(re)] ?? requiredLiterals(re);
}

/** Every expression an engine built in this process registered (the table's generator reads it). */
function registeredExpressions(): readonly RegExp[] {
  return [...registered];
}

/**
 * Ids of a rule's literal sets: one literal of each set must occur (no sets: the rule always runs). A set is
 * met when a scan stamps it (see `foundIn`), so testing a gate reads one stamp per set, not every literal of it.
 */
type Gate = Int32Array;

const literalIds = new Map<string, number>();
const literals: string[] = [];
/** Literal id -> ids of the sets containing it. */
const setsOfLiteral: number[][] = [];
/** Set id -> its literal ids (each once). */
const literalsOfSet: Int32Array[] = [];
/** Set id -> number of the last scan that found one of its literals. */
let setStamps = new Int32Array(256);
let setCount = 0;
let scanner: LiteralScanner | null = null;
/**
 * Scan result of the last normalised text (judging is synchronous, one comment at a time; the engine runs every
 * detector on one text before the next), reused across rule lists; the buffers are reused across comments.
 */
const last: {
  norm: NormalizedText | null;
  scanner: LiteralScanner | null;
  found: Uint8Array;
  /** Ids of the literals found, each once: clearing them is cheaper than clearing every literal. */
  hits: number[];
  /** Where literals end (scanner states and positions), recorded for long texts only. */
  trail: number[];
  /** `trail` grouped by literal (see LiteralScanner.occurrences), built on first use; `null` until then. */
  ends: Int32Array | null;
  offsets: Int32Array;
} = {
  norm: null,
  scanner: null,
  found: new Uint8Array(0),
  hits: [],
  trail: [],
  ends: null,
  offsets: new Int32Array(0),
};

/**
 * Texts at least this long record where their literals occur, so rules can be searched near them
 * (match-windows.ts); in shorter ones a search of the whole text costs about as much as the windows.
 */
const WINDOWED_MIN_LENGTH = 1000;

/**
 * A rule list's gates. Each rule is admitted by the literals of its first (most selective) set: a comment visits
 * only the rules its scanned literals admit, instead of testing every rule's gate.
 */
interface RuleListGates {
  readonly gates: readonly Gate[];
  /** Rules without a gate: they always run. */
  readonly ungated: readonly number[];
  /** Scratch marks, one per rule, cleared after each use. */
  readonly seen: Uint8Array;
  /** Rules admitted by the literals of scan number `scan` (with repeats). */
  readonly pending: number[];
  scan: number;
}
const GATES = new WeakMap<readonly { readonly re: RegExp }[], RuleListGates>();
/** First-set literal id -> the (list, rule) pairs it admits (an array: read for every literal found, a map lookup cost more). */
const ADMITS: ({ readonly list: RuleListGates; readonly rule: number }[] | undefined)[] = [];
/** Number of the last scan: a list's `pending` is current only when its `scan` equals it. */
let scans = 0;

function idOf(literal: string): number {
  let id = literalIds.get(literal);
  if (id === undefined) {
    id = literals.length;
    literals.push(literal);
    literalIds.set(literal, id);
    scanner = null;
  }
  return id;
}

/** The gates of a rule list, derived once per list (the lists are module constants of the detectors). */
function gatesOf(rules: readonly { readonly re: RegExp }[]): RuleListGates {
  let list = GATES.get(rules);
  if (!list) {
    const literalSets = rules.map((rule) => literalsOf(rule.re).map((set) => Int32Array.from(set, idOf)));
    const gates = literalSets.map(gateOf);
    const ungated: number[] = [];
    const made: RuleListGates = { gates, ungated, seen: new Uint8Array(rules.length), pending: [], scan: -1 };
    literalSets.forEach((sets, rule) => {
      const first = sets[0];
      if (!first) ungated.push(rule);
      else
        for (const id of new Set(first)) {
          // Grown one slot at a time: an index far past the end would turn the array into a slow dictionary.
          while (ADMITS.length <= id) ADMITS.push(undefined);
          const admits = ADMITS[id];
          if (admits) admits.push({ list: made, rule });
          else ADMITS[id] = [{ list: made, rule }];
        }
    });
    GATES.set(rules, made);
    // A list first seen after the current text was scanned missed its dispatch: scan again on the next use.
    last.norm = null;
    list = made;
  }
  return list;
}

/**
 * Indices (ascending, so evidence keeps the list's order) of the rules of `rules` whose every literal set occurs
 * in `norm`; none while an engine is being built.
 */
function admittedRules(rules: readonly { readonly re: RegExp }[], norm: NormalizedText): number[] {
  const list = gatesOf(rules);
  const found = foundIn(norm);
  if (found === null) return [];
  const out: number[] = [...list.ungated];
  if (list.scan !== scans) return out;
  const { seen, pending } = list;
  for (const r of pending) {
    if (seen[r] === 1) continue;
    seen[r] = 1;
    if (passes(list.gates[r]!)) out.push(r);
  }
  for (const r of pending) seen[r] = 0;
  return out.sort((a, b) => a - b);
}

/** Gates of single expressions (triggers, detectors' own patterns), by source: some are rebuilt per call. */
const REGEX_GATES = new Map<string, Gate>();
const MAX_REGEX_GATES = 2000;

/** True while an engine is being built: only then may single expressions add literals (rebuilding the scanner). */
let compiling = false;

/**
 * Runs `warmUp` (the engine's construction-time judgements, whose results are discarded) with literal
 * registration open. Meanwhile rules and expressions are registered but not run (each regular expression is
 * still compiled lazily, on its first real use), and the scanner is built once, at the end.
 */
function compileDuring(warmUp: () => void): void {
  const was = compiling;
  compiling = true;
  try {
    warmUp();
  } finally {
    compiling = was;
  }
  scanner ??= createLiteralScanner(literals);
}

/** By object first: building the source key of a large expression on every call costs more than the gate saves. */
const GATE_OF_OBJECT = new WeakMap<RegExp, Gate>();

function gateOfRegex(re: RegExp): Gate {
  const cached = GATE_OF_OBJECT.get(re);
  if (cached) return cached;
  const key = `${re.flags}/${re.source}`;
  let gate = REGEX_GATES.get(key);
  if (!gate) {
    const need = literalsOf(re);
    // After construction an expression first seen mid-judgement stays ungated rather than rebuild the scanner.
    const known = compiling || need.every((set) => set.every((s) => literalIds.has(s)));
    // Past the cap an expression stays ungated: registering its sets on every call would grow the stamp table.
    const kept = REGEX_GATES.size < MAX_REGEX_GATES;
    gate = gateOf(known && kept ? need.map((set) => Int32Array.from(set, idOf)) : []);
    if (kept) REGEX_GATES.set(key, gate);
  }
  GATE_OF_OBJECT.set(re, gate);
  return gate;
}

/**
 * Whether `re` can match `text`: false when `text` is the normalised text scanned last and one of the
 * expression's required literal sets has no member in it, or while an engine is being built. Any other text is
 * not judged (true).
 */
function mayMatch(re: RegExp, text: string): boolean {
  if (compiling) {
    gateOfRegex(re);
    return false;
  }
  const norm = last.norm;
  if (norm !== null && norm.text === text) {
    const gate = gateOfRegex(re);
    if (gate.length > 0 && (foundIn(norm) === null || !passes(gate))) return false;
  }
  // The caller runs it next: to machine code first (see native-compile.ts).
  compileNatively(re);
  return true;
}

/**
 * `re.test(text)`, skipped (false) when `text` is the normalised text scanned last and lacks the expression's
 * required literals: a whole-text test of a large alternation costs more than the gate. While an engine is being
 * built it registers `re` and still tests, so the warm-up takes the same paths as before.
 */
function gatedTest(re: RegExp, text: string): boolean {
  if (compiling) gateOfRegex(re);
  else if (!mayMatch(re, text)) {
    // What a failed test leaves behind.
    if (re.global || re.sticky) re.lastIndex = 0;
    return false;
  } else if (!re.global && !re.sticky) {
    // In a long text, searched only near the literals every match contains.
    const ends = requiredLiteralEnds(re, text);
    const near = ends === null ? null : windowedTest(re, text, ends);
    if (near !== null) return near;
  }
  compileNatively(re);
  return re.test(text);
}

/** Literals found in the text, or `null` while an engine is being built (no rule then runs). */
function foundIn(norm: NormalizedText): Uint8Array | null {
  if (compiling) return null;
  scanner ??= createLiteralScanner(literals);
  if (last.norm !== norm || last.scanner !== scanner) {
    if (last.found.length !== scanner.size) last.found = new Uint8Array(scanner.size);
    else for (const id of last.hits) last.found[id] = 0;
    last.hits.length = 0;
    last.trail.length = 0;
    last.ends = null;
    scanner.scan(
      norm.text,
      last.found,
      last.hits,
      norm.text.length >= WINDOWED_MIN_LENGTH ? last.trail : undefined,
    );
    last.norm = norm;
    last.scanner = scanner;
    // Hand each list the rules its found literals admit; lists no literal admits keep a stale scan number.
    scans++;
    if (scans === MAX_SCAN) restartScanNumbers();
    for (const id of last.hits) {
      const sets = setsOfLiteral[id];
      if (sets !== undefined) for (const set of sets) setStamps[set] = scans;
      const admits = ADMITS[id];
      if (admits === undefined) continue;
      for (const { list, rule } of admits) {
        if (list.scan !== scans) {
          list.scan = scans;
          list.pending.length = 0;
        }
        list.pending.push(rule);
      }
    }
  }
  return last.found;
}

/** Set id -> how often its literals occur in the long text scanned last, current when its stamp is `scans`. */
const setTotals: number[] = [];
const setTotalsScan: number[] = [];
/** Set id -> ends of its literals in the long text scanned last (ascending), current when its stamp is `scans`. */
const setEndsOf: Int32Array[] = [];
const setEndsScan: number[] = [];

function occurrencesOfSet(set: number): number {
  if (setTotalsScan[set] === scans) return setTotals[set]!;
  const { offsets } = last;
  const members = literalsOfSet[set]!;
  let count = 0;
  for (let k = 0; k < members.length; k++) count += offsets[members[k]! + 1]! - offsets[members[k]!]!;
  setTotals[set] = count;
  setTotalsScan[set] = scans;
  return count;
}

function endsOfSet(set: number): Int32Array {
  if (setEndsScan[set] === scans) return setEndsOf[set]!;
  const { offsets } = last;
  const ends = last.ends!;
  const members = literalsOfSet[set]!;
  const out = new Int32Array(occurrencesOfSet(set));
  let filled = 0;
  let sorted = true;
  for (let k = 0; k < members.length; k++) {
    const id = members[k]!;
    for (let e = offsets[id]!; e < offsets[id + 1]!; e++) {
      if (filled > 0 && ends[e]! < out[filled - 1]!) sorted = false;
      out[filled++] = ends[e]!;
    }
  }
  // Each literal's ends are ascending: often one member occurs, and nothing needs sorting.
  if (!sorted) out.sort();
  setEndsOf[set] = out;
  setEndsScan[set] = scans;
  return out;
}

/** Recorded entries (two per position where literals end) per character above which a text is not windowed. */
const DENSE_TEXT = 1.5;

/**
 * A set whose literals occur more often than once per this many characters is treated as everywhere: its windows
 * would cover most of the text, and gathering and sorting its ends costs more than they save.
 */
const DENSE_EVERY = 16;

/**
 * End positions (ascending, exclusive) in `text` of the members of the required literal set of `re` that occurs
 * least, when `text` is the long text scanned last: every match of `re` contains one of them, so none lies far
 * from one. `null` when that is unknown (another or a short text, an expression without literals, while an engine
 * is being built) or not worth knowing (the literals are everywhere). Shared: the caller must not change it.
 */
function requiredLiteralEnds(re: RegExp, text: string): Int32Array | null {
  const norm = last.norm;
  if (compiling || norm === null || norm.text !== text || text.length < WINDOWED_MIN_LENGTH) return null;
  const gate = gateOfRegex(re);
  if (gate.length === 0 || foundIn(norm) === null || last.scanner === null) return null;
  // Literals ending at most positions (repetitive text): grouping them costs more than any window saves.
  if (last.trail.length > DENSE_TEXT * text.length) return null;
  if (last.ends === null) {
    if (last.offsets.length !== last.scanner.size + 1) last.offsets = new Int32Array(last.scanner.size + 1);
    last.ends = last.scanner.occurrences(last.trail, last.offsets);
  }
  let best = gate[0]!;
  for (let g = 1; g < gate.length; g++)
    if (occurrencesOfSet(gate[g]!) < occurrencesOfSet(best)) best = gate[g]!;
  if (occurrencesOfSet(best) * DENSE_EVERY > text.length) return null;
  return endsOfSet(best);
}

/**
 * Whether an expression whose required literals end at `ends` (from `requiredLiteralEnds(re, text)`) can match
 * `text.slice(start, end)`, a stretch whose ends are word boundaries of the text too (a sentence ending at
 * punctuation): it cannot when none of them ends inside the stretch (a literal of the stretch read alone is a
 * literal of the text). True when that is unknown.
 */
function mayMatchWithin(ends: Int32Array, text: string, start: number, end: number): boolean {
  if (start >= end) return true;
  // Read alone, a stretch cut inside a word would have a word boundary the text lacks.
  if (start > 0 && isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start))) return true;
  if (end < text.length && isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end)))
    return true;
  // The first end after `start`.
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo]! <= end;
}

/** Stamps are Int32 (cheaper to read than doubles); a long-lived process numbers its scans from 1 again before they wrap. */
const MAX_SCAN = 0x7fffffff;

function restartScanNumbers(): void {
  scans = 1;
  setEndsScan.length = 0;
  setTotalsScan.length = 0;
  setStamps.fill(0);
  for (const admits of ADMITS) if (admits !== undefined) for (const { list } of admits) list.scan = -1;
}

/** Whether the rule with this gate can match the text scanned last: each of its sets has a literal that occurs. */
function passes(gate: Gate): boolean {
  for (let i = 0; i < gate.length; i++) if (setStamps[gate[i]!] !== scans) return false;
  return true;
}

/** Registers a rule's literal sets (literal ids) and returns its gate (set ids). */
function gateOf(sets: readonly Int32Array[]): Gate {
  return Int32Array.from(sets, setIdOf);
}

/** Set ids by content: rules share sets (group words, pronouns), and each distinct set is stamped once a scan. */
const SET_IDS = new Map<string, number>();

function setIdOf(set: Int32Array): number {
  const key = [...new Set(set)].sort((a, b) => a - b).join(",");
  const known = SET_IDS.get(key);
  if (known !== undefined) return known;
  const id = setCount++;
  SET_IDS.set(key, id);
  if (id === setStamps.length) {
    const grown = new Int32Array(id * 2);
    grown.set(setStamps);
    setStamps = grown;
  }
  literalsOfSet[id] = Int32Array.from(new Set(set));
  for (const literal of new Set(set)) {
    const sets = setsOfLiteral[literal];
    if (sets) sets.push(id);
    else setsOfLiteral[literal] = [id];
  }
  // A set first seen after the current text was scanned is stamped from that scan's results.
  if (last.norm !== null && set.some((literal) => last.found[literal] === 1)) setStamps[id] = scans;
  return id;
}

export type { Gate };
export {
  admittedRules,
  compileDuring,
  gatedTest,
  mayMatch,
  mayMatchWithin,
  registeredExpressions,
  requiredLiteralEnds,
};
