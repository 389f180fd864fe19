/**
 * Writes the engine's precomputed required literals and its rules' fingerprint (`npm run literals`); run after
 * changing any file of functions/engine/ but the model.
 */
import { writeFileSync } from "node:fs";
import { buildRequiredLiteralsTable } from "./lib/required-literals-table.js";

const target = new URL("../functions/engine/detectors/required-literals.generated.json", import.meta.url);
const table = buildRequiredLiteralsTable();
// One expression per line: small, and a rule change shows as a one-line diff.
const lines = Object.entries(table.expressions).map(
  ([key, sets]) => `  ${JSON.stringify(key)}: ${JSON.stringify(sets)}`,
);
const json = `{\n "comment": ${JSON.stringify(table.comment)},\n "rules": ${JSON.stringify(table.rules)},\n "expressions": {\n${lines.join(",\n")}\n }\n}\n`;
writeFileSync(target, json);
process.stderr.write(`wrote ${target.pathname} (${lines.length} expressions)\n`);
