/**
 * Splits a comment into sentence-like segments. The model is trained on sentences (the span-file remedy) and a
 * comment scores as its worst segment, so training and inference must cut text the same way: both use this.
 */

const HAS_WORD = /[\p{L}\p{N}]/u;
/**
 * A sentence shorter than this is joined to the next one: it keeps very short fragments in context and bounds the
 * number of segments (and so the per-segment cost) for adversarial text such as "a. a. a. ...".
 */
const MIN_SEGMENT = 24;

type Segment = readonly [start: number, end: number];

const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x2028;
const isEnd = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
// Closing quotes and brackets that may follow the end mark: " ' ” ’ ) ]
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/**
 * A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace, or at a line
 * break. A hand-written scan: one pass, no regex state, linear in length.
 */
function segmentText(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    if (end > start && HAS_WORD.test(text.slice(start, end))) out.push([start, end]);
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end = -1;
    let next = i + 1;
    if (isEnd(c)) {
      let j = i + 1;
      while (j < n && isEnd(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && isSpace(text.charCodeAt(j))) end = j;
      next = j;
    } else if (c === 10) {
      end = i;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    }
    if (end >= 0) {
      while (next < n && isSpace(text.charCodeAt(next))) next++;
      if (end - start >= MIN_SEGMENT) {
        push(end);
        start = next;
      }
    }
    i = next;
  }
  push(n);
  return out;
}

export type { Segment };
export { segmentText };
