/** Renders evaluation results as the Markdown of docs/accuracy.md (also printed by `npm run eval`). */
import type { Category } from "../../functions/domain/categories.js";
import type { EvalSet } from "./eval-sets.js";
import type { CategoryScore, Matrix, SetResult } from "./metrics.js";
import { prf } from "./metrics.js";

interface SystemResults {
  readonly name: string;
  readonly version: string;
  /** Per evaluation set, in the order of the sets. */
  readonly results: readonly SetResult[];
  readonly millis: number;
}

interface DomainShift {
  /** Per head: share of clean UCC news comments with model probability >= 0.5. */
  readonly cleanAbove05: Readonly<Record<string, number>>;
  readonly cleanAnyAbove05: number;
  readonly cleanCount: number;
}

/** Threshold-free ranking quality of the model alone, per set and category in its scope. */
interface RankingRow {
  readonly set: string;
  readonly category: Category;
  readonly positives: number;
  /** Positives against the same set's rows without the category. */
  readonly aucInSet: number;
  /** Positives against clean UCC news comments. */
  readonly aucVsNews: number;
  /** Share of positives above the score that 1 % / 5 % of clean UCC news comments exceed. */
  readonly recallAtNewsFp1: number;
  readonly recallAtNewsFp5: number;
}

interface ReportInput {
  readonly date: string;
  readonly dataRoot: string;
  readonly sets: readonly EvalSet[];
  readonly systems: readonly SystemResults[];
  readonly domainShift: DomainShift;
  readonly ranking: readonly RankingRow[];
  readonly seconds: number;
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);
const f3 = (x: number) => x.toFixed(3);

function pooled(
  sets: readonly EvalSet[],
  results: readonly SetResult[],
  cat: Category,
): CategoryScore | undefined {
  let acc: CategoryScore | undefined;
  sets.forEach((s, i) => {
    const c = results[i]!.categories[cat];
    if (!s.scope.includes(cat) || !c) return;
    acc = acc
      ? {
          tp: acc.tp + c.tp,
          fp: acc.fp + c.fp,
          fn: acc.fn + c.fn,
          caught: acc.caught + c.caught,
          support: acc.support + c.support,
        }
      : c;
  });
  return acc;
}

function summaryTable(input: ReportInput): string[] {
  const cats = [...new Set(input.sets.flatMap((s) => s.scope))];
  const lines = [
    `| category | in-scope sets | support | ${input.systems.map((s) => `${s.name} F1`).join(" | ")} |`,
    `|---|---|---|${input.systems.map(() => "---").join("|")}|`,
  ];
  for (const cat of cats) {
    const names = input.sets.filter((s) => s.scope.includes(cat)).map((s) => s.name);
    const cells = input.systems.map((sys) => {
      const c = pooled(input.sets, sys.results, cat);
      return c ? f3(prf(c).f1) : "–";
    });
    const support = pooled(input.sets, input.systems[0]!.results, cat)?.support ?? 0;
    lines.push(`| ${cat} | ${names.join(", ")} | ${support} | ${cells.join(" | ")} |`);
  }
  return lines;
}

function perSetF1Table(input: ReportInput): string[] {
  const lines = [
    `| set | category | support | ${input.systems.map((s) => s.name).join(" | ")} |`,
    `|---|---|---|${input.systems.map(() => "---").join("|")}|`,
  ];
  input.sets.forEach((set, i) => {
    for (const cat of set.scope) {
      const support = input.systems[0]!.results[i]!.categories[cat]?.support ?? 0;
      const cells = input.systems.map((sys) => {
        const c = sys.results[i]!.categories[cat];
        return c ? f3(prf(c).f1) : "–";
      });
      lines.push(`| ${set.name} | ${cat} | ${support} | ${cells.join(" | ")} |`);
    }
  });
  return lines;
}

function matrixCells(m: Matrix, kind: keyof Matrix): string {
  const r = m[kind];
  const n = r.approved + r.pending + r.rejected;
  if (n === 0) return "– | – | –";
  return `${pct(r.approved, n)} | ${pct(r.pending, n)} | ${pct(r.rejected, n)}`;
}

function setSection(input: ReportInput, index: number): string[] {
  const set = input.sets[index]!;
  const n = (k: keyof Matrix) => set.rows.filter((r) => r.kind === k).length;
  const lines = [
    `### ${set.name}`,
    "",
    `${set.description}. ${set.rows.length} rows: ${n("violation")} violations, ${n("clean")} clean, ${n("other")} other` +
      ` (abusive or unhealthy, but no guideline category in scope). Scope: ${set.scope.join(", ")}.` +
      (set.sameSourceAsTraining
        ? " Held-out split of a source the model trained on."
        : " Source never trained on."),
    "",
    "| system | violation: approved | pending | rejected | clean: approved | pending | rejected | other: approved | pending | rejected | right guideline |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const sys of input.systems) {
    const r = sys.results[index]!;
    const g = r.rightGuideline;
    lines.push(
      `| ${sys.name} | ${matrixCells(r.matrix, "violation")} | ${matrixCells(r.matrix, "clean")} | ${matrixCells(r.matrix, "other")} | ${pct(g.right, g.rejected)} |`,
    );
  }
  lines.push(
    "",
    "| system | category | precision | recall | F1 | held or rejected | support |",
    "|---|---|---|---|---|---|---|",
  );
  for (const sys of input.systems) {
    for (const cat of set.scope) {
      const c = sys.results[index]!.categories[cat];
      if (!c) continue;
      const m = prf(c);
      lines.push(
        `| ${sys.name} | ${cat} | ${f3(m.p)} | ${f3(m.r)} | ${f3(m.f1)} | ${pct(c.caught, c.support)} | ${c.support} |`,
      );
    }
  }
  lines.push("");
  return lines;
}

function domainShiftSection(input: ReportInput): string[] {
  const ds = input.domainShift;
  const uccIndex = input.sets.findIndex((s) => s.name.startsWith("ucc"));
  const spansIndex = input.sets.findIndex((s) => s.name.startsWith("toxic_spans"));
  const lines = [
    '## Domain-shift check (datasets README: "a measured trap")',
    "",
    `Clean UCC news comments (${ds.cleanCount}, evaluation only) scored by the model alone:`,
    `${pct(ds.cleanAnyAbove05 * ds.cleanCount, ds.cleanCount)} have some category probability >= 0.5 ` +
      `(per head: ${Object.entries(ds.cleanAbove05)
        .map(([h, v]) => `${h} ${(100 * v).toFixed(1)} %`)
        .join(", ")}).`,
    "",
    "| system | clean UCC approved | pending | rejected | toxic_spans test: violations rejected | personal_attack recall | threat recall | identity_abuse recall | profanity recall |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const sys of input.systems) {
    const u = sys.results[uccIndex]!.matrix.clean;
    const un = u.approved + u.pending + u.rejected;
    const t = sys.results[spansIndex]!;
    const v = t.matrix.violation;
    const vn = v.approved + v.pending + v.rejected;
    const rec = (c: Category) => {
      const s = t.categories[c];
      return s ? f3(prf(s).r) : "–";
    };
    lines.push(
      `| ${sys.name} | ${pct(u.approved, un)} | ${pct(u.pending, un)} | ${pct(u.rejected, un)} | ${pct(v.rejected, vn)} | ${rec("personal_attack")} | ${rec("threat")} | ${rec("identity_abuse")} | ${rec("profanity")} |`,
    );
  }
  lines.push("");
  return lines;
}

function rankingSection(input: ReportInput): string[] {
  const n = (x: number) => (Number.isNaN(x) ? "–" : f3(x));
  return [
    "## Model alone: ranking quality (threshold-free)",
    "",
    "The engine combines the model's probabilities with its rules at its own levels, so the model's ranking matters" +
      " more than its own thresholds. AUC against the same set's other rows, AUC against the clean UCC news" +
      " comments, and recall at the score that 1 % / 5 % of clean UCC news comments exceed.",
    "",
    "| set | category | positives | AUC in set | AUC vs clean news | recall at 1 % news FP | recall at 5 % news FP |",
    "|---|---|---|---|---|---|---|",
    ...input.ranking.map(
      (r) =>
        `| ${r.set} | ${r.category} | ${r.positives} | ${n(r.aucInSet)} | ${n(r.aucVsNews)} | ${n(r.recallAtNewsFp1)} | ${n(r.recallAtNewsFp5)} |`,
    ),
    "",
  ];
}

function renderReport(input: ReportInput): string {
  const lines = [
    "# Accuracy on held-out public data",
    "",
    `Generated by \`npm run eval\` on ${input.date} in ${input.seconds.toFixed(0)} s; do not edit by hand.`,
    `Systems: ${input.systems.map((s) => `${s.name} (${s.version})`).join(", ")}.`,
    "",
    "How to read: a prediction counts for a category only when the comment is **rejected** with that category" +
      ' ("held or rejected" gives the share a human would at least see). Word-list libraries reject with' +
      " `profanity` on any hit, so outside profanity their F1 is 0 by construction. Figures for a category are" +
      ' computed only on sets whose labels cover it (datasets README, "Scope matters"). None of these rows was' +
      " used for training; see docs/model.md for the splits.",
    "",
    "## Summary: F1 per category, pooled over the in-scope held-out sets",
    "",
    ...summaryTable(input),
    "",
    ...domainShiftSection(input),
    ...rankingSection(input),
    "## F1 per set and category",
    "",
    ...perSetF1Table(input),
    "",
    "## Per set: decisions and per-category figures",
    "",
    ...input.sets.flatMap((_, i) => setSection(input, i)),
    "## Runtime",
    "",
    ...input.systems.map(
      (s) =>
        `- ${s.name}: ${(s.millis / 1000).toFixed(1)} s for ${input.sets.reduce((n, x) => n + x.rows.length, 0)} rows`,
    ),
    "",
  ];
  return lines.join("\n");
}

export type { DomainShift, RankingRow, ReportInput, SystemResults };
export { renderReport };
