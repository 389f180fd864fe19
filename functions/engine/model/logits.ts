/**
 * The raw linear part of the model: per head, the highest logit over the comment's segments. Shared by the
 * runtime scorer and by training (calibration and thresholds are fitted on exactly what ships).
 */
import { canonicalize } from "./canonical.js";
import { addSegmentFeatures, createFeatureBuffer } from "./features.js";
import type { Segment } from "./segments.js";
import { segmentText } from "./segments.js";

interface LinearWeights {
  /** Bucket-major: weights[bucket * heads + head]. */
  readonly weights: Float32Array | Float64Array;
  readonly bias: readonly number[];
  readonly heads: number;
  readonly bucketBits: number;
}

interface SegmentLogits {
  readonly segments: readonly Segment[];
  /** Per head: best logit (bias alone when the text has no words). */
  readonly logits: Float64Array;
  /** Per head: index into `segments` of the best segment, or -1. */
  readonly bestSegment: Int32Array;
}

function createLogitScorer(model: LinearWeights): (text: string) => SegmentLogits {
  const { weights, bias, heads } = model;
  const mask = (1 << model.bucketBits) - 1;
  const buf = createFeatureBuffer();
  const sums = new Float64Array(heads);
  return (text) => {
    const segments = segmentText(text);
    const logits = new Float64Array(heads).fill(Number.NEGATIVE_INFINITY);
    const bestSegment = new Int32Array(heads).fill(-1);
    for (let s = 0; s < segments.length; s++) {
      const [start, end] = segments[s]!;
      buf.length = 0;
      const n = addSegmentFeatures(canonicalize(text.slice(start, end)), buf, mask);
      if (n === 0) continue;
      sums.fill(0);
      const idx = buf.indices;
      for (let f = 0; f < n; f++) {
        const base = idx[f]! * heads;
        for (let h = 0; h < heads; h++) sums[h]! += weights[base + h]!;
      }
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
    return { segments, logits, bestSegment };
  };
}

export type { LinearWeights, SegmentLogits };
export { createLogitScorer };
