/**
 * The outputs the model learns: guideline categories plus a general `toxicity` head used only as a hold signal.
 * `off_topic` learns everyday chatter (sport, recipes, buses) as opposed to news discussion; relevance to the
 * article itself is judged by the relevance detector, which the merge combines it with.
 */
import type { Category } from "../../domain/categories.js";

const MODEL_HEADS = [
  "profanity",
  "vulgarity",
  "threat",
  "personal_attack",
  "identity_abuse",
  "promotion",
  "off_topic",
  "toxicity",
] as const;

type ModelHead = (typeof MODEL_HEADS)[number];
type CategoryHead = Exclude<ModelHead, "toxicity"> & Category;

/** The abusive guidelines, most severe first: their positives also train `toxicity`, which pools them. */
const ABUSIVE_HEADS = [
  "threat",
  "identity_abuse",
  "personal_attack",
  "vulgarity",
  "profanity",
] as const satisfies readonly CategoryHead[];

export type { CategoryHead, ModelHead };
export { ABUSIVE_HEADS, MODEL_HEADS };
