import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TextScorer } from "../../../functions/engine/index.js";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { loadTextModel } from "../../../functions/engine/model/index.js";

const model = loadTextModel();
const engine = createGuidelineEngine();
/** The same model without `explain`: the engine as it judged before model evidence was explained. */
const silent: TextScorer = {
  version: model.version,
  score: (text) => model.score(text),
  scoreDetailed: (text) => model.scoreDetailed(text),
};
const unexplained = createGuidelineEngine(undefined, { model: silent });
const MODEL_RULE = `model.${model.version}`;
const WORD_RULE = `${MODEL_RULE}.word`;

describe("model evidence, explained", () => {
  it("points a comment the model alone holds at its sentence and the words that raised the head", () => {
    const text =
      "The council met on Tuesday to agree the budget. My cat keeps scratching the sofa, any tips on how to stop her?";
    const j = engine.judge({ text });
    expect(j.decision).toBe("pending");
    expect(j.categories).toContain("vulgarity");
    const sentence = j.evidence.find((e) => e.category === "vulgarity" && e.rule === MODEL_RULE)!;
    expect(text.slice(sentence.start, sentence.end)).toBe(
      "My cat keeps scratching the sofa, any tips on how to stop her?",
    );
    const words = j.evidence.filter((e) => e.category === "vulgarity" && e.rule === WORD_RULE);
    expect(words[0]?.match).toBe("scratching");
    expect(words.length).toBeLessThanOrEqual(3);
    for (const w of words) {
      expect(w.match).toBe(text.slice(w.start, w.end));
      expect(w.start).toBeGreaterThanOrEqual(sentence.start);
      expect(w.end).toBeLessThanOrEqual(sentence.end);
      expect(w.score).toBeGreaterThanOrEqual(0.05);
    }
    expect(words.map((w) => w.score)).toEqual(words.map((w) => w.score).sort((a, b) => b! - a!));
  });

  it("explains a hold by the general toxicity head with the words that raised that head", () => {
    const text = "Lying, greedy, incompetent, and still he'll get a knighthood.";
    const j = engine.judge({ text });
    expect(j).toMatchObject({ decision: "pending", categories: ["personal_attack"] });
    expect(j.evidence.filter((e) => e.rule === `${MODEL_RULE}.toxicity.word`).map((e) => e.match)).toEqual([
      "greedy",
      "Lying",
      "incompetent",
    ]);
  });

  it("explains the model's own decisions only: a guideline no rule speaks for, or a rejection it made alone", () => {
    const words = (text: string) =>
      engine
        .judge({ text })
        .evidence.filter((e) => e.rule === WORD_RULE)
        .map((e) => e.match);
    // Rejected by the model alone: the words say why.
    const rejected = "Import the third world, get third world behaviour. Nobody wants to say it.";
    expect(engine.judge({ text: rejected })).toMatchObject({
      decision: "rejected",
      categories: ["identity_abuse"],
    });
    expect(words(rejected)[0]).toBe("third");
    // Held by the model alone (the verdict rests on the group's name): the words say why too.
    const held = "Every country gets to decide if foreigners are allowed in.";
    expect(engine.judge({ text: held })).toMatchObject({
      decision: "pending",
      categories: ["identity_abuse"],
    });
    expect(words(held)[0]).toBe("foreigners");
    // A rule rejected it, a rule holds it, or nothing does: the rules' evidence is the reason, or there is none.
    expect(engine.judge({ text: "You are an idiot and a fool." }).decision).toBe("rejected");
    expect(words("You are an idiot and a fool.")).toEqual([]);
    const link = "For more background on the treaty, see http://www.historytoday.com/treaty-of-lausanne";
    expect(engine.judge({ text: link })).toMatchObject({ decision: "pending", categories: ["promotion"] });
    expect(words(link)).toEqual([]);
    expect(words("Good article, thanks for the balanced reporting on the council budget.")).toEqual([]);
  });

  it("changes no decision, category or score, only where the model's evidence points", () => {
    const texts = readFileSync(new URL("../../fixtures/engine/dev.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean)
      .slice(0, 400)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    let narrowed = 0;
    for (const text of texts) {
      const a = engine.judge({ text });
      const b = unexplained.judge({ text });
      expect({ ...a, evidence: [] }).toEqual({ ...b, evidence: [] });
      const kept = a.evidence.filter((e) => e.rule !== WORD_RULE);
      expect(kept.map(({ start, end, ...e }) => e)).toEqual(b.evidence.map(({ start, end, ...e }) => e));
      if (kept.some((e, i) => e.start !== b.evidence[i]!.start || e.end !== b.evidence[i]!.end)) narrowed++;
    }
    expect(narrowed).toBeGreaterThan(0);
  });

  it("leaves a long comment's model evidence on the whole comment: the model read a sample of it", () => {
    const text = `My cat keeps scratching the sofa, any tips on how to stop her? ${"The council met on Tuesday to agree the budget for next year. ".repeat(40)}`;
    expect(text.length).toBeGreaterThan(2000);
    const j = engine.judge({ text });
    expect(j).toMatchObject({ decision: "pending", categories: expect.arrayContaining(["vulgarity"]) });
    const held = j.evidence.find((e) => e.category === "vulgarity" && e.rule === MODEL_RULE);
    expect(held).toMatchObject({ start: 0, end: text.length });
    expect(j.evidence.some((e) => e.rule === WORD_RULE)).toBe(false);
  });
});
