/**
 * `npm run demo`: posts the sample comments of scripts/demo-comments.ts to a running local stack, waits (bounded)
 * until the worker has stored each one, and prints id, status and categories. Categories are moderator data:
 * set MODERATOR_TOKEN (printed by `npm start`) to see them.
 */
import { randomUUID } from "node:crypto";
import { DEMO_ARTICLE, DEMO_COMMENTS, type DemoComment } from "./demo-comments.js";
import { exitOnHelpOrBadArgs } from "./lib/args.js";

exitOnHelpOrBadArgs(process.argv.slice(2), {
  tool: "demo",
  help: `usage: npm run demo      (with the local stack running: npm start)

Posts the sample comments of scripts/demo-comments.ts to a running stack, waits (bounded) until the worker has
stored each one, and prints id, status and categories. Takes no options.

sends   POST /comments for each sample (the stack stores them), then reads each back: GET /comments/ID, or
        GET /moderation/comments/ID with MODERATOR_TOKEN
writes  a table to stdout; exits 1 if the stack does not answer or a comment is not stored in time

options:
  -h, --help   print this help and exit

environment:
  API_URL                the API's base (default http://127.0.0.1:$PORT)
  PORT                   the local stack's port when API_URL is unset (default 3000)
  MODERATOR_TOKEN        a moderator's token (printed by npm start): shows the categories, moderator data
  DEMO_TIMEOUT_SECONDS   how long to wait for the worker (default 60)
`,
});

const API_URL = (process.env.API_URL || `http://127.0.0.1:${process.env.PORT || 3000}`).replace(/\/+$/, "");
const MODERATOR_TOKEN = process.env.MODERATOR_TOKEN || undefined;
const TIMEOUT_MS = Number(process.env.DEMO_TIMEOUT_SECONDS || 60) * 1000;

interface Row {
  comment: DemoComment;
  id: string;
  status?: string;
  categories?: string;
  reason?: string;
}

class DemoError extends Error {}

async function request(path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(`${API_URL}${path}`, init);
  } catch {
    throw new DemoError(`No local stack answers at ${API_URL}: run \`npm start\` first, or set API_URL.`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null && name in body
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

async function post(comment: DemoComment, clientRef: string): Promise<string> {
  const { status, body } = await request("/comments", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ...DEMO_ARTICLE, text: comment.text, author: comment.author, clientRef }),
  });
  const id = field(body, "id");
  if (status !== 202 || typeof id !== "string") {
    throw new DemoError(`POST /comments answered ${status}: ${JSON.stringify(body)}`);
  }
  return id;
}

/** Fills in the row once the worker has stored the comment; returns whether it has. */
async function refresh(row: Row): Promise<boolean> {
  if (MODERATOR_TOKEN) {
    const { status, body } = await request(`/moderation/comments/${row.id}`, {
      headers: { Authorization: `Bearer ${MODERATOR_TOKEN}` },
    });
    if (status === 401)
      throw new DemoError("MODERATOR_TOKEN was refused (401): copy the token `npm start` printed.");
    if (status !== 200) return false;
    const categories = field(body, "categories");
    row.status = String(field(body, "status"));
    row.categories = Array.isArray(categories) && categories.length ? categories.join(", ") : "-";
    row.reason = String(field(body, "reasonCode") ?? "");
    return true;
  }
  const { status, body } = await request(`/comments/${row.id}`);
  if (status !== 200) return false;
  row.status = String(field(body, "status"));
  return true;
}

async function waitForDecisions(rows: Row[]): Promise<boolean> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = -1;
  for (;;) {
    const pending = rows.filter((row) => row.status === undefined);
    const done = await Promise.all(pending.map(refresh));
    const stored = rows.length - pending.length + done.filter(Boolean).length;
    if (stored !== last) {
      process.stdout.write(`  worker has stored ${stored}/${rows.length}\n`);
      last = stored;
    }
    if (stored === rows.length) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function table(rows: Row[]): string {
  const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  // Categories and reasons are moderator data: shown only with MODERATOR_TOKEN.
  const columns: Array<[string, (row: Row) => string]> = [
    ["id", (row) => row.id],
    ["status", (row) => row.status ?? "(not stored)"],
    ...(MODERATOR_TOKEN
      ? ([
          ["categories", (row) => truncate(row.categories ?? "", 34)],
          ["reason", (row) => truncate(row.reason ?? "", 20)],
        ] satisfies Array<[string, (row: Row) => string]>)
      : []),
    ["example of", (row) => truncate(row.comment.kind, 34)],
    ["text", (row) => truncate(row.comment.text.replace(/\s+/g, " "), 48)],
  ];
  const lines = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const header = columns.map(([name]) => name);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [format(header), format(widths.map((w) => "-".repeat(w))), ...lines.map(format)].join("\n");
}

async function main(): Promise<void> {
  const health = await request("/health");
  if (health.status !== 200) {
    throw new DemoError(
      `${API_URL}/health answered ${health.status}: wait until \`npm start\` says it is ready.`,
    );
  }
  const run = randomUUID().slice(0, 8);
  console.log(`Posting ${DEMO_COMMENTS.length} comments on "${DEMO_ARTICLE.article.title}" to ${API_URL}`);
  const rows: Row[] = [];
  for (const [n, comment] of DEMO_COMMENTS.entries()) {
    rows.push({ comment, id: await post(comment, `demo-${run}-${n + 1}`) });
  }
  console.log(
    `Accepted (202) ${rows.length} comments; waiting for the worker (up to ${TIMEOUT_MS / 1000} s)...`,
  );
  const complete = await waitForDecisions(rows);
  console.log(`\n${table(rows)}\n`);

  const count = (status: string) => rows.filter((row) => row.status === status).length;
  console.log(
    `approved ${count("approved")}, rejected ${count("rejected")}, pending ${count("pending")} (waiting for a moderator)`,
  );
  console.log(`Readers see: curl -s ${API_URL}/articles/${DEMO_ARTICLE.articleId}/comments`);
  if (!MODERATOR_TOKEN)
    console.log("Set MODERATOR_TOKEN (printed by npm start) to see categories and reasons.");
  if (!complete)
    throw new DemoError(`Not every comment was stored within ${TIMEOUT_MS / 1000} s: is the worker running?`);
}

main().catch((error: unknown) => {
  console.error(error instanceof DemoError ? error.message : error);
  process.exit(1);
});
