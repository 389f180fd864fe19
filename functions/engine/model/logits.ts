/**
 * The raw linear part of the model: per head, the highest logit over the comment's sentences and the whole comment. Shared by the
 * runtime scorer and by training (calibration and thresholds are fitted on exactly what ships).
 */
import type { QuantisedWeights } from "./artifact.js";
import { canonicalize } from "./canonical.js";
import { addSegmentFeatures, createFeatureBuffer } from "./features.js";
import type { Segment } from "./segments.js";
import { segmentText } from "./segments.js";
import type { ClusterTable } from "./word-clusters.js";

interface LinearWeights {
  readonly weights: QuantisedWeights;
  readonly bias: readonly number[];
  readonly heads: number;
  readonly bucketBits: number;
  /** Word clusters for the meaning-level features; absent in models trained without them. */
  readonly clusters?: ClusterTable;
}

interface SegmentLogits {
  /** Sentence ranges in the original text, when canonicalisation kept its length; else one range for the whole. */
  readonly segments: readonly Segment[];
  /** Per head: best logit (bias alone when the text has no words). */
  readonly logits: Float64Array;
  /** Per head: index into `segments` of the best segment, or -1. */
  readonly bestSegment: Int32Array;
}

/** Only short comments are also read whole (two or three sentences): a long one's cost stays per sentence. */
const WHOLE_MAX = 600;

function createLogitScorer(model: LinearWeights): (text: string) => SegmentLogits {
  const { bias, heads } = model;
  const { codes, lut } = model.weights;
  const mask = (1 << model.bucketBits) - 1;
  const buf = createFeatureBuffer();
  const sums = new Float64Array(8);
  return (text) => {
    // Canonicalise once and cut the canonical text: one pass of each regex instead of one per sentence.
    const canon = canonicalize(text);
    const segments = segmentText(canon);
    const logits = new Float64Array(heads).fill(Number.NEGATIVE_INFINITY);
    const bestSegment = new Int32Array(heads).fill(-1);
    // A comment of several sentences is also read whole: hand-written training comments are whole, and a veiled
    // threat often spans two sentences ("She lives by the church. Just an observation."). Index = segments.length.
    const ranges = segments.length > 1 && canon.length <= WHOLE_MAX ? segments.length + 1 : segments.length;
    for (let s = 0; s < ranges; s++) {
      const [start, end] = s < segments.length ? segments[s]! : [0, canon.length];
      buf.length = 0;
      const n = addSegmentFeatures(canon, buf, mask, start, end, model.clusters);
      if (n === 0) continue;
      const idx = buf.indices;
      // Eight local accumulators (one per slot of a bucket): several times faster than indexing an array.
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      let a4 = 0;
      let a5 = 0;
      let a6 = 0;
      let a7 = 0;
      for (let f = 0; f < n; f++) {
        const b = idx[f]! << 3;
        a0 += lut[codes[b]!]!;
        a1 += lut[256 | codes[b + 1]!]!;
        a2 += lut[512 | codes[b + 2]!]!;
        a3 += lut[768 | codes[b + 3]!]!;
        a4 += lut[1024 | codes[b + 4]!]!;
        a5 += lut[1280 | codes[b + 5]!]!;
        a6 += lut[1536 | codes[b + 6]!]!;
        a7 += lut[1792 | codes[b + 7]!]!;
      }
      sums[0] = a0;
      sums[1] = a1;
      sums[2] = a2;
      sums[3] = a3;
      sums[4] = a4;
      sums[5] = a5;
      sums[6] = a6;
      sums[7] = a7;
      const norm = 1 / Math.sqrt(n);
      for (let h = 0; h < heads; h++) {
        const logit = bias[h]! + sums[h]! * norm;
        if (logit > logits[h]!) {
          logits[h] = logit;
          bestSegment[h] = s;
        }
      }
    }
    for (let h = 0; h < heads; h++) if (bestSegment[h]! < 0) logits[h] = bias[h]!;
    if (canon.length !== text.length) {
      // Offsets no longer map to the original (folded stretches, spaced letters, decomposed characters).
      for (let h = 0; h < heads; h++) if (bestSegment[h]! >= 0) bestSegment[h] = 0;
      return { segments: [[0, text.length]], logits, bestSegment };
    }
    return { segments, logits, bestSegment };
  };
}

export type { LinearWeights, SegmentLogits };
export { createLogitScorer };
