/** The moderation report's command-line options, checked, with API_URL and MODERATOR_TOKEN as fallbacks. */
import { argValue, hasFlag } from "./args.js";

interface ReportOptions {
  readonly api: string;
  readonly token: string;
  /** ISO instant: only comments submitted since. */
  readonly since?: string;
  readonly examples: number;
  readonly out?: string;
  readonly json: boolean;
}

/** The options, or the reason they cannot be used. */
function readReportOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): ReportOptions | { error: string } {
  const api = argValue(argv, "api") ?? env.API_URL;
  const token = argValue(argv, "token") ?? env.MODERATOR_TOKEN;
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
  const out = argValue(argv, "out");
  if (hasFlag(argv, "out") && (!out || out.startsWith("--")))
    return { error: "--out needs a file name, e.g. --out decisions.jsonl" };
  return {
    api,
    token,
    examples,
    ...(since ? { since: since.toISOString() } : {}),
    ...(out ? { out } : {}),
    json: hasFlag(argv, "json"),
  };
}

export type { ReportOptions };
export { readReportOptions };
