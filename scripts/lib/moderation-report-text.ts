/** The moderation report as plain text for a terminal: one section per question a site asks of it. */
import type {
  AllowCandidate,
  HeldRow,
  HoldLevelOption,
  HoldLevelStep,
  ModelHoldOption,
  ModerationReport,
  ReportExample,
} from "./moderation-report.js";
import { ALLOW_MIN_APPROVED, ALLOW_MIN_SHARE, MIN_HELD_FOR_LEVELS } from "./moderation-report.js";

const n = (x: number) => x.toLocaleString("en-US");
const pct = (part: number, whole: number) => (whole === 0 ? "-" : `${Math.round((100 * part) / whole)} %`);
const day = (iso: string) => iso.slice(0, 10);

function excerpt(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function matrixLines(report: ModerationReport): string[] {
  const row = (label: string, cells: { approved: number; rejected: number }) =>
    `  ${label.padEnd(18)}${n(cells.approved).padStart(20)}${n(cells.rejected).padStart(20)}`;
  return [
    `  ${"the worker's call".padEnd(18)}${"moderator approved".padStart(20)}${"moderator rejected".padStart(20)}`,
    row("approved", report.matrix.approved),
    row("held", report.matrix.pending),
    row("rejected", report.matrix.rejected),
  ];
}

function heldLines(rows: readonly HeldRow[]): string[] {
  const head = `  ${"guideline".padEnd(16)}${"held".padStart(7)}${"approved".padStart(15)}${"rejected".padStart(15)}`;
  const cell = (part: number, whole: number) => `${n(part)} (${pct(part, whole)})`.padStart(15);
  return [
    head,
    ...rows.map(
      (r) =>
        `  ${r.category.padEnd(16)}${n(r.held).padStart(7)}${cell(r.approved, r.held)}${cell(r.rejected, r.held)}`,
    ),
  ];
}

const levels = (s: HoldLevelStep) =>
  s.from === s.to ? s.from.toFixed(2) : `${s.from.toFixed(2)} to ${s.to.toFixed(2)}`;

function publishedLine(verb: string, s: HoldLevelStep): string {
  return `    ${verb} ${levels(s)}: would have published ${n(s.publishedApproved)} that moderators approved and ${n(s.publishedRejected)} that they rejected`;
}

function modelHoldLines(options: readonly ModelHoldOption[]): string[] {
  return options.flatMap((o) => [
    `  ${o.head}: ${n(o.heldByModelAlone)} held by this head alone; it holds now from ${o.current.toFixed(2)}`,
    ...o.steps.map((s) => publishedLine("from", s)),
  ]);
}

function holdLevelLines(options: readonly HoldLevelOption[]): string[] {
  return options.flatMap((o) => [
    `  ${o.category}: ${n(o.heldAlone)} held under it alone; hold level now ${o.current.toFixed(2)}, reject ${o.reject.toFixed(2)}`,
    ...o.steps.map((s) => publishedLine("hold at", s)),
  ]);
}

function allowLines(candidates: readonly AllowCandidate[]): string[] {
  if (candidates.length === 0)
    return [
      `  none (a term needs ${ALLOW_MIN_APPROVED} published comments and ${100 * ALLOW_MIN_SHARE} % of those it was found in)`,
    ];
  return candidates.map(
    (c) =>
      `  ${JSON.stringify(c.term).padEnd(24)} ${c.category.padEnd(16)} published ${n(c.approved)} of ${n(c.approved + c.rejected)}${c.setting === "allowedLinkDomains" ? "  (allowedLinkDomains, which replaces the default list)" : ""}`,
  );
}

function exampleLines(examples: readonly ReportExample[]): string[] {
  return examples.map(
    (e) =>
      `    ${e.id}  ${day(e.submittedAt)}  ${e.categories.join(", ") || "no guideline"}  ${excerpt(e.text)}`,
  );
}

const listed = (pairs: ReadonlyArray<readonly [string, number]>) =>
  pairs.length === 0 ? "none" : pairs.map(([k, v]) => `${k} ${n(v)}`).join(", ");

function renderModerationReport(report: ModerationReport): string {
  if (report.decided === 0)
    return "No comment has been decided by a moderator yet: nothing to compare the worker's calls with.\n";
  const span = report.submitted
    ? `, submitted ${day(report.submitted.from)} to ${day(report.submitted.to)}`
    : "";
  const lines = [
    `${n(report.decided)} ${report.decided === 1 ? "comment" : "comments"} decided by a moderator${span}.`,
    `Engine versions that judged them: ${listed(report.engineVersions)}.`,
    "",
    "The worker's call against the moderator's decision:",
    ...matrixLines(report),
    "",
    "Held comments, by the guideline they were held under (a comment counts under each guideline it names):",
    ...(report.held.length > 0 ? heldLines(report.held) : ["  none"]),
  ];
  if (report.heldWithoutGuideline.length > 0)
    lines.push(
      `Held without a guideline, by reason: ${report.heldWithoutGuideline
        .map((r) => `${r.reason} ${n(r.held)} (${n(r.approved)} approved)`)
        .join(", ")}.`,
    );
  lines.push(
    "",
    "Raising a guideline's hold level (enginePolicy.thresholds.<guideline>.hold), estimated from the stored scores of",
    "comments held under that guideline alone:",
    ...(report.holdLevels.length > 0
      ? holdLevelLines(report.holdLevels)
      : [
          `  too few comments held under one guideline alone (fewer than ${MIN_HELD_FOR_LEVELS} each) to estimate`,
        ]),
    "",
    "Raising a model head's level (enginePolicy.modelHoldAt.<head>), from the probabilities stored with comments the",
    "learned model alone held under one guideline (no rule found it). At most: a comment a guideline's head no longer",
    "holds may still be held by the general toxicity head.",
    ...(report.modelHoldLevels.length > 0
      ? modelHoldLines(report.modelHoldLevels)
      : [
          `  too few comments held by one model head alone (fewer than ${MIN_HELD_FOR_LEVELS} each) to estimate`,
        ]),
    "",
    "Words rules found in comments held or rejected that moderators published nearly every time (candidates for",
    "enginePolicy.allowList, which stops every rule counting them, everywhere; a link's domain for allowedLinkDomains):",
    ...allowLines(report.allowCandidates),
    "",
    `Rejections moderators reversed (published after all), by the worker's guideline: ${listed(report.reversedRejections)}.`,
    ...exampleLines(report.examples.reversedRejections),
    `Approvals moderators reversed (rejected after all), by the moderator's guideline: ${listed(report.reversedApprovals)}.`,
    ...exampleLines(report.examples.reversedApprovals),
  );
  return `${lines.join("\n")}\n`;
}

export { renderModerationReport };
