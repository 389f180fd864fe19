/** Writes docs/openapi.json from the route table and the zod schemas (`npm run openapi`). */
import { writeFileSync } from "node:fs";
import { exitOnHelpOrBadArgs } from "./lib/args.js";

exitOnHelpOrBadArgs(process.argv.slice(2), {
  tool: "openapi",
  help: `usage: npm run openapi

Writes the API's OpenAPI document from the route table and the zod schemas. Takes no options.

reads   the route table and schemas (functions/)
writes  docs/openapi.json (a COMMITTED file); its path to stderr

options:
  -h, --help   print this help and exit

environment: none read
`,
});

const { buildOpenApiDocument } = await import("./openapi/build-openapi.js");

const target = new URL("../docs/openapi.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
process.stderr.write(`wrote ${target.pathname}\n`);
