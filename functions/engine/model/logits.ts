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
  /** The canonical text the features were read from (canonical.ts). */
  readonly canonical: string;
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
  const whole = createFeatureBuffer();
  const parts = createFeatureBuffer();
  const partEnds = new Int32Array(64);
  const sums = new Float64Array(8);
  const partSums = new Float64Array(8);

  /** Keeps the higher logit per head (the first range wins a tie, as ranges are offered in order). */
  function offer(logits: Float64Array, bestSegment: Int32Array, values: Float64Array, n: number, range: number) {
    const norm = 1 / Math.sqrt(n);
    for (let h = 0; h < heads; h++) {
      const logit = bias[h]! + values[h]! * norm;
      if (logit > logits[h]!) {
        logits[h] = logit;
        bestSegment[h] = range;
      }
    }
  }

  /**
   * Sums the weights of the `n` features in `whole` per head into `sums` (eight local accumulators, one per slot of
   * a bucket: several times faster than indexing an array). On the way it scores the first `count` sentences, whose
   * features are in `parts` (the end of sentence s's at `partEnds[s]`): a sentence's features are the whole's minus
   * the pairs that reach across a sentence end, in the same order, so matching each sentence's in turn adds the same
   * weights in the same order to its sum as scoring it apart would, with one lookup per feature of the whole. Equal
   * features are interchangeable, so matching each at its first chance is exact. Returns whether every sentence's
   * features were found, which their construction ensures.
   */
  function walk(n: number, count: number, logits: Float64Array, bestSegment: Int32Array): boolean {
    const idx = whole.indices;
    const partIdx = parts.indices;
    let s = 0;
    let next = 0;
    // Sentences without features are skipped, as scoring them apart does.
    while (s < count && next === partEnds[s]) s++;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    let a7 = 0;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    let p4 = 0;
    let p5 = 0;
    let p6 = 0;
    let p7 = 0;
    for (let f = 0; f < n; f++) {
      const feature = idx[f]!;
      const b = feature << 3;
      const v0 = lut[codes[b]!]!;
      const v1 = lut[256 | codes[b + 1]!]!;
      const v2 = lut[512 | codes[b + 2]!]!;
      const v3 = lut[768 | codes[b + 3]!]!;
      const v4 = lut[1024 | codes[b + 4]!]!;
      const v5 = lut[1280 | codes[b + 5]!]!;
      const v6 = lut[1536 | codes[b + 6]!]!;
      const v7 = lut[1792 | codes[b + 7]!]!;
      a0 += v0;
      a1 += v1;
      a2 += v2;
      a3 += v3;
      a4 += v4;
      a5 += v5;
      a6 += v6;
      a7 += v7;
      if (s >= count || partIdx[next] !== feature) continue;
      p0 += v0;
      p1 += v1;
      p2 += v2;
      p3 += v3;
      p4 += v4;
      p5 += v5;
      p6 += v6;
      p7 += v7;
      next++;
      if (next < partEnds[s]!) continue;
      partSums[0] = p0;
      partSums[1] = p1;
      partSums[2] = p2;
      partSums[3] = p3;
      partSums[4] = p4;
      partSums[5] = p5;
      partSums[6] = p6;
      partSums[7] = p7;
      offer(logits, bestSegment, partSums, next - (s === 0 ? 0 : partEnds[s - 1]!), s);
      p0 = p1 = p2 = p3 = p4 = p5 = p6 = p7 = 0;
      s++;
      while (s < count && next === partEnds[s]) s++;
    }
    sums[0] = a0;
    sums[1] = a1;
    sums[2] = a2;
    sums[3] = a3;
    sums[4] = a4;
    sums[5] = a5;
    sums[6] = a6;
    sums[7] = a7;
    return s >= count;
  }

  /** Scores every sentence and then the whole comment in one walk; false (nothing offered) if that failed. */
  function scoreSentencesAndWhole(
    canon: string,
    segments: readonly Segment[],
    logits: Float64Array,
    bestSegment: Int32Array,
  ): boolean {
    const count = segments.length;
    if (count > partEnds.length) return false;
    parts.length = 0;
    for (let s = 0; s < count; s++) {
      addSegmentFeatures(canon, parts, mask, segments[s]![0], segments[s]![1], model.clusters);
      partEnds[s] = parts.length;
    }
    whole.length = 0;
    const n = addSegmentFeatures(canon, whole, mask, 0, canon.length, model.clusters);
    if (!walk(n, count, logits, bestSegment)) {
      logits.fill(Number.NEGATIVE_INFINITY);
      bestSegment.fill(-1);
      return false;
    }
    if (n > 0) offer(logits, bestSegment, sums, n, count);
    return true;
  }

  return (text) => {
    // Canonicalise once and cut the canonical text: one pass of each regex instead of one per sentence.
    const canon = canonicalize(text);
    const segments = segmentText(canon);
    const logits = new Float64Array(heads).fill(Number.NEGATIVE_INFINITY);
    const bestSegment = new Int32Array(heads).fill(-1);
    // A comment of several sentences is also read whole: hand-written training comments are whole, and a veiled
    // threat often spans two sentences ("She lives by the church. Just an observation."). Index = segments.length.
    const alsoWhole = segments.length > 1 && canon.length <= WHOLE_MAX;
    if (!alsoWhole || !scoreSentencesAndWhole(canon, segments, logits, bestSegment)) {
      const ranges = alsoWhole ? segments.length + 1 : segments.length;
      for (let s = 0; s < ranges; s++) {
        const [start, end] = s < segments.length ? segments[s]! : [0, canon.length];
        whole.length = 0;
        const n = addSegmentFeatures(canon, whole, mask, start, end, model.clusters);
        if (n === 0) continue;
        walk(n, 0, logits, bestSegment);
        offer(logits, bestSegment, sums, n, s);
      }
    }
    for (let h = 0; h < heads; h++) if (bestSegment[h]! < 0) logits[h] = bias[h]!;
    if (canon.length !== text.length) {
      // Offsets no longer map to the original (folded stretches, spaced letters, decomposed characters).
      for (let h = 0; h < heads; h++) if (bestSegment[h]! >= 0) bestSegment[h] = 0;
      return { canonical: canon, segments: [[0, text.length]], logits, bestSegment };
    }
    return { canonical: canon, segments, logits, bestSegment };
  };
}

export type { LinearWeights, SegmentLogits };
export { createLogitScorer };
