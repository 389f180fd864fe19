/**
 * Turns a decoded artifact into the runtime model: raw per-segment logits (a comment scores as its worst
 * sentence, so one abusive sentence is not diluted by a long civil comment), then Platt-calibrated probabilities.
 */
import type { Category } from "../../domain/categories.js";
import type { HeadThresholds, ModelArtifact } from "./artifact.js";
import { decodeCodes } from "./artifact.js";
import { createWordAttribution } from "./attribution.js";
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

/** Why a head scored a comment as it did, for a moderator: where, and which words weighed most. */
interface ModelExplanation {
  /** The sentence (or the whole comment) the head read highest, in the original text's offsets. */
  readonly span: readonly [number, number];
  /**
   * Words of that span that raised the head, most first: what blanking each takes off the head's probability.
   * Empty when folding the text changed its length (stretched or spaced-out letters): offsets no longer map.
   */
  readonly words: readonly { readonly start: number; readonly end: number; readonly drop: number }[];
}

interface TextModel {
  readonly version: string;
  /** Thresholds chosen at training time on held-out training data; the policy may override them. */
  readonly thresholds: Readonly<Partial<Record<ModelHead, HeadThresholds>>>;
  score(text: string): ModelScores;
  scoreDetailed(text: string): DetailedScores;
  explain(text: string, head: ModelHead): ModelExplanation | undefined;
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
  const linear = {
    weights,
    bias: artifact.bias,
    bucketBits: artifact.bucketBits,
    ...(artifact.clusters === undefined ? {} : { clusters: decodeClusters(artifact.clusters) }),
  };
  const scoreLogits = createLogitScorer({ ...linear, heads: heads.length });
  // The engine explains a held comment right after scoring it: the last text's logits are kept for that.
  let last: { text: string; logits: ReturnType<typeof scoreLogits> } | undefined;
  const logitsOf = (text: string) => {
    if (last?.text !== text) last = { text, logits: scoreLogits(text) };
    return last.logits;
  };
  const wordShares = createWordAttribution(linear);
  const probability = (h: number, logit: number) => sigmoid(artifact.platt[h]![0] * logit + artifact.platt[h]![1]);

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

  function explain(text: string, head: ModelHead): ModelExplanation | undefined {
    const h = heads.indexOf(head);
    if (h < 0) return undefined;
    const { canonical: canon, segments, logits, bestSegment } = logitsOf(text);
    if (bestSegment[h]! < 0) return undefined;
    // Past the sentences, the best reading is the whole comment.
    const span = segments[bestSegment[h]!] ?? ([0, text.length] as const);
    if (canon.length !== text.length) return { span, words: [] };
    const p = probability(h, logits[h]!);
    const words = wordShares(canon, span[0], span[1], h)
      .map((w) => ({ start: w.start, end: w.end, drop: p - probability(h, logits[h]! - w.logitDrop) }))
      .sort((a, b) => b.drop - a.drop || a.start - b.start);
    return { span, words };
  }

  return {
    version: artifact.version,
    thresholds: artifact.thresholds as Partial<Record<ModelHead, HeadThresholds>>,
    score: (text) => scoreDetailed(text).scores,
    scoreDetailed,
    explain,
  };
}

export type { DetailedScores, ModelExplanation, ModelScores, TextModel };
export { createTextModel, sigmoid };
