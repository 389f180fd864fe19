/**
 * The SQS-triggered worker that judges comments and stores them. Batching, partial batch failures (only the
 * failed messages are retried) and the concurrency cap come from WORKER; the engine policy is passed through
 * as an opaque JSON string for the engine to validate.
 */
import { Duration, type RemovalPolicy } from "aws-cdk-lib";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { ENV, WORKER, WORKER_ENTRY } from "../resource-definitions.js";
import { BundledFunction } from "./bundled-function.js";
import type { CommentsTable } from "./comments-table.js";

interface CommentWorkerProps {
  readonly queue: IQueue;
  readonly table: CommentsTable;
  /** @default - ENGINE_POLICY is not set and the engine uses its built-in policy */
  readonly enginePolicy?: Readonly<Record<string, unknown>>;
  readonly logRetention: RetentionDays;
  readonly logRemovalPolicy: RemovalPolicy;
}

class CommentWorker extends Construct {
  readonly handler: BundledFunction;

  constructor(scope: Construct, id: string, props: CommentWorkerProps) {
    super(scope, id);
    const environment: Record<string, string> = { [ENV.tableName]: props.table.table.tableName };
    if (props.enginePolicy !== undefined) environment[ENV.enginePolicy] = JSON.stringify(props.enginePolicy);

    // The bundle may import a model JSON file of a few MB; esbuild's default JSON loader inlines it.
    this.handler = new BundledFunction(this, "Handler", {
      entry: WORKER_ENTRY,
      description: "Judges queued comments against the site's guidelines and stores them",
      timeout: Duration.seconds(WORKER.timeoutSeconds),
      memorySize: WORKER.memoryMb,
      environment,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
    });
    this.handler.function.addEventSource(
      new SqsEventSource(props.queue, {
        batchSize: WORKER.batchSize,
        maxBatchingWindow: Duration.seconds(WORKER.maxBatchingWindowSeconds),
        reportBatchItemFailures: true,
        maxConcurrency: WORKER.maxConcurrency,
      }),
    );
    // Inserts only: a redelivered message's conditional PutItem fails on the stored record, so the worker never
    // reads, and never overwrites a human decision.
    props.table.grantWrite(this.handler.role);
  }
}

export type { CommentWorkerProps };
export { CommentWorker };
