/**
 * Builds the CDK app: the pipeline stack plus the cdk-nag AWS Solutions checks, which run at synthesis
 * (`Validations`), so an unacknowledged finding fails `cdk synth`. bin/app.ts and the infra tests share it.
 */
import { App, type AppProps, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { CommentPipelineStack, type CommentPipelineStackProps } from "./comment-pipeline-stack.js";

const STACK_NAME = "CommentModerationPipeline";

interface PipelineApp {
  readonly app: App;
  readonly stack: CommentPipelineStack;
}

/**
 * @param appProps passed to `new App` (tests pass context here)
 * @param stackProps passed to the stack; no `env`, so synth never looks up an account or region
 */
function createPipelineApp(appProps: AppProps = {}, stackProps: CommentPipelineStackProps = {}): PipelineApp {
  const app = new App(appProps);
  const stack = new CommentPipelineStack(app, STACK_NAME, {
    description: "Comment moderation pipeline for news sites: API Gateway, SQS, Lambda, DynamoDB, Cognito",
    ...stackProps,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack };
}

export type { PipelineApp };
export { createPipelineApp, STACK_NAME };
