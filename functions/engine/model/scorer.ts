/**
 * Turns a decoded artifact into the runtime model: raw per-segment logits (a comment scores as its worst
 * sentence, so one abusive sentence is not diluted by a long civil comment), then Platt-calibrated probabilities.
 */
import type { Category } from "../../domain/categories.js";
import type { HeadThresholds, ModelArtifact } from "./artifact.js";
import { decodeCodes } from "./artifact.js";
import type { CategoryHead, ModelHead } from "./heads.js";
import { MODEL_HEADS } from "./heads.js";
import { createLogitScorer } from "./logits.js";
import { decodeClusters } from "./word-clusters.js";

type ModelScores = Partial<Record<Category, number>>;

interface DetailedScores {
  readonly scores: ModelScores;
  /** General toxicity (any kind): a signal to hold for a human, not a guideline of its own. */
  readonly toxicity: number;
  /** Per head, the segment [start, end) of the original text that scored highest. */
  readonly spans: Partial<Record<ModelHead, readonly [number, number]>>;
}

interface TextModel {
  readonly version: string;
  /** Thresholds chosen at training time on held-out training data; the policy may override them. */
  readonly thresholds: Readonly<Partial<Record<ModelHead, HeadThresholds>>>;
  score(text: string): ModelScores;
  scoreDetailed(text: string): DetailedScores;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function createTextModel(artifact: ModelArtifact): TextModel {
  const heads = artifact.heads as readonly ModelHead[];
  const known = new Set<string>(MODEL_HEADS);
  for (const h of heads) if (!known.has(h)) throw new Error(`model artifact has unknown head ${h}`);
  const weights = decodeCodes(artifact.weights, heads.length, artifact.scale);
  if (weights.codes.length !== weights.stride << artifact.bucketBits)
    throw new Error("model artifact has the wrong size");
  const logitsOf = createLogitScorer({
    weights,
    bias: artifact.bias,
    heads: heads.length,
    bucketBits: artifact.bucketBits,
    ...(artifact.clusters === undefined ? {} : { clusters: decodeClusters(artifact.clusters) }),
  });

  function scoreDetailed(text: string): DetailedScores {
    const { segments, logits, bestSegment } = logitsOf(text);
    const scores: ModelScores = {};
    const spans: Partial<Record<ModelHead, readonly [number, number]>> = {};
    let toxicity = 0;
    heads.forEach((head, h) => {
      const [a, b] = artifact.platt[h]!;
      const p = sigmoid(a * logits[h]! + b);
      if (head === "toxicity") toxicity = p;
      else scores[head as CategoryHead] = p;
      const seg = segments[bestSegment[h]!];
      if (seg) spans[head] = seg;
    });
    return { scores, toxicity, spans };
  }

  return {
    version: artifact.version,
    thresholds: artifact.thresholds as Partial<Record<ModelHead, HeadThresholds>>,
    score: (text) => scoreDetailed(text).scores,
    scoreDetailed,
  };
}

export type { DetailedScores, ModelScores, TextModel };
export { createTextModel, sigmoid };
