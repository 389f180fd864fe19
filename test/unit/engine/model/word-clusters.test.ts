import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSegmentFeatures, createFeatureBuffer } from "../../../../functions/engine/model/features.js";
import type { ClusterTable } from "../../../../functions/engine/model/word-clusters.js";
import {
  clusterOf,
  decodeClusters,
  encodeClusterPairs,
  encodeClusters,
  wordHash,
} from "../../../../functions/engine/model/word-clusters.js";
import { formatClusters, readWordClusters } from "../../../../scripts/lib/word-clusters-file.js";

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
    const pairs = Array.from({ length: 64 }, (_, i) => [(i + 1) * 128 + 5, i] as const);
    const crowded = decodeClusters(encodeClusterPairs(pairs));
    expect(pairs.map(([h]) => clusterOf(crowded, h))).toEqual(pairs.map(([, id]) => id));
    expect(clusterOf(crowded, 5)).toBe(-1);
    // A hash of 0 is never stored: it must not read an empty slot as cluster 0.
    expect(clusterOf(crowded, 0)).toBe(-1);
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

  it("finds a word by the very hash the extractor computes for it (and only the whole word)", () => {
    const one = decodeClusters(encodeClusters(new Map([["lamppost", 3]])));
    expect(features("lamppost", one).length).toBeGreaterThan(features("lamppost").length);
    expect(features("lampposts", one)).toEqual(features("lampposts"));
  });
});

describe("word cluster file", () => {
  it("reads back what the clustering script writes, and is absent when missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "clusters-"));
    try {
      const path = join(dir, "clusters.txt");
      writeFileSync(path, formatClusters(["tree", "hang", "lamppost"], Int32Array.from([1, 0, 1]), 3));
      expect(readWordClusters(path)).toEqual(
        new Map([
          ["hang", 0],
          ["tree", 1],
          ["lamppost", 1],
        ]),
      );
      expect(readWordClusters(join(dir, "none.txt"))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
