import { describe, expect, it } from "vitest";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { compileRegexpsOnFirstRun } from "../../../functions/engine/regexp-tier.js";

describe("compileRegexpsOnFirstRun", () => {
  it("sets V8's flag on Node; judgements made after it are the ones made before", () => {
    const texts = [
      "ISIS killed thousands in Mosul; the court should hang the executioners' case on the evidence.",
      "I know where the minister lives. Just saying.",
      "Great article, subscribe to my channel at www dot bestdeals dot com",
      "You absolute clown, nobody asked.",
    ];
    const before = createGuidelineEngine();
    const judged = texts.map((text) => before.judge({ text }));
    expect(compileRegexpsOnFirstRun()).toBe(true);
    const after = createGuidelineEngine();
    expect(texts.map((text) => after.judge({ text }))).toEqual(judged);
  });
});
