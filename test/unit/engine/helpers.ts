import type { ArticleToJudge } from "../../../functions/domain/guideline-engine.js";
import type { Judgement } from "../../../functions/domain/schemas.js";
import { createGuidelineEngine } from "../../../functions/engine/index.js";

/** Rules only: detector tests must not move when the learned model is retrained. */
const rules = createGuidelineEngine({ useModel: false });

const MOSUL: ArticleToJudge = {
  title: "Five years after the battle of Mosul, residents rebuild amid the ruins",
  tags: ["Iraq", "Mosul", "war"],
  body: "The old city of Mosul was largely destroyed during the battle to retake it from ISIS.",
};

/** `null` judges without an article (an explicit `undefined` would take the default). */
function judge(text: string, article: ArticleToJudge | null = MOSUL): Judgement {
  return rules.judge({ text }, article ?? undefined);
}

export { judge, MOSUL, rules };
