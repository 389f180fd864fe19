/**
 * Pipeline benchmark (`npm run bench:pipeline`): the local stack end to end on this machine. Posts N comments
 * with bounded concurrency, then waits until every one is stored, and reports ingest latency, end-to-end
 * throughput and memory. Local emulators are far slower than DynamoDB and SQS; the figures are for catching
 * regressions in our own code, not for sizing AWS.
 */
import { performance } from "node:perf_hooks";
import { startLocalStack } from "../local/stack.js";

// One JSON line per judged comment would drown the figures; the handlers are imported after this is set.
process.env.POWERTOOLS_LOG_LEVEL ??= "WARN";

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TEXTS = [
  "ISIS killed thousands in Mosul; the returning fighters should be tried here, in open court.",
  "The minister's decision is cowardly and the opposition is right to call it out.",
  "Shut up, nobody asked you, clown.",
  "Earn $500 a day from home! Visit www.quickcash-now.biz",
  "The bombing of Mosul killed civilians on both sides; we need an independent inquiry.",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const stack = await startLocalStack({ port: 0, log: () => undefined });
  try {
    const latencies: number[] = [];
    const ids: string[] = [];
    let next = 0;
    const started = performance.now();
    const post = async () => {
      while (next < COMMENTS) {
        const n = next++;
        const t0 = performance.now();
        const response = await fetch(`${stack.url}/comments`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            articleId: "bench-article",
            text: `${TEXTS[n % TEXTS.length]} (#${n})`,
            author: { name: "Bench" },
            clientRef: `bench-${n}`,
          }),
        });
        latencies.push(performance.now() - t0);
        if (response.status !== 202) throw new Error(`POST answered ${response.status}`);
        ids.push(((await response.json()) as { id: string }).id);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, post));
    const ingested = performance.now();
    process.stderr.write(`posted ${COMMENTS} comments; waiting for the worker...\n`);

    let pending = [...ids];
    while (pending.length > 0) {
      const checks = await Promise.all(
        pending.map(async (id) =>
          (await fetch(`${stack.url}/comments/${id}`)).status === 200 ? undefined : id,
        ),
      );
      pending = checks.filter((id): id is string => id !== undefined);
      if (pending.length > 0) {
        process.stderr.write(`  ${COMMENTS - pending.length}/${COMMENTS} stored\n`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const done = performance.now();
    latencies.sort((a, b) => a - b);
    const seconds = (done - started) / 1000;
    const rows: Array<[string, string]> = [
      ["comments", String(COMMENTS)],
      ["POST concurrency", String(CONCURRENCY)],
      [
        "POST latency p50 / p99 (ms)",
        `${percentile(latencies, 50).toFixed(1)} / ${percentile(latencies, 99).toFixed(1)}`,
      ],
      ["ingest rate (comments/s)", (COMMENTS / ((ingested - started) / 1000)).toFixed(0)],
      ["end to end: posted -> all stored (s)", seconds.toFixed(2)],
      ["end-to-end rate (comments/s)", (COMMENTS / seconds).toFixed(0)],
      ["runner RSS (MB, excluding the DynamoDB Local JVM)", (process.memoryUsage().rss / 2 ** 20).toFixed(0)],
    ];
    for (const [name, value] of rows) console.log(`${name.padEnd(52)} ${value}`);
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
