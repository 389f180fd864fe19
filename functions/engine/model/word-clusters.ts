/**
 * Word clusters (words of similar meaning share an id) keyed by the same FNV hash the feature extractor computes
 * for each word, so looking a word up costs one probe in a typed array and no string. Stored in the artifact as
 * base64 pairs; 100,000 words take ~0.8 MB there and ~1.5 MB of memory.
 */
import { FNV_OFFSET, fnv1a } from "./hashing.js";

interface ClusterTable {
  /** Open addressing: word hash per slot (0 = empty; a word hashing to 0 is left out). */
  readonly keys: Uint32Array;
  readonly ids: Uint16Array;
  readonly mask: number;
}

/** The hash the feature extractor gives a (canonical) word. */
function wordHash(word: string): number {
  return fnv1a(word, FNV_OFFSET);
}

/** The cluster of a word hash (as computed by Math.imul, signed or not), or -1. */
function clusterOf(table: ClusterTable, hash: number): number {
  const h = hash >>> 0;
  let slot = h & table.mask;
  for (;;) {
    const k = table.keys[slot]!;
    // Empty first: a word hashing to 0 is not stored, and must not read an empty slot's 0 as cluster 0.
    if (k === 0) return -1;
    if (k === h) return table.ids[slot]!;
    slot = (slot + 1) & table.mask;
  }
}

/** base64 of (uint32 hash, uint16 id) pairs, hashes ascending so the encoding is canonical. */
function encodeClusterPairs(pairs: readonly (readonly [hash: number, id: number])[]): string {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const bytes = Buffer.alloc(sorted.length * 6);
  sorted.forEach(([h, id], i) => {
    bytes.writeUInt32LE(h, i * 6);
    bytes.writeUInt16LE(id, i * 6 + 4);
  });
  return bytes.toString("base64");
}

function encodeClusters(words: ReadonlyMap<string, number>): string {
  return encodeClusterPairs([...words].map(([w, id]) => [wordHash(w), id] as const));
}

/**
 * Builds the table straight from the bytes, in one pass with plain byte reads: this runs at every cold start, and
 * Buffer.readUInt32LE per pair plus a second pass cost ~10 ms more there for 100,000 words.
 */
function decodeClusters(base64: string): ClusterTable {
  const bytes = Buffer.from(base64, "base64");
  if (bytes.length % 6 !== 0) throw new Error("model artifact has malformed word clusters");
  const n = bytes.length / 6;
  let size = 2;
  while (size < n * 2) size <<= 1;
  const keys = new Uint32Array(size);
  const ids = new Uint16Array(size);
  const mask = size - 1;
  for (let o = 0; o < bytes.length; o += 6) {
    const h = (bytes[o]! | (bytes[o + 1]! << 8) | (bytes[o + 2]! << 16) | (bytes[o + 3]! << 24)) >>> 0;
    if (h === 0) continue;
    let slot = h & mask;
    while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    keys[slot] = h;
    ids[slot] = bytes[o + 4]! | (bytes[o + 5]! << 8);
  }
  return { keys, ids, mask };
}

export type { ClusterTable };
export { clusterOf, decodeClusters, encodeClusterPairs, encodeClusters, wordHash };
