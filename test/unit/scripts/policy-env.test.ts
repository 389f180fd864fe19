import { describe, expect, it } from "vitest";
import { policyFromEnv } from "../../../scripts/lib/policy-env.js";

describe("policyFromEnv", () => {
  it("reads the site's policy as the worker does, defaults included, with the tool's overrides on top", () => {
    const policy = policyFromEnv(
      { ENGINE_POLICY: '{"thresholds":{"threat":{"hold":0.6}}}' },
      { useModel: false },
    );
    expect(policy.thresholds.threat).toEqual({ hold: 0.6, reject: 0.8 });
    expect(policy.useModel).toBe(false);
    expect(policyFromEnv({}, {}).mode).toBe("auto-approve-clean");
  });

  it("says what is wrong with a bad policy", () => {
    expect(() => policyFromEnv({ ENGINE_POLICY: "{bad" }, {})).toThrow(
      /^ENGINE_POLICY: Invalid engine policy: not valid JSON/,
    );
    expect(() => policyFromEnv({ ENGINE_POLICY: "[]" }, {})).toThrow(
      "ENGINE_POLICY: Invalid engine policy: must be a JSON object",
    );
    expect(() => policyFromEnv({ ENGINE_POLICY: '{"mode":"sometimes"}' }, {})).toThrow(/mode/);
  });
});
