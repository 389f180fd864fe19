/**
 * HateCheck is both a training source and an evaluation set, so it is split by template, not by row: each
 * template is filled with every target group ("I hate women." ... "I hate immigrants."), and a row-level split
 * would leak the template into training. Consecutive cases of one functionality that differ only in a short
 * middle (the identity term or slur) form one block; a whole block goes to one side.
 */
import type { LabelledRow } from "./datasets.js";
import { unitHash } from "./split.js";

const HELD_OUT_SHARE = 0.4;

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+|[^\s\p{L}\p{N}']/gu) ?? [];
}

function sameTemplate(a: string[], b: string[]): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return p + s > 0 && a.length - p - s <= 2 && b.length - p - s <= 2;
}

/** Block key per row id: functionality plus block number. */
function hatecheckBlocks(rows: readonly LabelledRow[]): Map<string, string> {
  const out = new Map<string, string>();
  let block = 0;
  let prev: { fn: string; toks: string[] } | undefined;
  for (const r of rows) {
    const fn = r.fields.functionality ?? "";
    const toks = tokens(r.text);
    if (!prev || prev.fn !== fn || !sameTemplate(prev.toks, toks)) block++;
    out.set(r.id, `${fn}#${block}`);
    prev = { fn, toks };
  }
  return out;
}

/** True for rows in the held-out (evaluation) side of the template split. */
function hatecheckHeldOut(rows: readonly LabelledRow[]): Set<string> {
  const blocks = hatecheckBlocks(rows);
  const held = new Set<string>();
  for (const r of rows) if (unitHash(blocks.get(r.id)!, "hatecheck") < HELD_OUT_SHARE) held.add(r.id);
  return held;
}

export { HELD_OUT_SHARE, hatecheckBlocks, hatecheckHeldOut };
