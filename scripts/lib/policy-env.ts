/** The site's engine policy from ENGINE_POLICY (JSON), as the worker reads it, for the command-line tools. */
import type { EnginePolicy } from "../../functions/engine/policy.js";
import { parseEnginePolicy } from "../../functions/engine/policy.js";

function policyFromEnv(env: NodeJS.ProcessEnv, overrides: Record<string, unknown>): EnginePolicy {
  const raw = env.ENGINE_POLICY;
  let value: unknown = {};
  try {
    if (raw) value = JSON.parse(raw);
  } catch (error) {
    throw new Error(`ENGINE_POLICY is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error("ENGINE_POLICY must be a JSON object");
  return parseEnginePolicy({ ...value, ...overrides });
}

/** The validated policy; a bad one ends the run with one line naming what is wrong (exit 2), not a stack trace. */
function sitePolicyOrExit(tool: string, overrides: Record<string, unknown> = {}): EnginePolicy {
  try {
    return policyFromEnv(process.env, overrides);
  } catch (error) {
    process.stderr.write(`${tool}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

export { policyFromEnv, sitePolicyOrExit };
