/**
 * Shows a moderator why the model alone holds a comment. For a guideline the comment is held under with no rule's
 * evidence beside the model's, that evidence narrows from the whole comment to the sentence the head read highest,
 * and the words that raised the head most follow it (`model.<version>.word`, scored by how much the head's
 * probability falls without the word: "foreigners" 0.81 in "Every country gets to decide if foreigners are allowed
 * in."). Only held comments, which a moderator reads: weighing each word costs about as much as a judgement.
 * Decisions and scores are untouched: this only explains them.
 */
import type { Category } from "../domain/categories.js";
import type { Evidence, Judgement } from "../domain/schemas.js";

interface Explanation {
  readonly span: readonly [number, number];
  readonly words: readonly { readonly start: number; readonly end: number; readonly drop: number }[];
}

interface ExplainingModel {
  readonly version: string;
  explain?(text: string, head: Category): Explanation | undefined;
}

/** At most this many words per guideline, each taking at least MIN_DROP off the head's probability. */
const MAX_WORDS = 3;
const MIN_DROP = 0.05;

function explainModelEvidence(judgement: Judgement, model: ExplainingModel, text: string): Judgement {
  if (model.explain === undefined || judgement.decision !== "pending") return judgement;
  const rule = `model.${model.version}`;
  // The guidelines it is held under that only the model's evidence speaks for.
  const modelOnly = judgement.categories.filter((c) =>
    judgement.evidence.every((e) => e.category !== c || e.rule.startsWith(rule)),
  );
  if (modelOnly.length === 0) return judgement;
  const evidence: Evidence[] = [];
  for (const e of judgement.evidence) {
    const why =
      e.rule === rule && modelOnly.includes(e.category) ? model.explain(text, e.category) : undefined;
    if (why === undefined) {
      evidence.push(e);
      continue;
    }
    const [start, end] = why.span;
    evidence.push({ ...e, start, end });
    for (const w of why.words.slice(0, MAX_WORDS)) {
      if (w.drop < MIN_DROP) break;
      evidence.push({
        category: e.category,
        start: w.start,
        end: w.end,
        rule: `${rule}.word`,
        match: text.slice(w.start, w.end),
        score: Math.round(w.drop * 1000) / 1000,
      });
    }
  }
  return { ...judgement, evidence };
}

export type { ExplainingModel, Explanation };
export { explainModelEvidence };
