/**
 * Prints the issue's five targets for the engine on the hand-written fixture sets (test/fixtures/engine):
 * violations approved (<= 5 %), clean rejected (<= 2 %), clean approved (>= 80 %), violations rejected (>= 70 %),
 * rejection names the right guideline (>= 85 %). Default: the first held-out set; `all` pools every set.
 *
 *   npm run -s eval:targets [-- --set holdout|holdout2|...|dev|all] [--file labelled.jsonl]... [--rules-only] [--verbose]
 *
 * `--file` (repeatable) reads sets in the same format from anywhere, instead of `--set`. ENGINE_POLICY (JSON)
 * applies, as in the worker.
 */
import { createGuidelineEngine } from "../functions/engine/index.js";
import { countTargets, fixtureSetNames, readFixtureFile, readFixtureSet } from "./lib/fixture-targets.js";
import { sitePolicyOrExit } from "./lib/policy-env.js";

const args = process.argv.slice(2);
const setArg = args[args.indexOf("--set") + 1];
const set = args.includes("--set") && setArg ? setArg : "holdout";
const paths = args.flatMap((a, i) => (a === "--file" && args[i + 1] ? [args[i + 1] as string] : []));
const files = paths.length > 0 ? paths : set === "all" ? fixtureSetNames() : [set];
const lines = paths.length > 0 ? paths.flatMap(readFixtureFile) : files.flatMap(readFixtureSet);

// The site's policy (ENGINE_POLICY, as in the worker) applies, so a changed threshold can be replayed on a site's
// own moderated comments (npm run report:moderation -- --out) before it is deployed.
const engine = createGuidelineEngine(
  sitePolicyOrExit("eval:targets", args.includes("--rules-only") ? { useModel: false } : {}),
);
const { counts, misses } = countTargets(lines, (line) => engine.judge({ text: line.text }, line.article));

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)} %`);
const rows: Array<[string, number, number, string, boolean]> = [
  [
    "violations approved",
    counts.violApproved,
    counts.violation,
    "<= 5 %",
    counts.violApproved <= 0.05 * counts.violation,
  ],
  [
    "clean rejected",
    counts.cleanRejected,
    counts.clean,
    "<= 2 %",
    counts.cleanRejected <= 0.02 * counts.clean,
  ],
  [
    "clean approved",
    counts.cleanApproved,
    counts.clean,
    ">= 80 %",
    counts.cleanApproved >= 0.8 * counts.clean,
  ],
  [
    "violations rejected",
    counts.violRejected,
    counts.violation,
    ">= 70 %",
    counts.violRejected >= 0.7 * counts.violation,
  ],
  [
    "rejections naming the right guideline",
    counts.right,
    counts.violRejected,
    ">= 85 %",
    counts.right >= 0.85 * counts.violRejected,
  ],
];
console.log(`engine ${engine.version} on ${files.join("+")} (${lines.length} comments)`);
for (const [name, n, d, target, ok] of rows) {
  console.log(
    `${name.padEnd(34)} ${pct(n, d).padStart(8)}  (${n}/${d})  target ${target}  ${ok ? "OK" : "MISSED"}`,
  );
}
if (args.includes("--verbose")) {
  for (const { line, judgement, wrongGuideline } of misses) {
    const expected = `${line.expected.class}${line.expected.category ? `/${line.expected.category}` : ""}`;
    const tag = `${line.id} [${expected}] -> ${judgement.decision} ${judgement.categories.join(",")}`;
    console.log(`  ${tag}  ${wrongGuideline ? "(wrong guideline)  " : ""}${line.text.slice(0, 90)}`);
  }
}
