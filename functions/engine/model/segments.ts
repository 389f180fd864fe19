/**
 * Splits a comment into sentence-like segments. The model is trained on sentences (the span-file remedy) and a
 * comment scores as its worst segment, so training and inference must cut text the same way: both use this.
 */

// A sentence ends at . ! ? (optionally closed by quotes/brackets) followed by whitespace, or at a line break.
const BOUNDARY = /[.!?]+["'”’)\]]*\s+|\s*\n\s*/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

type Segment = readonly [start: number, end: number];

function segmentText(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    if (end > start && HAS_WORD.test(text.slice(start, end))) out.push([start, end]);
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const cut = m.index + m[0].length;
    push(m.index + m[0].trimEnd().length);
    start = cut;
  }
  push(text.length);
  return out;
}

export type { Segment };
export { segmentText };
