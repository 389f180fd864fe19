/**
 * What a site's moderators decided against what the worker proposed, from the stored records: the evidence a site
 * needs to set its policy's thresholds on its own readers rather than on ours. Pure: records in, a report out.
 *
 * Only comments a moderator decided count (`decidedBy: "moderator"`); the worker's call is its last history entry
 * before the moderator's. Moderators mostly see what the worker held, so these figures describe the uncertain
 * middle and the decisions moderators reversed, not the engine's accuracy on all comments.
 */
import type { Category } from "../../functions/domain/categories.js";
import { CATEGORIES } from "../../functions/domain/categories.js";
import type { CommentRecord, CommentStatus, HistoryEntry } from "../../functions/domain/schemas.js";
import { ARTICLE_LINK } from "../../functions/engine/detectors/promotion.js";
import { modelHoldCeiling, modelHoldLevelFor } from "../../functions/engine/merge.js";
import { modelEvidenceKind } from "../../functions/engine/model-evidence.js";
import type { EnginePolicy } from "../../functions/engine/policy.js";
import { thresholdsFor } from "../../functions/engine/policy.js";
import { canonicalTerm } from "../../functions/engine/site-terms.js";
import type { FixtureLine } from "./fixture-targets.js";

type FinalStatus = Exclude<CommentStatus, "pending">;

/** One comment a moderator decided, reduced to what the report compares. */
interface Decided {
  readonly record: CommentRecord;
  readonly worker: CommentStatus;
  /** The guidelines the worker named (held under, or rejected for). */
  readonly workerCategories: readonly Category[];
  readonly moderator: FinalStatus;
  /** The guidelines the moderator's rejection names (their reason, else the engine's); empty for an approval. */
  readonly moderatorCategories: readonly Category[];
}

/** Held comments of one guideline and how moderators decided them. */
interface HeldRow {
  readonly category: Category;
  readonly held: number;
  readonly approved: number;
  readonly rejected: number;
}

/**
 * What raising one guideline's hold level would have done to comments held under that guideline alone, for every
 * level from `from` to `to` (consecutive levels with the same outcome are one step: the engine's scores are
 * coarse, most held comments score 0.6).
 */
interface HoldLevelStep {
  readonly from: number;
  readonly to: number;
  /** Held comments moderators approved that this level would have published. */
  readonly publishedApproved: number;
  /** Held comments moderators rejected that this level would have published. */
  readonly publishedRejected: number;
}

/** A word or phrase a rule found in comments the worker held or rejected, and how moderators decided them. */
interface AllowCandidate {
  /** As the allow list compares terms (normalised, lower case); for a link, its domain. */
  readonly term: string;
  /** The policy setting that would let it through: the allow list, or the allowed link domains for a link. */
  readonly setting: "allowList" | "allowedLinkDomains";
  readonly category: Category;
  readonly approved: number;
  readonly rejected: number;
}

interface HoldLevelOption {
  readonly category: Category;
  readonly current: number;
  readonly reject: number;
  /** Comments held under this guideline and no other. */
  readonly heldAlone: number;
  readonly steps: readonly HoldLevelStep[];
}

/** A model head a site tunes with `modelHoldAt`: a guideline's own head, or the general `toxicity` head. */
type ModelHead = Category | "toxicity";

/**
 * What raising one model head's `modelHoldAt` would have done to the comments it alone held (held under one
 * guideline, with no rule's finding there), read from the probability stored as the model's evidence. Unlike
 * the hold thresholds these levels are fine-grained: the model's probabilities are not coarse steps.
 */
interface ModelHoldOption {
  readonly head: ModelHead;
  readonly current: number;
  readonly heldByModelAlone: number;
  readonly steps: readonly HoldLevelStep[];
}

/** A comment shown as an example: no author details, which the report has no need of. */
interface ReportExample {
  readonly id: string;
  readonly submittedAt: string;
  readonly text: string;
  /** The worker's guidelines for a reversed rejection, the moderator's for a reversed approval. */
  readonly categories: readonly Category[];
}

interface ModerationReport {
  readonly decided: number;
  /** Earliest and latest submission among the decided comments (ISO), when any. */
  readonly submitted?: { readonly from: string; readonly to: string };
  readonly engineVersions: ReadonlyArray<readonly [string, number]>;
  /** `matrix[worker][moderator]`: how many comments. */
  readonly matrix: Readonly<Record<CommentStatus, Readonly<Record<FinalStatus, number>>>>;
  /** Held comments by the guideline they were held under (a comment counts under each it names), most first. */
  readonly held: readonly HeldRow[];
  /** Held comments that named no guideline (too short to read, another language, hold-everything...), by reason. */
  readonly heldWithoutGuideline: ReadonlyArray<{
    readonly reason: string;
    readonly held: number;
    readonly approved: number;
  }>;
  readonly holdLevels: readonly HoldLevelOption[];
  /** Per model head that alone held at least `MIN_HELD_FOR_LEVELS` comments: what raising its level publishes. */
  readonly modelHoldLevels: readonly ModelHoldOption[];
  /** Terms moderators nearly always published despite the rule that found them: candidates for `allowList`. */
  readonly allowCandidates: readonly AllowCandidate[];
  /** Worker rejections moderators approved, by the worker's first guideline. */
  readonly reversedRejections: ReadonlyArray<readonly [Category, number]>;
  /** Worker approvals moderators rejected, by the moderator's first guideline ("none" when it named none). */
  readonly reversedApprovals: ReadonlyArray<readonly [string, number]>;
  /** A few of each reversal, newest submission first, for moderators to read. */
  readonly examples: {
    readonly reversedRejections: readonly ReportExample[];
    readonly reversedApprovals: readonly ReportExample[];
  };
}

/** Fewer held comments than this under one guideline say too little to suggest its hold level. */
const MIN_HELD_FOR_LEVELS = 10;
const LEVEL_STEP = 0.05;

/**
 * An allow-list candidate: found in at least this many comments moderators published, at least this share of the
 * comments it was found in, and at most this many words (the allow list holds terms, not sentences).
 */
const ALLOW_MIN_APPROVED = 3;
const ALLOW_MIN_SHARE = 0.8;
const ALLOW_MAX_WORDS = 3;
const ALLOW_LISTED = 15;

/** The worker's last call and the moderator's decision, or undefined when a moderator has not decided it. */
function decidedOf(record: CommentRecord): Decided | undefined {
  if (record.decidedBy !== "moderator" || record.status === "pending") return undefined;
  const byModerator = record.history.findIndex((h) => h.actor.type === "moderator");
  const workerEntries = record.history
    .slice(0, byModerator < 0 ? record.history.length : byModerator)
    .filter((h) => h.actor.type === "worker");
  const worker: HistoryEntry | undefined = workerEntries[workerEntries.length - 1];
  if (!worker) return undefined;
  return {
    record,
    worker: worker.status,
    workerCategories: worker.categories,
    moderator: record.status,
    moderatorCategories: record.status === "rejected" ? record.categories : [],
  };
}

function countBy<K>(keys: readonly K[]): Array<[K, number]> {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
}

const scoreOf = (d: Decided, c: Category) => d.record.judgement.scores[c] ?? 0;
/** Levels are compared at two decimals, as scores are stored. */
const roundLevel = (x: number) => Math.round(x * 100) / 100;

function holdLevelOption(
  category: Category,
  held: readonly Decided[],
  policy: EnginePolicy,
): HoldLevelOption {
  const { hold, reject } = thresholdsFor(policy, category);
  const alone = held.filter((d) => d.workerCategories.length === 1 && d.workerCategories[0] === category);
  const rows = alone.map((d) => ({ d, p: scoreOf(d, category) }));
  return {
    category,
    current: hold,
    reject,
    heldAlone: alone.length,
    steps: publishedSteps(rows, hold, reject),
  };
}

/** Steps of `LEVEL_STEP` above `current` up to `top`: what each level would have published of `rows`. */
function publishedSteps(
  rows: ReadonlyArray<{ d: Decided; p: number }>,
  current: number,
  top = 1,
): HoldLevelStep[] {
  const steps: HoldLevelStep[] = [];
  for (let level = roundLevel(current + LEVEL_STEP); level <= top; level = roundLevel(level + LEVEL_STEP)) {
    const published = rows.filter((r) => r.p < level);
    const publishedApproved = published.filter((r) => r.d.moderator === "approved").length;
    const publishedRejected = published.length - publishedApproved;
    const last = steps[steps.length - 1];
    if (last && last.publishedApproved === publishedApproved && last.publishedRejected === publishedRejected)
      steps[steps.length - 1] = { ...last, to: level };
    else steps.push({ from: level, to: level, publishedApproved, publishedRejected });
  }
  return steps;
}

/**
 * The head that alone held a comment held under one guideline, and its probability: the general head's when its
 * evidence is there, else the guideline's own head's. Undefined when a rule's finding is among the evidence.
 */
function heldByModelAlone(d: Decided): { head: ModelHead; p: number } | undefined {
  if (d.workerCategories.length !== 1) return undefined;
  const category = d.workerCategories[0]!;
  const mine = d.record.judgement.evidence.filter((e) => e.category === category);
  if (mine.length === 0 || mine.some((e) => modelEvidenceKind(e.rule) === undefined)) return undefined;
  const toxicity = mine.find((e) => modelEvidenceKind(e.rule) === "toxicity");
  if (toxicity?.score !== undefined) return { head: "toxicity", p: toxicity.score };
  const head = mine.find((e) => modelEvidenceKind(e.rule) === "head");
  return head?.score === undefined ? undefined : { head: category, p: head.score };
}

function modelHoldOptions(held: readonly Decided[], policy: EnginePolicy): ModelHoldOption[] {
  const byHead = new Map<ModelHead, { d: Decided; p: number }[]>();
  for (const d of held) {
    const found = heldByModelAlone(d);
    if (!found) continue;
    const rows = byHead.get(found.head) ?? [];
    rows.push({ d, p: found.p });
    byHead.set(found.head, rows);
  }
  return [...byHead]
    .filter(([, rows]) => rows.length >= MIN_HELD_FOR_LEVELS)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([head, rows]) => {
      const current = modelHoldLevelFor(policy, head);
      // Past where the head rejects alone it still holds (a long comment): no higher level publishes those.
      const ceiling = modelHoldCeiling(head);
      const steps = publishedSteps(
        rows.filter((r) => r.p < ceiling),
        current,
        ceiling,
      );
      return { head, current, heldByModelAlone: rows.length, steps };
    });
}

/** The domain a plain link points to, without "www.", as `allowedLinkDomains` lists it; undefined if unreadable. */
function linkDomain(link: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(link) ? link : `http://${link}`;
  if (!URL.canParse(withScheme)) return undefined;
  return new URL(withScheme).hostname.replace(/^www\./, "") || undefined;
}

/** Link findings a site can settle with `allowedLinkDomains`. */
const LINK_RULES: ReadonlySet<string> = new Set(["promotion.link", ARTICLE_LINK]);

/**
 * Words and short phrases rules found (under a guideline the worker named) in comments it held or rejected, with
 * how often moderators published those comments. The model's evidence is left out: the allow list does not reach
 * the model.
 */
function allowCandidates(decided: readonly Decided[]): AllowCandidate[] {
  const seen = new Map<
    string,
    Omit<AllowCandidate, "approved" | "rejected"> & { readonly ids: Record<FinalStatus, Set<string>> }
  >();
  for (const d of decided) {
    if (d.worker === "approved") continue;
    for (const e of d.record.judgement.evidence) {
      if (!e.match || modelEvidenceKind(e.rule) !== undefined || e.rule === "policy.block-list") continue;
      if (!d.workerCategories.includes(e.category)) continue;
      const domain = LINK_RULES.has(e.rule) ? linkDomain(e.match) : undefined;
      const term = domain ?? canonicalTerm(e.match);
      if (term.length === 0 || term.split(" ").length > ALLOW_MAX_WORDS) continue;
      const setting = domain ? "allowedLinkDomains" : "allowList";
      const key = `${setting}:${e.category}:${term}`;
      const entry = seen.get(key) ?? {
        term,
        setting,
        category: e.category,
        ids: { approved: new Set(), rejected: new Set() },
      };
      seen.set(key, entry);
      entry.ids[d.moderator].add(d.record.id);
    }
  }
  return [...seen.values()]
    .map(({ ids, ...candidate }) => ({
      ...candidate,
      approved: ids.approved.size,
      rejected: ids.rejected.size,
    }))
    .filter(
      (c) => c.approved >= ALLOW_MIN_APPROVED && c.approved >= ALLOW_MIN_SHARE * (c.approved + c.rejected),
    )
    .sort((a, b) => b.approved - a.approved || a.term.localeCompare(b.term))
    .slice(0, ALLOW_LISTED);
}

/** Newest submission first, then id, so the examples do not depend on the order the API returned. */
const newestFirst = (a: Decided, b: Decided) =>
  b.record.submittedAt.localeCompare(a.record.submittedAt) || a.record.id.localeCompare(b.record.id);

function exampleOf(d: Decided, categories: readonly Category[]): ReportExample {
  const { id, submittedAt, text } = d.record;
  return { id, submittedAt, text, categories };
}

function buildModerationReport(
  records: readonly CommentRecord[],
  policy: EnginePolicy,
  examplesPerKind = 5,
): ModerationReport {
  const decided = records.flatMap((r) => decidedOf(r) ?? []);
  const empty = () => ({ approved: 0, rejected: 0 });
  const matrix = { approved: empty(), pending: empty(), rejected: empty() };
  for (const d of decided) matrix[d.worker][d.moderator]++;

  const held = decided.filter((d) => d.worker === "pending");
  const heldRows: HeldRow[] = CATEGORIES.flatMap((category) => {
    const mine = held.filter((d) => d.workerCategories.includes(category));
    if (mine.length === 0) return [];
    const approved = mine.filter((d) => d.moderator === "approved").length;
    return [{ category, held: mine.length, approved, rejected: mine.length - approved }];
  }).sort((a, b) => b.held - a.held || a.category.localeCompare(b.category));

  const unnamed = held.filter((d) => d.workerCategories.length === 0);
  const heldWithoutGuideline = countBy(unnamed.map((d) => d.record.judgement.reasonCode)).map(
    ([reason, n]) => ({
      reason,
      held: n,
      approved: unnamed.filter((d) => d.record.judgement.reasonCode === reason && d.moderator === "approved")
        .length,
    }),
  );

  const holdLevels = heldRows
    .map((row) => holdLevelOption(row.category, held, policy))
    .filter((o) => o.heldAlone >= MIN_HELD_FOR_LEVELS);
  const modelHoldLevels = modelHoldOptions(held, policy);

  const reversedRejections = decided
    .filter((d) => d.worker === "rejected" && d.moderator === "approved")
    .sort(newestFirst);
  const reversedApprovals = decided
    .filter((d) => d.worker === "approved" && d.moderator === "rejected")
    .sort(newestFirst);

  const submittedTimes = decided.map((d) => d.record.submittedAt).sort();
  const first = submittedTimes[0];
  const last = submittedTimes[submittedTimes.length - 1];
  return {
    decided: decided.length,
    ...(first && last ? { submitted: { from: first, to: last } } : {}),
    engineVersions: countBy(decided.map((d) => d.record.judgement.engineVersion)),
    matrix,
    held: heldRows,
    heldWithoutGuideline,
    holdLevels,
    modelHoldLevels,
    allowCandidates: allowCandidates(decided),
    reversedRejections: countBy(reversedRejections.flatMap((d) => d.workerCategories.slice(0, 1))),
    reversedApprovals: countBy(reversedApprovals.map((d) => d.moderatorCategories[0] ?? "none")),
    examples: {
      reversedRejections: reversedRejections
        .slice(0, examplesPerKind)
        .map((d) => exampleOf(d, d.workerCategories)),
      reversedApprovals: reversedApprovals
        .slice(0, examplesPerKind)
        .map((d) => exampleOf(d, d.moderatorCategories)),
    },
  };
}

/**
 * The moderators' decisions as a labelled set in the fixture format, for `npm run eval:targets -- --file`: an
 * approval is clean, a rejection a violation of the first guideline it names. The same decisions then measure a
 * new engine version or a changed policy before it is deployed.
 */
function labelledLines(records: readonly CommentRecord[]): FixtureLine[] {
  return records.flatMap((record) => {
    const d = decidedOf(record);
    if (!d) return [];
    const category = d.moderatorCategories[0];
    const article = record.article
      ? {
          id: record.articleId,
          title: record.article.title,
          ...(record.article.tags ? { tags: record.article.tags } : {}),
          ...(record.article.body ? { body: record.article.body } : {}),
        }
      : undefined;
    return [
      {
        id: record.id,
        text: record.text,
        ...(article ? { article } : {}),
        expected:
          d.moderator === "approved"
            ? { class: "clean" as const }
            : { class: "violation" as const, ...(category ? { category } : {}) },
      },
    ];
  });
}

export type {
  AllowCandidate,
  HeldRow,
  HoldLevelOption,
  HoldLevelStep,
  ModelHoldOption,
  ModerationReport,
  ReportExample,
};
export { ALLOW_MIN_APPROVED, ALLOW_MIN_SHARE, buildModerationReport, labelledLines, MIN_HELD_FOR_LEVELS };
