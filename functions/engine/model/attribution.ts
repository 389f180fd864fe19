/**
 * Which words of a sentence raised one head's logit: each word left out in turn and the features around it summed
 * again, which is the sentence's logit with that word blanked. Exact for the linear model: a word's share is every
 * feature it takes part in (itself, its letters, the pairs and skips it forms with its neighbours, its cluster's)
 * and the pairs its neighbours form once it is gone, which a list of words alone would miss ("know ... live" weighs
 * as a pair). Offsets are the canonical text's. Used only to explain a judgement the model took part in, never to
 * make one.
 */
import type { QuantisedWeights } from "./artifact.js";
import type { FeatureBuffer } from "./features.js";
import { addSegmentFeatures, createFeatureBuffer, isWordCode } from "./features.js";
import type { ClusterTable } from "./word-clusters.js";

interface WordShare {
  /** The word in the canonical text, which has the original's offsets when the two are the same length. */
  readonly start: number;
  readonly end: number;
  /** The head's logit minus its logit with the word blanked. */
  readonly logitDrop: number;
}

interface AttributionWeights {
  readonly weights: QuantisedWeights;
  readonly bias: readonly number[];
  readonly bucketBits: number;
  readonly clusters?: ClusterTable;
}

/** A sentence is explained word by word up to this many words; further words are not weighed. */
const MAX_WORDS = 60;
/**
 * Features join a word to at most the third word before it (addSegmentFeatures: pairs, skips, cluster skips), so
 * blanking a word changes only features within three words of it: both readings of a window of three words either
 * side hold every feature that changes, and the features they share cancel.
 */
const REACH = 3;

function createWordAttribution(model: AttributionWeights) {
  const { codes, lut, stride } = model.weights;
  const mask = (1 << model.bucketBits) - 1;
  const buf: FeatureBuffer = createFeatureBuffer();

  /**
   * Sum of head `head`'s weights over the features of `text[from, to)`, the features of words alone only for words
   * starting in `[ownFrom, ownTo)`, the word starting at `absent` left out; their number is then `buf.length`.
   */
  function weightSum(text: string, from: number, to: number, head: number, ownFrom = from, ownTo = to, absent = -1) {
    buf.length = 0;
    addSegmentFeatures(text, buf, mask, from, to, model.clusters, ownFrom, ownTo, absent);
    let sum = 0;
    const lane = head << 8;
    for (let f = 0; f < buf.length; f++) sum += lut[lane | codes[buf.indices[f]! * stride + head]!]!;
    return sum;
  }

  /** Every word of canonical `canon[from, to)` with what blanking it takes off head `head`'s logit. */
  return function wordShares(canon: string, from: number, to: number, head: number): WordShare[] {
    const words: [number, number][] = [];
    for (let i = from; i < to && words.length < MAX_WORDS; ) {
      if (!isWordCode(canon.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && isWordCode(canon.charCodeAt(j))) j++;
      words.push([i, j]);
      i = j;
    }
    const bias = model.bias[head]!;
    const total = weightSum(canon, from, to, head);
    const n = buf.length;
    const full = n === 0 ? bias : bias + total / Math.sqrt(n);
    return words.map(([start, end], k) => {
      const a = k - REACH < 0 ? from : words[k - REACH]![0];
      const b = k + REACH >= words.length ? to : words[k + REACH]![1];
      // The other words' own features are in both readings and cancel: only the blanked word's are read.
      const kept = weightSum(canon, a, b, head, start, end);
      const keptCount = buf.length;
      const without = weightSum(canon, a, b, head, 0, 0, start);
      const left = n - (keptCount - buf.length);
      const logit = left === 0 ? bias : bias + (total - (kept - without)) / Math.sqrt(left);
      return { start, end, logitDrop: full - logit };
    });
  };
}

export type { WordShare };
export { createWordAttribution };
