/**
 * The one synthesis that runs like `cdk synth`: esbuild bundles every function, CDK's built-in CloudFormation
 * validation and the cdk-nag plugin run. Checks that each bundle is ESM with the createRequire banner, has a
 * source map, and loads in plain Node with a `handler` export.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CloudAssembly } from "aws-cdk-lib/cx-api";
import { beforeAll, describe, expect, it } from "vitest";
import { ESM_REQUIRE_BANNER } from "../../lib/constructs/bundled-function.js";
import { ENV, ROUTES } from "../../lib/resource-definitions.js";
import { logicalId, type SynthesizedPipeline, synthPipeline } from "./synth-pipeline.js";

let synth: SynthesizedPipeline;
let assembly: CloudAssembly;

beforeAll(() => {
  synth = synthPipeline({ bundle: true, cfnValidation: true });
  // Template.fromStack has synthesized already; this returns the same assembly.
  assembly = synth.app.synth();
});

function bundleDir(fnLogicalId: string): string {
  const code = synth.template.toJSON().Resources[fnLogicalId].Properties.Code;
  const key = code.S3Key as string;
  return join(assembly.directory, `asset.${key.replace(/\.zip$/, "")}`);
}

function functionIds(): { name: string; id: string }[] {
  return [
    ...synth.stack.routeHandlers.map((h) => ({
      name: h.route.entry,
      id: logicalId(synth.stack, h.handler.function),
    })),
    { name: "worker", id: logicalId(synth.stack, synth.stack.worker.handler.function) },
  ];
}

describe("synthesis like cdk synth", () => {
  it("reports nothing from the validation plugins, warnings included", () => {
    // cdk-nag errors would have failed synthesis already; CDK's CloudFormation schema checks only warn.
    const reportPath = join(assembly.directory, "validation-report.json");
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as {
      pluginReports: { pluginName: string; violations?: { ruleName: string; severity?: string }[] }[];
    };
    const findings = report.pluginReports.flatMap((p) =>
      (p.violations ?? []).map((v) => `${p.pluginName}: ${v.severity} ${v.ruleName}`),
    );
    expect(findings).toEqual([]);
  });

  it("bundles every function as ESM with the require banner and a source map", () => {
    expect(functionIds()).toHaveLength(ROUTES.length + 1);
    for (const { name, id } of functionIds()) {
      const dir = bundleDir(id);
      const code = readFileSync(join(dir, "index.mjs"), "utf8");
      expect(code.startsWith(ESM_REQUIRE_BANNER), name).toBe(true);
      expect(existsSync(join(dir, "index.mjs.map")), name).toBe(true);
      expect(code, name).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    }
  });

  it("produces bundles that load in plain Node and export a handler", () => {
    const env = {
      ...process.env,
      [ENV.tableName]: "comments",
      [ENV.queueUrl]: "https://sqs.eu-west-1.amazonaws.example/123456789012/comments",
      [ENV.allowedOrigins]: "http://localhost:3000",
      [ENV.moderatorGroup]: "moderators",
      AWS_REGION: "eu-west-1",
    };
    // A child process, so Node (not vitest's module runner) loads the bundles exactly as Lambda would.
    // Each import is caught so a failure names the function and the error, not the minified source.
    const bundles = functionIds().map(({ name, id }) => ({
      name,
      url: pathToFileURL(join(bundleDir(id), "index.mjs")).href,
    }));
    const script = `const results = {};
      for (const { name, url } of ${JSON.stringify(bundles)}) {
        try { results[name] = typeof (await import(url)).handler; }
        catch (error) { results[name] = String(error).split("\\n")[0].slice(0, 300); }
      }
      process.stdout.write(JSON.stringify(results));`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      env,
      encoding: "utf8",
    });
    expect(JSON.parse(out)).toEqual(Object.fromEntries(bundles.map(({ name }) => [name, "function"])));
  });
});
