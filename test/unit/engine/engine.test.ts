import { describe, expect, it } from "vitest";
import { judgeSafely } from "../../../functions/domain/guideline-engine.js";
import { judgementSchema } from "../../../functions/domain/schemas.js";
import { buildEngine } from "../../../functions/engine/engine.js";
import { createGuidelineEngine, ENGINE_VERSION } from "../../../functions/engine/index.js";
import { parseEnginePolicy } from "../../../functions/engine/policy.js";
import { countTargets, readFixtureSet } from "../../../scripts/lib/fixture-targets.js";
import { judge, MOSUL, rules } from "./helpers.js";

describe("guideline engine", () => {
  it("returns judgements that match the shared schema, with evidence pointing into the original text", () => {
    for (const line of readFixtureSet("dev")) {
      const j = rules.judge({ text: line.text }, line.article);
      expect(judgementSchema.safeParse(j).success).toBe(true);
      for (const e of j.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(line.text.length);
        if (e.match !== undefined) expect(line.text.slice(e.start, e.end)).toBe(e.match);
      }
    }
  });

  it("is deterministic", () => {
    const text = "You are an idiot, and I know where you live.";
    expect(judge(text)).toEqual(judge(text));
  });

  it("names the most severe broken guideline first", () => {
    const j = judge("I will fucking kill you, you idiot.");
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("threat");
    expect(j.categories).toEqual(expect.arrayContaining(["personal_attack", "profanity"]));
  });

  it("approves a clean comment with reason `clean` and reports a score for every category", () => {
    const j = judge("The reconstruction money has been slow to arrive.");
    expect(j.decision).toBe("approved");
    expect(j.reasonCode).toBe("clean");
    expect(Object.keys(j.scores).sort()).toEqual(
      [
        "identity_abuse",
        "off_topic",
        "personal_attack",
        "profanity",
        "promotion",
        "threat",
        "vulgarity",
      ].sort(),
    );
  });

  it("fails safe: a throwing model sends the comment to pending with engine_error", () => {
    const broken = buildEngine(parseEnginePolicy({}), {
      model: {
        version: "broken",
        score: () => {
          throw new Error("boom");
        },
      },
    });
    const j = broken.judge({ text: "Thank you for this careful reporting." }, MOSUL);
    expect(j.decision).toBe("pending");
    expect(j.reasonCode).toBe("engine_error");
  });

  it("fails safe on input that is not a comment", () => {
    const j = rules.judge({ text: undefined as unknown as string });
    expect(j.decision).toBe("pending");
    expect(judgeSafely(rules, { text: "" }).decision).toBe("pending");
  });

  it("uses the learned model by default and says so in its version", () => {
    const engine = createGuidelineEngine();
    expect(engine.version.startsWith(`${ENGINE_VERSION}+model-`)).toBe(true);
    expect(engine.judge({ text: "Thank you for this careful reporting." }, MOSUL).decision).toBe("approved");
  });

  it.each(["Muslims pray five times a day.", "Our doctor is an immigrant from Nigeria."])(
    "holds, never rejects, the plain statement %j, whose model verdict rests on the group's name",
    (text) => {
      expect(createGuidelineEngine().judge({ text }).decision).toBe("pending");
    },
  );

  it("judges a 5,000-character comment", () => {
    const text = "The coalition struck ISIS positions near the border. ".repeat(100).slice(0, 5000);
    expect(judge(text).decision).not.toBe("rejected");
  });

  it.each([
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
  ])("meets the issue's targets on the %s fixture set", (name) => {
    const { counts } = countTargets(readFixtureSet(name), (line) =>
      rules.judge({ text: line.text }, line.article),
    );
    const {
      clean,
      violation: violations,
      cleanApproved,
      cleanRejected,
      violApproved,
      violRejected,
      right,
    } = counts;
    expect(violApproved / violations).toBeLessThanOrEqual(0.05);
    expect(cleanRejected / clean).toBeLessThanOrEqual(0.02);
    expect(cleanApproved / clean).toBeGreaterThanOrEqual(0.8);
    expect(violRejected / violations).toBeGreaterThanOrEqual(0.7);
    expect(right / violRejected).toBeGreaterThanOrEqual(0.85);
  });
});
