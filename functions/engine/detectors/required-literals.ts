/**
 * Derives, from a regular expression's source, literal strings that any text the expression matches must
 * contain: one or more sets, each of which must have a member in the text ("\\byou are an? (?:idiot|moron)"
 * needs "you are a" and one of "idiot", "moron"). A rule whose sets are not all met cannot match, so it is
 * skipped without running. A word boundary `\\b` is kept as the marker BOUNDARY, which the scanner sees between a
 * word and a non-word character, so "con" written as a word does not fire inside "economy". Conservative:
 * anything not understood (flags i/v, back-references, large classes) weakens the requirement, never invents one.
 */
import { readGroupPrefix, readQuantifier } from "./regex-source.js";

/** Stands for `\\b` inside literals; the scanner feeds it wherever the text has a word boundary. */
const BOUNDARY = "\u0001";

type Literals = readonly string[];

/** What a piece of a pattern can match: every exact string (when few), and sets one member of each it contains. */
interface Info {
  /** Every string the piece can match, when they are few; `null` when unknown or too many. */
  readonly exact: Literals | null;
  /** Sets of strings: every match contains a member of each set. */
  readonly need: readonly Literals[];
}

const MAX_EXACT = 16;
const MAX_CLASS = 8;
const MAX_SETS = 3;
const MAX_LITERAL = 10;
const ANY: Info = { exact: null, need: [] };
const EMPTY: Info = { exact: [""], need: [] };

/** Words so frequent in comments that requiring one of them barely filters. */
const COMMON = new Set(
  (
    "the a an and or to of in on at for is are was were be been it its this that these those you u your i im me my " +
    "we our us he she his her him they them their not no with as by from have has had will would should can could " +
    "just all so but if what who do does did there here now only like about out up more people one get know think " +
    "some any how when then than well very too also"
  ).split(" "),
);

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

function stripped(literal: string): string {
  return literal.includes(BOUNDARY) ? literal.split(BOUNDARY).join("") : literal;
}

/** Rough chance that a comment contains the literal: spaces, punctuation, common words and short fragments are likely. */
const CHANCE = new Map<string, number>();

function chance(literal: string): number {
  let p = CHANCE.get(literal);
  if (p === undefined) {
    p = estimateChance(literal);
    CHANCE.set(literal, p);
  }
  return p;
}

function estimateChance(literal: string): number {
  const core = stripped(literal);
  const words = core.split(/[^a-z0-9']+/).filter(Boolean);
  if (words.length === 0) return core.trim().length === 0 ? 0.99 : core.length === 1 ? 0.6 : 0.3;
  const whole = literal.startsWith(BOUNDARY) || !isWordChar(core.charCodeAt(0));
  let p = 1;
  for (const w of words) {
    if (COMMON.has(w)) p *= 0.5;
    else if (w.length >= 5) p *= 0.005;
    else if (w.length === 4) p *= whole ? 0.01 : 0.03;
    else if (w.length === 3) p *= whole ? 0.03 : 0.1;
    else p *= whole ? 0.2 : 0.4;
  }
  return Math.max(p, 0.001);
}

/** Chance that at least one member occurs, as if independent. */
function cost(set: Literals): number {
  let none = 1;
  for (const s of set) none *= 1 - chance(s);
  return 1 - none;
}

/** The exact strings as a requirement, unless one of them is empty (then nothing is required). */
function exactNeed(exact: Literals | null): Literals[] {
  if (!exact || exact.length === 0 || exact.some((s) => stripped(s).length === 0)) return [];
  return [exact];
}

function needOf(info: Info): readonly Literals[] {
  return info.need.length > 0 ? info.need : exactNeed(info.exact);
}

/**
 * The most selective sets, at most MAX_SETS; only sets that would pass nearly every comment are dropped (the
 * estimate treats words as independent, which overstates how often one of many insults occurs).
 */
function keepBest(sets: readonly Literals[]): Literals[] {
  return [...new Set(sets)]
    .map((set) => ({ set, cost: cost(set) }))
    .filter((x) => x.cost < 0.999)
    .sort((a, b) => a.cost - b.cost)
    .slice(0, MAX_SETS)
    .map((x) => x.set);
}

function cross(a: Literals, b: Literals): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function concat(items: readonly Info[]): Info {
  // `run` is the exact set of the current stretch of exactly known items; when it breaks, what it required
  // becomes a candidate and a new stretch starts.
  let run: Literals = [""];
  let whole = true;
  const candidates: Literals[] = [];
  for (const item of items) {
    candidates.push(...item.need);
    if (item.exact) {
      const joined = cross(run, item.exact);
      if (joined) {
        run = joined;
        continue;
      }
      candidates.push(...exactNeed(run));
      run = item.exact;
    } else {
      candidates.push(...exactNeed(run));
      run = [""];
    }
    whole = false;
  }
  candidates.push(...exactNeed(run));
  return { exact: whole ? run : null, need: keepBest(candidates) };
}

function alternate(options: readonly Info[]): Info {
  if (options.every((o) => o.exact)) {
    const all = new Set<string>();
    for (const o of options) for (const s of o.exact!) all.add(s);
    if (all.size <= MAX_EXACT) return { exact: [...all], need: [] };
    return { exact: null, need: exactNeed([...all]) };
  }
  // Each option must meet its own most selective set; the alternation needs a member of their union.
  const union = new Set<string>();
  for (const o of options) {
    const best = keepBest(needOf(o))[0];
    if (!best) return ANY;
    for (const s of best) union.add(s);
  }
  return { exact: null, need: [[...union]] };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && item.exact ? alternate([EMPTY, item]) : ANY;
  if (min === 1 && max === 1) return item;
  return { exact: null, need: needOf(item) };
}

const ESCAPE_CHAR: Readonly<Record<string, string>> = {
  n: "\n",
  t: "\t",
  r: "\r",
  f: "\f",
  v: "\v",
  "0": "\0",
};

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Error("unbalanced");
    return info;
  }

  private alternation(): Info {
    const options = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return concat(items);
  }

  private quantified(atom: Info): Info {
    const q = readQuantifier(this.src, this.i);
    if (!q) return atom;
    this.i = q.next;
    const { min, max } = q;
    return this.quantified(repeat(atom, min, max));
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "^":
      case "$":
        return EMPTY;
      case ".":
        return ANY;
      case "\\":
        return this.escape();
      default:
        return { exact: [c], need: [] };
    }
  }

  private group(): Info {
    const prefix = readGroupPrefix(this.src, this.i);
    if (!prefix) throw new Error("unknown or malformed group");
    this.i = prefix.next;
    const { lookaround } = prefix;
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Error("unclosed group");
    this.i++;
    // A look-around consumes nothing: what it asserts is not part of the match.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Info {
    const chars = new Set<string>();
    let understood = this.src[this.i] !== "^";
    if (!understood) this.i++;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      let ch = this.src[this.i++]!;
      if (ch === "\\") {
        const e = this.src[this.i++]!;
        if (/[a-zA-Z0-9]/.test(e)) {
          if (ESCAPE_CHAR[e] !== undefined) ch = ESCAPE_CHAR[e]!;
          else {
            // \w, \d, \s, \p{...}, \uXXXX and the like: too many characters to list.
            understood = false;
            if ((e === "p" || e === "P") && this.src[this.i] === "{")
              this.i = this.src.indexOf("}", this.i) + 1;
            continue;
          }
        } else ch = e;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++]!;
        if (to === "\\") {
          to = this.src[this.i++]!;
          if (/[a-zA-Z0-9]/.test(to)) understood = false;
        }
        const from = ch.charCodeAt(0);
        const end = to.charCodeAt(0);
        if (end - from >= MAX_CLASS) understood = false;
        else for (let k = from; k <= end; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.i] !== "]") throw new Error("unclosed class");
    this.i++;
    if (!understood || chars.size === 0 || chars.size > MAX_CLASS) return ANY;
    return { exact: [...chars], need: [] };
  }

  private escape(): Info {
    const e = this.src[this.i++]!;
    if (e === "b") return { exact: [BOUNDARY], need: [] };
    // Rules run on the normalised text, where every run of whitespace is one plain space: "\s" and "\s+" read
    // one " ", so "old\s+cow" requires "old cow", not just "old".
    if (e === "s") {
      if (this.src[this.i] === "+") this.i += this.src[this.i + 1] === "?" ? 2 : 1;
      return { exact: [" "], need: [] };
    }
    if (e === "B") return EMPTY;
    if (ESCAPE_CHAR[e] !== undefined && e !== "0") return { exact: [ESCAPE_CHAR[e]!], need: [] };
    if (/[a-zA-Z0-9]/.test(e)) {
      // Classes (\w \s \d), code units (\uXXXX, \xXX), properties and back-references: no literal.
      if (e === "u" && this.src[this.i] === "{") this.i = this.src.indexOf("}", this.i) + 1;
      else if (e === "u") this.i += 4;
      else if (e === "x") this.i += 2;
      else if ((e === "p" || e === "P") && this.src[this.i] === "{")
        this.i = this.src.indexOf("}", this.i) + 1;
      else if (e === "k" && this.src[this.i] === "<") this.i = this.src.indexOf(">", this.i) + 1;
      else if (e === "c") this.i++;
      return ANY;
    }
    return { exact: [e], need: [] };
  }
}

/**
 * Puts boundary markers where the text always has one (between a word and a non-word character) and keeps those
 * the pattern asserts at the ends, so a literal reads exactly as the scanner's marked stream would.
 */
function canonical(literal: string): string {
  let out = "";
  let pending = false;
  let prev: boolean | undefined;
  for (const ch of literal) {
    if (ch === BOUNDARY) {
      pending = true;
      continue;
    }
    const word = isWordChar(ch.charCodeAt(0));
    // Inside the literal a boundary exists exactly where word and non-word meet; asserted elsewhere it cannot
    // hold, and the marker left in place then never matches (nor can the pattern).
    if (prev === undefined ? pending : prev !== word || pending) out += BOUNDARY;
    out += ch;
    prev = word;
    pending = false;
  }
  if (pending && prev !== undefined) out += BOUNDARY;
  return out;
}

/**
 * Sets of literals (with boundary markers) that every match of `re` meets, one member of each; empty when nothing
 * can be proven (the rule then always runs). Only flags that leave literals literal are understood.
 */
function requiredLiterals(re: RegExp): readonly Literals[] {
  if (/[iv]/.test(re.flags)) return [];
  try {
    // A literal's prefix is required too; prefixes keep the scanner's table small (and in cache).
    const need = needOf(new Parser(re.source).parse()).map((set) => [
      ...new Set(set.map((s) => canonical(s).slice(0, MAX_LITERAL))),
    ]);
    return keepBest(need.filter((set) => set.every((s) => stripped(s).length > 0)));
  } catch {
    return [];
  }
}

export type { Literals };
export { BOUNDARY, isWordChar, requiredLiterals };
