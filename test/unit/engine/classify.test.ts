import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function startClassify() {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/classify.ts"], {
    cwd: ROOT,
    env: { ...process.env, ENGINE_POLICY: JSON.stringify({ useModel: false }) },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    out += chunk;
    for (const w of waiters.splice(0)) w();
  });
  const lines = () => out.split("\n").filter(Boolean);
  const waitForLines = (n: number) =>
    new Promise<string[]>((resolve) => {
      const check = () => (lines().length >= n ? resolve(lines()) : waiters.push(check));
      check();
    });
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return { child, waitForLines, exited };
}

describe("npm run classify", () => {
  it("writes one line per input line, in order, with an error line for malformed input", async () => {
    const { child, waitForLines, exited } = startClassify();
    child.stdin.end(
      [
        JSON.stringify({ id: "a", text: "You are an idiot" }),
        "not json",
        "",
        JSON.stringify({
          id: "b",
          text: "The bombing of Mosul was a tragedy.",
          article: { id: "x", title: "Mosul", tags: ["Iraq"] },
        }),
        JSON.stringify({ id: 3 }),
        JSON.stringify({ id: "c", text: "first", article: "oops" }),
        JSON.stringify({ id: "d", text: "first" }),
      ].join("\n"),
    );
    const lines = (await waitForLines(6)).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ id: "a", decision: "rejected", categories: ["personal_attack"] });
    expect(Object.keys(lines[0]!).sort()).toEqual(["categories", "decision", "evidence", "id", "scores"]);
    expect(lines[1]).toEqual({ error: expect.stringContaining("invalid JSON") });
    expect(lines[2]).toMatchObject({ id: "b", decision: "approved" });
    expect(lines[3]).toEqual({ id: 3, error: "text must be a string" });
    expect(lines[4]).toEqual({ id: "c", error: "article must be an object" });
    expect(lines[5]).toMatchObject({ id: "d", decision: "rejected", categories: ["off_topic"] });
  }, 60_000);

  it("streams: answers a line before the input ends", async () => {
    const { child, waitForLines, exited } = startClassify();
    child.stdin.write(`${JSON.stringify({ id: "early", text: "Thanks for the article." })}\n`);
    const [first] = await waitForLines(1);
    expect(JSON.parse(first!)).toMatchObject({ id: "early", decision: "approved" });
    child.stdin.end(`${JSON.stringify({ id: "late", text: "lol" })}\n`);
    const lines = await waitForLines(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: "late", decision: "rejected" });
    expect(await exited).toBe(0);
  }, 60_000);
});
