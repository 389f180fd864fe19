/** The word-cluster file `data/word-clusters/clusters.txt`: one line per cluster, "id word word ...". */
import { existsSync, readFileSync } from "node:fs";

/** Reads the file training uses; undefined when it is absent (the model then has no cluster features). */
function readWordClusters(path: string): Map<string, number> | undefined {
  if (!existsSync(path)) return undefined;
  const clusters = new Map<string, number>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const [id, ...words] = line.trim().split(" ");
    if (!id) continue;
    for (const w of words) clusters.set(w, Number(id));
  }
  return clusters;
}

/** One line per cluster, its words in frequency order: "12 hang lynch string". */
function formatClusters(words: readonly string[], assign: Int32Array, k: number): string {
  const members: string[][] = Array.from({ length: k }, () => []);
  words.forEach((w, i) => {
    members[assign[i]!]!.push(w);
  });
  return `${members.map((m, c) => `${c} ${m.join(" ")}`).join("\n")}\n`;
}

export { formatClusters, readWordClusters };
