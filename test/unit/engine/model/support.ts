import fc from "fast-check";
import { decodeCodes, parseArtifact } from "../../../../functions/engine/model/artifact.js";
import artifactJson from "../../../../functions/engine/model/artifact.model.json" with { type: "json" };
import type { LinearWeights } from "../../../../functions/engine/model/logits.js";
import { decodeClusters } from "../../../../functions/engine/model/word-clusters.js";

/** The committed model's linear part, decoded as the scorer decodes it. */
function shippedModel(): LinearWeights {
  const a = parseArtifact(artifactJson);
  return {
    weights: decodeCodes(a.weights, a.heads.length, a.scale),
    bias: a.bias,
    heads: a.heads.length,
    bucketBits: a.bucketBits,
    ...(a.clusters === undefined ? {} : { clusters: decodeClusters(a.clusters) }),
  };
}

const WORDS = [
  "you",
  "the",
  "minister",
  "idiot",
  "hang",
  "***",
  "'",
  "f*ck",
  "a",
  "bomb",
  "lives",
  "here",
  "ISIS",
];
const GAPS = [" ", ". ", "! ", "? ", "\n", "... ", '." ', " - "];
/** Comments of up to 60 words and gaps, from words the heads weigh and marks that end sentences. */
const randomComment = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([w, g]) => w + g).join(""));

export { randomComment, shippedModel };
