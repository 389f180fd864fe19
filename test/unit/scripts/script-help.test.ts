/**
 * Every npm script's command line: `--help` / `-h` answers on stdout and exits 0 before any work, an unknown option
 * is refused in one line (exit 2). The scripts run as `npm run` runs them: node with tsx's loader, from the root.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), "script-help-"));
/** No datasets here: if a script ignored --help it would stop at once on the data check, not start a full run. */
const EMPTY_DATA = mkdtempSync(join(TMP, "data-"));
const OUT = join(TMP, "artifact.model.json");
/** Nothing listens on the discard port: a demo that ignored --help fails at once. */
const ENV = { ...process.env, API_URL: "http://127.0.0.1:9", MODERATOR_TOKEN: "", ENGINE_POLICY: "" };

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs a script; stdin stays open (not ended), so a script that read it instead of answering would time out. */
function run(script: string, args: readonly string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: ENV,
    stdio: ["pipe", "pipe", "pipe"],
    timeout: 20_000,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding("utf8").on("data", (c: string) => {
    stderr += c;
  });
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: performance.now() - started })),
  );
}

/** A committed file's content and modification time: any write shows, even of the same bytes. */
function fingerprint(path: string): string {
  const full = join(ROOT, path);
  return `${createHash("sha256").update(readFileSync(full)).digest("hex")} ${statSync(full).mtimeMs}`;
}

const ONE_LINE = /^[^\n]+\n$/;
const SETS = /dev, holdout, holdout2\.\.\.holdout\d+, all/;

// One spawn at a time: each takes about a second (node and tsx starting), more when they compete for the CPU.
describe("--help / -h", () => {
  it.each([
    [
      "classify",
      "--help",
      "npm run -s classify < comments.jsonl > results.jsonl",
      ["ENGINE_POLICY", "stdin"],
    ],
    ["classify", "-h", "npm run -s classify", ["ENGINE_POLICY"]],
    ["eval-targets", "-h", "npm run -s eval:targets", ["--set NAME", "--file FILE", "--rules-only"]],
    ["moderation-report", "--help", "npm run -s report:moderation", ["--api URL", "MODERATOR_TOKEN"]],
    ["word-clusters", "-h", "npm run clusters -- --embeddings FILE", ["--seed N", "clusters.txt"]],
    ["literals", "--help", "npm run literals", ["required-literals.generated.json"]],
    ["openapi", "--help", "npm run openapi", ["docs/openapi.json"]],
    ["demo", "--help", "npm run demo", ["API_URL", "MODERATOR_TOKEN", "DEMO_TIMEOUT_SECONDS"]],
  ])(
    "%s %s prints its usage on stdout, exit 0, without reading stdin",
    async (script, flag, usage, mentions) => {
      const r = await run(script, [flag]);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout.startsWith(`usage: ${usage}`)).toBe(true);
      for (const m of mentions) expect(r.stdout).toContain(m);
      expect(r.stdout).toContain("-h, --help");
      // eval:targets lists the sets it takes, as its unknown-set message does.
      if (script === "eval-targets") expect(r.stdout).toMatch(SETS);
    },
  );

  it.each([
    ["train", ["--data", EMPTY_DATA, "--out", OUT], "npm run train", ["--out FILE", "--epochs N"]],
    ["eval", ["--data", EMPTY_DATA, "--no-write"], "npm run eval", ["--no-write", "docs/accuracy.md"]],
  ])("%s answers quickly and touches no artifact", async (script, safety, usage, mentions) => {
    const committed = ["functions/engine/model/artifact.model.json", "docs/accuracy.md"];
    const before = committed.map(fingerprint);
    // --help first, then options that would make a run that ignored it stop at once on the missing datasets.
    const r = await run(script, ["--help", ...safety]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout.startsWith(`usage: ${usage}`)).toBe(true);
    for (const m of mentions) expect(r.stdout).toContain(m);
    expect(r.ms).toBeLessThan(10_000);
    expect(existsSync(OUT)).toBe(false);
    expect(committed.map(fingerprint)).toEqual(before);
  });
});

describe("an unknown option", () => {
  it.each([
    ["classify", "classify"],
    ["eval-targets", "eval:targets"],
    ["train", "train"],
    ["eval", "eval"],
    ["moderation-report", "report:moderation"],
  ])("%s refuses it in one line naming it, exit 2, nothing on stdout", async (script, tool) => {
    const r = await run(script, ["--verbose-ish"]);
    expect(r).toMatchObject({
      code: 2,
      stdout: "",
      stderr: `${tool}: unknown option --verbose-ish (--help lists the options)\n`,
    });
  });

  it("train refuses --out without a file rather than writing the committed artifact", async () => {
    const r = await run("train", ["--data", EMPTY_DATA, "--out"]);
    expect(r).toMatchObject({ code: 2, stderr: "train: --out needs a value (--help lists the options)\n" });
  });
});

describe("eval:targets sets", () => {
  it("names an unknown set and lists the sets, exit 2, no stack trace", async () => {
    const r = await run("eval-targets", ["--set", "holdout40"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr.startsWith('eval:targets: no fixture set "holdout40" (sets: ')).toBe(true);
    expect(r.stderr).toMatch(SETS);
  });

  it("names a --file it cannot read, in one line", async () => {
    const missing = join(TMP, "missing.jsonl");
    const r = await run("eval-targets", ["--file", missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(ONE_LINE);
    expect(r.stderr).toContain(`eval:targets: cannot read ${missing}: ENOENT`);
  });
});
