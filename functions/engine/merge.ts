/**
 * The one merge: rule findings + model scores + language + policy -> Judgement. Pure, order-independent.
 *
 * Which signal decides (see docs/engine.md):
 * - A rule at or above the reject threshold decides its category (explicit threat pattern, slur, contact
 *   details, lexicon profanity, junk): rules are precise where they fire.
 * - Where rules are silent or weak, the model's probability is used for the categories it learned: alone it holds
 *   from a head's hold level (a second, independent chance to catch phrasings no rule knows) and rejects from its
 *   `alone` level, but only in a comment of fewer than `LONG_COMMENT_WORDS` words; together with a hold-level rule
 *   it confirms a rejection. See `combine`.
 * - Rules veto model false positives in known civil contexts: war reporting vocabulary without a second-person
 *   target caps the model's threat / personal_attack / identity_abuse scores below the hold threshold.
 * - Text mostly not in English is never rejected by English rules: its language's lexicon judges it where there is
 *   one (`judgeOtherLanguage`); otherwise it is held (`non_english`), unless the site's own block list matched.
 */
import type { Category } from "../domain/categories.js";
import { CATEGORIES } from "../domain/categories.js";
import type { Judgement } from "../domain/schemas.js";
import { DISGUISED_WORD } from "./detectors/disguise.js";
import { countWords } from "./detectors/junk.js";
import { ALLOWED_SOURCE, ARTICLE_LINK } from "./detectors/promotion.js";
import type { Relatedness } from "./detectors/relevance.js";
import { RELEVANCE_RULE, RELEVANCE_RULES } from "./detectors/relevance.js";
import type { Finding } from "./finding.js";
import type { LanguageGuess } from "./language.js";
import { ABUSIVE_HEADS } from "./model/heads.js";
import { modelRule, toxicityRule } from "./model-evidence.js";
import { compileNatively } from "./native-compile.js";
import type { EnginePolicy } from "./policy.js";
import { thresholdsFor } from "./policy.js";

/** Severity order: the primary category of a rejection is the most severe one that crossed the reject threshold. */
const SEVERITY: readonly Category[] = [
  "threat",
  "identity_abuse",
  "personal_attack",
  "promotion",
  "vulgarity",
  "profanity",
  "off_topic",
];

const MAX_EVIDENCE = 50;

/**
 * Someone a comment could insult: the reader, a pronoun for a person, a role, a group of people, an @reply or a
 * capitalised word inside a sentence. Without any, "this policy is idiotic" and "stupid decision" criticise ideas.
 */
const PERSON_PRESENT =
  /\b(?:you|u|ur|your|yours|yourself|ya|he|she|him|her|his|hers|himself|herself|they|them|their|author|writer|journalist|reporter|editor|columnist|commenter|commentator|poster|op|minister|pm|president|premier|mp|mps|senator|mayor|governor|judge|leader|candidate|politicians?|guy|guys|man|men|woman|women|girl|boy|people|folks|idiots?|morons?|liberals?|libs|conservatives?|tories|democrats?|republicans?|lefties|leftists?|snowflakes?|trolls?)\b|@\w/i;
const IDEA_WORD =
  "(?:decision|decisions|policy|policies|idea|ideas|bill|plan|plans|law|laws|deal|deals|system|process|government|party|parties|approach|strategy|budget|ruling|turnout|program|programme|regulation|regulations|rules|move|reform|proposal|scheme|spending|tax|taxes|election|campaign|war|invasion|response|situation|state of affairs)";
const IDEA_ADJ =
  "(?:stupid|idiotic|dumb|moronic|ridiculous|a disgrace|disgraceful|absurd|insane|crazy|pathetic|arrogant|corrupt|incompetent|cruel|shameful|a joke|laughable|ludicrous|asinine|braindead|brain-dead|nonsense|rubbish)";
/** An insulting word applied to an idea, a policy or an institution, with nobody in the sentence. */
const IDEA_CRITICISM = new RegExp(
  `\\b${IDEA_ADJ}\\b[^.!?]{0,25}\\b${IDEA_WORD}\\b|\\b${IDEA_WORD}\\b[^.!?]{0,25}\\b(?:is|are|was|were|looks|seems)\\b[^.!?]{0,15}\\b${IDEA_ADJ}\\b`,
  "i",
);
/** A capitalised word inside a sentence is probably a name ("Trump is an idiot" names someone). */
const NAME_LIKE = /(?:^|[^.!?\s]\s+)[A-Z][a-z]{2,}/;

interface ModelInput {
  readonly version: string;
  readonly scores: Partial<Record<Category, number>>;
  /** The general toxicity head (any abusive guideline), when the scorer provides it. */
  readonly toxicity?: number;
  /** True when the text is in a civil context where model false positives are known (war reporting). */
  readonly civilContext: boolean;
  /**
   * The identity-abuse head's reading of the text with its neutral group names taken out (group-mention.ts);
   * undefined when it names no group. Asked only where that head alone would decide.
   */
  readonly withoutGroupNames?: () => number | undefined;
}

interface MergeInput {
  readonly text: string;
  readonly findings: readonly Finding[];
  /**
   * Guidelines whose words occur in the comment only in forms the lexicon knows to be innocent ("Shiite", "Homo
   * sapiens": innocent-words.ts); the model's heads for them are heard below their hold level.
   */
  readonly innocentlyWritten?: ReadonlySet<Category>;
  /**
   * The comment praises a whole group ("I love Muslims": group-praise.ts): the identity-abuse head, which reads the
   * group's name, is heard below its hold level, as for an innocent word.
   */
  readonly praisedGroup?: boolean;
  readonly model?: ModelInput;
  readonly language: LanguageGuess;
  readonly policy: EnginePolicy;
  readonly engineVersion: string;
  /** What the comment shares with its article; absent without an article. */
  readonly article?: Relatedness;
  /**
   * Findings of the lexicon for the comment's language, when it is mostly in another language that has one and the
   * policy judges other languages; absent otherwise (such a comment is held).
   */
  readonly foreign?: readonly Finding[];
}

/**
 * The lowest rule score the model may confirm: the catch-all (0.55) included, so two independent signals agreeing
 * reject a phrasing no precise rule knows. Public-figure insults (personal_attack 0.6-0.65) are excluded: "this
 * man is an incompetent liar" is political criticism a human should judge. Measured 26 Nov 2026 (read-only,
 * ../shared): toxic Civil Comments rejected 39.2 % -> 42.4 %, clean Globe and Mail comments rejected 0.9 % ->
 * 1.0 %; every hand-written fixture set unchanged. (Including the public-figure band: 48.9 % and 1.3 %.)
 */
const CONFIRMABLE_RULE_AT = 0.55;
/** The model's off_topic head: below this a relevance rejection only holds; at or above this it confirms one. */
const CHATTER_DOUBT_BELOW = 0.25;
const CHATTER_CONFIRM_AT = 0.7;
/** Above this identity-abuse probability the war-reporting cap no longer applies. */
const CAP_EXEMPT_AT = 0.8;
/**
 * From these probabilities the war-reporting cap still lets a head hold a comment (never reject it alone).
 * Reporting and opinion about war rarely score this high; veiled calls for harm and group hatred worded with war
 * vocabulary do ("drop them over Raqqa from 10,000 feet, no parachute"). Chosen 28 Nov 2026 (seventeenth
 * session) on the unsealed sets at the knee of each sweep (threat 0.6/0.7/0.8: 42/41/34 violations held for 6/2/2
 * clean comments; identity abuse 0.5/0.6/0.7: 44/32/15 for 8/2/1; the model trained on those sets, so these are
 * optimistic) and confirmed on the sealed sets' counts (docs/engine.md).
 */
const HOLD_DESPITE_WAR_AT: Partial<Record<Category, number>> = { threat: 0.7, identity_abuse: 0.6 };
/** What the model's probability does for one head (a category it learned). */
interface HeadLevels {
  /** The model alone holds from here. */
  readonly hold: number;
  /** A hold-level rule (>= CONFIRMABLE_RULE_AT) confirmed from here rejects: two independent signals agree. */
  readonly confirm: number;
  /** Some rule evidence (>= 0.5, e.g. the catch-all or an untargeted insult) and the model from here reject. */
  readonly withEvidence?: number;
  /** The model alone rejects from here. */
  readonly alone?: number;
}

/**
 * Per head, chosen on 2,500 clean Globe and Mail comments (read-only, ../shared) and on fresh hand-written
 * sets (docs/engine.md). Shares below measured with model 2026-11-26.bca512472dbe, not re-measured for the current
 * one (all clean Globe and Mail comments rejected 2.16 % then; each retraining's figure is in docs/model.md and the
 * current one in docs/accuracy.md); a retrained model moves them, so re-measure after `npm run train`:
 * - hold: the share of those clean comments each head alone holds — profanity 1.0 %, vulgarity 2.0 %, threat
 *   2.0 %, personal_attack 5.8 % (the harsh tone of political comment), identity_abuse 3.2 %, promotion 0.4 %,
 *   off_topic 1.5 %. identity_abuse and vulgarity hold from 0.3 (0.4 until 26 Nov 2026, evening): on the eight
 *   fresh sets (3,616 comments) violations approved 6.4 -> 5.2 % (coded group abuse and innuendo the heads score
 *   0.3-0.4), clean approved 89.5 -> 88.3 %, and all 7,592 clean Globe and Mail comments approved 81.6 -> 80.3 %,
 *   affordable once comments in other languages stopped all waiting for a human. Lower levels caught a few more
 *   violations but cost clean approvals (83 % -> 81.6 %); with
 *   an earlier model (3448304027d3), threat at 0.27, vulgarity at 0.35, personal_attack at 0.45 or identity_abuse
 *   at 0.35 each caught at most one more violation of the fresh sets z+s+r (1,356 comments) for two to five clean
 *   comments held. identity_abuse holds from 0.25 since 27 Nov 2026, morning (model c528e7896ed1), chosen on
 *   eight fresh development sets (db-dj, 3,600 comments) measured before they were read, by one rule applied to
 *   every head's sweep (written down after the sweep was seen: at least one violation caught per clean comment
 *   held, all clean Globe and Mail comments still >= 80 % approved): violations approved 44 -> 37, clean
 *   approved 1,819 -> 1,813, Globe and Mail clean approved 81.07 -> 80.31 %. Threat 0.25 (3 for 12),
 *   personal_attack 0.4 (3 for 7), vulgarity 0.25 (1 for 3) and off_topic 0.45 (2 for 4) failed that rule;
 *   profanity 0.25 (1 for 0) passed, but the two together would leave Globe and Mail clean approval at 80.2 %,
 *   too near the 80 % target.
 * - confirm: 0.7 (personal_attack 0.75 since training round 11: 0.7 let it confirm 5 more clean Globe and Mail
 *   comments for 6 of ~1,400 violations of the fresh sets); heads whose scores run lower (threat, vulgarity, identity_abuse) confirm lower: violations
 *   rejected 62.5 % -> 64.5 % on a fresh set, no clean comment more rejected.
 * - alone: each head alone rejects at most ~0.25 % of the clean comments (vulgarity and profanity 0.24 %,
 *   personal_attack 0.16 %, identity_abuse, threat and promotion 0.04 %); threat and promotion were raised after a
 *   fresh set showed them rejecting clean comments ("Foster carers taking these kids on are heroes. It won't be
 *   easy." scored threat 0.84; "subscribed today" promotion 0.65); profanity (0.7 -> 0.85) when training round 8
 *   taught that head to fire on sentences with no swear word ("only 6,000 out of 1.4 million bothered to vote"):
 *   the lexicon knows swearing, so the head alone only rejects when nearly certain; identity_abuse (0.7 -> 0.75 ->
 *   0.8) after rounds 9 and 11 and vulgarity (0.75 -> 0.8) after round 10, each time all 7,592 clean Globe and
 *   Mail comments had gone over 2 % rejected (2.37 -> 1.99 %, 2.12 -> 2.05 %, 2.28 -> 2.16 % with the
 *   personal_attack confirmation above), for 2 to 7 of ~1,000-1,400 violations of the fresh sets each time.
 *   Possible only since the model learned from ~52,000 hand-written in-domain comments (data/supplement);
 *   before, a model-only rejection also hit one-word quirks ("Stupid question maybe, but ..."), which is why
 *   personal_attack still needs 0.95.
 * - withEvidence: the older path for a very confident model next to weak rule evidence (it matters where `alone`
 *   is higher, or blocked for criticism of ideas).
 */
const MODEL_LEVELS: Partial<Record<Category, HeadLevels>> = {
  profanity: { hold: 0.35, confirm: 0.7, withEvidence: 0.9, alone: 0.85 },
  vulgarity: { hold: 0.3, confirm: 0.4, withEvidence: 0.9, alone: 0.8 },
  threat: { hold: 0.3, confirm: 0.4, alone: 0.85 },
  personal_attack: { hold: 0.5, confirm: 0.75, withEvidence: 0.9, alone: 0.95 },
  identity_abuse: { hold: 0.25, confirm: 0.5, withEvidence: 0.9, alone: 0.8 },
  promotion: { hold: 0.35, confirm: 0.7, alone: 0.8 },
  off_topic: { hold: 0.5, confirm: 0.7 },
};

/** The highest level a site's `modelHoldAt` can give a head: where it rejects alone (1 if it never does). */
function modelHoldCeiling(head: Category | "toxicity"): number {
  return head === "toxicity" ? 1 : (MODEL_LEVELS[head]?.alone ?? 1);
}

/**
 * The level from which a model head alone holds a comment under `policy`: the site's `modelHoldAt`, else the head's
 * own (`TOXICITY_HOLD_AT` for the general head; 1 for a guideline with no head); never above where the head rejects
 * alone (what it would reject, it at least holds).
 */
function modelHoldLevelFor(policy: EnginePolicy, head: Category | "toxicity"): number {
  const own = head === "toxicity" ? TOXICITY_HOLD_AT : (MODEL_LEVELS[head]?.hold ?? 1);
  return Math.min(policy.modelHoldAt[head] ?? own, modelHoldCeiling(head));
}

/**
 * Rule score r and model probability m for one category -> combined score.
 * - r >= 0.8: the rule decides.
 * - a hold-level rule (0.55 <= r < 0.8, the catch-all included, public-figure insults 0.6-0.65 excluded unless
 *   a coded put-down is among the findings: `codedAttack`) confirmed by the model (m >= the head's `confirm`):
 *   raised to the reject level.
 * - some rule evidence (r >= 0.5) and m >= `withEvidence`, or m >= `alone` (not for criticism of ideas): rejected.
 * - otherwise m >= `hold` maps to a hold (0.6).
 * - civil context caps the model's contribution below the hold threshold (identity abuse only below 0.8).
 */
function combine(
  category: Category,
  r: number,
  m: number | undefined,
  civilContext: boolean,
  ideasOnly = false,
  codedAttack = false,
  holdAt = MODEL_LEVELS[category]?.hold ?? 1,
): number {
  if (m === undefined) return r;
  // Criticism of ideas is welcome: an insult word on a policy with nobody in the text to insult; the model alone
  // (a word-level learner that fires on "stupid", "disgrace") cannot hold it as a personal attack.
  if (category === "personal_attack" && ideasOnly && r < 0.5) return Math.max(r, Math.min(m, 0.45));
  const levels = MODEL_LEVELS[category];
  if (levels === undefined) return r;
  // A very confident identity-abuse score is not war reporting ("every mosque is a terror factory").
  const capped =
    civilContext &&
    (category === "threat" ||
      category === "personal_attack" ||
      (category === "identity_abuse" && m < CAP_EXEMPT_AT));
  if (r >= 0.8) return r;
  if (capped && m >= (HOLD_DESPITE_WAR_AT[category] ?? Number.POSITIVE_INFINITY)) return Math.max(r, 0.6);
  // Public-figure insults (0.6 up to 0.65) are a human's call: the model does not confirm that band. A coded
  // put-down ("lights on but nobody home", held at 0.6 too) is not one of them: the model may confirm it (27 Nov
  // 2026, eighth session: 55 held violations rejected, no clean comment changed on 108,302 unsealed labelled ones).
  const publicFigureBand = category === "personal_attack" && r >= 0.6 && r < 0.65 && !codedAttack;
  if (!capped && r >= CONFIRMABLE_RULE_AT && !publicFigureBand && m >= levels.confirm)
    return Math.max(r, 0.85);
  if (!capped && r >= 0.5 && levels.withEvidence !== undefined && m >= levels.withEvidence) return 0.85;
  if (!capped && !ideasOnly && levels.alone !== undefined && m >= levels.alone) return Math.max(r, 0.85);
  let fromModel = 0;
  if (!capped && m >= holdAt) {
    fromModel = 0.6;
  } else {
    fromModel = Math.min(m, 0.45) * (capped ? 0.5 : 1);
  }
  return Math.max(r, fromModel);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Most severe guideline first. */
function bySeverity(a: Category, b: Category): number {
  return SEVERITY.indexOf(a) - SEVERITY.indexOf(b);
}

/** Findings as evidence: in text order (the stronger first at one place), at most MAX_EVIDENCE, scores rounded. */
function evidenceOf(findings: readonly Finding[]): Finding[] {
  return [...findings]
    .sort((a, b) => a.start - b.start || b.score - a.score)
    .slice(0, MAX_EVIDENCE)
    .map((f) => ({ ...f, score: round(f.score) }));
}

function isRelevanceRule(rule: string): boolean {
  return RELEVANCE_RULES.has(rule);
}

/**
 * Relevance (nothing shared with the article) and the model's off_topic head (reads as everyday chatter) are
 * independent signals. Unrelated words alone (one off-domain word: "throw away the key") with no chatter only
 * hold; sharing nothing with the article and reading as chatter rejects; merely uncertain relevance that does not
 * read as chatter at all is let through.
 */
function relevanceWithChatter(relevance: number, chatter: number | undefined): number {
  if (chatter === undefined) return relevance;
  if (relevance >= 0.8 && chatter < CHATTER_DOUBT_BELOW) return 0.6;
  // Only uncertain on relevance and read as news talk, not chatter: not worth a moderator's time (26 Nov 2026, every
  // fresh set: 31 clean comments no longer held, no off-topic violation approved). Text with few English words keeps
  // its hold (the relevance detector names it RELEVANCE_RULE.uncertainLanguage).
  if (relevance < 0.8 && chatter < CHATTER_DOUBT_BELOW) return Math.min(relevance, 0.45);
  if (relevance >= 0.5 && chatter >= CHATTER_CONFIRM_AT) return Math.max(relevance, 0.85);
  return relevance;
}

/**
 * What a relevance finding counts for. A reply to a reader only ever holds, and so does uncertain relevance of a
 * text with few English words (perhaps a language the guesser missed: the chatter head cannot read it). A
 * noticeboard request sharing nothing with the story needs no chatter to confirm it (sharing only a place's name,
 * the chatter head must not doubt it); under an everyday article (a festival, a match), where chatter is often on
 * topic, it rejects only when the chatter head is as sure as it must be to reject alone.
 */
function relevanceScore(f: Finding, chatter: number | undefined, everydayArticle: boolean): number {
  if (f.rule === RELEVANCE_RULE.reply || f.rule === RELEVANCE_RULE.uncertainLanguage) return f.score;
  // Pointing back at the story ("whoever did this should be ashamed") answers it: chatter can lower it, never raise
  // it (its score is below CONFIRMABLE_RULE_AT, so the chatter head cannot confirm it either).
  if (f.rule === RELEVANCE_RULE.pointsAtStory)
    return everydayArticle ? f.score : Math.min(relevanceWithChatter(f.score, chatter), f.score);
  if (f.rule === RELEVANCE_RULE.requestNamingPlace && (chatter ?? 0) < CHATTER_DOUBT_BELOW)
    return Math.min(f.score, 0.6);
  if (f.rule === RELEVANCE_RULE.request || f.rule === RELEVANCE_RULE.requestNamingPlace)
    return !everydayArticle || (chatter ?? 0) >= CHATTER_ALONE_AT ? f.score : Math.min(f.score, 0.6);
  return everydayArticle ? Math.min(f.score, 0.6) : relevanceWithChatter(f.score, chatter);
}

/** Whether a category other than `except` is at or above its hold threshold under `policy`. */
function anyHolds(score: (c: Category) => number, policy: EnginePolicy, except?: Category): boolean {
  return CATEGORIES.some((c) => c !== except && score(c) >= thresholdsFor(policy, c).hold);
}

/**
 * The chatter head alone rejects only far above where clean comments reach, under a news article, and when the
 * comment has words (3+ content stems) and shares at most one of them with the article or news talk. Measured
 * 26 Nov 2026: on z+s (900 comments) clean comments' chatter reached 0.86; from 0.9 this rejected 5 off-topic
 * comments more and no clean one; on SFU (902 clean Globe and Mail comments under their article titles) none, where
 * without the 3-stem floor it rejected "Happy days are here again." under an election story.
 */
const CHATTER_ALONE_AT = 0.9;
function chatterUnrelated(
  model: ModelInput | undefined,
  article: Relatedness | undefined,
  scores: Partial<Record<Category, number>>,
  policy: EnginePolicy,
): boolean {
  if (!model || !article || article.everydayArticle || article.reply || article.pointsAtStory) return false;
  if (article.related > 1 || article.stems < 3 || (model.scores.off_topic ?? 0) < CHATTER_ALONE_AT)
    return false;
  return !anyHolds((c) => scores[c] ?? 0, policy, "off_topic");
}

/**
 * Two different hold-level rules of one guideline in one comment are two independent signals agreeing, like a
 * rule the model confirms: "Stanbury's turning into a little Baghdad" (coded) and "not ours any more" (coded).
 * Only for the guidelines where it was measured to hold: on every fresh and fixture set and the UCC clean
 * comments (26 Nov 2026), two such rules met in 26 held identity-abuse, threat and vulgarity violations and in no
 * clean comment; for personal attacks they met in 6 clean UCC comments (an insult word and a reply), so not there.
 * They must read different words of the comment; the catch-all and other-language rules are not independent
 * enough to count.
 */
const CORROBORATED_SCORE = 0.85;
const CORROBORABLE: ReadonlySet<Category> = new Set(["identity_abuse", "threat", "vulgarity"]);
function corroborated(findings: readonly Finding[]): Category[] {
  const held = findings.filter(
    (f) =>
      CORROBORABLE.has(f.category) &&
      f.score >= CONFIRMABLE_RULE_AT &&
      f.score < 0.8 &&
      !/^(?:suspicion|foreign|model)\./.test(f.rule),
  );
  // One rule written once per subtype ("identity_abuse.racism.x", "identity_abuse.xenophobia.x") is one rule.
  const ruleOf = (f: Finding) =>
    f.rule.replace(/\.(?:xenophobia|racism|religious_hatred|sexism|homophobia|disability)\./, ".");
  const out = new Set<Category>();
  // Pairs read different words: two readings of the same ones ("they breed like", "breed like rats") are one.
  for (const a of held)
    for (const b of held)
      if (a.category === b.category && ruleOf(a) < ruleOf(b) && (a.end <= b.start || b.end <= a.start))
        out.add(a.category);
  return [...out];
}

/**
 * Two corrections of the raw maxima, both about naming the right guideline:
 * - an insult that IS a swear word ("Wanker.", "scumbag motherfuckers") is profanity first: the personal-attack
 *   findings all lie inside profanity findings, so personal_attack is kept only as a hold-level second category;
 * - "unrelated to the article" must not outrank abuse: when another guideline holds, relevance only holds too.
 * Under an article about an everyday topic, relevance findings only hold (`everydayArticle`).
 */
function ruleScoresOf(
  findings: readonly Finding[],
  policy: EnginePolicy,
  chatter?: number,
  everydayArticle = false,
): Map<Category, number> {
  const scores = new Map<Category, number>();
  for (const f of findings) {
    const score = isRelevanceRule(f.rule) ? relevanceScore(f, chatter, everydayArticle) : f.score;
    scores.set(f.category, Math.max(scores.get(f.category) ?? 0, score));
  }
  for (const c of corroborated(findings)) scores.set(c, Math.max(scores.get(c) ?? 0, CORROBORATED_SCORE));
  const swearSpans = findings.filter(
    (f) => (f.category === "profanity" || f.category === "vulgarity") && f.score >= 0.8,
  );
  const attacks = findings.filter((f) => f.category === "personal_attack" && f.score >= 0.8);
  if (
    attacks.length > 0 &&
    swearSpans.length > 0 &&
    attacks.every(
      (a) => swearSpans.some((s) => s.start <= a.start + 1 && s.end >= a.end - 1) || a.end - a.start <= 1,
    )
  ) {
    scores.set("personal_attack", Math.min(scores.get("personal_attack") ?? 0, 0.79));
  }
  const relevanceOnly = findings
    .filter((f) => f.category === "off_topic")
    .every((f) => isRelevanceRule(f.rule));
  const otherHolds = anyHolds((c) => scores.get(c) ?? 0, policy, "off_topic");
  if (relevanceOnly && otherHolds && (scores.get("off_topic") ?? 0) > 0) {
    scores.set("off_topic", Math.min(scores.get("off_topic") ?? 0, 0.6));
  }
  return scores;
}

/**
 * The general toxicity head learned from the positives of every abusive guideline, so it notices abuse no single
 * head is sure of. When it is very high and nothing else holds, the comment is held under the abusive guideline the
 * model ranks highest. Measured on comments the engine approved: 7 of 2,127 clean Globe and Mail comments held
 * (0.3 %) for 28 of 291 toxic Civil Comments (10 %).
 */
const TOXICITY_HOLD_AT = 0.85;

/**
 * Two model heads agreeing: a held abusive category whose own head is at its hold level, and the general toxicity
 * head all but certain (>= 0.97), rejects. At 0.95 it first rejected 2 of 2,500 clean Globe and Mail comments
 * (0.08 %) for 78 of 2,000 toxic Civil Comments (3.9 %); after training rounds 7-9 the head runs higher, and 0.95
 * rejected 24 of all 7,592 clean ones. 0.97 rejects 22 fewer of those for 5 fewer of ~1,000 violations in the fresh
 * sets z, s, r, t and o.
 */
const TOXICITY_CONFIRM_AT = 0.97;

/** The general toxicity head at or above `level`, outside a civil context (war reporting). */
function toxicAtLeast(model: ModelInput | undefined, level: number): model is ModelInput {
  return model !== undefined && (model.toxicity ?? 0) >= level && !model.civilContext;
}

/**
 * The held category the general head confirms to a rejection (TOXICITY_CONFIRM_AT): only the one its own head ranks
 * highest, so that the rejection names the right guideline; none where `needsRule` says a rule must speak first.
 */
function toxicityConfirms(
  model: ModelInput | undefined,
  scores: Partial<Record<Category, number>>,
  policy: EnginePolicy,
  cited: ReadonlySet<Category> = new Set(),
  needsRule: (c: Category) => boolean = () => false,
): Category | undefined {
  if (!toxicAtLeast(model, TOXICITY_CONFIRM_AT)) return undefined;
  return topAbusiveHead(model, (c) => {
    const levels = MODEL_LEVELS[c];
    return (
      levels !== undefined &&
      !cited.has(c) &&
      !needsRule(c) &&
      (model.scores[c] ?? 0) >= modelHoldLevelFor(policy, c) &&
      (scores[c] ?? 0) >= thresholdsFor(policy, c).hold
    );
  });
}

/** The abusive guideline whose model head scores highest among those `eligible` (the most severe on a tie). */
function topAbusiveHead(
  model: ModelInput,
  eligible: (c: Category) => boolean = () => true,
): Category | undefined {
  let best: Category | undefined;
  for (const c of ABUSIVE_HEADS) {
    if (!eligible(c)) continue;
    if (best === undefined || (model.scores[c] ?? 0) > (model.scores[best] ?? 0)) best = c;
  }
  return best;
}

function toxicityHold(
  model: ModelInput | undefined,
  scores: Partial<Record<Category, number>>,
  policy: EnginePolicy,
): Category | undefined {
  if (!toxicAtLeast(model, modelHoldLevelFor(policy, "toxicity"))) return;
  if (anyHolds((c) => scores[c] ?? 0, policy)) return;
  return topAbusiveHead(model);
}

/**
 * Whether `combine` can give another score with `ideasOnly` true than false: only for a head at or above its
 * `alone` level, or for personal_attack from 0.45 (below it, and outside civil context, both paths give
 * max(r, m)) or in civil context (where the cap halves the model's share).
 */
function ideasCanMatter(model: ModelInput): boolean {
  for (const c of CATEGORIES) {
    const m = model.scores[c];
    if (m === undefined) continue;
    if (c === "personal_attack" && (m >= 0.45 || model.civilContext)) return true;
    const alone = MODEL_LEVELS[c]?.alone;
    if (alone !== undefined && m >= alone) return true;
  }
  return false;
}

/** Fewer words than this say too little in a language the engine reads only by its lexicon. */
const OTHER_LANGUAGE_MIN_WORDS = 3;

/**
 * A comment mostly in another language with a lexicon: English rules and the model (trained on English) never
 * reject it. Its own lexicon rejects (a `reject` term) or holds (a `hold` term); an English rule that holds (a link,
 * a phone number, an English swearword) holds it; otherwise it is approved. Relevance is not judged: the article is
 * in English and shares no words with it. Too short to read: held.
 */
function judgeOtherLanguage(
  text: string,
  findings: readonly Finding[],
  foreign: readonly Finding[],
  policy: EnginePolicy,
  engineVersion: string,
): Judgement {
  const english = findings.filter((f) => !isRelevanceRule(f.rule));
  const scores: Partial<Record<Category, number>> = {};
  for (const f of [...english, ...foreign])
    scores[f.category] = Math.max(scores[f.category] ?? 0, round(f.score));
  const base = { scores, evidence: evidenceOf([...english, ...foreign]), engineVersion };
  const rejects = new Set<Category>();
  const holds = new Set<Category>();
  for (const f of foreign) {
    const t = thresholdsFor(policy, f.category);
    if (f.score >= t.reject) rejects.add(f.category);
    else if (f.score >= t.hold) holds.add(f.category);
  }
  for (const f of english) if (f.score >= thresholdsFor(policy, f.category).hold) holds.add(f.category);
  if (rejects.size > 0) {
    const rest = [...holds].filter((c) => !rejects.has(c)).sort(bySeverity);
    return {
      ...base,
      decision: "rejected",
      categories: [...[...rejects].sort(bySeverity), ...rest],
      reasonCode: "violation",
    };
  }
  if (holds.size > 0)
    return {
      ...base,
      decision: "pending",
      categories: [...holds].sort(bySeverity),
      reasonCode: "non_english",
    };
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < OTHER_LANGUAGE_MIN_WORDS)
    return { ...base, decision: "pending", categories: [], reasonCode: "non_english" };
  if (policy.mode === "hold-everything")
    return { ...base, decision: "pending", categories: [], reasonCode: "hold_everything" };
  return { ...base, decision: "approved", categories: [], reasonCode: "clean" };
}

/**
 * Catch-all cues too common in civil comments to hold one on their own: a person's home or family, violent
 * words near a person, menacing words. Measured 26 Nov 2026 on every fresh set (11,273 comments): alone they held
 * 45 clean comments ("Why does the Herald print his street? His kids live there too") for 2 violations, so
 * they now count only when the model confirms them (to a rejection) and otherwise the model decides alone.
 */
const UNCONFIRMED_ALONE: ReadonlySet<string> = new Set([
  "suspicion.personal-sphere",
  "suspicion.violence-at-person",
  "suspicion.menace-words",
]);
/**
 * Catch-all cues that hold a comment only with some support from the model: an insult word near a person or
 * anywhere in a reply, an untargeted insult, a dismissal, hostile words about a group, a stereotype or sweeping
 * claim, violent or menacing words near a role, "just saying", a slur quoted. Measured 27 Nov 2026 on the
 * unsealed labelled comments (the fresh sets not sealed, the fixtures, the 7,592 clean Globe and Mail comments):
 * held by the first four alone, with every abusive head of the model under 0.2, were 545 clean comments ("You can
 * fool some of the people some of the time...") and no violation; by the rest, 380 clean comments and 5
 * violations (two of which rules now catch: "brown hordes", "a sniper would be cheaper than the court"). The
 * violations they hold have a head at 0.2 or more, often muted by war vocabulary ("a terrorist-hugging parasite":
 * personal attack 0.99), so the raw probabilities are read; vulgarity counts, as "just saying" closes innuendo.
 */
const NEEDS_MODEL_SUPPORT: ReadonlySet<string> = new Set([
  "suspicion.insult-near-person",
  "suspicion.dismissal",
  "suspicion.hostile-about-group",
  "personal_attack.reply-with-insult-word",
  "suspicion.veiled-menace",
  "suspicion.violence-near-role",
  "suspicion.menace-near-role",
  "suspicion.group-stereotype",
  "suspicion.sweeping-generalisation",
  "personal_attack.untargeted-insult",
  "identity_abuse.slur.cited",
]);
const MODEL_SUPPORT_AT = 0.2;

/** The model's strongest abusive reading, before any muting by context. */
function abusiveSupport(model: ModelInput): number {
  return Math.max(
    model.scores.personal_attack ?? 0,
    model.scores.identity_abuse ?? 0,
    model.scores.threat ?? 0,
    model.scores.vulgarity ?? 0,
  );
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Whether the rule findings (0.5 and above) of category `c` are all among `cues` or `alongside`, and at least one is
 * among `cues`.
 */
function onlyCues(
  findings: readonly Finding[],
  c: Category,
  cues: ReadonlySet<string>,
  alongside: ReadonlySet<string> = NONE,
): boolean {
  let any = false;
  for (const f of findings) {
    if (f.category !== c || f.score < 0.5) continue;
    if (cues.has(f.rule)) any = true;
    else if (!alongside.has(f.rule)) return false;
  }
  return any;
}

/**
 * The promotion head reads any link as an advert ("See https://www.bbc.co.uk/news/... for the full report" scored
 * 0.85). When every link is to an allowed source and no promotion rule fired, the link explains the score: it is
 * heard below the head's hold level.
 */
const SOURCE_CITED_MODEL_CAP = 0.3;
/** Links to stories on sites the policy does not list, and nothing else promotional: the model only holds. */
const ARTICLE_ONLY: ReadonlySet<string> = new Set([ARTICLE_LINK]);

/** A head's cap where a word the lexicon knows to be innocent carries its guideline's letters: below every hold. */
const INNOCENT_WORD_MODEL_CAP = 0.2;

/**
 * From this many words a comment is long enough for the model's worst-sentence reading to find a spurious high
 * score somewhere ("just walk out your office or hotel and hail one to find out." scored threat 0.96 in a comment
 * about taxis): with no rule finding that guideline, the model alone holds it for a human instead of rejecting.
 * Measured 28 Nov 2026 (thirteenth session): see docs/engine.md.
 */
const LONG_COMMENT_WORDS = 40;

/** At most two words: too little text for the model's swearing heads to reject alone. */
const FEW_WORDS = /^\s*\S+(?:\s+\S+)?\s*$/;

/**
 * The abusive guidelines the model may only hold, not reject, because the comment's swearing or threat is cited.
 * When every profanity, vulgarity or threat finding is cited (`.cited`, citation.ts and threat.ts: quoted or
 * reported, not used), that guideline is in the set, and so is every abusive guideline with no rule finding of its
 * own: the model's heads confuse them on the same quoted words.
 */
function citedOnly(findings: readonly Finding[]): ReadonlySet<Category> {
  const cited = new Set<Category>();
  const citable = ["profanity", "vulgarity", "threat"] as const;
  const own = (c: Category) => findings.filter((f) => f.category === c);
  for (const c of citable) {
    const mine = own(c);
    if (mine.length > 0 && mine.every((f) => f.rule.endsWith(".cited"))) cited.add(c);
  }
  if (cited.size === 0) return cited;
  // Every abusive head with no rule finding of its own reads the same quoted word ("a bloke going 'oh sh*t'"
  // scored as an attack on someone): it may hold, not reject.
  for (const c of ABUSIVE_HEADS) if (own(c).length === 0) cited.add(c);
  return cited;
}

/** Whether a rule found something of `category` worth reporting (findings are rules' only; the model's are not). */
function ruleFound(findings: readonly Finding[], category: Category): boolean {
  return findings.some((f) => f.category === category && f.score >= 0.5);
}

/**
 * A word disguised from filters (detectors/disguise.ts) holds its comment at the policy's hold level and does
 * nothing else: the guideline it names is a guess from the word, so it is not a rule finding the model could
 * confirm to a rejection, nor one that exempts the comment from the model's caps. Measured 28 Nov 2026 with it
 * counted as a rule: a disguised "G o o d n i g h t" and the model's hold-level reading of a text message rejected
 * it as a personal attack.
 */
function merge(input: MergeInput): Judgement {
  const { policy, language, engineVersion } = input;
  const findings = input.findings.filter((f) => f.rule !== DISGUISED_WORD);
  // Only where no rule read the word: "sh1t" is the lexicon's, and its guideline is known.
  const disguised = new Set(
    input.findings
      .filter(
        (d) =>
          d.rule === DISGUISED_WORD &&
          !findings.some((f) => f.score >= 0.5 && f.start < d.end && d.start < f.end),
      )
      .map((d) => d.category),
  );
  const model = input.model;
  // Under an article about an everyday topic (football, a festival), everyday words and chatter are often on
  // topic: relevance and chatter may hold a comment there, never reject it.
  const everydayArticle = input.article?.everydayArticle ?? false;
  const thinArticle = input.article?.thinArticle ?? false;
  const ruleScores = ruleScoresOf(findings, policy, model?.scores.off_topic, everydayArticle);
  // Only the model's scores are read against it (see `combine`): a rules-only engine skips the tests, and so
  // does a comment whose scores it cannot change.
  const ideasOnly =
    model !== undefined &&
    ideasCanMatter(model) &&
    IDEA_CRITICISM.test(input.text) &&
    !PERSON_PRESENT.test(input.text) &&
    !NAME_LIKE.test(input.text.replace(/^\s*[A-Z][a-z]+/, ""));

  const scores: Partial<Record<Category, number>> = {};
  const cited = citedOnly(findings);
  const fewWords = FEW_WORDS.test(input.text);
  const longComment =
    model !== undefined && countWords(input.text.toLowerCase(), LONG_COMMENT_WORDS) >= LONG_COMMENT_WORDS;
  // Where no rule found the guideline, the model alone may only hold: in a long comment (any head), and where the
  // identity head's verdict rests on a group's name (without the names it would not confirm a rule). Measured 28
  // Nov 2026 (twenty-second session): unsealed violations rejected 84.36 -> 84.03 %, the 176 all held, none
  // approved; Globe and Mail clean comments rejected 206 -> 198, SFU 39 -> 38; pooled public identity-abuse F1
  // 0.473 -> 0.465. Taking out country names as well changed nothing.
  let mentionOnly: boolean | undefined;
  const groupMentionOnly = () => {
    mentionOnly ??= (model?.withoutGroupNames?.() ?? 1) < (MODEL_LEVELS.identity_abuse?.confirm ?? 0);
    return mentionOnly;
  };
  const longAndUnruled = (c: Category) => longComment && !ruleFound(findings, c);
  const nameOnly = (c: Category) => c === "identity_abuse" && !ruleFound(findings, c) && groupMentionOnly();
  // Set where identity abuse would have been rejected but was held because the verdict rests on a name (below).
  let heldForName = false;
  const unsupported = model !== undefined && abusiveSupport(model) < MODEL_SUPPORT_AT;
  const sourceOnly =
    findings.some((f) => f.rule === ALLOWED_SOURCE) &&
    !findings.some((f) => f.category === "promotion" && f.score > 0);
  // A word carrying a swearword's or a slur's letters that the lexicon knows to be innocent ("Shiite", "Harshit",
  // "Homo sapiens") explains that guideline's head's score when no rule found anything there: the model's n-grams
  // read the letters, not the word.
  const innocent = (c: Category) =>
    ((input.innocentlyWritten?.has(c) ?? false) || (c === "identity_abuse" && input.praisedGroup === true)) &&
    !ruleFound(findings, c);
  const codedAttack = findings.some(
    (f) => f.rule.startsWith("personal_attack.coded.") && !f.rule.endsWith(".cited"),
  );
  for (const c of CATEGORIES) {
    const m = model?.scores[c];
    // The model may hold but not reject: chatter under an everyday article, and a swear word quoted, reported or
    // condemned ("someone sprayed 'NHS BOSSES ARE C***S' on the wall": the model reads the word, not the quotes).
    // And swearing read in one or two words with no swearword found: the model's letter n-grams see "hell" in
    // "hello" and sex in "bump"; a word list finds real one-word swearing.
    const holdsOnly =
      (c === "off_topic" && everydayArticle) ||
      (c === "promotion" && onlyCues(findings, c, ARTICLE_ONLY)) ||
      cited.has(c) ||
      (fewWords && (c === "profanity" || c === "vulgarity") && !ruleFound(findings, c));
    // Where something else explains the head's score, it is heard no higher than a cap.
    const cap =
      c === "promotion" && sourceOnly
        ? SOURCE_CITED_MODEL_CAP
        : innocent(c)
          ? INNOCENT_WORD_MODEL_CAP
          : holdsOnly
            ? (MODEL_LEVELS[c]?.hold ?? 0.5)
            : 1;
    const heard = m === undefined ? m : Math.min(m, cap);
    const civil = model?.civilContext ?? false;
    const holdAt = modelHoldLevelFor(policy, c);
    let s = combine(c, ruleScores.get(c) ?? 0, heard, civil, ideasOnly, codedAttack, holdAt);
    // The catch-all's weakest cues count only when the model confirms them, its insult cues only when the model
    // supports them; otherwise the model decides alone.
    if (
      s < 0.8 &&
      model !== undefined &&
      (onlyCues(findings, c, UNCONFIRMED_ALONE) ||
        (unsupported && onlyCues(findings, c, NEEDS_MODEL_SUPPORT, UNCONFIRMED_ALONE)))
    )
      s = combine(c, 0, heard, civil, ideasOnly, false, holdAt);
    // A long comment, or a group merely named, that the model alone would reject under this guideline is held.
    if (s >= 0.8 && longAndUnruled(c)) s = Math.min(s, 0.6);
    else if (s >= 0.8 && nameOnly(c)) {
      heldForName = true;
      s = Math.min(s, 0.6);
    }
    // Under a headline alone, sharing no word with it is uncertain relevance: held, never rejected.
    if (c === "off_topic" && thinArticle && onlyCues(findings, c, RELEVANCE_RULES)) s = Math.min(s, 0.6);
    scores[c] = round(Math.min(1, Math.max(0, s)));
  }

  const evidence = evidenceOf(input.findings);
  if (chatterUnrelated(model, input.article, scores, policy)) {
    scores.off_topic = Math.max(scores.off_topic ?? 0, 0.85);
    evidence.push({
      category: "off_topic",
      start: 0,
      end: input.text.length,
      rule: "off_topic.chatter-unrelated-to-article",
      score: round(model?.scores.off_topic ?? 0),
    });
  }
  // After the chatter test: a disguised word must not keep junk ("h3ll0 everyone!!") from being off topic.
  for (const c of disguised) scores[c] = Math.max(scores[c] ?? 0, thresholdsFor(policy, c).hold);
  // The general head hears the name too ("Muslims pray five times a day, bloody hell." 0.99): where it would confirm
  // identity abuse on a name alone, it confirms the next guideline instead, and identity abuse only as below.
  let confirmed = toxicityConfirms(model, scores, policy, cited, longAndUnruled);
  if (confirmed !== undefined && nameOnly(confirmed)) {
    heldForName = true;
    confirmed = toxicityConfirms(model, scores, policy, cited, (c) => longAndUnruled(c) || nameOnly(c));
  }
  if (confirmed !== undefined && (scores[confirmed] ?? 0) < 0.85) scores[confirmed] = 0.85;
  const toxicHead = toxicityHold(model, scores, policy);
  // The general head reads the same letters: it holds nothing for swearing written only innocently ("Shiite"),
  // nor for a group praised ("you and all the other Muslims are a blessing to society").
  const generallyToxic =
    ((toxicHead === "profanity" || toxicHead === "vulgarity") && innocent(toxicHead)) ||
    // Praise only: an identity word written innocently ("Homo sapiens") keeps this hold.
    (toxicHead === "identity_abuse" && input.praisedGroup === true && !ruleFound(findings, toxicHead))
      ? undefined
      : toxicHead;
  if (generallyToxic) {
    scores[generallyToxic] = Math.max(scores[generallyToxic] ?? 0, 0.6);
    evidence.push({
      category: generallyToxic,
      start: 0,
      end: input.text.length,
      rule: toxicityRule(model?.version ?? ""),
      score: round(model?.toxicity ?? 0),
    });
  }
  if (model) {
    for (const c of CATEGORIES) {
      const m = model.scores[c];
      // From the head's hold level (0.3 for threat), or the site's if lower: a comment held by the model alone shows
      // why.
      const shownFrom = Math.min(0.5, MODEL_LEVELS[c]?.hold ?? 0.5, modelHoldLevelFor(policy, c));
      if (m !== undefined && m >= shownFrom && (ruleScores.get(c) ?? 0) < 0.8) {
        evidence.push({
          category: c,
          start: 0,
          end: input.text.length,
          rule: modelRule(model.version),
          score: round(m),
        });
      }
    }
  }

  // Identity abuse held because the model heard only a group's name is rejected after all when the comment insults or
  // threatens: next to the name, that is aimed at the group ("Immigrants like you are just pathetic."). Swearing, a
  // link or off-topic chatter next to a neutral mention says nothing about the group.
  if (
    heldForName &&
    (["personal_attack", "threat"] as const).some((c) => (scores[c] ?? 0) >= thresholdsFor(policy, c).reject)
  )
    scores.identity_abuse = Math.max(scores.identity_abuse ?? 0, 0.85);

  const rejectCats: Category[] = [];
  const holdCats: Category[] = [];
  for (const c of CATEGORIES) {
    const s = scores[c] ?? 0;
    if (s <= 0) continue;
    const t = thresholdsFor(policy, c);
    if (s >= t.hold) holdCats.push(c);
    if (s >= t.reject) rejectCats.push(c);
  }
  const byScore = (a: Category, b: Category) => (scores[b] ?? 0) - (scores[a] ?? 0) || bySeverity(a, b);

  const base = { scores, evidence, engineVersion };
  const blocked = findings.some((f) => f.rule === "policy.block-list");

  if (!language.english && !blocked) {
    if (input.foreign !== undefined)
      return judgeOtherLanguage(input.text, findings, input.foreign, policy, engineVersion);
    return { ...base, decision: "pending", categories: holdCats.sort(byScore), reasonCode: "non_english" };
  }
  if (rejectCats.length > 0) {
    // Profanity is a matter of words, and the model's profanity head also fires on insults with none (its Davidson
    // labels call any offensive tweet that): at hold level it adds "profanity" beside another guideline's
    // rejection only where a rule found swearing. Measured 27 Nov 2026 (twelfth session) on the public held-out
    // sets: profanity F1 0.786 -> 0.795 pooled, Toxic Spans 0.312 -> 0.381; no decision changes.
    const rest = holdCats
      .filter((c) => !rejectCats.includes(c) && (c !== "profanity" || ruleFound(findings, c)))
      .sort(byScore);
    // Off-topic is only named when nothing else was broken: abuse is the reason, not its relevance.
    const primary = rejectCats.sort(bySeverity);
    const categories = [...primary, ...rest];
    const named = primary.some((c) => c !== "off_topic")
      ? categories.filter((c) => c !== "off_topic")
      : categories;
    return {
      ...base,
      decision: "rejected",
      categories: named.length > 0 ? named : categories,
      reasonCode: blocked ? "site_block_list" : "violation",
    };
  }
  if (holdCats.length > 0) {
    return { ...base, decision: "pending", categories: holdCats.sort(byScore), reasonCode: "uncertain" };
  }
  if (policy.mode === "hold-everything") {
    return { ...base, decision: "pending", categories: [], reasonCode: "hold_everything" };
  }
  return { ...base, decision: "approved", categories: [], reasonCode: "clean" };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(IDEA_CRITICISM, PERSON_PRESENT);

export type { MergeInput, ModelInput };
export {
  combine,
  ideasCanMatter,
  merge,
  modelHoldCeiling,
  modelHoldLevelFor,
  relevanceWithChatter,
  SEVERITY,
};
