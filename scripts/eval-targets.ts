/**
 * Prints the issue's five targets for the engine on the hand-written fixture sets (test/fixtures/engine):
 * violations approved (<= 5 %), clean rejected (<= 2 %), clean approved (>= 80 %), violations rejected (>= 70 %),
 * rejection names the right guideline (>= 85 %). Default: the held-out set, which was written before any tuning.
 *
 *   npm run -s eval:targets [-- --set holdout|dev|all] [--rules-only] [--verbose]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createGuidelineEngine } from "../functions/engine/index.js";

interface FixtureLine {
  id: string;
  text: string;
  article?: { id?: string; title: string; tags?: string[]; body?: string };
  expected: { class: "clean" | "violation"; category?: string };
}

const args = process.argv.slice(2);
const setArg = args[args.indexOf("--set") + 1];
const set = args.includes("--set") && setArg ? setArg : "holdout";
const files = set === "all" ? ["dev", "holdout"] : [set];
const dir = fileURLToPath(new URL("../test/fixtures/engine/", import.meta.url));
const lines: FixtureLine[] = files.flatMap((f) =>
  readFileSync(`${dir}${f}.jsonl`, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as FixtureLine),
);

const engine = createGuidelineEngine(args.includes("--rules-only") ? { useModel: false } : undefined);
const counts = {
  clean: 0,
  violation: 0,
  cleanApproved: 0,
  cleanRejected: 0,
  violApproved: 0,
  violRejected: 0,
  right: 0,
};
const misses: string[] = [];
for (const line of lines) {
  const j = engine.judge({ text: line.text }, line.article);
  const tag = `${line.id} [${line.expected.class}${line.expected.category ? `/${line.expected.category}` : ""}] -> ${j.decision} ${j.categories.join(",")}`;
  if (line.expected.class === "clean") {
    counts.clean++;
    if (j.decision === "approved") counts.cleanApproved++;
    else misses.push(`${tag}  ${line.text.slice(0, 90)}`);
    if (j.decision === "rejected") counts.cleanRejected++;
  } else {
    counts.violation++;
    if (j.decision === "approved") counts.violApproved++;
    if (j.decision === "rejected") {
      counts.violRejected++;
      if (j.categories[0] === line.expected.category) counts.right++;
      else misses.push(`${tag}  (wrong guideline)  ${line.text.slice(0, 90)}`);
    } else misses.push(`${tag}  ${line.text.slice(0, 90)}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
const row = (name: string, n: number, d: number, target: string, ok: boolean) =>
  `${name.padEnd(34)} ${pct(n, d).padStart(8)}  (${n}/${d})  target ${target}  ${ok ? "OK" : "MISSED"}`;
console.log(`engine ${engine.version} on ${files.join("+")} (${lines.length} comments)`);
console.log(
  row(
    "violations approved",
    counts.violApproved,
    counts.violation,
    "<= 5 %",
    counts.violApproved <= 0.05 * counts.violation,
  ),
);
console.log(
  row(
    "clean rejected",
    counts.cleanRejected,
    counts.clean,
    "<= 2 %",
    counts.cleanRejected <= 0.02 * counts.clean,
  ),
);
console.log(
  row(
    "clean approved",
    counts.cleanApproved,
    counts.clean,
    ">= 80 %",
    counts.cleanApproved >= 0.8 * counts.clean,
  ),
);
console.log(
  row(
    "violations rejected",
    counts.violRejected,
    counts.violation,
    ">= 70 %",
    counts.violRejected >= 0.7 * counts.violation,
  ),
);
console.log(
  row(
    "rejections naming the right guideline",
    counts.right,
    counts.violRejected,
    ">= 85 %",
    counts.right >= 0.85 * counts.violRejected,
  ),
);
if (args.includes("--verbose")) for (const m of misses) console.log(`  ${m}`);
