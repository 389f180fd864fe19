#!/usr/bin/env node
/**
 * CDK entry point (`cdk.json` runs it with tsx). Settings come from CDK context: `cdk.json` or `-c key=value`;
 * see docs/configuration.md.
 */
import { createPipelineApp } from "../lib/pipeline-app.js";

const { app } = createPipelineApp();
app.synth();
