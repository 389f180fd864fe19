/**
 * Builds the pipeline app for template tests with the context of cdk.json (feature flags and site settings),
 * as `cdk synth` does. Bundling is skipped unless asked for: esbuild runs once per function and is the slow
 * part of a synth.
 */
import { readFileSync } from "node:fs";
import type { App, CfnResource } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import type { CommentPipelineStack } from "../../lib/comment-pipeline-stack.js";
import { createPipelineApp } from "../../lib/pipeline-app.js";
import type { SiteSettingsInput } from "../../lib/site-settings.js";

interface SynthOptions {
  /** CDK context, as cdk.json or `-c` would give it. */
  readonly context?: Record<string, unknown>;
  /** Stack props settings. */
  readonly settings?: SiteSettingsInput;
  /** Run esbuild for every function. @default false */
  readonly bundle?: boolean;
  /**
   * Run CDK's built-in CloudFormation validation as `cdk synth` does; its engine takes seconds to load.
   * @default false
   */
  readonly cfnValidation?: boolean;
}

interface SynthesizedPipeline {
  readonly app: App;
  readonly stack: CommentPipelineStack;
  readonly template: Template;
}

/** The `context` block of cdk.json, which the CDK CLI passes to the app. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL("../../cdk.json", import.meta.url), "utf8")) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

function synthPipeline(options: SynthOptions = {}): SynthesizedPipeline {
  const context = {
    ...cdkJsonContext(),
    ...(options.bundle ? {} : { "aws:cdk:bundling-stacks": [] }),
    ...options.context,
  };
  const { app, stack } = createPipelineApp(
    { context, builtinCloudFormationValidation: options.cfnValidation ?? false },
    { settings: options.settings },
  );
  return { app, stack, template: Template.fromStack(stack) };
}

/** Logical id of a construct's CloudFormation resource (the construct itself or its default child). */
function logicalId(stack: CommentPipelineStack, construct: IConstruct): string {
  const resource = (construct.node.defaultChild ?? construct) as CfnResource;
  return stack.getLogicalId(resource);
}

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

/** Every Allow action in the inline policies attached to a role. */
function roleActions(template: Template, roleLogicalId: string): string[] {
  const policies = template.findResources("AWS::IAM::Policy");
  const actions: string[] = [];
  for (const policy of Object.values(policies)) {
    const roles = policy.Properties.Roles as { Ref: string }[];
    if (!roles.some((r) => r.Ref === roleLogicalId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
      if (statement.Effect !== "Allow") continue;
      actions.push(...(Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
    }
  }
  return actions.sort();
}

export type { SynthesizedPipeline, SynthOptions };
export { cdkJsonContext, logicalId, roleActions, synthPipeline };
