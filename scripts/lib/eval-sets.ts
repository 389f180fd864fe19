/**
 * The held-out evaluation sets: data the model never trained on (official test splits, the HateCheck and Davidson
 * held-out parts, YouTube) and evaluation-only sets read in place from ../shared/datasets (never copied).
 * Each set declares its scope: per-category figures are computed only for categories the set actually labels.
 */
import type { Category } from "../../functions/domain/categories.js";
import { CATEGORIES } from "../../functions/domain/categories.js";
import type { LabelledRow } from "./datasets.js";
import { loadLabelled, loadToxicSpans } from "./datasets.js";
import { hatecheckHeldOut } from "./hatecheck-split.js";
import { unitHash } from "./split.js";
import { DAVIDSON_EVAL_SHARE } from "./training-set.js";

/** violation: carries a guideline category in scope; clean: none in scope; other: abusive but no guideline. */
type RowKind = "violation" | "clean" | "other";

interface EvalRow {
  readonly text: string;
  readonly gold: ReadonlySet<Category>;
  readonly kind: RowKind;
}

interface EvalSet {
  readonly name: string;
  readonly description: string;
  readonly scope: readonly Category[];
  /** True when the model trained on other rows of the same source (a held-out split, not an unseen source). */
  readonly sameSourceAsTraining: boolean;
  readonly rows: readonly EvalRow[];
}

const GUIDELINES = new Set<string>(CATEGORIES);
const SKIP = new Set(["ambiguous"]);

function toRow(text: string, categories: readonly string[], scope: readonly Category[]): EvalRow | undefined {
  if (categories.some((c) => SKIP.has(c))) return undefined;
  const gold = new Set(
    categories.filter((c): c is Category => GUIDELINES.has(c) && scope.includes(c as Category)),
  );
  const kind: RowKind = gold.size > 0 ? "violation" : categories.includes("clean") ? "clean" : "other";
  return { text, gold, kind };
}

function fromLabelled(
  rows: readonly LabelledRow[],
  scope: readonly Category[],
  keep: (r: LabelledRow) => boolean = () => true,
): EvalRow[] {
  return rows.filter(keep).flatMap((r) => toRow(r.text, r.categories, scope) ?? []);
}

/** Deterministic sample (by content hash) to keep eval runtime down on the largest sets. */
function sample(rows: EvalRow[], max: number, salt: string): EvalRow[] {
  if (rows.length <= max) return rows;
  return [...rows]
    .map((r) => ({ r, k: unitHash(r.text, salt) }))
    .sort((a, b) => a.k - b.k)
    .slice(0, max)
    .map((x) => x.r);
}

function buildEvalSets(root: string): EvalSet[] {
  const sets: EvalSet[] = [];
  const spansScope: Category[] = ["personal_attack", "threat", "identity_abuse", "profanity"];
  sets.push({
    name: "toxic_spans test",
    description: "Civil Comments news comments, SemEval-2021 test split (all toxic; no clean class)",
    scope: spansScope,
    sameSourceAsTraining: true,
    rows: loadToxicSpans(root)
      .filter((r) => r.split === "test")
      .flatMap((r) => toRow(r.text, r.categories, spansScope) ?? []),
  });
  sets.push({
    name: "ucc news comments",
    description:
      "Globe and Mail comments (UCC test+val), evaluation only: false positives on clean news comments",
    scope: ["personal_attack"],
    sameSourceAsTraining: false,
    rows: fromLabelled(loadLabelled(root, "ucc"), ["personal_attack"]),
  });
  sets.push({
    name: "edos test",
    description: "EDOS official test split (Gab/Reddit; sexism, sexist threats, sexual objectification)",
    scope: ["identity_abuse", "threat", "vulgarity"],
    sameSourceAsTraining: true,
    rows: fromLabelled(
      loadLabelled(root, "edos"),
      ["identity_abuse", "threat", "vulgarity"],
      (r) => r.split === "test",
    ),
  });
  const hatecheck = loadLabelled(root, "hatecheck");
  const heldOut = hatecheckHeldOut(hatecheck);
  sets.push({
    name: "hatecheck held-out",
    description: "HateCheck templates held out of training (split by template, ~40 %)",
    scope: ["identity_abuse", "threat", "profanity", "personal_attack"],
    sameSourceAsTraining: true,
    rows: fromLabelled(hatecheck, ["identity_abuse", "threat", "profanity", "personal_attack"], (r) =>
      heldOut.has(r.id),
    ),
  });
  sets.push({
    name: "davidson held-out",
    description: "Davidson tweets held out of training (10 % by content hash)",
    scope: ["identity_abuse", "profanity"],
    sameSourceAsTraining: true,
    rows: fromLabelled(
      loadLabelled(root, "davidson"),
      ["identity_abuse", "profanity"],
      (r) => unitHash(r.text, "davidson") < DAVIDSON_EVAL_SHARE,
    ),
  });
  sets.push({
    name: "youtube spam",
    description: "YouTube comment spam (never trained on): promotion",
    scope: ["promotion"],
    sameSourceAsTraining: false,
    rows: fromLabelled(loadLabelled(root, "youtube"), ["promotion"]),
  });
  sets.push({
    name: "olid test",
    description: "OLID official test split (tweets), evaluation only",
    scope: ["profanity", "personal_attack", "identity_abuse"],
    sameSourceAsTraining: false,
    rows: fromLabelled(
      loadLabelled(root, "olid"),
      ["profanity", "personal_attack", "identity_abuse"],
      (r) => r.split === "test",
    ),
  });
  sets.push({
    name: "ethos binary",
    description: "ETHOS (YouTube/Reddit comments), evaluation only; isHate = 0.5 excluded",
    scope: ["identity_abuse"],
    sameSourceAsTraining: false,
    rows: fromLabelled(loadLabelled(root, "ethos"), ["identity_abuse"]),
  });
  sets.push({
    name: "gab test (sample)",
    description: "Gab Hate Corpus test split, evaluation only; deterministic sample of 2,500 rows",
    scope: ["identity_abuse", "threat", "profanity"],
    sameSourceAsTraining: false,
    rows: sample(
      fromLabelled(
        loadLabelled(root, "gab"),
        ["identity_abuse", "threat", "profanity"],
        (r) => r.split === "test",
      ),
      2500,
      "gab",
    ),
  });
  return sets;
}

export type { EvalRow, EvalSet, RowKind };
export { buildEvalSets };
