#!/usr/bin/env node
/**
 * CDK entry point (`cdk.json` runs it with tsx). Settings come from CDK context: `cdk.json` or `-c key=value`;
 * see docs/configuration.md.
 */
import { createPipelineApp } from "../lib/pipeline-app.js";
import { SiteSettingsError } from "../lib/site-settings.js";

try {
  const { app } = createPipelineApp();
  app.synth();
} catch (error) {
  // Bad settings are the user's to fix: print the list of problems without a stack trace.
  if (!(error instanceof SiteSettingsError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
