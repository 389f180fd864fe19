/**
 * Classify comments with the guideline engine: JSON Lines in on stdin, one JSON line out per input line, in the
 * same order, as each line arrives (streaming; large inputs never held in memory).
 *
 *   in:  {"id": "...", "text": "...", "article": {"id", "title", "tags", "body"}}   (article optional)
 *   out: {"id", "decision", "categories", "scores", "evidence"}
 *        {"id"?, "error": "..."}  for a malformed line; the run continues.
 *
 * Blank lines are skipped. Nothing but result lines goes to stdout; diagnostics go to stderr. The policy comes
 * from ENGINE_POLICY (JSON), as in the worker.
 *
 *   npm run -s classify < comments.jsonl > results.jsonl      (`-- --help` lists the options)
 */
import { createInterface } from "node:readline";
import type { ArticleToJudge, GuidelineEngine } from "../functions/domain/guideline-engine.js";
import { exitOnHelpOrBadArgs } from "./lib/args.js";

const HELP = `usage: npm run -s classify < comments.jsonl > results.jsonl

Classifies comments with the guideline engine, one line at a time as each arrives (streaming).

reads   stdin: JSON Lines, one comment a line:
          {"id": "...", "text": "...", "article": {"id", "title", "tags", "body"}}   (article optional)
writes  stdout: one JSON line per input line, in the same order:
          {"id", "decision", "categories", "scores", "evidence"}
          {"id"?, "error": "..."} for a malformed line; the run continues. Blank lines are skipped.
        stderr: the engine version and diagnostics; nothing else goes to stdout.

options:
  -h, --help      print this help and exit

environment:
  ENGINE_POLICY   the site's policy as JSON, as the worker reads it (default: the built-in policy)
`;

// Before the engine (and its model) is loaded: --help answers at once, without reading stdin.
exitOnHelpOrBadArgs(process.argv.slice(2), { tool: "classify", help: HELP });

const { judgeSafely } = await import("../functions/domain/guideline-engine.js");
const { createGuidelineEngine } = await import("../functions/engine/index.js");
const { sitePolicyOrExit } = await import("./lib/policy-env.js");

type Parsed =
  | { readonly ok: true; readonly id: unknown; readonly text: string; readonly article?: ArticleToJudge }
  | { readonly ok: false; readonly id?: unknown; readonly error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseArticle(value: unknown): ArticleToJudge | string | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) return "article must be an object";
  if (value.title !== undefined && typeof value.title !== "string") return "article.title must be a string";
  if (value.body !== undefined && value.body !== null && typeof value.body !== "string") {
    return "article.body must be a string";
  }
  if (value.tags !== undefined && value.tags !== null && !Array.isArray(value.tags)) {
    return "article.tags must be an array of strings";
  }
  const tags = Array.isArray(value.tags)
    ? value.tags.filter((t): t is string => typeof t === "string")
    : undefined;
  return {
    title: typeof value.title === "string" ? value.title : "",
    ...(tags ? { tags } : {}),
    ...(typeof value.body === "string" ? { body: value.body } : {}),
    ...(typeof value.id === "string" ? { id: value.id } : {}),
  };
}

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(value)) return { ok: false, error: "each line must be a JSON object" };
  const id = value.id;
  const idOk = id === undefined || typeof id === "string" || typeof id === "number";
  if (!idOk) return { ok: false, error: "id must be a string or a number" };
  if (typeof value.text !== "string") return { ok: false, id, error: "text must be a string" };
  if (value.text.trim().length === 0) return { ok: false, id, error: "text must not be empty" };
  const article = parseArticle(value.article);
  if (typeof article === "string") return { ok: false, id, error: article };
  return { ok: true, id, text: value.text, ...(article ? { article } : {}) };
}

function classifyLine(engine: GuidelineEngine, line: string): string {
  const parsed = parseLine(line);
  if (!parsed.ok) {
    return JSON.stringify(
      parsed.id === undefined ? { error: parsed.error } : { id: parsed.id, error: parsed.error },
    );
  }
  const j = judgeSafely(engine, { text: parsed.text }, parsed.article);
  return JSON.stringify({
    id: parsed.id,
    decision: j.decision,
    categories: j.categories,
    scores: j.scores,
    evidence: j.evidence,
  });
}

async function main(): Promise<void> {
  const engine = createGuidelineEngine(sitePolicyOrExit("classify"));
  process.stderr.write(`classify: engine ${engine.version}\n`);
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // The reader went away (e.g. `| head`): stop quietly.
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let first = true;
  for await (const raw of lines) {
    const line = first ? raw.replace(/^\uFEFF/, "") : raw;
    first = false;
    if (line.trim().length === 0) continue;
    if (!process.stdout.write(`${classifyLine(engine, line)}\n`)) {
      await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`classify: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
