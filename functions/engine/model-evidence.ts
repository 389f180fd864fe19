/**
 * Shows a moderator why the model holds or rejects a comment. For the first guideline the comment is held under with
 * no rule's evidence beside the model's, or the first of a rejection the model made alone, that evidence
 * narrows from the whole comment to the sentence the head read highest, and the words that raised the head most
 * follow it (`model.<version>.word`, or `model.<version>.toxicity.word` where the general toxicity head holds it,
 * each scored by how much the head's probability falls without the word: "foreigners"
 * 0.81 in "Every country gets to decide if foreigners are allowed in."). Not for approved comments, nor for
 * rejections a rule took part in, whose rules say why: weighing costs about a microsecond a word, tens of
 * microseconds a sentence, on top of a judgement's ~150. Decisions and scores are untouched: this only explains
 * them.
 */
import type { Category } from "../domain/categories.js";
import type { Evidence, Judgement } from "../domain/schemas.js";
import type { ModelExplanation } from "./model/scorer.js";

interface ExplainingModel {
  readonly version: string;
  explain?(text: string, head: Category | "toxicity"): ModelExplanation | undefined;
}

/** The model's evidence rules: a head's reading, the general toxicity head's, and the words either weighed. */
const modelRule = (version: string) => `model.${version}`;
const toxicityRule = (version: string) => `${modelRule(version)}.toxicity`;
const wordRule = (rule: string) => `${rule}.word`;

/** What a stored evidence rule says of the model, whatever its version; undefined for a rule's finding. */
function modelEvidenceKind(rule: string): "head" | "toxicity" | "word" | undefined {
  if (!rule.startsWith("model.")) return undefined;
  if (rule.endsWith(".word")) return "word";
  return rule.endsWith(".toxicity") ? "toxicity" : "head";
}

/** At most this many words per guideline, each taking at least MIN_DROP off the head's probability. */
const MAX_WORDS = 3;
const MIN_DROP = 0.05;

function explainModelEvidence(judgement: Judgement, model: ExplainingModel, text: string): Judgement {
  if (model.explain === undefined || judgement.decision === "approved") return judgement;
  const rule = modelRule(model.version);
  const byModel = (e: Evidence) => e.rule.startsWith(rule);
  // A rejection a rule took part in has that rule's evidence: only the model's own rejections are explained.
  if (judgement.decision === "rejected" && !judgement.evidence.every(byModel)) return judgement;
  // The first guideline it is held or rejected under (the most severe rejected, or the highest held) that only the
  // model's evidence speaks for: the reason a moderator reads first, and one weighing per comment at most.
  const explained = judgement.categories.find((c) =>
    judgement.evidence.every((e) => e.category !== c || byModel(e)),
  );
  if (explained === undefined) return judgement;
  // Its head's evidence, or else the general toxicity head's, which holds under the guideline the model ranks highest.
  const toxicity = toxicityRule(model.version);
  const item =
    judgement.evidence.find((e) => e.category === explained && e.rule === rule) ??
    judgement.evidence.find((e) => e.category === explained && e.rule === toxicity);
  const why = item && model.explain(text, item.rule === toxicity ? "toxicity" : explained);
  if (item === undefined || why === undefined) return judgement;
  const evidence: Evidence[] = [];
  for (const e of judgement.evidence) {
    if (e !== item) {
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
        rule: wordRule(e.rule),
        match: text.slice(w.start, w.end),
        score: Math.round(w.drop * 1000) / 1000,
      });
    }
  }
  return { ...judgement, evidence };
}

export type { ExplainingModel };
export { explainModelEvidence, modelEvidenceKind, modelRule, toxicityRule };
