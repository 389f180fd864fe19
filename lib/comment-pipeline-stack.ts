/**
 * The whole comment pipeline in one stack: API Gateway -> ingest Lambda -> SQS -> worker Lambda -> DynamoDB,
 * the moderator API behind Cognito, alarms and outputs. Resource shapes come from lib/resource-definitions.ts;
 * per-site values come from site settings (CDK context or the `settings` prop).
 *
 * Ingest is a thin Lambda (POST /comments -> submit-comment -> SQS), not a direct API Gateway -> SQS
 * integration: the API must validate with zod and name each bad field, answer 415 and 413, and derive a
 * deterministic id from articleId + clientRef so retries are idempotent. A VTL mapping template can do none
 * of that, and a Lambda in front of the queue costs a few milliseconds.
 */
import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import { CommentApi } from "./constructs/comment-api.js";
import { CommentQueue } from "./constructs/comment-queue.js";
import { CommentWorker } from "./constructs/comment-worker.js";
import { CommentsTable } from "./constructs/comments-table.js";
import { ModeratorAuth } from "./constructs/moderator-auth.js";
import { PipelineAlarms } from "./constructs/pipeline-alarms.js";
import { RouteHandler } from "./constructs/route-handler.js";
import { ROUTES } from "./resource-definitions.js";
import {
  readSiteSettingsContext,
  resolveSiteSettings,
  type SiteSettings,
  type SiteSettingsInput,
} from "./site-settings.js";

interface CommentPipelineStackProps extends StackProps {
  /**
   * Site settings; each key given here wins over the same CDK context key. Validated with the context values.
   * @default - CDK context values, then the defaults in lib/site-settings.ts
   */
  readonly settings?: SiteSettingsInput;
}

/** Construct ids of the outputs, so deploy scripts and tests name them the same way. */
const OUTPUTS = {
  apiUrl: "ApiUrl",
  userPoolId: "UserPoolId",
  userPoolClientId: "UserPoolClientId",
  tableName: "CommentsTableName",
  queueUrl: "CommentQueueUrl",
  deadLetterQueueUrl: "DeadLetterQueueUrl",
} as const;

class CommentPipelineStack extends Stack {
  readonly settings: SiteSettings;
  readonly table: CommentsTable;
  readonly queue: CommentQueue;
  readonly auth: ModeratorAuth;
  readonly routeHandlers: readonly RouteHandler[];
  readonly worker: CommentWorker;
  readonly api: CommentApi;
  readonly alarms: PipelineAlarms;

  constructor(scope: Construct, id: string, props: CommentPipelineStackProps = {}) {
    super(scope, id, props);
    const settings = resolveSiteSettings({ ...readSiteSettingsContext(this.node), ...props.settings });
    this.settings = settings;
    const retain = settings.removalPolicy === "retain";
    const logs = {
      logRetention: settings.logRetentionDays,
      logRemovalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    };

    this.table = new CommentsTable(this, "Comments", { retain });
    this.queue = new CommentQueue(this, "CommentQueue");
    this.auth = new ModeratorAuth(this, "ModeratorAuth", { retain });

    this.routeHandlers = ROUTES.map(
      (route) =>
        new RouteHandler(this, routeId(route.entry), {
          route,
          table: this.table,
          queue: this.queue.queue,
          allowedOrigins: settings.allowedOrigins,
          ...logs,
        }),
    );
    this.worker = new CommentWorker(this, "Worker", {
      queue: this.queue.queue,
      table: this.table,
      enginePolicy: settings.enginePolicy,
      ...logs,
    });
    this.api = new CommentApi(this, "CommentApi", {
      handlers: this.routeHandlers,
      userPool: this.auth.userPool,
      allowedOrigins: settings.allowedOrigins,
      publicThrottle: { rateLimit: settings.publicRateLimit, burstLimit: settings.publicBurstLimit },
      moderationThrottle: {
        rateLimit: settings.moderationRateLimit,
        burstLimit: settings.moderationBurstLimit,
      },
      stageName: settings.stageName,
      cloudWatchRole: settings.apiGatewayCloudWatchRole,
      webAclArn: settings.webAclArn,
      ...logs,
    });
    this.alarms = new PipelineAlarms(this, "Alarms", {
      queue: this.queue.queue,
      deadLetterQueue: this.queue.deadLetterQueue,
      oldestMessageAgeSeconds: settings.oldestMessageAlarmSeconds,
      alarmEmail: settings.alarmEmail,
      alarmTopicArn: settings.alarmTopicArn,
    });

    this.addOutputs();
  }

  private addOutputs(): void {
    const outputs: Record<keyof typeof OUTPUTS, { value: string; description: string }> = {
      apiUrl: { value: this.api.api.url, description: "Base URL of the comment API (stage included)" },
      userPoolId: { value: this.auth.userPool.userPoolId, description: "Cognito user pool of moderators" },
      userPoolClientId: {
        value: this.auth.client.userPoolClientId,
        description: "App client id for the moderation UI",
      },
      tableName: { value: this.table.table.tableName, description: "DynamoDB table of comments" },
      queueUrl: {
        value: this.queue.queue.queueUrl,
        description: "SQS queue of comments waiting for the worker",
      },
      deadLetterQueueUrl: {
        value: this.queue.deadLetterQueue.queueUrl,
        description: "SQS dead-letter queue of comments the worker failed on",
      },
    };
    for (const [key, output] of Object.entries(outputs)) {
      new CfnOutput(this, OUTPUTS[key as keyof typeof OUTPUTS], output);
    }
  }
}

/** `functions/handlers/get-comment.ts` -> `GetCommentRoute`: stable logical ids derived from the entry. */
function routeId(entry: string): string {
  const base =
    entry
      .split("/")
      .pop()
      ?.replace(/\.[cm]?[jt]s$/, "") ?? entry;
  const pascal = base
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join("");
  return `${pascal}Route`;
}

export type { CommentPipelineStackProps };
export { CommentPipelineStack, OUTPUTS, routeId };
