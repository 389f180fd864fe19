/**
 * `npm run train [-- --data <dir>] [-- --out <file>]`: trains the text model from the permissively licensed
 * datasets and writes the committed artifact. Deterministic: same data and seed -> byte-identical file.
 */
import { resolve } from "node:path";
import { argValue } from "./lib/args.js";
import { writeArtifact } from "./lib/artifact-file.js";
import { assertDataRoot } from "./lib/datasets.js";
import { trainModel } from "./lib/trainer.js";
import { buildTrainingSet } from "./lib/training-set.js";
import { readWordClusters } from "./lib/word-clusters-file.js";

const DEFAULT_DATA = "../shared/datasets";
const DEFAULT_OUT = "functions/engine/model/artifact.model.json";
const DEFAULT_CLUSTERS = "data/word-clusters/clusters.txt";

function main(): void {
  const argv = process.argv.slice(2);
  const data = resolve(argValue(argv, "data") ?? DEFAULT_DATA);
  const out = resolve(argValue(argv, "out") ?? DEFAULT_OUT);
  // Overrides for experiments; the committed artifact uses the defaults (scripts/lib/trainer.ts).
  const numeric = (name: string) => {
    const v = argValue(argv, name);
    return v === undefined ? {} : { [name]: Number(v) };
  };
  const overrides = {
    ...numeric("bucketBits"),
    ...numeric("epochs"),
    ...numeric("learningRate"),
    ...numeric("l2"),
    ...numeric("seed"),
    ...numeric("maxPositiveWeight"),
  };
  try {
    assertDataRoot(data);
  } catch (err) {
    console.error(`train: ${(err as Error).message}`);
    process.exit(2);
  }
  const started = performance.now();
  const log = (line: string) => console.log(line);
  log(`train: reading ${data}`);
  const examples = buildTrainingSet(data);
  const bySource = new Map<string, number>();
  for (const e of examples)
    bySource.set(`${e.source}/${e.role}`, (bySource.get(`${e.source}/${e.role}`) ?? 0) + 1);
  log(`train: ${examples.length} examples (${[...bySource].map(([k, n]) => `${k} ${n}`).join(", ")})`);
  const clustersPath = resolve(argValue(argv, "clusters") ?? DEFAULT_CLUSTERS);
  const clusters = readWordClusters(clustersPath);
  log(clusters ? `train: ${clusters.size} clustered words from ${clustersPath}` : "train: no word clusters");
  const artifact = trainModel(examples, { log, ...overrides, ...(clusters ? { clusters } : {}) });
  const date = new Date().toISOString().slice(0, 10);
  const written = writeArtifact(out, artifact, date);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `train: wrote ${out} version ${written.version} (${(written.weights.length / 1024).toFixed(0)} KiB weights) in ${seconds} s`,
  );
}

main();
