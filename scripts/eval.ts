/**
 * `npm run eval [-- --data <dir>] [-- --no-write]`: scores the engine, the text model alone and three word-list
 * libraries on held-out public data and writes docs/accuracy.md. Evaluation-only sets are read in place.
 * `npm run eval -- --help` lists the options.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Category } from "../functions/domain/categories.js";
import type { TextModel } from "../functions/engine/model/index.js";
import { argValue, exitOnHelpOrBadArgs, hasFlag } from "./lib/args.js";
import { assertDataRoot } from "./lib/datasets.js";
import type { DomainShift, RankingRow, SystemResults } from "./lib/eval-report.js";
import { renderReport } from "./lib/eval-report.js";
import type { EvalSet } from "./lib/eval-sets.js";
import { buildEvalSets } from "./lib/eval-sets.js";
import type { System } from "./lib/eval-systems.js";
import { scoreSet } from "./lib/metrics.js";

const DEFAULT_DATA = "../shared/datasets";
const REPORT = "docs/accuracy.md";

const HELP = `usage: npm run eval [-- --data DIR] [--no-write]

Scores the engine (its default policy), the text model alone and three word-list libraries (bad-words,
leo-profanity, obscenity) on held-out public data. Takes minutes; paths are relative to the current directory
(the repository under npm).

reads   DIR (the ../shared/datasets layout, see its README.md), read in place; the committed model artifact
writes  the report to stdout and to ${REPORT} (a COMMITTED file) unless --no-write; progress to stderr

options:
  --data DIR      the datasets folder (default ${DEFAULT_DATA})
  --no-write      print the report only; leave ${REPORT} alone
  -h, --help      print this help and exit

environment: none read (ENGINE_POLICY does not apply: the report measures the default policy)
`;

// Before the model (a 2 MB JSON parse), the engine and the word lists are loaded.
exitOnHelpOrBadArgs(process.argv.slice(2), {
  tool: "eval",
  help: HELP,
  values: ["data"],
  flags: ["no-write"],
});

const { loadTextModel } = await import("../functions/engine/model/index.js");
const { engineSystem, modelSystem, wordListSystems } = await import("./lib/eval-systems.js");

function runSystem(system: System, sets: readonly EvalSet[]): SystemResults {
  const started = performance.now();
  const results = sets.map((set) => {
    const t = performance.now();
    const preds = set.rows.map((r) => system.predict(r.text));
    const ms = performance.now() - t;
    console.error(
      `eval: ${system.name} on ${set.name}: ${set.rows.length} rows in ${(ms / 1000).toFixed(1)} s`,
    );
    return scoreSet(set.rows, preds, set.scope);
  });
  return { name: system.name, version: system.version, results, millis: performance.now() - started };
}

function domainShift(sets: readonly EvalSet[]): DomainShift {
  const model = loadTextModel();
  const clean = sets.find((s) => s.name.startsWith("ucc"))!.rows.filter((r) => r.kind === "clean");
  const above: Record<string, number> = {};
  let any = 0;
  for (const r of clean) {
    const scores = model.score(r.text);
    let hit = false;
    for (const [k, v] of Object.entries(scores)) {
      if (v >= 0.5) {
        above[k] = (above[k] ?? 0) + 1;
        hit = true;
      }
    }
    if (hit) any++;
  }
  const share = Object.fromEntries(
    Object.keys(model.score("x")).map((k) => [k, (above[k] ?? 0) / Math.max(1, clean.length)]),
  );
  return { cleanAbove05: share, cleanAnyAbove05: any / Math.max(1, clean.length), cleanCount: clean.length };
}

/** Area under the ROC curve with ties counted half; NaN without both classes. */
function auc(pos: readonly number[], neg: readonly number[]): number {
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  const all = [...pos.map((v) => [v, 1] as const), ...neg.map((v) => [v, 0] as const)].sort(
    (a, b) => a[0] - b[0],
  );
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += (i + 1 + j) / 2;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

function ranking(model: TextModel, sets: readonly EvalSet[]): RankingRow[] {
  const cache = new Map<string, Partial<Record<Category, number>>>();
  const score = (text: string) => {
    let s = cache.get(text);
    if (!s) {
      s = model.score(text);
      cache.set(text, s);
    }
    return s;
  };
  const ucc = sets.find((s) => s.name.startsWith("ucc"))!;
  const clean = ucc.rows.filter((r) => r.kind === "clean").map((r) => score(r.text));
  const rows: RankingRow[] = [];
  for (const set of sets) {
    for (const category of set.scope) {
      const pos = set.rows.filter((r) => r.gold.has(category)).map((r) => score(r.text)[category] ?? 0);
      if (pos.length === 0) continue;
      const neg = set.rows
        .filter((r) => r.kind !== "other" && !r.gold.has(category))
        .map((r) => score(r.text)[category] ?? 0);
      const news = clean.map((s) => s[category] ?? 0).sort((a, b) => a - b);
      const at = (q: number) => news[Math.min(news.length - 1, Math.floor(q * news.length))]!;
      const recall = (t: number) => pos.filter((p) => p > t).length / pos.length;
      rows.push({
        set: set.name,
        category,
        positives: pos.length,
        aucInSet: auc(pos, neg),
        aucVsNews: set === ucc ? Number.NaN : auc(pos, news),
        recallAtNewsFp1: recall(at(0.99)),
        recallAtNewsFp5: recall(at(0.95)),
      });
    }
  }
  return rows;
}

function main(): void {
  const argv = process.argv.slice(2);
  const data = resolve(argValue(argv, "data") ?? DEFAULT_DATA);
  try {
    assertDataRoot(data);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    process.exit(2);
  }
  const started = performance.now();
  const sets = buildEvalSets(data);
  console.error(`eval: ${sets.map((s) => `${s.name} ${s.rows.length}`).join(", ")}`);
  const systems = [engineSystem(), modelSystem(loadTextModel()), ...wordListSystems()];
  const results = systems.map((s) => runSystem(s, sets));
  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    dataRoot: data,
    sets,
    systems: results,
    domainShift: domainShift(sets),
    ranking: ranking(loadTextModel(), sets),
    seconds: (performance.now() - started) / 1000,
  });
  console.log(report);
  if (!hasFlag(argv, "no-write")) {
    writeFileSync(REPORT, report);
    console.error(`eval: wrote ${REPORT}`);
  }
}

main();
