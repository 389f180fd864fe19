/**
 * Typed loaders for the shared labelled datasets (../shared/datasets). Each returns the columns the training and
 * evaluation scripts need; neither script reads a CSV any other way. See ../shared/datasets/README.md for licences.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "./csv.js";

type Range = readonly [number, number];

interface ToxicSpansRow {
  readonly id: string;
  readonly text: string;
  readonly annotators: number;
  readonly votes: { insult: number; threat: number; identity: number; profane: number; other: number };
  /** SemEval-2021 split, or "" for comments added in the ACL 2022 release. */
  readonly split: string;
  readonly categories: readonly string[];
}

interface SpanRow {
  readonly split: string;
  readonly text: string;
  readonly ranges: readonly Range[];
}

interface LabelledRow {
  readonly id: string;
  readonly text: string;
  readonly categories: readonly string[];
  /** Official split where the source has one, else "". */
  readonly split: string;
  /** Source-specific label columns, kept as strings. */
  readonly fields: Readonly<Record<string, string>>;
}

const FILES = {
  toxicSpans: ["civil_comments_toxic_spans", "toxic_spans.csv"],
  semevalSpans: ["civil_comments_toxic_spans", "semeval2021_spans.csv"],
  davidson: ["davidson_hate_offensive", "labeled_data.csv"],
  edos: ["edos_sexism", "edos_labelled_aggregated.csv"],
  hatecheck: ["hatecheck", "hatecheck_test_suite.csv"],
  sms: ["sms_spam_collection", "sms_spam.csv"],
  youtube: ["youtube_spam_collection", "youtube_spam.csv"],
  ucc: ["ucc_unhealthy_comments", "ucc_test_val.csv"],
  olid: ["olid_offenseval2019", "olid.csv"],
  ethos: ["ethos", "ethos_binary.csv"],
  gab: ["gab_hate_corpus", "ghc.csv"],
} as const;

type DatasetName = keyof typeof FILES;

function datasetFile(root: string, name: DatasetName): string {
  const [folder, file] = FILES[name];
  return join(root, folder, file);
}

/** Fails with one clear line when the data folder is missing, instead of a stack trace from the CSV reader. */
function assertDataRoot(root: string): void {
  if (!existsSync(join(root, "README.md")) || !existsSync(datasetFile(root, "toxicSpans"))) {
    throw new Error(`datasets not found at ${root} (expected ../shared/datasets layout; pass --data <dir>)`);
  }
}

const num = (v: string | undefined) => Number(v ?? 0) || 0;
const cats = (v: string | undefined) => (v ? v.split("|").filter(Boolean) : []);

function loadToxicSpans(root: string): ToxicSpansRow[] {
  return readCsv(datasetFile(root, "toxicSpans")).map((r) => ({
    id: r.id ?? "",
    text: r.text ?? "",
    annotators: num(r.n_annotators),
    votes: {
      insult: num(r.votes_insult),
      threat: num(r.votes_threat),
      identity: num(r.votes_identity_attack),
      profane: num(r.votes_profane_obscene),
      other: num(r.votes_other_toxicity),
    },
    split: r.semeval2021_split ?? "",
    categories: cats(r.categories),
  }));
}

function loadSpans(root: string): SpanRow[] {
  return readCsv(datasetFile(root, "semevalSpans")).map((r) => ({
    split: r.split ?? "",
    text: r.text ?? "",
    ranges: (JSON.parse(r.toxic_ranges || "[]") as [number, number][]).map(([s, e]) => [s, e] as const),
  }));
}

/** Any other dataset in the common format; `splitColumn` names its official split column if it has one. */
function loadLabelled(
  root: string,
  name: Exclude<DatasetName, "toxicSpans" | "semevalSpans">,
): LabelledRow[] {
  return readCsv(datasetFile(root, name)).map((r, i) => ({
    id: r.id ?? String(i),
    text: r.text ?? "",
    categories: cats(r.categories),
    split: r.split ?? "",
    fields: r,
  }));
}

export type { DatasetName, LabelledRow, Range, SpanRow, ToxicSpansRow };
export { assertDataRoot, datasetFile, loadLabelled, loadSpans, loadToxicSpans };
