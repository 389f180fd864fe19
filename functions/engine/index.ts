/**
 * The guideline engine's public entry point. The worker and the classify CLI use only these exports.
 */
import type { GuidelineEngine } from "../domain/guideline-engine.js";
import type { EngineOptions, TextScorer } from "./engine.js";
import { buildEngine, ENGINE_VERSION } from "./engine.js";
import { loadTextModel } from "./model/index.js";
import type { EnginePolicy, EnginePolicyInput } from "./policy.js";
import { EnginePolicyError, enginePolicySchema, parseEnginePolicy } from "./policy.js";

/**
 * Builds the engine once (per Lambda container). Throws `EnginePolicyError` at construction when the policy is
 * invalid. The committed model is loaded unless the policy sets `useModel: false` or `options.model` is given.
 */
function createGuidelineEngine(policyInput?: unknown, options: EngineOptions = {}): GuidelineEngine {
  const policy = parseEnginePolicy(policyInput);
  const model = options.model !== undefined ? options.model : policy.useModel ? loadTextModel() : null;
  return buildEngine(policy, { model });
}

export type { EngineOptions, EnginePolicy, EnginePolicyInput, TextScorer };
export { createGuidelineEngine, ENGINE_VERSION, EnginePolicyError, enginePolicySchema };
