import { describe, expect, it } from "vitest";
import {
  createGuidelineEngine,
  EnginePolicyError,
  enginePolicySchema,
} from "../../../functions/engine/index.js";

const noModel = { useModel: false } as const;

describe("engine policy", () => {
  it("has defaults for everything", () => {
    const policy = enginePolicySchema.parse({});
    expect(policy.mode).toBe("auto-approve-clean");
    expect(policy.blockList).toEqual([]);
    expect(policy.allowList).toEqual([]);
    expect(policy.allowedLinkDomains).toContain("bbc.co.uk");
    expect(policy.modelHoldAt).toEqual({});
    expect(() => createGuidelineEngine()).not.toThrow();
  });

  it.each([
    [{ mode: "approve-all" }, "mode"],
    [{ thresholds: { threat: { reject: 0.3, hold: 0.6 } } }, "thresholds.threat"],
    [{ thresholds: { spam: { reject: 0.9 } } }, "thresholds"],
    [{ blockList: [{ term: "x", category: "spam" }] }, "blockList.0.category"],
    [{ allowedLinkDomains: ["not a domain"] }, "allowedLinkDomains.0"],
    [{ modelHoldAt: { personal_attack: 1.5 } }, "modelHoldAt.personal_attack"],
    [{ modelHoldAt: { sarcasm: 0.5 } }, "modelHoldAt"],
    [{ unknown: true }, "(policy)"],
    ["not an object", "(policy)"],
  ])("rejects the bad policy %j at construction, naming %s", (input, path) => {
    let error: unknown;
    try {
      createGuidelineEngine(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnginePolicyError);
    expect((error as EnginePolicyError).message).toContain("Invalid engine policy");
    expect((error as EnginePolicyError).issues.join(" ")).toContain(path);
  });

  it("holds clean comments in hold-everything mode", () => {
    const engine = createGuidelineEngine({ ...noModel, mode: "hold-everything" });
    const j = engine.judge({ text: "Thank you for this careful reporting." });
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("hold_everything");
    // Violations are still rejected.
    expect(engine.judge({ text: "What a fucking disgrace." }).decision).toBe("rejected");
  });

  it("rejects block-listed terms with the site's category, also when obfuscated", () => {
    const engine = createGuidelineEngine({
      ...noModel,
      blockList: [{ term: "crusader dogs", category: "identity_abuse" }],
    });
    const j = engine.judge({ text: "Typical of the C.r.u.s.a.d.e.r dogs" });
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
    expect(j.reasonCode).toBe("site_block_list");
    expect(engine.judge({ text: "The crusaders took Jerusalem in 1099." }).decision).toBe("approved");
  });

  it("never counts allow-listed terms", () => {
    const strict = createGuidelineEngine(noModel);
    const lenient = createGuidelineEngine({ ...noModel, allowList: ["bastards"] });
    expect(strict.judge({ text: "Hang the bastards!!!" }).decision).toBe("rejected");
    expect(lenient.judge({ text: "Hang the bastards!!!" }).decision).toBe("approved");
  });

  it("applies per-category thresholds", () => {
    const text = "This bill is a piece of crap.";
    const lenient = createGuidelineEngine(noModel);
    const strict = createGuidelineEngine({
      ...noModel,
      thresholds: { profanity: { reject: 0.3, hold: 0.2 } },
    });
    expect(lenient.judge({ text }).decision).toBe("approved");
    expect(strict.judge({ text }).decision).toBe("rejected");
  });
});
