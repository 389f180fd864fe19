/**
 * The one interface between the pipeline and the guideline engine. The worker and the classify CLI depend on
 * this, never on the engine's internals, so the engine can change without touching the pipeline.
 */
import type { ArticleContext, Judgement } from "./schemas.js";

interface CommentToJudge {
  readonly text: string;
}

/** What the engine may know about the article; all optional except the title. */
type ArticleToJudge = ArticleContext & { readonly id?: string };

interface GuidelineEngine {
  readonly version: string;
  judge(comment: CommentToJudge, article?: ArticleToJudge): Judgement;
}

/** The judgement of a comment the engine could not judge: held for a human, never published unchecked. */
function heldForHuman(engineVersion: string, reasonCode = "engine_error"): Judgement {
  return { decision: "pending", categories: [], scores: {}, evidence: [], reasonCode, engineVersion };
}

/** Fail safe: an engine that throws must never publish a comment unchecked, so any error holds it. */
function judgeSafely(engine: GuidelineEngine, comment: CommentToJudge, article?: ArticleToJudge): Judgement {
  try {
    return engine.judge(comment, article);
  } catch {
    return heldForHuman(engine.version);
  }
}

export type { ArticleToJudge, CommentToJudge, GuidelineEngine };
export { heldForHuman, judgeSafely };
