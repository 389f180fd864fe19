/**
 * `npm run eval [-- --data <dir>] [-- --no-write]`: scores the engine, the text model alone and three word-list
 * libraries on held-out public data and writes docs/accuracy.md. Evaluation-only sets are read in place.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadTextModel } from "../functions/engine/model/index.js";
import { argValue, hasFlag } from "./lib/args.js";
import { assertDataRoot } from "./lib/datasets.js";
import type { DomainShift, SystemResults } from "./lib/eval-report.js";
import { renderReport } from "./lib/eval-report.js";
import type { EvalSet } from "./lib/eval-sets.js";
import { buildEvalSets } from "./lib/eval-sets.js";
import type { System } from "./lib/eval-systems.js";
import { engineSystem, modelSystem, wordListSystems } from "./lib/eval-systems.js";
import { scoreSet } from "./lib/metrics.js";

const DEFAULT_DATA = "../shared/datasets";
const REPORT = "docs/accuracy.md";

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
    seconds: (performance.now() - started) / 1000,
  });
  console.log(report);
  if (!hasFlag(argv, "no-write")) {
    writeFileSync(REPORT, report);
    console.error(`eval: wrote ${REPORT}`);
  }
}

main();
