import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalize } from "../../../../functions/engine/model/canonical.js";
import { addSegmentFeatures, createFeatureBuffer } from "../../../../functions/engine/model/features.js";
import type { LinearWeights } from "../../../../functions/engine/model/logits.js";
import { createLogitScorer } from "../../../../functions/engine/model/logits.js";
import { segmentText } from "../../../../functions/engine/model/segments.js";
import { randomComment, shippedModel } from "./support.js";

/** Scores each sentence, then the whole comment, each apart: what the scorer computed before sharing lookups. */
function scoredApart(model: LinearWeights, text: string): { logits: number[]; best: number[] } {
  const canon = canonicalize(text);
  const segments = segmentText(canon);
  const mask = (1 << model.bucketBits) - 1;
  const logits = new Array<number>(model.heads).fill(Number.NEGATIVE_INFINITY);
  const best = new Array<number>(model.heads).fill(-1);
  const ranges = segments.length > 1 && canon.length <= 600 ? segments.length + 1 : segments.length;
  for (let s = 0; s < ranges; s++) {
    const [start, end] = s < segments.length ? segments[s]! : [0, canon.length];
    const buf = createFeatureBuffer(4);
    const n = addSegmentFeatures(canon, buf, mask, start, end, model.clusters);
    if (n === 0) continue;
    for (let h = 0; h < model.heads; h++) {
      let sum = 0;
      for (let f = 0; f < n; f++)
        sum += model.weights.lut[h * 256 + model.weights.codes[(buf.indices[f]! << 3) + h]!]!;
      const logit = model.bias[h]! + sum * (1 / Math.sqrt(n));
      if (logit > logits[h]!) {
        logits[h] = logit;
        best[h] = s;
      }
    }
  }
  for (let h = 0; h < model.heads; h++) if (best[h]! < 0) logits[h] = model.bias[h]!;
  if (canon.length !== text.length) for (let h = 0; h < model.heads; h++) if (best[h]! >= 0) best[h] = 0;
  return { logits, best };
}

/** A tiny random model: 2^6 buckets, so many features share a bucket (equal features must stay interchangeable). */
function tinyModel(): LinearWeights {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const codes = Uint8Array.from({ length: 64 * 8 }, () => Math.floor(next() * 256));
  const lut = Float32Array.from({ length: 8 * 256 }, () => next() * 2 - 1);
  return {
    weights: { codes, lut, stride: 8 },
    bias: [0.1, -0.2, 0.3, 0, -1, 1, 0.5, -0.5],
    heads: 8,
    bucketBits: 6,
  };
}

describe("createLogitScorer", () => {
  const examples = [
    "She lives by the church. Just an observation. Nobody would miss her.",
    "Good article.\n*** .\nThe minister should resign over this, frankly!",
    "   Leading spaces. Trailing spaces.   ",
    "one. two. three. four. five. six. seven. eight. nine. ten. eleven. twelve.",
    "A single sentence with no end",
  ];

  for (const [name, model] of [
    ["a tiny model", tinyModel()],
    ["the shipped model", shippedModel()],
  ] as const) {
    it(`gives ${name}'s logits bit for bit as scoring each sentence and the whole apart`, () => {
      const score = createLogitScorer(model);
      const check = (text: string) => {
        const got = score(text);
        const want = scoredApart(model, text);
        expect([...got.logits]).toStrictEqual(want.logits);
        expect([...got.bestSegment]).toStrictEqual(want.best);
      };
      for (const text of examples) check(text);
      fc.assert(
        fc.property(randomComment, (text) => check(text)),
        { numRuns: 300, seed: 42 },
      );
    });
  }
});
