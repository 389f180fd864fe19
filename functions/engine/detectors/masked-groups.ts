/**
 * Group names the normaliser read through asterisks ("m*slims" is read as "muslims": normalize/misspelt-groups.ts).
 * Every group rule reads the name; the mask itself is also a sign of hostility that the masked-group rules read
 * (identity-abuse.ts, suspicion.ts), so this finds where a group's name in the normalised text was typed masked.
 */
import { GROUPS } from "../lexicon/groups.js";
import type { NormalizedText } from "../normalize/index.js";
import { alternation } from "./pattern-rule.js";

const ANY_GROUP = new RegExp(`\\b(?:${alternation(Object.values(GROUPS).flat())})\\b`, "g");

type Span = readonly [start: number, end: number];

/** Spans of the normalised text holding a group's name typed with asterisks in the original. */
function maskedGroupSpans(norm: NormalizedText): Span[] {
  if (!norm.original.includes("*")) return [];
  const out: Span[] = [];
  ANY_GROUP.lastIndex = 0;
  for (let m = ANY_GROUP.exec(norm.text); m !== null; m = ANY_GROUP.exec(norm.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (norm.original.slice(norm.starts[start], norm.ends[end - 1]).includes("*")) out.push([start, end]);
  }
  return out;
}

/** Whether one of `spans` lies within [start, end). */
function maskedWithin(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([s, e]) => s >= start && e <= end);
}

export type { Span };
export { maskedGroupSpans, maskedWithin };
