/**
 * Speed benchmark (not a test): comments per second of the guideline engine vs obscenity's profanity check alone
 * on the same input in the same run, latency per comment (p50 / p99 / max) including 5,000-character comments,
 * and the engine's cold start (module load + model load + construction + first judgement).
 *
 *   npm run -s bench:engine
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const coldStart = performance.now();
const { createGuidelineEngine } = await import("../functions/engine/index.js");
const imported = performance.now();
const engine = createGuidelineEngine();
const constructed = performance.now();
engine.judge({ text: "Warm up the engine once." });
const coldMs = performance.now() - coldStart;
const cold = {
  importMs: imported - coldStart,
  constructMs: constructed - imported,
  firstJudgeMs: coldMs - (constructed - coldStart),
};

const { englishDataset, englishRecommendedTransformers, RegExpMatcher } = await import("obscenity");
const { datasetFile, loadLabelled } = await import("../scripts/lib/datasets.js");

const fixtures = fileURLToPath(new URL("../test/fixtures/engine/", import.meta.url));
const short: { text: string; article?: { title: string; tags?: string[]; body?: string } }[] = readdirSync(
  fixtures,
)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) =>
    readFileSync(`${fixtures}${f}`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map(
        (l) => JSON.parse(l) as { text: string; article?: { title: string; tags?: string[]; body?: string } },
      ),
  );

/** 5,000-character comments: civil prose, evasions, and pathological inputs for regex backtracking. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(5000 / unit.length)).slice(0, 5000);
}
const long = [
  fill(
    "The coalition said its aircraft struck ISIS positions near the border, and residents of Mosul say rebuilding is slow. ",
  ),
  fill("f u c k  y o u  i d i o t  w w w . spam . com  "),
  fill("a"),
  fill("aaaa bbbb "),
  fill("@@@@ $$$$ !!!! **** "),
  fill("you are a "),
  fill("i will "),
  fill("ｆｕｃｋ\u200b shіt "),
  fill("1234567 "),
  fill("muslims are muslims are "),
  fill("http://x.com/"),
  fill("the the the the "),
  fill("x.".repeat(3)),
  fill("abc@def"),
].map((text) => ({ text }));

/** 5,000-character comments as readers write them: consecutive fixture comments joined (40 different texts). */
const prose: { text: string }[] = [];
for (let i = 0, at = 0; i < 40; i++) {
  let text = "";
  while (text.length < 5000) text += `${short[at++ % short.length]!.text} `;
  prose.push({ text: text.slice(0, 5000) });
}

/**
 * Adversarial 5,000-character comments, the worst a comment can ask of the rules: the words every rule waits for
 * (the required literals of `npm run literals`), each repeated with a separator, and seeded random sequences of
 * them, so that nearly every rule runs over the whole text. The same texts on every run.
 */
function adversarial(count: number): { text: string }[] {
  const table = JSON.parse(
    readFileSync(
      new URL("../functions/engine/detectors/required-literals.generated.json", import.meta.url),
      "utf8",
    ),
  ) as { expressions: Record<string, string[][]> };
  const words = [
    ...new Set(
      Object.values(table.expressions)
        .flat(2)
        // \u0001 marks a word boundary in the table.
        .map((l) => l.replaceAll("\u0001", "").trim())
        .filter((w) => w.length >= 2),
    ),
  ].sort();
  const separators = [" ", "", ".", "  ", "-", "\n", " a ", "'", ", ", "!"];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out: { text: string }[] = [];
  const step = Math.max(1, Math.floor(words.length / (count / 2)));
  for (let i = 0; i < words.length && out.length < count / 2; i += step)
    out.push({ text: fill(words[i]! + separators[i % separators.length]) });
  while (out.length < count) {
    const sep = separators[out.length % separators.length]!;
    let text = "";
    while (text.length < 5000) text += words[Math.floor(next() * words.length)] + sep;
    out.push({ text: text.slice(0, 5000) });
  }
  return out;
}
const hostile = adversarial(300);

/**
 * Real news comments, when the shared datasets sit beside the repository (`../shared/datasets`, as for `npm run
 * eval`): the first 3,000 Globe and Mail comments of the UCC corpus, read in place (evaluation only, never copied).
 * The fixture comments are test cases, dense with violations; these show the speed on what readers actually write.
 */
const DATA_ROOT = fileURLToPath(new URL("../../shared/datasets/", import.meta.url));
const realComments: { text: string }[] = existsSync(datasetFile(DATA_ROOT, "ucc"))
  ? loadLabelled(DATA_ROOT, "ucc")
      .slice(0, 3000)
      .map((r) => ({ text: r.text }))
  : [];

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const rulesOnly = createGuidelineEngine({ useModel: false });

type Contender = { readonly label: string; readonly fn: (text: string, i: number) => unknown };

/**
 * Comments per second of each contender on the same inputs. The contenders take turns, one pass each, for
 * about 1.5 s each in all: on a shared machine, load that changes during the run then weighs on all alike instead
 * of on whichever happened to run last.
 */
function throughput(contenders: readonly Contender[], inputs: readonly { text: string }[]): number[] {
  // Warm up: three passes, so every regular expression is compiled and optimised before timing.
  for (const c of contenders)
    for (let r = 0; r < 3; r++) for (let i = 0; i < inputs.length; i++) c.fn(inputs[i]!.text, i);
  const spent = contenders.map(() => 0);
  const passes = contenders.map(() => 0);
  const start = performance.now();
  while (performance.now() - start < 1500 * contenders.length) {
    contenders.forEach((c, k) => {
      const t = performance.now();
      for (let i = 0; i < inputs.length; i++) c.fn(inputs[i]!.text, i);
      spent[k]! += performance.now() - t;
      passes[k]!++;
    });
  }
  return contenders.map((c, k) => {
    const perSecond = (passes[k]! * inputs.length) / (spent[k]! / 1000);
    console.log(
      `${c.label.padEnd(44)} ${Math.round(perSecond).toLocaleString("en-US").padStart(10)} comments/s`,
    );
    return perSecond;
  });
}

/** Garbage-collection pauses seen while a latency run is measured: they count in its figures, as in production. */
const gcPauses: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
}).observe({ entryTypes: ["gc"] });
/** GC entries reach the observer asynchronously, after the synchronous measurement loop. */
function gcEntriesDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

/**
 * Latency of every judgement of a warm engine (5 untimed rounds, then `rounds` timed rounds): p50, p99 and the
 * honest maximum, GC pauses included; with `kinds`, each input's own p50 and maximum too.
 */
async function latency(
  label: string,
  fn: (i: number) => unknown,
  count: number,
  rounds = 20,
  kinds?: string[],
) {
  const times: number[] = [];
  const byInput: number[][] = Array.from({ length: count }, () => []);
  for (let r = 0; r < 5; r++) for (let i = 0; i < count; i++) fn(i);
  await gcEntriesDelivered();
  gcPauses.length = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < count; i++) {
      const t = process.hrtime.bigint();
      fn(i);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      times.push(ms);
      byInput[i]!.push(ms);
    }
  }
  await gcEntriesDelivered();
  const pauses = [...gcPauses];
  times.sort((a, b) => a - b);
  const q = (sorted: readonly number[], p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  const over = times.filter((t) => t > 1).length;
  console.log(
    `${label.padEnd(44)} p50 ${q(times, 0.5).toFixed(3)} ms  p99 ${q(times, 0.99).toFixed(3)} ms  max ${times[times.length - 1]!.toFixed(3)} ms` +
      `  (${over} of ${times.length} over 1 ms; ${pauses.length} GC pauses, longest ${Math.max(0, ...pauses).toFixed(2)} ms)`,
  );
  if (kinds) {
    for (let i = 0; i < count; i++) {
      const sorted = [...byInput[i]!].sort((a, b) => a - b);
      console.log(
        `    ${kinds[i]!.padEnd(40)} p50 ${q(sorted, 0.5).toFixed(3)} ms  max ${sorted[sorted.length - 1]!.toFixed(3)} ms`,
      );
    }
  }
}

console.log(
  `engine ${engine.version}; ${short.length} fixture comments, ${long.length} repetitive and ${prose.length} prose comments of 5,000 chars`,
);
console.log(
  `cold start (import + model + construct + first judge): ${coldMs.toFixed(0)} ms` +
    ` (import ${cold.importMs.toFixed(0)} ms under tsx, construct ${cold.constructMs.toFixed(0)} ms, first judge ${cold.firstJudgeMs.toFixed(1)} ms)`,
);
console.log("\nthroughput, fixture comments (same input, same run, interleaved):");
const [ours, , theirs] = throughput(
  [
    {
      label: "guideline engine (rules + model, all guidelines)",
      fn: (t, i) => engine.judge({ text: t }, short[i]?.article),
    },
    { label: "guideline engine (rules only)", fn: (t, i) => rulesOnly.judge({ text: t }, short[i]?.article) },
    { label: "obscenity hasMatch (profanity only)", fn: (t) => matcher.hasMatch(t) },
  ],
  short,
);
console.log(`ratio engine / obscenity: ${(ours! / theirs!).toFixed(2)}x`);
/** The engine against obscenity on other inputs (no article), interleaved, with the ratio. */
function versusObscenity(title: string, inputs: readonly { text: string }[]): void {
  console.log(`\nthroughput, ${title} (interleaved):`);
  const [engineRate, obscenityRate] = throughput(
    [
      { label: "guideline engine (rules + model)", fn: (t) => engine.judge({ text: t }) },
      { label: "obscenity hasMatch", fn: (t) => matcher.hasMatch(t) },
    ],
    inputs,
  );
  console.log(`ratio engine / obscenity: ${(engineRate! / obscenityRate!).toFixed(2)}x`);
}
if (realComments.length > 0)
  versusObscenity(
    `real news comments (${realComments.length.toLocaleString("en-US")} from UCC, Globe and Mail)`,
    realComments,
  );
else console.log("\n(real news comments skipped: ../shared/datasets not found beside the repository)");
versusObscenity("5,000-char repetitive and pathological comments", long);
versusObscenity("5,000-char prose comments (fixture comments joined)", prose);
console.log("\nlatency per comment (engine, rules + model):");
await latency(
  "fixture comments",
  (i) => engine.judge({ text: short[i]!.text }, short[i]!.article),
  short.length,
);
const kinds = long.map((l) => JSON.stringify(l.text.slice(0, 24)));
await latency("5,000-char comments", (i) => engine.judge({ text: long[i]!.text }), long.length, 20, kinds);
await latency("5,000-char prose comments", (i) => engine.judge({ text: prose[i]!.text }), prose.length);
await latency(
  "5,000-char adversarial literal mixtures",
  (i) => engine.judge({ text: hostile[i]!.text }),
  hostile.length,
  2,
);
await latency(
  "5,000-char comments, rules only",
  (i) => rulesOnly.judge({ text: long[i]!.text }),
  long.length,
);
