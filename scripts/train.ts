/**
 * `npm run train [-- --data <dir>] [-- --out <file>]`: trains the text model from the permissively licensed
 * datasets and writes the committed artifact. Deterministic: same data and seed -> byte-identical file.
 * `npm run train -- --help` lists every option.
 */
import { resolve } from "node:path";
import { argValue, exitOnHelpOrBadArgs } from "./lib/args.js";
import { writeArtifact } from "./lib/artifact-file.js";
import { assertDataRoot } from "./lib/datasets.js";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "./lib/trainer.js";
import { buildTrainingSet } from "./lib/training-set.js";
import { readWordClusters } from "./lib/word-clusters-file.js";

const DEFAULT_DATA = "../shared/datasets";
const DEFAULT_OUT = "functions/engine/model/artifact.model.json";
const DEFAULT_CLUSTERS = "data/word-clusters/clusters.txt";
const NUMERIC = ["bucketBits", "epochs", "learningRate", "l2", "seed", "maxPositiveWeight"] as const;

const d = DEFAULT_TRAIN_OPTIONS;
const HELP = `usage: npm run train [-- --data DIR] [--out FILE] [--clusters FILE] [--bucketBits N] [--epochs N]
                       [--learningRate X] [--l2 X] [--seed N] [--maxPositiveWeight X]

Trains the text model from the permissively licensed datasets. Deterministic: the same data and options give a
byte-identical file. Takes minutes; paths are relative to the current directory (the repository under npm).

reads   DIR (the ../shared/datasets layout, see its README.md); the hand-written data/supplement,
        test/fixtures/engine and test/fixtures/unseen sets; the clusters file (if absent: no cluster features)
writes  the model artifact to FILE (by default the COMMITTED one); progress to stdout

options:
  --data DIR              the datasets folder (default ${DEFAULT_DATA})
  --out FILE              where the artifact goes (default ${DEFAULT_OUT})
  --clusters FILE         word clusters (default ${DEFAULT_CLUSTERS}, from npm run clusters)
  experiments only; the committed artifact uses the defaults (scripts/lib/trainer.ts):
  --bucketBits N          feature hash bits (default ${d.bucketBits})
  --epochs N              passes over the data (default ${d.epochs})
  --learningRate X        (default ${d.learningRate})
  --l2 X                  L2 regularisation (default ${d.l2})
  --seed N                shuffle seed (default ${d.seed})
  --maxPositiveWeight X   cap on up-weighting a head's rare positives (default ${d.maxPositiveWeight})
  -h, --help              print this help and exit

environment: none read
`;

function main(): void {
  const argv = process.argv.slice(2);
  exitOnHelpOrBadArgs(argv, { tool: "train", help: HELP, values: ["data", "out", "clusters", ...NUMERIC] });
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
