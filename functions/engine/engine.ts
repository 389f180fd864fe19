/**
 * The guideline engine: normalise once, run every detector (each fail-safe), score with the model, merge.
 * Everything is compiled at construction; `judge` does no IO and never throws.
 */
import type { Category } from "../domain/categories.js";
import type { ArticleToJudge, CommentToJudge, GuidelineEngine } from "../domain/guideline-engine.js";
import { heldForHuman } from "../domain/guideline-engine.js";
import type { Judgement } from "../domain/schemas.js";
import { praisesGroup } from "./detectors/group-praise.js";
import { createDetectors } from "./detectors/index.js";
import { innocentlyWritten } from "./detectors/innocent-words.js";
import { createOtherLanguageRules } from "./detectors/other-languages.js";
import { relatedness } from "./detectors/relevance.js";
import requiredLiterals from "./detectors/required-literals.generated.json" with { type: "json" };
import { compileDuring, gatedTest } from "./detectors/rule-prefilter.js";
import type { Finding } from "./finding.js";
import { withoutGroupNames } from "./group-mention.js";
import { guessLanguage } from "./language.js";
import type { ModelInput } from "./merge.js";
import { merge } from "./merge.js";
import type { ModelExplanation } from "./model/scorer.js";
import { explainModelEvidence } from "./model-evidence.js";
import { normalize } from "./normalize/index.js";
import type { EnginePolicy } from "./policy.js";
import { createSiteTerms } from "./site-terms.js";

/**
 * Version of the rules, `rules-<fingerprint of the engine's sources>` written by `npm run literals`
 * (scripts/lib/required-literals-table.ts); the engine's full version adds the model's.
 */
const ENGINE_VERSION = `rules-${requiredLiterals.rules}`;

/** What the engine needs from a learned model (functions/engine/model implements it). */
interface TextScorer {
  readonly version: string;
  score(text: string): Partial<Record<Category, number>>;
  /** Category scores plus the general `toxicity` head, in one pass (used when the scorer has it). */
  scoreDetailed?(text: string): { scores: Partial<Record<Category, number>>; toxicity: number };
  /** Where and through which words one head read `text` (model-evidence.ts), when the scorer can tell. */
  explain?(text: string, head: Category | "toxicity"): ModelExplanation | undefined;
}

interface EngineOptions {
  /** The learned model; `null` runs rules only. Defaults to none: index.ts passes the committed model. */
  readonly model?: TextScorer | null;
}

/**
 * War reporting vocabulary with no one addressed: the model is known to score such civil comments as threats or
 * attacks ("ISIS killed thousands", "bomb their positions"); rules carry those categories here.
 */
const WAR_VOCABULARY =
  /\b(?:isis|daesh|terror\w*|jihad\w*|militants?|fighters?|caliphate|bomb\w*|airstrikes?|strikes?|killed|killings?|executions?|executioners?|war|army|troops|coalition|military|genocide|beheaded|massacre\w*|battle|weapons|drones?|death penalty|hang\w*|executed?)\b/;
const ADDRESSED = /\b(?:you|u|your|ya|yourself)\b|@\w/;

/**
 * Judged once at construction: reaches every detector's rule lists (group, formula, phrase and promotion words),
 * so their literal prefilter is compiled before the first real comment instead of during it.
 */
const WARM_UP = [
  "Muslims and women are lazy, my friend; subscribe to my channel and check out www.example.com, you idiot. I will kill you.",
];

/**
 * The model reads a bounded sample of a long comment, so its cost stays bounded: the first MODEL_HEAD characters
 * plus windows around rule evidence further on, MODEL_MAX characters at most. It scores a comment as its worst
 * segment, so a sample can miss abuse buried deep in a long text that no rule noticed; rules still read it all.
 * Comments up to MODEL_MAX characters are read whole.
 */
const MODEL_MAX = 2000;
const MODEL_HEAD = 1500;
const MODEL_WINDOW = 100;

function modelSample(text: string, findings: readonly Finding[]): string {
  if (text.length <= MODEL_MAX) return text;
  const parts = [text.slice(0, MODEL_HEAD)];
  let covered = MODEL_HEAD;
  let budget = MODEL_MAX - MODEL_HEAD;
  const later = findings.filter((f) => f.end > covered).sort((a, b) => a.start - b.start);
  for (const f of later) {
    if (budget <= 0) break;
    const start = Math.max(f.start - MODEL_WINDOW, covered);
    const end = Math.min(f.end + MODEL_WINDOW, start + 2 * MODEL_WINDOW, text.length, start + budget);
    if (end <= start) continue;
    parts.push(text.slice(start, end));
    budget -= end - start;
    covered = end;
  }
  return parts.join("\n");
}

function buildEngine(policy: EnginePolicy, options: EngineOptions = {}): GuidelineEngine {
  const detectors = createDetectors(policy);
  const siteTerms = createSiteTerms(policy);
  const otherLanguages = policy.otherLanguages === "judge" ? createOtherLanguageRules() : null;
  const model = policy.useModel ? (options.model ?? null) : null;
  const version = model ? `${ENGINE_VERSION}+model-${model.version}` : ENGINE_VERSION;

  function judge(comment: CommentToJudge, article?: ArticleToJudge): Judgement {
    try {
      const text = typeof comment?.text === "string" ? comment.text : "";
      if (text.trim().length === 0) {
        return heldForHuman(version, "empty");
      }
      const norm = normalize(text);
      const input = article ? { norm, article } : { norm };
      let findings: Finding[] = siteTerms.blocked(norm);
      for (const detector of detectors) findings = findings.concat(detector.detect(input));
      const language = guessLanguage(text);
      // Judged as English though its language could not be told: another language's abuse there holds it.
      if (language.english && language.language === "und" && otherLanguages)
        findings = findings.concat(otherLanguages.untold(text));
      findings = findings.filter((f) => !siteTerms.allowed(f));
      // Mostly another language with a lexicon: judged by that lexicon; the English model has nothing to say.
      // The site's allow list counts there too ("putain" allowed on a French-speaking site).
      const foreign = language.english
        ? undefined
        : otherLanguages?.findings(text, language.language)?.filter((f) => !siteTerms.allowed(f));
      let modelInput: ModelInput | undefined;
      if (model && foreign === undefined) {
        const sample = modelSample(text, findings);
        const civilContext = gatedTest(WAR_VOCABULARY, norm.text) && !gatedTest(ADDRESSED, norm.text);
        // Asked by the merge only where the identity head alone would decide: a second reading, without the names.
        const withoutGroups = () => {
          const rest = withoutGroupNames(sample);
          return rest === undefined ? undefined : (model.score(rest).identity_abuse ?? 0);
        };
        if (model.scoreDetailed) {
          const { scores, toxicity } = model.scoreDetailed(sample);
          modelInput = {
            version: model.version,
            scores,
            toxicity,
            civilContext,
            withoutGroupNames: withoutGroups,
          };
        } else {
          modelInput = {
            version: model.version,
            scores: model.score(sample),
            civilContext,
            withoutGroupNames: withoutGroups,
          };
        }
      }
      const judgement = merge({
        text,
        // Relevance to the article only where the site judges it (the chatter-alone rejection reads it too).
        ...(article && policy.judgeRelevance
          ? { article: relatedness(norm.text, article, norm.original) }
          : {}),
        findings,
        innocentlyWritten: innocentlyWritten(norm.text),
        praisedGroup: praisesGroup(norm.text),
        ...(foreign ? { foreign } : {}),
        ...(modelInput ? { model: modelInput } : {}),
        language,
        policy,
        engineVersion: version,
      });
      // A long comment's model read a sample, whose offsets are not the comment's.
      return model && modelInput && text.length <= MODEL_MAX
        ? explainModelEvidence(judgement, model, text)
        : judgement;
    } catch {
      // Fail safe: never publish unchecked.
      return heldForHuman(version);
    }
  }

  compileDuring(() => {
    for (const text of WARM_UP) judge({ text });
  });
  return { version, judge };
}

export type { EngineOptions, TextScorer };
export { buildEngine, ENGINE_VERSION };
