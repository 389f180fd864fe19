/**
 * The Lambda function behind one API route, with exactly the access its RouteDefinition `needs` and only the
 * environment variables that go with that access.
 */
import { Duration, type RemovalPolicy } from "aws-cdk-lib";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { API_FUNCTION, ENV, MODERATOR_GROUP, type RouteDefinition } from "../resource-definitions.js";
import { BundledFunction } from "./bundled-function.js";
import type { CommentsTable } from "./comments-table.js";

interface RouteHandlerProps {
  readonly route: RouteDefinition;
  readonly table: CommentsTable;
  readonly queue: IQueue;
  /** Origins the handler echoes in CORS headers (Lambda proxy integration: the handler writes them). */
  readonly allowedOrigins: readonly string[];
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

class RouteHandler extends Construct {
  readonly route: RouteDefinition;
  readonly handler: BundledFunction;

  constructor(scope: Construct, id: string, props: RouteHandlerProps) {
    super(scope, id);
    const { route } = props;
    this.route = route;
    const needsTable = route.needs.includes("table:read") || route.needs.includes("table:write");

    const environment: Record<string, string> = { [ENV.allowedOrigins]: props.allowedOrigins.join(",") };
    if (route.access === "moderator") environment[ENV.moderatorGroup] = MODERATOR_GROUP;
    if (needsTable) environment[ENV.tableName] = props.table.table.tableName;
    if (route.needs.includes("queue:send")) environment[ENV.queueUrl] = props.queue.queueUrl;

    this.handler = new BundledFunction(this, "Handler", {
      entry: route.entry,
      description: `${route.method} ${route.path}`,
      timeout: Duration.seconds(API_FUNCTION.timeoutSeconds),
      memorySize: API_FUNCTION.memoryMb,
      environment,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
    });

    const role = this.handler.role;
    for (const need of route.needs) {
      if (need === "queue:send") props.queue.grantSendMessages(role);
      else if (need === "table:read") props.table.grantRead(role);
      else props.table.grantWrite(role);
    }
  }
}

export type { RouteHandlerProps };
export { RouteHandler };
