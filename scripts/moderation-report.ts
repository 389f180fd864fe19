/**
 * What your moderators decided against what the worker proposed: the held comments they approved or rejected
 * under each guideline, what raising a hold level would have published, and the decisions they reversed.
 * Optionally writes their decisions as a labelled set for `npm run eval:targets -- --file`.
 *
 *   npm run -s report:moderation -- --api URL --token TOKEN [--since 2026-11-01] [--out decisions.jsonl]
 *                                   [--examples 5] [--json]
 *
 * URL is the API's base (locally http://127.0.0.1:3000; on AWS the stack's ApiUrl output); TOKEN a moderator's
 * (locally the one `npm start` prints). API_URL and MODERATOR_TOKEN are read when the options are absent, and the
 * policy's thresholds from ENGINE_POLICY (JSON), as in the worker. The report goes to stdout, progress to stderr.
 */
import { writeFileSync } from "node:fs";
import { argValue, hasFlag } from "./lib/args.js";
import { fetchDecidedComments } from "./lib/moderation-api.js";
import { buildModerationReport, labelledLines } from "./lib/moderation-report.js";
import { renderModerationReport } from "./lib/moderation-report-text.js";
import { sitePolicyOrExit } from "./lib/policy-env.js";

const USAGE =
  "usage: npm run -s report:moderation -- --api URL --token TOKEN [--since YYYY-MM-DD] [--out FILE.jsonl] [--examples N] [--json]";

/** The options, or the reason they cannot be used. */
function readOptions(argv: readonly string[]) {
  const api = argValue(argv, "api") ?? process.env.API_URL;
  const token = argValue(argv, "token") ?? process.env.MODERATOR_TOKEN;
  if (!api) return { error: "--api is required (or set API_URL): the API's base URL" };
  if (!URL.canParse(api) || !/^https?:$/.test(new URL(api).protocol))
    return { error: `--api must be an http(s) URL, got ${JSON.stringify(api)}` };
  if (!token) return { error: "--token is required (or set MODERATOR_TOKEN): a moderator's token" };
  const sinceArg = argValue(argv, "since");
  const since = sinceArg === undefined ? undefined : new Date(sinceArg);
  if (since && Number.isNaN(since.getTime()))
    return { error: `--since must be a date such as 2026-11-01, got ${JSON.stringify(sinceArg)}` };
  const examplesArg = argValue(argv, "examples") ?? "5";
  const examples = Number(examplesArg);
  if (!Number.isInteger(examples) || examples < 0 || examples > 100)
    return { error: `--examples must be a whole number from 0 to 100, got ${JSON.stringify(examplesArg)}` };
  return {
    api,
    token,
    examples,
    ...(since ? { since: since.toISOString() } : {}),
    out: argValue(argv, "out"),
    json: hasFlag(argv, "json"),
  };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (hasFlag(argv, "help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = readOptions(argv);
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
