/**
 * The five product targets, measured on the hand-written fixture sets in test/fixtures/engine. One
 * definition serves `npm run eval:targets` and the engine test, so the two can never count differently.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Judgement } from "../../functions/domain/schemas.js";

interface FixtureLine {
  id: string;
  text: string;
  article?: { id?: string; title: string; tags?: string[]; body?: string };
  /** `language: "non-en"` marks a clean comment mostly in another language (always held, never judged). */
  expected: { class: "clean" | "violation"; category?: string; language?: string };
}

interface TargetCounts {
  clean: number;
  violation: number;
  cleanApproved: number;
  cleanRejected: number;
  violApproved: number;
  violRejected: number;
  /** Rejected violations whose primary category is the expected guideline. */
  right: number;
}

interface Miss {
  readonly line: FixtureLine;
  readonly judgement: Judgement;
  readonly wrongGuideline: boolean;
}

const FIXTURE_DIR = fileURLToPath(new URL("../../test/fixtures/engine/", import.meta.url));

/** Every fixture set by name (`dev`, `holdout`, `holdout2`, ...), in a stable order. */
function fixtureSetNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => f.slice(0, -".jsonl".length))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

function readFixtureSet(name: string): FixtureLine[] {
  return readFixtureFile(`${FIXTURE_DIR}${name}.jsonl`);
}

/** A labelled set in the fixture format anywhere on disk (a site's own moderated sample, a fresh unseen set). */
function readFixtureFile(path: string): FixtureLine[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as FixtureLine);
}

/** Judges every line and counts what the targets need; `misses` lists what a human would look at first. */
function countTargets(
  lines: readonly FixtureLine[],
  judge: (line: FixtureLine) => Judgement,
): { counts: TargetCounts; misses: Miss[] } {
  const counts: TargetCounts = {
    clean: 0,
    violation: 0,
    cleanApproved: 0,
    cleanRejected: 0,
    violApproved: 0,
    violRejected: 0,
    right: 0,
  };
  const misses: Miss[] = [];
  for (const line of lines) {
    const judgement = judge(line);
    const { decision } = judgement;
    if (line.expected.class === "clean") {
      counts.clean++;
      if (decision === "approved") counts.cleanApproved++;
      else misses.push({ line, judgement, wrongGuideline: false });
      if (decision === "rejected") counts.cleanRejected++;
      continue;
    }
    counts.violation++;
    if (decision === "approved") counts.violApproved++;
    if (decision !== "rejected") {
      misses.push({ line, judgement, wrongGuideline: false });
      continue;
    }
    counts.violRejected++;
    if (judgement.categories[0] === line.expected.category) counts.right++;
    else misses.push({ line, judgement, wrongGuideline: true });
  }
  return { counts, misses };
}

export type { FixtureLine, Miss, TargetCounts };
export { countTargets, fixtureSetNames, readFixtureFile, readFixtureSet };
