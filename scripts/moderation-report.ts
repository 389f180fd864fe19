/**
 * What your moderators decided against what the worker proposed: the held comments they approved or rejected
 * under each guideline, what raising a hold level would have published, and the decisions they reversed.
 * Optionally writes their decisions as a labelled set for `npm run eval:targets -- --file`.
 *
 *   npm run -s report:moderation -- --api URL --token TOKEN [--since 2026-11-01] [--out decisions.jsonl]
 *                                   [--examples 5] [--json]
 *
 * URL is the API's base (locally http://127.0.0.1:3000; on AWS the stack's ApiUrl output); TOKEN a moderator's
 * (locally the one `npm start` prints). API_URL and MODERATOR_TOKEN are read when the options are absent (the
 * environment keeps the token out of the process list and the shell's history), and the
 * policy's thresholds from ENGINE_POLICY (JSON), as in the worker. The report goes to stdout, progress to stderr.
 */
import { writeFileSync } from "node:fs";
import { exitOnHelpOrBadArgs } from "./lib/args.js";
import { fetchDecidedComments } from "./lib/moderation-api.js";
import { buildModerationReport, labelledLines } from "./lib/moderation-report.js";
import { readReportOptions } from "./lib/moderation-report-options.js";
import { renderModerationReport } from "./lib/moderation-report-text.js";
import { sitePolicyOrExit } from "./lib/policy-env.js";

const HELP = `usage: npm run -s report:moderation -- --api URL --token TOKEN [--since YYYY-MM-DD] [--out FILE.jsonl]
                                      [--examples N] [--json]

What your moderators decided against what the worker proposed: the held comments they approved or rejected
under each guideline, what raising a hold level would have published, and the decisions they reversed.

reads   the moderator API at URL (GET /moderation/comments, read only): the decided comments
writes  the report to stdout (text, or JSON with --json); progress to stderr; with --out, the decisions as a
        labelled set for npm run -s eval:targets -- --file FILE.jsonl

options:
  --api URL         the API's base (locally http://127.0.0.1:3000; on AWS the stack's ApiUrl output)
  --token TOKEN     a moderator's token (locally the one npm start prints)
  --since DATE      only comments submitted since this date, e.g. 2026-11-01
  --out FILE        also write the moderators' decisions as a labelled set (JSON Lines)
  --examples N      examples shown per group, 0 to 100 (default 5)
  --json            the report as JSON instead of text
  -h, --help        print this help and exit

environment:
  API_URL           used when --api is absent
  MODERATOR_TOKEN   used when --token is absent (keeps the token out of the process list and shell history)
  ENGINE_POLICY     the site's policy as JSON, as the worker reads it: its hold levels and thresholds
`;
const USAGE = HELP.slice(0, HELP.indexOf("\n\n"));

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  exitOnHelpOrBadArgs(argv, {
    tool: "report:moderation",
    help: HELP,
    values: ["api", "token", "since", "out", "examples"],
    flags: ["json"],
  });
  const options = readReportOptions(argv, process.env);
  if ("error" in options) {
    process.stderr.write(`report:moderation: ${options.error}\n${USAGE}\n`);
    return 2;
  }
  const policy = sitePolicyOrExit("report:moderation");
  const { records, skipped } = await fetchDecidedComments({
    api: options.api,
    token: options.token,
    ...(options.since ? { since: options.since } : {}),
    onPage: (status, soFar) => process.stderr.write(`report:moderation: read ${soFar} records (${status})\n`),
  });
  if (skipped > 0)
    process.stderr.write(
      `report:moderation: left out ${skipped} records this version cannot read (not in the current record shape)\n`,
    );
  const report = buildModerationReport(records, policy, options.examples);
  process.stdout.write(
    options.json ? `${JSON.stringify(report, null, 2)}\n` : renderModerationReport(report),
  );
  if (options.out) {
    const lines = labelledLines(records);
    writeFileSync(options.out, lines.map((l) => `${JSON.stringify(l)}\n`).join(""));
    process.stderr.write(
      `report:moderation: wrote ${lines.length} labelled ${lines.length === 1 ? "comment" : "comments"} to ${options.out} (npm run -s eval:targets -- --file ${options.out})\n`,
    );
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A refused token, an unreachable API or a bad ENGINE_POLICY: the message says which; no stack trace.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`report:moderation: ${message}\n`);
    process.exitCode = 2;
  },
);
