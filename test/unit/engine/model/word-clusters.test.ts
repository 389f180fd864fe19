import { describe, expect, it } from "vitest";
import { addSegmentFeatures, createFeatureBuffer } from "../../../../functions/engine/model/features.js";
import type { ClusterTable } from "../../../../functions/engine/model/word-clusters.js";
import {
  buildClusterTable,
  clusterOf,
  decodeClusters,
  encodeClusters,
  wordHash,
} from "../../../../functions/engine/model/word-clusters.js";

const WORDS = new Map([
  ["tree", 3],
  ["lamppost", 3],
  ["hang", 7],
  ["minister", 9],
]);

function features(text: string, clusters?: ClusterTable): number[] {
  const buf = createFeatureBuffer(4);
  const n = addSegmentFeatures(text, buf, (1 << 18) - 1, 0, text.length, clusters);
  return Array.from(buf.indices.subarray(0, n));
}

describe("word cluster table", () => {
  const table = decodeClusters(encodeClusters(WORDS));

  it("finds every word by the hash the feature extractor computes, and nothing else", () => {
    for (const [word, id] of WORDS) expect(clusterOf(table, wordHash(word))).toBe(id);
    expect(clusterOf(table, wordHash("council"))).toBe(-1);
  });

  it("accepts the signed form Math.imul leaves a hash in", () => {
    const h = wordHash("lamppost");
    expect(clusterOf(table, h | 0)).toBe(3);
  });

  it("encodes canonically: the same words in any order give the same bytes", () => {
    const reversed = new Map([...WORDS].reverse());
    expect(encodeClusters(reversed)).toBe(encodeClusters(WORDS));
  });

  it("survives collisions in the probe sequence", () => {
    // 64 keys in a table of 128 slots: many share a home slot and must probe onward.
    const hashes = Uint32Array.from({ length: 64 }, (_, i) => (i + 1) * 128 + 5);
    const ids = Uint16Array.from({ length: 64 }, (_, i) => i);
    const crowded = buildClusterTable(hashes, ids);
    expect(Array.from(hashes, (h) => clusterOf(crowded, h))).toEqual(Array.from(ids));
    expect(clusterOf(crowded, 5)).toBe(-1);
  });

  it("rejects a truncated table", () => {
    expect(() => decodeClusters(Buffer.from([1, 2, 3]).toString("base64"))).toThrow(/word clusters/);
  });
});

describe("cluster features", () => {
  const table = decodeClusters(encodeClusters(WORDS));

  it("adds nothing when the model has no clusters or the words are not clustered", () => {
    expect(features("the council met", table)).toEqual(features("the council met"));
  });

  it("adds meaning-level features that two words of one cluster share", () => {
    const tree = new Set(features("hang him from a tree", table));
    const lamppost = new Set(features("hang him from a lamppost", table));
    const plainTree = new Set(features("hang him from a tree"));
    const plainLamppost = new Set(features("hang him from a lamppost"));
    const shared = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length;
    expect(shared(tree, lamppost)).toBeGreaterThan(shared(plainTree, plainLamppost));
  });

  it("is deterministic", () => {
    expect(features("hang the minister", table)).toEqual(features("hang the minister", table));
  });
});
