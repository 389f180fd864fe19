/**
 * The opening of a group in a regular expression's source, for the two walkers that read rule sources (required
 * literals, match reach): "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<name>" or a plain "(".
 */
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

export type { GroupPrefix };
export { readGroupPrefix };
