/** Decision matrices and per-category precision / recall / F1 for one system on one evaluation set. */
import type { Category } from "../../functions/domain/categories.js";
import type { EvalRow, RowKind } from "./eval-sets.js";

type Decision = "approved" | "pending" | "rejected";

interface Prediction {
  readonly decision: Decision;
  readonly categories: readonly Category[];
}

interface CategoryScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Gold rows of the category that were not approved (held or rejected, any category). */
  readonly caught: number;
  readonly support: number;
}

type Matrix = Record<RowKind, Record<Decision, number>>;

interface SetResult {
  readonly matrix: Matrix;
  readonly categories: Partial<Record<Category, CategoryScore>>;
  /** Rejected violations whose categories include a gold one, over rejected violations. */
  readonly rightGuideline: { readonly right: number; readonly rejected: number };
}

function emptyMatrix(): Matrix {
  const row = () => ({ approved: 0, pending: 0, rejected: 0 });
  return { violation: row(), clean: row(), other: row() };
}

function scoreSet(
  rows: readonly EvalRow[],
  preds: readonly Prediction[],
  scope: readonly Category[],
): SetResult {
  const matrix = emptyMatrix();
  const counts = new Map<Category, { tp: number; fp: number; fn: number; caught: number; support: number }>();
  for (const c of scope) counts.set(c, { tp: 0, fp: 0, fn: 0, caught: 0, support: 0 });
  let right = 0;
  let rejected = 0;
  rows.forEach((row, i) => {
    const p = preds[i]!;
    matrix[row.kind][p.decision]++;
    const flagged = p.decision === "rejected" ? new Set(p.categories) : new Set<Category>();
    if (row.kind === "violation" && p.decision === "rejected") {
      rejected++;
      if ([...row.gold].some((c) => flagged.has(c))) right++;
    }
    for (const c of scope) {
      const k = counts.get(c)!;
      const gold = row.gold.has(c);
      const hit = flagged.has(c);
      if (gold) {
        k.support++;
        if (p.decision !== "approved") k.caught++;
      }
      if (gold && hit) k.tp++;
      else if (hit) k.fp++;
      else if (gold) k.fn++;
    }
  });
  return { matrix, categories: Object.fromEntries(counts), rightGuideline: { right, rejected } };
}

function prf(s: CategoryScore): { p: number; r: number; f1: number } {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export type { CategoryScore, Decision, Matrix, Prediction, SetResult };
export { prf, scoreSet };
