/** Reads `data/word-clusters/clusters.txt` (written by `npm run clusters`): one line per cluster, "id word word ...". */
import { existsSync, readFileSync } from "node:fs";

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

export { readWordClusters };
