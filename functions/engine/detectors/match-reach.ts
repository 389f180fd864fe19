/**
 * How far a regular expression can read from where an attempt starts: the longest match it can consume, and how
 * many characters its look-arounds can read beyond that. With these bounds an attempt's result depends only on a
 * known stretch of text around its start, so a rule can be searched in windows around its required literals
 * (match-windows.ts) instead of over the whole text. Conservative: anything not understood (back-references, the
 * u and v flags, unbounded look-arounds) gives `null`, and the whole text is searched as before.
 */
import { readGroupPrefix, readQuantifier } from "./regex-source.js";

/**
 * A length bound `fixed + runs * R`, where R is the longest run of non-whitespace characters in a text with no two
 * adjacent whitespace characters (the normalised text): there a repeat of whitespace alone (`\s+`, `[ \t]*`)
 * consumes at most one character and a repeat of non-whitespace alone (`\w+`, `[a-z-]*`) at most R.
 */
interface Bound {
  readonly fixed: number;
  readonly runs: number;
}

interface Reach {
  /** Longest match in code units, in any text (Infinity when a repeat is unbounded). */
  readonly longest: number;
  /** Characters the look-arounds can read beyond the consumed stretch, on either side (their lengths summed). */
  readonly around: number;
  /** The same two in a text with no adjacent whitespace, given its longest non-whitespace run. */
  readonly longestSpaced: Bound;
  readonly aroundSpaced: Bound;
}

interface Node {
  readonly max: number;
  readonly spaced: Bound;
  /** Every string the piece matches is whitespace only (possibly empty). */
  readonly blank: boolean;
  /** The piece is one character that is never whitespace. */
  readonly solid: boolean;
}

const ZERO: Bound = { fixed: 0, runs: 0 };
const UNIT: Bound = { fixed: 1, runs: 0 };
const ONE: Node = { max: 1, spaced: UNIT, blank: false, solid: false };
const SOLID_ONE: Node = { max: 1, spaced: UNIT, blank: false, solid: true };
const BLANK_ONE: Node = { max: 1, spaced: UNIT, blank: true, solid: false };
const NOTHING: Node = { max: 0, spaced: ZERO, blank: true, solid: false };

/** Escapes that match one whitespace character and nothing else. */
const BLANK_ESCAPES = new Set(["s", "t", "n", "r", "f", "v"]);
/** Escapes (outside or inside a class) that never match whitespace; other letters may (\W, \D, \uXXXX) or are unknown. */
const SOLID_ESCAPES = new Set(["w", "d", "S", "b"]);

function plus(a: Bound, b: Bound): Bound {
  return { fixed: a.fixed + b.fixed, runs: a.runs + b.runs };
}

function times(a: Bound, n: number): Bound {
  if (n === 0 || (a.fixed === 0 && a.runs === 0)) return ZERO;
  return { fixed: a.fixed * n, runs: a.runs * n };
}

/** An upper bound of both (R is never negative). */
function most(a: Bound, b: Bound): Bound {
  return { fixed: Math.max(a.fixed, b.fixed), runs: Math.max(a.runs, b.runs) };
}

/** A printable ASCII character other than the space: never whitespace. */
function printable(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code > 32 && code < 127;
}

class Unsupported extends Error {}

class ReachParser {
  private i = 0;
  /** Summed maximum lengths of every look-around. */
  around = 0;
  aroundSpaced: Bound = ZERO;

  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Unsupported("unbalanced");
    return node;
  }

  private alternation(): Node {
    let node = this.sequence();
    while (this.src[this.i] === "|") {
      this.i++;
      const next = this.sequence();
      node = {
        max: Math.max(node.max, next.max),
        spaced: most(node.spaced, next.spaced),
        blank: node.blank && next.blank,
        solid: node.solid && next.solid,
      };
    }
    return node;
  }

  private sequence(): Node {
    let max = 0;
    let spaced = ZERO;
    let blank = true;
    let count = 0;
    let only: Node = NOTHING;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const item = this.quantified(this.atom());
      max += item.max;
      spaced = plus(spaced, item.spaced);
      blank &&= item.blank;
      only = item;
      count++;
    }
    // A group of one character keeps its kind ("(?:\w)+" repeats like "\w+").
    return count === 1 ? only : { max, spaced, blank, solid: false };
  }

  private quantified(atom: Node): Node {
    // A "{" that opens no quantifier is a literal brace, read as the next atom.
    const q = readQuantifier(this.src, this.i);
    if (!q) return atom;
    this.i = q.next;
    const most = q.max;
    const max = atom.max === 0 || most === 0 ? 0 : atom.max * most;
    let spaced: Bound;
    // Repeated whitespace-only pieces form one run of whitespace, at most one character in a spaced text; a
    // repeated non-whitespace character, one run of them.
    if (atom.blank) spaced = max === 0 ? ZERO : UNIT;
    else if (Number.isFinite(most)) spaced = times(atom.spaced, most);
    else if (atom.solid) spaced = { fixed: 0, runs: 1 };
    else throw new Unsupported("unbounded repeat");
    return this.quantified({ max, spaced, blank: atom.blank, solid: false });
  }

  private atom(): Node {
    const c = this.src[this.i++]!;
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "^":
      case "$":
        return NOTHING;
      case "\\":
        return this.escape();
      case " ":
        return BLANK_ONE;
      case ".":
        return ONE;
      default:
        return printable(c) ? SOLID_ONE : ONE;
    }
  }

  private group(): Node {
    const prefix = readGroupPrefix(this.src, this.i);
    if (!prefix) throw new Unsupported("unknown or malformed group");
    this.i = prefix.next;
    const { lookaround } = prefix;
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Unsupported("unclosed group");
    this.i++;
    if (!lookaround) return inner;
    this.around += inner.max;
    this.aroundSpaced = plus(this.aroundSpaced, inner.spaced);
    return NOTHING;
  }

  /**
   * One character: whitespace-only when every member is a whitespace escape or a space; never whitespace when
   * every member is a printable ASCII character, a range of them or \w \d \S, or when a negated class excludes \s.
   */
  private charClass(): Node {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    let blank = !negated;
    let solid = !negated;
    let excludesSpace = false;
    // In JavaScript (without u or v) a class ends at the first unescaped "]", even right after "[".
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      const ch = this.src[this.i++]!;
      let code = ch.charCodeAt(0);
      if (ch === "\\") {
        const e = this.src[this.i++];
        if (e === undefined) throw new Unsupported("unclosed class");
        if (e === "s") excludesSpace = true;
        if (!BLANK_ESCAPES.has(e)) blank = false;
        if (/[a-zA-Z0-9]/.test(e)) {
          if (!SOLID_ESCAPES.has(e)) solid = false;
          if (e === "u") this.i += 4;
          else if (e === "x") this.i += 2;
          else if (e === "c") this.i++;
          // A range to or from a letter escape: not understood.
          if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]") solid = false;
          continue;
        }
        code = e.charCodeAt(0);
      } else if (ch !== " ") blank = false;
      if (code <= 32 || code >= 127) solid = false;
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++]!;
        if (to === "\\") {
          to = this.src[this.i++]!;
          if (/[a-zA-Z0-9]/.test(to)) solid = false;
        }
        const end = to.charCodeAt(0);
        if (end <= 32 || end >= 127) solid = false;
        blank = false;
      }
    }
    if (this.src[this.i] !== "]") throw new Unsupported("unclosed class");
    this.i++;
    if (negated) return excludesSpace ? SOLID_ONE : ONE;
    return blank ? BLANK_ONE : solid ? SOLID_ONE : ONE;
  }

  private escape(): Node {
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported("trailing backslash");
    if (e === "b" || e === "B") return NOTHING;
    if (BLANK_ESCAPES.has(e)) return BLANK_ONE;
    // Back-references match as long as their group: not bounded here.
    if (/[1-9]/.test(e) || (e === "k" && this.src[this.i] === "<")) throw new Unsupported("back-reference");
    if (e === "u") this.i += 4;
    else if (e === "x") this.i += 2;
    else if (e === "c") this.i++;
    if (/[a-zA-Z0-9]/.test(e)) return SOLID_ESCAPES.has(e) ? SOLID_ONE : ONE;
    // An escaped punctuation mark stands for itself ("\\ " is a space).
    return e === " " ? BLANK_ONE : printable(e) ? SOLID_ONE : ONE;
  }
}

const REACH = new WeakMap<RegExp, Reach | null>();

/** The expression's reach, or `null` when it cannot be bounded with confidence. */
function reachOf(re: RegExp): Reach | null {
  let reach = REACH.get(re);
  if (reach === undefined) {
    reach = /[uv]/.test(re.flags) ? null : parseReach(re.source);
    REACH.set(re, reach);
  }
  return reach;
}

function parseReach(source: string): Reach | null {
  try {
    const parser = new ReachParser(source);
    const node = parser.parse();
    return {
      longest: node.max,
      around: parser.around,
      longestSpaced: node.spaced,
      aroundSpaced: parser.aroundSpaced,
    };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

export type { Bound, Reach };
export { parseReach, reachOf };
