import { describe, expect, it } from "vitest";
import { addSegmentFeatures, createFeatureBuffer } from "../../../../functions/engine/model/features.js";
import { fnv1a } from "../../../../functions/engine/model/hashing.js";
import { segmentText } from "../../../../functions/engine/model/segments.js";

function features(text: string, bits = 18): number[] {
  const buf = createFeatureBuffer(4);
  const n = addSegmentFeatures(text, buf, (1 << bits) - 1);
  return Array.from(buf.indices.subarray(0, n));
}

describe("fnv1a", () => {
  it("matches the published FNV-1a 32-bit test vectors", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });
});

describe("addSegmentFeatures", () => {
  it("emits a word unigram and char 3-5-grams of the padded word", () => {
    // "abc" padded to 5 symbols: 3 trigrams + 2 four-grams + 1 five-gram, plus the word itself.
    expect(features("abc")).toHaveLength(7);
  });

  it("adds a bigram for each pair of adjacent words", () => {
    // "ab" and "cd": 1 word + 2 trigrams + 1 four-gram each, plus one bigram.
    expect(features("ab cd")).toHaveLength(9);
  });

  it("is deterministic and stays inside the bucket range", () => {
    const a = features("the council approved the budget", 10);
    expect(features("the council approved the budget", 10)).toEqual(a);
    expect(a.every((i) => i >= 0 && i < 1024)).toBe(true);
  });

  it("ignores punctuation between words and grows its buffer as needed", () => {
    expect(features("abc!!! ...")).toEqual(features("abc"));
    expect(features("word ".repeat(500)).length).toBeGreaterThan(4);
  });

  it("treats letters of other scripts and emoji as word characters, other symbols as separators", () => {
    expect(features("привет").length).toBeGreaterThan(1);
    expect(features("😀").length).toBeGreaterThan(0);
    expect(features("✓ — ©")).toHaveLength(0);
  });
});

describe("segmentText", () => {
  it("cuts at sentence ends and line breaks, keeping offsets into the original", () => {
    const text =
      "The first sentence is here. The second one ends loudly!  Is this the third one, then?\nAnd a fourth line";
    const parts = segmentText(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual([
      "The first sentence is here.",
      "The second one ends loudly!",
      "Is this the third one, then?",
      "And a fourth line",
    ]);
  });

  it("joins a short sentence to the next, so fragments keep context and the count stays bounded", () => {
    const text = "Idiot. You clearly did not read the article at all.";
    expect(segmentText(text)).toEqual([[0, text.length]]);
    expect(segmentText("a. ".repeat(1000)).length).toBeLessThanOrEqual(3000 / 24);
  });

  it("does not cut inside obfuscated words and drops segments without words", () => {
    const text = "what a load of sh!t, honestly... ok";
    expect(segmentText(text).map(([s, e]) => text.slice(s, e))).toEqual([
      "what a load of sh!t, honestly...",
      "ok",
    ]);
    const long = "This sentence is long enough to stand alone.\n\n!!!";
    expect(segmentText(long).map(([s, e]) => long.slice(s, e))).toEqual([
      "This sentence is long enough to stand alone.",
    ]);
  });

  it("returns nothing for empty or symbol-only text", () => {
    expect(segmentText("")).toEqual([]);
    expect(segmentText("  ?! ")).toEqual([]);
  });
});
