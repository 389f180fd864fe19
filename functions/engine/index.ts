/**
 * PLACEHOLDER engine (issue 2's "first simple implementation"): holds everything for a human.
 * The guideline engine issue replaces this module; its export names stay the same.
 */
import type { GuidelineEngine } from "../domain/guideline-engine.js";

const ENGINE_VERSION = "0.0.0-hold-all";

function createGuidelineEngine(_policyInput?: unknown): GuidelineEngine {
  return {
    version: ENGINE_VERSION,
    judge: () => ({
      decision: "pending",
      categories: [],
      scores: {},
      evidence: [],
      reasonCode: "hold_all",
      engineVersion: ENGINE_VERSION,
    }),
  };
}

export { createGuidelineEngine, ENGINE_VERSION };
