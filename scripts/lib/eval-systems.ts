/**
 * The systems compared by `npm run eval`: the full guideline engine, the text model alone at its own thresholds,
 * and three npm word-list libraries (a hit = rejected for profanity, as they are used in practice).
 */
import { Filter } from "bad-words";
import leoProfanity from "leo-profanity";
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import type { Category } from "../../functions/domain/categories.js";
import { judgeSafely } from "../../functions/domain/guideline-engine.js";
import { createGuidelineEngine } from "../../functions/engine/index.js";
import type { TextModel } from "../../functions/engine/model/index.js";
import type { Prediction } from "./metrics.js";

interface System {
  readonly name: string;
  readonly version: string;
  predict(text: string): Prediction;
}

function engineSystem(): System {
  const engine = createGuidelineEngine();
  return {
    name: "engine",
    version: engine.version,
    predict: (text) => {
      const j = judgeSafely(engine, { text });
      return { decision: j.decision, categories: j.categories };
    },
  };
}

function modelSystem(model: TextModel): System {
  return {
    name: "model alone",
    version: model.version,
    predict: (text) => {
      const d = model.scoreDetailed(text);
      const rejected: Category[] = [];
      const held: Category[] = [];
      for (const [cat, p] of Object.entries(d.scores) as [Category, number][]) {
        const t = model.thresholds[cat as keyof typeof model.thresholds];
        if (!t) continue;
        if (p >= t.reject) rejected.push(cat);
        else if (p >= t.review) held.push(cat);
      }
      if (rejected.length > 0) return { decision: "rejected", categories: rejected };
      const tox = model.thresholds.toxicity;
      if (held.length > 0 || (tox && d.toxicity >= tox.review))
        return { decision: "pending", categories: held };
      return { decision: "approved", categories: [] };
    },
  };
}

function wordList(name: string, version: string, isProfane: (text: string) => boolean): System {
  return {
    name,
    version,
    predict: (text) =>
      isProfane(text)
        ? { decision: "rejected", categories: ["profanity"] }
        : { decision: "approved", categories: [] },
  };
}

function wordListSystems(): System[] {
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const badWords = new Filter();
  return [
    wordList("obscenity", "0.4.6", (t) => obscenity.hasMatch(t)),
    wordList("bad-words", "4.1.5", (t) => {
      try {
        return badWords.isProfane(t);
      } catch {
        return false;
      }
    }),
    wordList("leo-profanity", "1.9.0", (t) => leoProfanity.check(t)),
  ];
}

export type { System };
export { engineSystem, modelSystem, wordListSystems };
