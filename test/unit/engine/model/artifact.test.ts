import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeWeights,
  encodeWeights,
  parseArtifact,
  quantize,
} from "../../../../functions/engine/model/artifact.js";
import { MODEL_HEADS } from "../../../../functions/engine/model/heads.js";
import { loadTextModel } from "../../../../functions/engine/model/index.js";

const model = loadTextModel();

describe("committed model artifact", () => {
  it("loads once, with a dated content-hash version and every head", () => {
    expect(loadTextModel()).toBe(model);
    expect(model.version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{12}$/);
    expect(Object.keys(model.score("hello")).sort()).toEqual(
      MODEL_HEADS.filter((h) => h !== "toxicity").sort(),
    );
    for (const h of MODEL_HEADS) {
      const t = model.thresholds[h]!;
      expect(t.review).toBeLessThanOrEqual(t.reject);
    }
  });

  it.each([
    "",
    "   ",
    "😀😀😀",
    "ok",
    "Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ",
    "word ".repeat(1000),
    "مرحبا بكم في الموقع",
  ])("returns probabilities in [0, 1] for %j", (text) => {
    const d = model.scoreDetailed(text);
    for (const p of [...Object.values(d.scores), d.toxicity]) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it("never throws and stays in [0, 1] on arbitrary Unicode, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const d = model.scoreDetailed(text);
        for (const p of [...Object.values(d.scores), d.toxicity]) expect(p >= 0 && p <= 1).toBe(true);
        for (const span of Object.values(d.spans)) {
          expect(span[0]).toBeGreaterThanOrEqual(0);
          expect(span[1]).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("scores obvious examples sensibly", () => {
    const civil = model.score("The council approved the new budget for schools on Tuesday.");
    const insult = model.score("You are a complete moron and an idiot.");
    const swear = model.score("This is fucking bullshit.");
    const spam = model.score("WIN a FREE prize! Text CLAIM to 80082 now, only £1.50 per message.");
    expect(insult.personal_attack!).toBeGreaterThan(0.5);
    expect(insult.personal_attack!).toBeGreaterThan(civil.personal_attack! + 0.3);
    expect(swear.profanity!).toBeGreaterThan(civil.profanity! + 0.3);
    expect(spam.promotion!).toBeGreaterThan(0.5);
    for (const p of Object.values(civil)) expect(p).toBeLessThan(0.3);
  });

  it("scores a comment by its worst sentence and points at it", () => {
    const text = "The report on the budget was thorough and fair. You are a complete moron.";
    const d = model.scoreDetailed(text);
    const [start, end] = d.spans.personal_attack!;
    expect(text.slice(start, end)).toBe("You are a complete moron.");
  });

  it("sees through simple evasions", () => {
    const plain = model.score("you are an idiot").personal_attack!;
    expect(model.score("y o u are an 1d10t").personal_attack!).toBeGreaterThan(0.5);
    expect(model.score("you are an i\u200bd\u200bi\u200bo\u200bt").personal_attack!).toBeCloseTo(plain, 5);
  });

  it("rejects a malformed artifact", () => {
    expect(() => parseArtifact({ format: "other" })).toThrow(/malformed/);
    expect(() => parseArtifact(null)).toThrow(/malformed/);
  });
});

describe("weight quantisation", () => {
  it("keeps small weights precise and round-trips within one code step", () => {
    const scale = [2, 0.5];
    const w = Float64Array.from([0.001, -0.001, 0.3, -0.2, 2, -0.5, 0, 0.0001]);
    const back = decodeWeights(encodeWeights(w, 2, scale), 2, scale);
    w.forEach((x, i) => {
      const s = scale[i % 2]!;
      const step = (2 * Math.sqrt(Math.abs(x) / s) * s) / 127 + s / 127 ** 2;
      expect(Math.abs(back[i]! - x)).toBeLessThanOrEqual(step);
    });
    expect(quantize(5, 2)).toBe(127);
    expect(quantize(-5, 2)).toBe(-127);
  });
});
