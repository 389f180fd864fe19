/** Deterministic splits by content hash: the same text always lands on the same side, on every machine. */
import { fnv1a } from "../../functions/engine/model/hashing.js";

/** A stable number in [0, 1) for a key, independent of row order. */
function unitHash(key: string, salt = ""): number {
  return fnv1a(salt + key) / 4294967296;
}

/** Seeded PRNG (mulberry32) for shuffling. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

export { mulberry32, shuffleInPlace, unitHash };
