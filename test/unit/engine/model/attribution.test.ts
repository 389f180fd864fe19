import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWordAttribution } from "../../../../functions/engine/model/attribution.js";
import { canonicalize } from "../../../../functions/engine/model/canonical.js";
import { addSegmentFeatures, createFeatureBuffer } from "../../../../functions/engine/model/features.js";
import { loadTextModel } from "../../../../functions/engine/model/index.js";
import type { LinearWeights } from "../../../../functions/engine/model/logits.js";
import { randomComment, shippedModel } from "./support.js";

/** A head's logit for `text[from, to)`, featurised whole: what the attribution must agree with. */
function logitOf(model: LinearWeights, text: string, head: number, from = 0, to = text.length): number {
  const buf = createFeatureBuffer(4);
  const n = addSegmentFeatures(text, buf, (1 << model.bucketBits) - 1, from, to, model.clusters);
  if (n === 0) return model.bias[head]!;
  let sum = 0;
  for (let f = 0; f < n; f++)
    sum += model.weights.lut[head * 256 + model.weights.codes[(buf.indices[f]! << 3) + head]!]!;
  return model.bias[head]! + sum / Math.sqrt(n);
}

describe("createWordAttribution", () => {
  const model = shippedModel();
  const shares = createWordAttribution(model);

  it("gives each word exactly what blanking it takes off the head's logit, read over three words either side", () => {
    const check = (canon: string, head: number) => {
      const full = logitOf(model, canon, head);
      for (const w of shares(canon, 0, canon.length, head)) {
        const blanked = canon.slice(0, w.start) + " ".repeat(w.end - w.start) + canon.slice(w.end);
        expect(w.logitDrop).toBeCloseTo(full - logitOf(model, blanked, head), 9);
      }
    };
    check(canonicalize("I know where you live and I know where your kids go to school"), 2);
    fc.assert(
      fc.property(
        randomComment.map(canonicalize),
        fc.integer({ min: 0, max: model.heads - 1 }),
        (canon, head) => check(canon, head),
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it("reads only the range asked for, one share per word in order", () => {
    const canon = canonicalize("Good morning. You absolute idiot, go away.");
    const from = canon.indexOf("you");
    const got = shares(canon, from, canon.length, 3);
    expect(got.map((w) => canon.slice(w.start, w.end))).toEqual(["you", "absolute", "idiot", "go", "away"]);
  });
});

describe("TextModel.explain", () => {
  const model = loadTextModel();

  it("points at the sentence the head read highest and ranks its words by what each adds to the probability", () => {
    const text = "The council met on Tuesday. I know where you live and where your kids go to school.";
    const why = model.explain(text, "threat")!;
    expect(text.slice(...why.span)).toBe("I know where you live and where your kids go to school.");
    const drops = why.words.map((w) => w.drop);
    expect(drops).toEqual([...drops].sort((a, b) => b - a));
    for (const w of why.words) {
      expect(w.start).toBeGreaterThanOrEqual(why.span[0]);
      expect(w.end).toBeLessThanOrEqual(why.span[1]);
    }
    // One sentence alone: a word's drop is the head's probability minus the probability with the word blanked.
    const sentence = text.slice(...why.span);
    const alone = model.explain(sentence, "threat")!;
    const top = alone.words[0]!;
    const blanked = sentence.slice(0, top.start) + " ".repeat(top.end - top.start) + sentence.slice(top.end);
    expect(top.drop).toBeCloseTo(model.score(sentence).threat! - model.score(blanked).threat!, 9);
  });

  it("names no words when folding changed the text's length, as offsets would no longer hold", () => {
    const text = "sooooo stupiiiid";
    expect(canonicalize(text).length).not.toBe(text.length);
    expect(model.explain(text, "personal_attack")).toEqual({ span: [0, text.length], words: [] });
  });
});
