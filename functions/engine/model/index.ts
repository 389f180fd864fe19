/**
 * The learned text model: per-category calibrated probabilities from the committed artifact. The artifact is
 * parsed and decoded once per process (once per Lambda container) on first use, then cached.
 */

import type { ModelArtifact } from "./artifact.js";
import { parseArtifact } from "./artifact.js";
import artifactJson from "./artifact.model.json" with { type: "json" };
import type { DetailedScores, ModelScores, TextModel } from "./scorer.js";
import { createTextModel } from "./scorer.js";

let cached: TextModel | undefined;

function loadTextModel(): TextModel {
  cached ??= createTextModel(parseArtifact(artifactJson));
  return cached;
}

export type { DetailedScores, ModelArtifact, ModelScores, TextModel };
export { createTextModel, loadTextModel };
