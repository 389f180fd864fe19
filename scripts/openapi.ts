/** Writes docs/openapi.json from the route table and the zod schemas (`npm run openapi`). */
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "./openapi/build-openapi.js";

const target = new URL("../docs/openapi.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
process.stderr.write(`wrote ${target.pathname}\n`);
