/**
 * Writes the engine's precomputed required literals and its rules' fingerprint (`npm run literals`); run after
 * changing any file of functions/engine/ but the model.
 */
import { writeFileSync } from "node:fs";
import { exitOnHelpOrBadArgs } from "./lib/args.js";

exitOnHelpOrBadArgs(process.argv.slice(2), {
  tool: "literals",
  help: `usage: npm run literals

Writes the engine's precomputed required literals and its rules' fingerprint; run after changing any file of
functions/engine/ but the model. Takes no options.

reads   the engine's rules (functions/engine)
writes  functions/engine/detectors/required-literals.generated.json (a COMMITTED file); its path to stderr

options:
  -h, --help   print this help and exit

environment: none read
`,
});

// After the check: building the table compiles every rule of the engine.
const { buildRequiredLiteralsTable } = await import("./lib/required-literals-table.js");

const target = new URL("../functions/engine/detectors/required-literals.generated.json", import.meta.url);
const table = buildRequiredLiteralsTable();
// One expression per line: small, and a rule change shows as a one-line diff.
const lines = Object.entries(table.expressions).map(
  ([key, sets]) => `  ${JSON.stringify(key)}: ${JSON.stringify(sets)}`,
);
const json = `{\n "comment": ${JSON.stringify(table.comment)},\n "rules": ${JSON.stringify(table.rules)},\n "expressions": {\n${lines.join(",\n")}\n }\n}\n`;
writeFileSync(target, json);
process.stderr.write(`wrote ${target.pathname} (${lines.length} expressions)\n`);
