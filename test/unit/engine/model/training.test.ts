import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseArtifact } from "../../../../functions/engine/model/artifact.js";
import { createTextModel } from "../../../../functions/engine/model/scorer.js";
import { serialize, versionArtifact, writeArtifact } from "../../../../scripts/lib/artifact-file.js";
import { assertDataRoot } from "../../../../scripts/lib/datasets.js";
import { trainModel } from "../../../../scripts/lib/trainer.js";
import type { Example } from "../../../../scripts/lib/training-set.js";
import {
  buildTrainingSet,
  labelVector,
  maskVowels,
  pushWithCleanSentences,
  readFreshSetFiles,
} from "../../../../scripts/lib/training-set.js";

// A tiny synthetic dataset in the layout of ../shared/datasets (written for this test, no real data).
const FIXTURE = fileURLToPath(new URL("./fixtures/datasets", import.meta.url));
// A few hand-written lines in data/supplement's format instead of the project's ~40,000: training stays fast.
const SMALL = {
  supplementDir: fileURLToPath(new URL("./fixtures/supplement/", import.meta.url)),
  fixtureSets: false,
};
const OPTIONS = { bucketBits: 12, epochs: 3 };
const tmp = mkdtempSync(join(tmpdir(), "model-train-"));
const HAND_WRITTEN = new Set(["supplement", "fixtures"]);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("fresh sets as training data", () => {
  it("reads every fresh set's files except the sealed sets' (kept unseen to measure the engine)", () => {
    const dir = join(tmp, "fresh/");
    mkdirSync(dir, { recursive: true });
    for (const f of ["aa1.jsonl", "aa2.jsonl", "ad1.jsonl", "ab1.jsonl", "README.md"])
      writeFileSync(dir + f, "");
    writeFileSync(`${dir}sealed.json`, JSON.stringify(["ad"]));
    expect(readFreshSetFiles(dir).map((p) => p.slice(dir.length))).toEqual([
      "aa1.jsonl",
      "aa2.jsonl",
      "ab1.jsonl",
    ]);
    // Sets read but left out of the shipped model's training.
    writeFileSync(`${dir}untrained.json`, JSON.stringify(["aa"]));
    expect(readFreshSetFiles(dir).map((p) => p.slice(dir.length))).toEqual(["ab1.jsonl"]);
    // Without the sealed list the sealed sets would train the model unnoticed: refused.
    rmSync(`${dir}sealed.json`);
    expect(() => readFreshSetFiles(dir)).toThrow();
  });
});

describe("training set", () => {
  const examples = buildTrainingSet(FIXTURE, SMALL);

  it("keeps the toxic-spans test split and EDOS test split out of training", () => {
    // Project-written sentences (data/supplement, test/fixtures) may use the same words; the public sources may not.
    const texts = examples.filter((e) => !HAND_WRITTEN.has(e.source)).map((e) => e.text);
    expect(texts.some((t) => t.includes("absolute clown"))).toBe(false);
    expect(texts.some((t) => t.includes("too emotional"))).toBe(false);
  });

  it("reads the hand-written files it is pointed at, and each sentence of a clean one", () => {
    const supplement = examples.filter((e) => e.source === "supplement").map((e) => e.text);
    expect(supplement).toContain("Check out my channel for daily prize draws, link in bio");
    expect(supplement).toContain("Watch the budget debate next Thursday.");
    expect(examples.some((e) => e.source === "fixtures")).toBe(false);
  });

  it("cuts span comments into sentences: civil ones negative for every head, toxic ones positive", () => {
    const civil = examples.find((e) => e.text === "The council vote was a farce.")!;
    const toxic = examples.find((e) => e.text === "You are a total moron and a clown.")!;
    expect([...civil.labels].every((l) => l === 0)).toBe(true);
    expect(toxic.labels[3]).toBe(1); // personal_attack
  });

  it("adds a vowel-starred copy of training examples, at a lower weight, never of calibration ones", () => {
    expect(maskVowels("What a load of crap, damn it")).toBe("Wh*t a l*ad of cr*p, d*mn it");
    // Hand-written sentences may carry their own stars ("f*ck"); the copies are of the public sources' rows.
    const starred = examples.filter((e) => e.text.includes("*") && !HAND_WRITTEN.has(e.source));
    expect(starred.length).toBeGreaterThan(0);
    expect(starred.every((e) => e.role === "train")).toBe(true);
    expect(starred.every((e) => e.weight === 0.5)).toBe(true);
  });

  it("also trains on each sentence of a clean hand-written comment (the unit the model scores), at weight 1", () => {
    const clean = labelVector({
      profanity: 0,
      vulgarity: 0,
      threat: 0,
      personal_attack: 0,
      identity_abuse: 0,
      promotion: 0,
      off_topic: 0,
      toxicity: 0,
    });
    const text = "Her deputy is the one who really runs the show at the council. Watch him on Thursday.";
    const make = (labels: Int8Array, role: "train" | "calib"): Example[] => {
      const out: Example[] = [];
      pushWithCleanSentences(out, { text, labels, role, source: "supplement", weight: 3 });
      return out;
    };
    const trained = make(clean, "train");
    expect(trained.map((e) => [e.text, e.weight])).toEqual([
      [text, 3],
      ["Her deputy is the one who really runs the show at the council.", 1],
      ["Watch him on Thursday.", 1],
    ]);
    // A violation's sentences cannot be labelled one by one; calibration examples stay whole.
    expect(make(labelVector({ threat: 1, toxicity: 1 }), "train")).toHaveLength(1);
    expect(make(clean, "calib")).toHaveLength(1);
  });

  it("leaves heads a source does not label unknown (-1)", () => {
    const sms = examples.find((e) => e.source === "sms")!;
    expect([...sms.labels].filter((l) => l >= 0)).toHaveLength(1);
  });
});

describe("trainModel", () => {
  it("is deterministic: same data and seed give a byte-identical artifact", () => {
    const a = serialize(versionArtifact(trainModel(buildTrainingSet(FIXTURE, SMALL), OPTIONS), "2026-01-01"));
    const b = serialize(versionArtifact(trainModel(buildTrainingSet(FIXTURE, SMALL), OPTIONS), "2026-01-01"));
    expect(a).toBe(b);
  });

  it("changes with the seed", () => {
    const a = trainModel(buildTrainingSet(FIXTURE, SMALL), OPTIONS);
    const b = trainModel(buildTrainingSet(FIXTURE, SMALL), { ...OPTIONS, seed: 7 });
    expect(a.weights).not.toBe(b.weights);
  });

  it("keeps the earlier date when retraining gives the same content, so the file does not change", () => {
    const path = join(tmp, "artifact.json");
    const first = writeArtifact(path, trainModel(buildTrainingSet(FIXTURE, SMALL), OPTIONS), "2026-01-01");
    const bytes = readFileSync(path, "utf8");
    const second = writeArtifact(path, trainModel(buildTrainingSet(FIXTURE, SMALL), OPTIONS), "2026-02-02");
    expect(second.version).toBe(first.version);
    expect(readFileSync(path, "utf8")).toBe(bytes);
  });

  it("produces an artifact the runtime loads and that learned the fixture", () => {
    const artifact = versionArtifact(
      trainModel(buildTrainingSet(FIXTURE, SMALL), { ...OPTIONS, epochs: 8 }),
      "2026-01-01",
    );
    expect(artifact.clusters).toBeUndefined();
    const model = createTextModel(parseArtifact(JSON.parse(serialize(artifact))));
    const spam = model.score("WIN a FREE prize now! Call 09061 to claim").promotion!;
    const ham = model.score("Are we still meeting for lunch?").promotion!;
    expect(spam).toBeGreaterThan(ham);
  });
});

describe("trainModel with word clusters", () => {
  const clusters = new Map([
    ["win", 1],
    ["claim", 1],
    ["prize", 2],
    ["lunch", 3],
  ]);

  it("ships the clusters in the artifact, deterministically, and the runtime uses them", () => {
    const examples = buildTrainingSet(FIXTURE, SMALL);
    const a = serialize(versionArtifact(trainModel(examples, { ...OPTIONS, clusters }), "2026-01-01"));
    const b = serialize(versionArtifact(trainModel(examples, { ...OPTIONS, clusters }), "2026-01-01"));
    expect(a).toBe(b);
    const artifact = parseArtifact(JSON.parse(a));
    expect(artifact.clusters).toEqual(expect.any(String));
    const model = createTextModel(artifact);
    expect(model.score("WIN a FREE prize now! Call 09061 to claim").promotion!).toBeGreaterThan(
      model.score("Are we still meeting for lunch?").promotion!,
    );
  });
});

describe("dataset location", () => {
  it("fails with one clear line when the datasets are missing", () => {
    expect(() => assertDataRoot(join(tmp, "nowhere"))).toThrow(/datasets not found at .*--data <dir>/);
    expect(() => assertDataRoot(FIXTURE)).not.toThrow();
  });
});
