/** The site's engine policy from ENGINE_POLICY (JSON), as the worker reads it, for the command-line tools. */
import type { EnginePolicy } from "../../functions/engine/policy.js";
import { parseEnginePolicyJson } from "../../functions/engine/policy.js";

function policyFromEnv(env: NodeJS.ProcessEnv, overrides: Record<string, unknown>): EnginePolicy {
  try {
    return parseEnginePolicyJson(env.ENGINE_POLICY, overrides);
  } catch (error) {
    throw new Error(`ENGINE_POLICY: ${(error as Error).message}`, { cause: error });
  }
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
