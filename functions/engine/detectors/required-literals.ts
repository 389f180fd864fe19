/**
 * Derives, from a regular expression's source, a set of literal strings of which at least one must occur in any
 * text the expression matches ("you are a (?:idiot|moron)" needs "you are a "). A rule whose set has no member in
 * the text cannot match, so it is skipped without running. Conservative: anything not understood (flags other
 * than g/y/s/m, back-references, large classes) weakens the requirement, never invents one.
 */

/** What a piece of a pattern can match: every exact string (when few), or strings one of which it contains. */
interface Info {
  /** Every string the piece can match, when they are few; `null` when unknown or too many. */
  readonly exact: readonly string[] | null;
  /** Strings one of which every match contains; `null` when nothing is required. */
  readonly need: readonly string[] | null;
}

const MAX_EXACT = 16;
const MAX_CLASS = 8;
const ANY: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [""], need: null };

function needOf(info: Info): readonly string[] | null {
  if (info.need) return info.need;
  if (info.exact && info.exact.length > 0 && !info.exact.includes("")) return info.exact;
  return null;
}

/**
 * A requirement is better when its shortest member is longer (rarer in text), up to 5 characters, beyond which
 * any word is rare enough; ties go to the smaller set, which keeps the scanner small.
 */
function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  if (!a) return b;
  if (!b) return a;
  const minA = Math.min(Math.min(...a.map((s) => s.length)), 5);
  const minB = Math.min(Math.min(...b.map((s) => s.length)), 5);
  if (minA !== minB) return minA > minB ? a : b;
  return a.length <= b.length ? a : b;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function concat(items: readonly Info[]): Info {
  // `run` is the exact set of the current stretch of exactly known items; when it breaks, what it required
  // becomes a candidate and a new stretch starts.
  let run: readonly string[] = [""];
  let whole = true;
  let best: readonly string[] | null = null;
  for (const item of items) {
    best = better(best, item.need);
    if (item.exact) {
      const joined = cross(run, item.exact);
      if (joined) {
        run = joined;
        continue;
      }
      best = better(best, needOf({ exact: run, need: null }));
      run = item.exact;
    } else {
      best = better(best, needOf({ exact: run, need: null }));
      run = [""];
    }
    whole = false;
  }
  best = better(best, needOf({ exact: run, need: null }));
  return { exact: whole ? run : null, need: best };
}

function alternate(options: readonly Info[]): Info {
  if (options.every((o) => o.exact)) {
    const all = new Set<string>();
    for (const o of options) for (const s of o.exact!) all.add(s);
    if (all.size <= MAX_EXACT) return { exact: [...all], need: null };
    return { exact: null, need: all.has("") ? null : [...all] };
  }
  const need = new Set<string>();
  for (const o of options) {
    const n = needOf(o);
    if (!n) return ANY;
    for (const s of n) need.add(s);
  }
  return { exact: null, need: [...need] };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 0) {
    return max === 1 && item.exact ? alternate([EMPTY, item]) : ANY;
  }
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
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
    else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === "?") this.i++;
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
        return { exact: [c], need: null };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src[this.i] === "?") {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith("?:")) this.i += 2;
      else if (rest.startsWith("?=") || rest.startsWith("?!")) {
        this.i += 2;
        lookaround = true;
      } else if (rest === "?<=" || rest === "?<!") {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith("?<")) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Error("bad group name");
        this.i = close + 1;
      } else throw new Error("unknown group");
    }
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
    return { exact: [...chars], need: null };
  }

  private escape(): Info {
    const e = this.src[this.i++]!;
    if (e === "b" || e === "B") return EMPTY;
    if (ESCAPE_CHAR[e] !== undefined && e !== "0") return { exact: [ESCAPE_CHAR[e]!], need: null };
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
    return { exact: [e], need: null };
  }
}

/**
 * Literals one of which every match of `re` contains, or `null` when the expression requires none that can be
 * proven (the rule then always runs). Only flags that leave literals literal are understood.
 */
function requiredLiterals(re: RegExp): readonly string[] | null {
  if (/[iv]/.test(re.flags)) return null;
  try {
    const need = needOf(new Parser(re.source).parse());
    if (!need || need.length === 0 || need.some((s) => s.length === 0)) return null;
    return need;
  } catch {
    return null;
  }
}

export { requiredLiterals };
