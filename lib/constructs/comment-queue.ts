/**
 * The ingest queue and its dead-letter queue. Settings come from COMMENT_QUEUE so the local runner's queues
 * behave the same. Both queues are encrypted at rest (SQS-managed keys) and refuse non-TLS requests.
 */
import { Duration } from "aws-cdk-lib";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { COMMENT_QUEUE, WORKER } from "../resource-definitions.js";

/** AWS asks for a visibility timeout of at least six times the consuming function's timeout. */
const MIN_VISIBILITY_TO_TIMEOUT_RATIO = 6;

class CommentQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    if (COMMENT_QUEUE.visibilityTimeoutSeconds < WORKER.timeoutSeconds * MIN_VISIBILITY_TO_TIMEOUT_RATIO) {
      throw new Error(
        `CommentQueue: visibility timeout ${COMMENT_QUEUE.visibilityTimeoutSeconds}s must be at least ` +
          `${MIN_VISIBILITY_TO_TIMEOUT_RATIO}x the worker timeout (${WORKER.timeoutSeconds}s)`,
      );
    }

    this.deadLetterQueue = new Queue(this, "DeadLetterQueue", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(COMMENT_QUEUE.deadLetterRetentionDays),
    });
    this.queue = new Queue(this, "Queue", {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(COMMENT_QUEUE.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(COMMENT_QUEUE.retentionDays),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: COMMENT_QUEUE.maxReceiveCount },
    });
  }
}

export { CommentQueue };
