import { describe, expect, it } from "vitest";
import type { GuidelineEngine } from "../../../functions/domain/guideline-engine.js";
import { judgeSafely } from "../../../functions/domain/guideline-engine.js";

describe("judgeSafely", () => {
  it("passes the engine's judgement through", () => {
    const engine: GuidelineEngine = {
      version: "v1",
      judge: () => ({
        decision: "approved",
        categories: [],
        scores: {},
        evidence: [],
        reasonCode: "clean",
        engineVersion: "v1",
      }),
    };
    expect(judgeSafely(engine, { text: "fine" }).decision).toBe("approved");
  });

  it("holds the comment for a human when the engine throws, never publishing it unchecked", () => {
    const engine: GuidelineEngine = {
      version: "v1",
      judge: () => {
        throw new Error("detector crashed");
      },
    };
    expect(judgeSafely(engine, { text: "anything" })).toEqual({
      decision: "pending",
      categories: [],
      scores: {},
      evidence: [],
      reasonCode: "engine_error",
      engineVersion: "v1",
    });
  });
});
