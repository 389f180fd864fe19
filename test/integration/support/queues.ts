/** Direct SQS access to the local stack's queues with the real SDK client, as an operator would have in AWS. */
import {
  GetQueueAttributesCommand,
  type Message,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import { sqsClient } from "../../../local/aws-env.js";
import type { LocalStack } from "../../../local/stack.js";
import { eventually } from "./local-stack.js";

function queueClient(stack: LocalStack): SQSClient {
  return sqsClient({ region: stack.region, sqs: stack.endpoints.sqs });
}

async function depth(sqs: SQSClient, queueUrl: string): Promise<{ visible: number; inFlight: number }> {
  const out = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return {
    visible: Number(out.Attributes?.ApproximateNumberOfMessages ?? Number.NaN),
    inFlight: Number(out.Attributes?.ApproximateNumberOfMessagesNotVisible ?? Number.NaN),
  };
}

/** Waits until the worker has consumed every message: nothing visible, nothing in flight. */
async function waitUntilDrained(stack: LocalStack, timeoutMs = 20_000): Promise<void> {
  const sqs = queueClient(stack);
  try {
    await eventually(
      "the comment queue to drain",
      async () => {
        const { visible, inFlight } = await depth(sqs, stack.queueUrl);
        return visible === 0 && inFlight === 0 ? true : undefined;
      },
      { timeoutMs },
    );
  } finally {
    sqs.destroy();
  }
}

async function send(stack: LocalStack, bodies: readonly string[]): Promise<void> {
  const sqs = queueClient(stack);
  try {
    if (bodies.length === 1) {
      await sqs.send(new SendMessageCommand({ QueueUrl: stack.queueUrl, MessageBody: bodies[0] }));
      return;
    }
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: stack.queueUrl,
        Entries: bodies.map((body, n) => ({ Id: String(n), MessageBody: body })),
      }),
    );
    if (out.Failed?.length) throw new Error(`SendMessageBatch failed: ${JSON.stringify(out.Failed)}`);
  } finally {
    sqs.destroy();
  }
}

/** Collects dead-lettered messages until `done` accepts them (each message is read once and kept). */
async function waitForDeadLetters(
  stack: LocalStack,
  done: (messages: readonly Message[]) => boolean,
  timeoutMs = 30_000,
): Promise<Message[]> {
  const sqs = queueClient(stack);
  const seen: Message[] = [];
  try {
    return await eventually(
      "messages in the dead-letter queue",
      async () => {
        const out = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: stack.deadLetterQueueUrl,
            MaxNumberOfMessages: 10,
            WaitTimeSeconds: 1,
            VisibilityTimeout: 600,
            MessageSystemAttributeNames: ["All"],
          }),
        );
        seen.push(...(out.Messages ?? []));
        return done(seen) ? seen : undefined;
      },
      { timeoutMs, intervalMs: 0 },
    );
  } finally {
    sqs.destroy();
  }
}

export { depth, queueClient, send, waitForDeadLetters, waitUntilDrained };
