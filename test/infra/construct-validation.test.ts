import { App, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import { Queue } from "aws-cdk-lib/aws-sqs";
import { describe, expect, it } from "vitest";
import { BundledFunction } from "../../lib/constructs/bundled-function.js";
import { CommentApi } from "../../lib/constructs/comment-api.js";
import { CommentsTable } from "../../lib/constructs/comments-table.js";
import { ModeratorAuth } from "../../lib/constructs/moderator-auth.js";
import { PipelineAlarms } from "../../lib/constructs/pipeline-alarms.js";
import { RouteHandler } from "../../lib/constructs/route-handler.js";
import { ROUTES } from "../../lib/resource-definitions.js";

const LOGS = { logRetention: RetentionDays.ONE_DAY, logRemovalPolicy: RemovalPolicy.DESTROY } as const;

/** A stack whose functions are never bundled: these tests only construct, they do not synthesize. */
function bareStack(): Stack {
  return new Stack(new App({ context: { "aws:cdk:bundling-stacks": [] } }), "Test");
}

describe("CommentApi props", () => {
  it("reports every problem in one error", () => {
    const stack = bareStack();
    const table = new CommentsTable(stack, "Table");
    const queue = new Queue(stack, "Queue");
    const route = ROUTES[0];
    if (route === undefined) throw new Error("ROUTES is empty");
    const handlers = ["A", "B"].map(
      (id) =>
        new RouteHandler(stack, id, { route, table, queue, allowedOrigins: ["https://a.example"], ...LOGS }),
    );
    const build = () =>
      new CommentApi(stack, "Api", {
        handlers,
        userPool: new ModeratorAuth(stack, "Auth").userPool,
        allowedOrigins: ["*"],
        publicThrottle: { rateLimit: 1, burstLimit: 1 },
        moderationThrottle: { rateLimit: 1, burstLimit: 1 },
        ...LOGS,
      });
    expect(build).toThrow(
      `CommentApi: route ${route.method} ${route.path} is defined twice; allowedOrigins must not contain the wildcard *`,
    );
  });
});

describe("PipelineAlarms props", () => {
  it("refuses both a new e-mail topic and an existing topic", () => {
    const stack = bareStack();
    const queue = new Queue(stack, "Queue");
    expect(
      () =>
        new PipelineAlarms(stack, "Alarms", {
          queue,
          deadLetterQueue: queue,
          oldestMessageAgeSeconds: 300,
          alarmEmail: "ops@news.example",
          alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:ops",
        }),
    ).toThrow("set alarmEmail or alarmTopicArn, not both");
  });
});

describe("BundledFunction props", () => {
  it("refuses an entry that esbuild cannot bundle as a handler module", () => {
    const stack = bareStack();
    expect(
      () =>
        new BundledFunction(stack, "Fn", {
          entry: "functions/handlers/README.md",
          description: "x",
          timeout: Duration.seconds(1),
          memorySize: 128,
          ...LOGS,
        }),
    ).toThrow(/entry must be a \.ts, \.js or \.mjs file/);
  });
});
