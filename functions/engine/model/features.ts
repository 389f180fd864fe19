/**
 * Hashed features of one canonical segment: word unigrams, word bigrams, skip-bigrams (a word and the one two
 * places before it: "know ... live", "back ... country"), character 3-5-grams inside word boundaries and, when the
 * model has word clusters, the same grams over cluster ids plus word-beside-cluster pairs (meaning-level features:
 * what the model learns about "hang him from a tree" reaches "from a lamppost"). Indices are written into a
 * reusable buffer (no allocation per call on the hot path); duplicates are kept, so a repeated n-gram counts twice,
 * exactly as in training.
 */
import { compileNatively } from "../native-compile.js";
import { FNV_OFFSET, fmix32 } from "./hashing.js";
import type { ClusterTable } from "./word-clusters.js";
import { clusterOf } from "./word-clusters.js";

const CHAR_MIN = 3;
const CHAR_MAX = 5;
// Distinct seeds keep the feature kinds in separate hash families.
const SEED_WORD = FNV_OFFSET;
const SEED_CHAR = 0x9747b28c;
const SEED_BIGRAM = 0x5bd1e995;
const SEED_SKIP = 0x27d4eb2f;
const SEED_CLUSTER = 0x165667b1;
const SEED_CLUSTER_BIGRAM = 0x3c6ef372;
const SEED_CLUSTER_SKIP = 0x7f4a7c15;
const SEED_CLUSTER_SKIP3 = 0x61c88647;
const SEED_WORD_CLUSTER = 0x1b873593;
const SEED_CLUSTER_WORD = 0x2f0b3c47;
const WORD_START = 0x02;
const WORD_END = 0x03;
const FNV_PRIME = 0x01000193;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

interface FeatureBuffer {
  indices: Uint32Array;
  length: number;
}

function createFeatureBuffer(capacity = 4096): FeatureBuffer {
  return { indices: new Uint32Array(capacity), length: 0 };
}

function ensureCapacity(buf: FeatureBuffer, extra: number): void {
  if (buf.length + extra <= buf.indices.length) return;
  let size = buf.indices.length * 2;
  while (size < buf.length + extra) size *= 2;
  const grown = new Uint32Array(size);
  grown.set(buf.indices.subarray(0, buf.length));
  buf.indices = grown;
}

// Word-character class per UTF-16 code unit, filled lazily (0 = not yet known, 1 = word, 2 = separator), so
// non-Latin text costs one table read per character instead of a Unicode regex test.
const WORD_CLASS = new Uint8Array(65536);

function classify(c: number): number {
  const ascii = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 42 || (c >= 65 && c <= 90);
  // Letters of other scripts; surrogate halves are kept so astral letters and emoji stay inside their word.
  const word = c < 128 ? ascii : (c >= 0xd800 && c <= 0xdfff) || NON_ASCII_WORD.test(String.fromCharCode(c));
  WORD_CLASS[c] = word ? 1 : 2;
  return WORD_CLASS[c]!;
}

function isWordCode(c: number): boolean {
  return (WORD_CLASS[c] || classify(c)) === 1;
}

/** The bucket of a hash: murmur3's finaliser spreads FNV's weak low bits before masking. */
function bucket(hash: number, mask: number): number {
  return fmix32(hash) & mask;
}

// Scratch for one padded word; words longer than this are cut (their grams past the cut add nothing useful).
const MAX_WORD = 64;
const padded = new Int32Array(MAX_WORD + 2);

/**
 * Appends the features of `text[from, to)` (already canonical) to `buf`; returns how many were added. Taking a
 * range instead of a slice saves an allocation per sentence. Only words starting in `[ownFrom, ownTo)` get the
 * features of the word alone (itself, its letters, its cluster); every word gets those joining it to the words
 * before. By default every word gets both; the word attribution (attribution.ts) narrows it to the one word whose
 * own features do not cancel out, and reads the text as if the word starting at `absent` were not there.
 */
function addSegmentFeatures(
  text: string,
  buf: FeatureBuffer,
  mask: number,
  from = 0,
  to = text.length,
  clusters?: ClusterTable,
  ownFrom = 0,
  ownTo = Number.POSITIVE_INFINITY,
  absent = -1,
): number {
  const before = buf.length;
  let prevWord = 0;
  let hasPrev = false;
  let prev2 = 0;
  let hasPrev2 = false;
  // Cluster ids of this word and the three before (-1: none), for the meaning-level uni-, bi- and skip-grams.
  let cl = -1;
  let prevCl = -1;
  let prev2Cl = -1;
  let prev3Cl = -1;
  let i = from;
  const n = to;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    if (i === absent) {
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
      continue;
    }
    let j = i;
    let h = SEED_WORD;
    let len = 1;
    padded[0] = WORD_START;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (!isWordCode(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (len <= MAX_WORD) padded[len++] = c;
      j++;
    }
    padded[len++] = WORD_END;
    ensureCapacity(buf, 9 + len * (CHAR_MAX - CHAR_MIN + 1));
    const out = buf.indices;
    let k = buf.length;
    const own = i >= ownFrom && i < ownTo;
    if (own) out[k++] = bucket(h, mask);
    if (hasPrev) out[k++] = bucket(Math.imul(prevWord ^ SEED_BIGRAM, 0x9e3779b1) ^ h, mask);
    if (hasPrev2) out[k++] = bucket(Math.imul(prev2 ^ SEED_SKIP, 0x85ebca6b) ^ h, mask);
    prev3Cl = prev2Cl;
    prev2Cl = prevCl;
    prevCl = cl;
    cl = clusters ? clusterOf(clusters, h) : -1;
    if (cl >= 0) {
      if (own) out[k++] = bucket(Math.imul(cl + 1, 0x9e3779b1) ^ SEED_CLUSTER, mask);
      if (prevCl >= 0) out[k++] = bucket(Math.imul((prevCl << 16) | cl, 0x85ebca6b) ^ SEED_CLUSTER_BIGRAM, mask);
      if (prev2Cl >= 0) out[k++] = bucket(Math.imul((prev2Cl << 16) | cl, 0xc2b2ae35) ^ SEED_CLUSTER_SKIP, mask);
      // Three apart too: "hang the corrupt [minister]", "send all these [migrants]".
      if (prev3Cl >= 0) out[k++] = bucket(Math.imul((prev3Cl << 16) | cl, 0x27d4eb2f) ^ SEED_CLUSTER_SKIP3, mask);
    }
    // Word beside a cluster ("the [minister]", "[hang] him"): the word keeps its sense, the neighbour generalises.
    if (cl >= 0 && hasPrev) out[k++] = bucket(Math.imul(prevWord ^ SEED_WORD_CLUSTER, 0xcc9e2d51) ^ (cl + 7), mask);
    if (prevCl >= 0) out[k++] = bucket(Math.imul(h ^ SEED_CLUSTER_WORD, 0x1b873593) ^ (prevCl + 11), mask);
    for (let a = own ? 0 : len; a < len; a++) {
      let g = SEED_CHAR;
      const last = Math.min(a + CHAR_MAX, len);
      for (let b = a; b < last; b++) {
        g = Math.imul(g ^ padded[b]!, FNV_PRIME);
        if (b - a + 1 >= CHAR_MIN) out[k++] = bucket(g, mask);
      }
    }
    buf.length = k;
    prev2 = prevWord;
    hasPrev2 = hasPrev;
    prevWord = h;
    hasPrev = true;
    i = j;
  }
  return buf.length - before;
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(NON_ASCII_WORD);

export type { FeatureBuffer };
export { addSegmentFeatures, CHAR_MAX, CHAR_MIN, createFeatureBuffer, isWordCode };
