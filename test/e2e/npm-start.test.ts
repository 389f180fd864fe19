/**
 * End to end, the way a site developer and a moderator meet the product: `npm start` as a separate process with
 * PORT and MODERATOR_TOKEN set, then plain HTTP. Nothing here imports the pipeline's code.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../support/eventually.js";
import { acceptsConnections, freePort } from "../support/ports.js";

const TOKEN = "e2e-moderator-token";
const ROOT = new URL("../../", import.meta.url).pathname;

let child: ChildProcess;
let baseUrl: string;
let output = "";

/** Waits like `eventually`, treating a refused connection as "not yet" and showing npm's output on timeout. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  try {
    return await eventually(what, () => probe().catch(() => undefined), {
      timeoutMs: 90_000,
      intervalMs: 250,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- npm start output ---\n${output}`);
  }
}

function api(path: string, init: RequestInit = {}, token?: string): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.body) headers.set("Content-Type", "application/json");
  if (token) headers.set("Authorization", `Bearer ${token}`);
  return fetch(`${baseUrl}${path}`, { ...init, headers });
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), MODERATOR_TOKEN: TOKEN },
    stdio: ["ignore", "pipe", "pipe"],
    detached: false,
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await waitFor("GET /health = 200", async () => ((await api("/health")).status === 200 ? true : undefined));
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
});

describe("npm start", () => {
  it("prints the API URL, the moderator token and a curl to post a comment", () => {
    expect(output).toContain(baseUrl);
    expect(output).toContain(TOKEN);
    expect(output).toMatch(/curl .*POST .*\/comments/);
  });

  it("lets a site post and read, and a moderator decide, over plain HTTP", async () => {
    const posted = await api("/comments", {
      method: "POST",
      body: JSON.stringify({
        articleId: "e2e-article",
        text: "The court should try the returning fighters here, in public.",
        author: { name: "E2E Reader", email: "reader@example.org" },
        clientRef: "e2e-1",
      }),
    });
    expect(posted.status).toBe(202);
    const { id } = (await posted.json()) as { id: string };

    const stored = await waitFor("the worker to store the comment", async () => {
      const response = await api(`/comments/${id}`);
      return response.status === 200 ? ((await response.json()) as { status: string }) : undefined;
    });
    expect(["pending", "approved", "rejected"]).toContain(stored.status);

    expect((await api(`/moderation/comments/${id}`)).status).toBe(401);
    expect((await api(`/moderation/comments/${id}`, {}, "wrong")).status).toBe(401);
    const record = await api(`/moderation/comments/${id}`, {}, TOKEN);
    expect(record.status).toBe(200);

    const decided = await api(
      `/moderation/comments/${id}/decision`,
      { method: "POST", body: JSON.stringify({ decision: "approve" }) },
      TOKEN,
    );
    expect(decided.status).toBe(200);
    const contradicted = await api(
      `/moderation/comments/${id}/decision`,
      { method: "POST", body: JSON.stringify({ decision: "reject" }) },
      TOKEN,
    );
    expect(contradicted.status).toBe(409);

    const listing = await waitFor("the approved listing", async () => {
      const response = await api("/articles/e2e-article/comments");
      const body = (await response.json()) as { items: { id: string }[] };
      return body.items.some((item) => item.id === id) ? body : undefined;
    });
    expect(JSON.stringify(listing)).not.toContain("reader@example.org");
  });

  it("reports the moderator's decision against the worker's call, and writes it as a labelled set", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "report-")), "decisions.jsonl");
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "scripts/moderation-report.ts", "--api", baseUrl, "--token", TOKEN, "--out", out],
      { cwd: ROOT },
    );
    expect(stdout).toContain("1 comment decided by a moderator");
    expect(stdout).toContain("The worker's call against the moderator's decision:");
    expect(stderr).toContain("wrote 1 labelled comment to");
    const [line] = readFileSync(out, "utf8").trim().split("\n");
    expect(JSON.parse(line ?? "{}")).toMatchObject({
      text: "The court should try the returning fighters here, in public.",
      expected: { class: "clean" },
    });
  });

  it("answers bad input with a 4xx naming the field", async () => {
    const response = await api("/comments", {
      method: "POST",
      body: JSON.stringify({ articleId: "e2e-article", text: "hi", author: { name: "x", email: "nope" } }),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain("author.email");
  });

  it("refuses to start with an engine policy the worker would refuse, naming the field", async () => {
    const run = promisify(execFile);
    const failure = await run("npm", ["start"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0", ENGINE_POLICY: '{"example":true}' },
    }).catch((error: { code?: number; stderr?: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect("stderr" in failure && failure.stderr).toMatch(
      /ENGINE_POLICY: Invalid engine policy: .*"example"/,
    );
  });

  it("stops on SIGTERM and frees its port", async () => {
    child.kill("SIGTERM");
    await once(child, "exit");
    expect(await acceptsConnections(Number(new URL(baseUrl).port))).toBe(false);
  });
});
