/**
 * Group names the normaliser read through asterisks ("m*slims" is read as "muslims": normalize/misspelt-groups.ts).
 * Every group rule reads the name; the mask itself is also a sign of hostility that the masked-group rules read
 * (identity-abuse.ts, suspicion.ts), so this finds where a group's name in the normalised text was typed masked.
 * It starts from the asterisks of the original text, so a comment without one costs a single `indexOf`.
 */
import { GROUP_NAMES } from "../lexicon/groups.js";
import type { NormalizedText } from "../normalize/index.js";

/** The one-word names (the normaliser unmasks only those). */
const NAMES = new Set(GROUP_NAMES.filter((g) => /^[a-z]+$/.test(g)));

type Span = readonly [start: number, end: number];

const isLower = (c: number) => c >= 97 && c <= 122;

/** Spans of the normalised text holding a group's name typed with asterisks in the original. */
function maskedGroupSpans(norm: NormalizedText): Span[] {
  const { original, text, starts, ends } = norm;
  let star = original.indexOf("*");
  if (star < 0) return [];
  const out: Span[] = [];
  while (star >= 0) {
    // The first normalised character whose source reaches the asterisk (sources are in text order).
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) < star) lo = mid + 1;
      else hi = mid;
    }
    let start = lo;
    let end = lo;
    while (start > 0 && isLower(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isLower(text.charCodeAt(end))) end++;
    const last = out[out.length - 1];
    if (
      end > start &&
      // Inside the word as typed: "*Girls*" is emphasis, not a mask.
      (starts[start] ?? 0) < star &&
      star < (ends[end - 1] ?? 0) &&
      NAMES.has(text.slice(start, end)) &&
      (last === undefined || last[0] !== start)
    )
      out.push([start, end]);
    star = original.indexOf("*", star + 1);
  }
  return out;
}

/** Whether one of `spans` lies within [start, end). */
function maskedWithin(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => s >= start && e <= end);
}

export type { Span };
export { maskedGroupSpans, maskedWithin };
