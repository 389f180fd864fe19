/**
 * Small readers of a regular expression's source, shared by the two walkers that read rule sources (required
 * literals, match reach), so both parse groups and quantifiers the same way.
 */

/** The opening of a group: "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>" or a plain "(". */
interface GroupPrefix {
  /** Index of the group's first body character. */
  readonly next: number;
  /** A look-ahead or look-behind: it consumes nothing. */
  readonly lookaround: boolean;
}

/** `i` is just after the "("; undefined for a group syntax the walkers do not know. */
function readGroupPrefix(src: string, i: number): GroupPrefix | undefined {
  if (src[i] !== "?") return { next: i, lookaround: false };
  const rest = src.slice(i, i + 3);
  if (rest.startsWith("?:")) return { next: i + 2, lookaround: false };
  if (rest.startsWith("?=") || rest.startsWith("?!")) return { next: i + 2, lookaround: true };
  if (rest === "?<=" || rest === "?<!") return { next: i + 3, lookaround: true };
  if (rest.startsWith("?<")) {
    const close = src.indexOf(">", i);
    return close < 0 ? undefined : { next: close + 1, lookaround: false };
  }
  return undefined;
}

/** A quantifier: ?, *, +, {n}, {n,} or {n,m}, with an optional lazy "?"; `next` is the index after it. */
interface Quantifier {
  readonly min: number;
  readonly max: number;
  readonly next: number;
}

/** The quantifier at `i`, or undefined when there is none (a "{" that does not open one is a literal brace). */
function readQuantifier(src: string, i: number): Quantifier | undefined {
  const c = src[i];
  let min: number;
  let max: number;
  let next = i + 1;
  if (c === "?") [min, max] = [0, 1];
  else if (c === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
  else if (c === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
  else if (c === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return undefined;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
    next = i + m[0].length;
  } else return undefined;
  if (src[next] === "?") next++;
  return { min, max, next };
}

/**
 * The top-level alternatives of a source ("a|b(c|d)|e" -> "a", "b(c|d)", "e"): a rule written as one long
 * alternation can run as one expression per alternative, each gated by its own, rarer literals.
 */
function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

export type { GroupPrefix, Quantifier };
export { readGroupPrefix, readQuantifier, topLevelAlternatives };
