/**
 * Prints the issue's five targets for the engine on the hand-written fixture sets (test/fixtures/engine):
 * violations approved (<= 5 %), clean rejected (<= 2 %), clean approved (>= 80 %), violations rejected (>= 70 %),
 * rejection names the right guideline (>= 85 %). Default: the first held-out set; `all` pools every set.
 *
 *   npm run -s eval:targets [-- --set holdout|holdout2|...|dev|all] [--file labelled.jsonl]... [--rules-only] [--verbose]
 *   npm run -s eval:targets -- --help
 *
 * `--file` (repeatable) reads sets in the same format from anywhere, instead of `--set`. ENGINE_POLICY (JSON)
 * applies, as in the worker.
 */
import { describeNames, exitOnHelpOrBadArgs } from "./lib/args.js";
import type { FixtureLine } from "./lib/fixture-targets.js";
import { countTargets, fixtureSetNames, readFixtureFile, readFixtureSet } from "./lib/fixture-targets.js";

const setNames = fixtureSetNames();
const SETS = `${describeNames(setNames)}, all`;
const HELP = `usage: npm run -s eval:targets [-- --set NAME | --file FILE.jsonl ...] [--rules-only] [--verbose]

Prints the engine's five targets on labelled comments: violations approved (<= 5 %), clean rejected (<= 2 %),
clean approved (>= 80 %), violations rejected (>= 70 %), rejections naming the right guideline (>= 85 %).

reads   test/fixtures/engine/NAME.jsonl (the hand-written fixture sets), or the --file sets instead
writes  the table to stdout (with --verbose, each miss after it); writes no file

options:
  --set NAME      a fixture set: ${SETS} (every set pooled); default holdout
  --file FILE     a labelled set in the fixture format from anywhere (e.g. from report:moderation --out);
                  repeatable; replaces --set
  --rules-only    judge without the text model (useModel: false over ENGINE_POLICY)
  --verbose       also list each miss: id [expected] -> decision categories, and the text
  -h, --help      print this help and exit

environment:
  ENGINE_POLICY   the site's policy as JSON, as the worker reads it (default: the built-in policy)
`;

const args = process.argv.slice(2);
exitOnHelpOrBadArgs(args, {
  tool: "eval:targets",
  help: HELP,
  values: ["set", "file"],
  flags: ["rules-only", "verbose"],
});
const setArg = args[args.indexOf("--set") + 1];
const set = args.includes("--set") && setArg ? setArg : "holdout";
const paths = args.flatMap((a, i) => (a === "--file" && args[i + 1] ? [args[i + 1] as string] : []));
if (paths.length === 0 && set !== "all" && !setNames.includes(set)) {
  process.stderr.write(`eval:targets: no fixture set ${JSON.stringify(set)} (sets: ${SETS})\n`);
  process.exit(2);
}
const files = paths.length > 0 ? paths : set === "all" ? setNames : [set];
/** A missing or malformed file ends the run with one line naming it, not a stack trace. */
function readOrExit(file: string): FixtureLine[] {
  try {
    return paths.length > 0 ? readFixtureFile(file) : readFixtureSet(file);
  } catch (error) {
    process.stderr.write(`eval:targets: cannot read ${file}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
const lines = files.flatMap(readOrExit);

const { createGuidelineEngine } = await import("../functions/engine/index.js");
const { sitePolicyOrExit } = await import("./lib/policy-env.js");

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
