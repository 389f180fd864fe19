/**
 * Runs the worker the way Lambda's SQS event source mapping does: long-polls, invokes the handler with a batch,
 * deletes only the records not reported in `batchItemFailures`, and leaves failed ones to reappear after the
 * visibility timeout (the queue's redrive policy then moves them to the DLQ). A handler that throws, times out
 * or reports an unknown id fails the whole batch, as in Lambda.
 */
import { randomUUID } from "node:crypto";
import {
  DeleteMessageBatchCommand,
  type Message,
  ReceiveMessageCommand,
  type SQSClient,
} from "@aws-sdk/client-sqs";
import type { SQSBatchResponse } from "aws-lambda";
import { WORKER } from "../lib/resource-definitions.js";
import { errorMessage } from "./errors.js";
import { lambdaContext, type SqsHandler, withTimeout } from "./handlers.js";
import { toSqsRecord } from "./sqs-event.js";

interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  region: string;
  handler: SqsHandler;
  /** Concurrent pollers, each invoking the handler with its own batches. */
  concurrency: number;
  batchSize: number;
  waitTimeSeconds: number;
  log: (line: string) => void;
}

interface Poller {
  /** True while every loop runs and the last receive succeeded. */
  healthy(): boolean;
  stop(): Promise<void>;
}

const RETRY_DELAY_MS = 1_000;

/** Ids to keep on the queue, or every id when the response is malformed (Lambda fails the whole batch). */
function failedIds(response: unknown, ids: readonly string[]): Set<string> {
  if (response === undefined || response === null) return new Set();
  if (typeof response !== "object") return new Set(ids);
  const failures = (response as Partial<SQSBatchResponse>).batchItemFailures;
  if (failures === undefined || failures === null) return new Set();
  if (!Array.isArray(failures)) return new Set(ids);
  const reported: unknown[] = failures.map((f: unknown) =>
    typeof f === "object" && f !== null && "itemIdentifier" in f ? f.itemIdentifier : undefined,
  );
  const valid = reported.filter((id): id is string => typeof id === "string" && ids.includes(id));
  return valid.length === reported.length ? new Set(valid) : new Set(ids);
}

async function invoke(options: PollerOptions, messages: Message[]): Promise<Set<string>> {
  const records = messages.map((m) => toSqsRecord(m, options.queueArn, options.region));
  const ids = records.map((r) => r.messageId);
  const timeoutMs = WORKER.timeoutSeconds * 1000;
  const requestId = randomUUID();
  const context = lambdaContext({
    functionName: "worker",
    requestId,
    timeoutMs,
    memoryMb: WORKER.memoryMb,
    region: options.region,
  });
  try {
    const response = await withTimeout(options.handler({ Records: records }, context), timeoutMs, "worker");
    return failedIds(response, ids);
  } catch (error) {
    options.log(`worker failed, whole batch of ${ids.length} will retry: ${errorMessage(error)}`);
    return new Set(ids);
  }
}

async function deleteSucceeded(
  options: PollerOptions,
  messages: Message[],
  failed: Set<string>,
): Promise<void> {
  const done = messages.filter((m) => m.MessageId && !failed.has(m.MessageId));
  for (let i = 0; i < done.length; i += 10) {
    const chunk = done.slice(i, i + 10);
    const out = await options.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.queueUrl,
        Entries: chunk.map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    for (const failure of out.Failed ?? [])
      options.log(`worker: delete failed: ${failure.Message ?? failure.Code}`);
  }
}

function startPoller(options: PollerOptions): Poller {
  const abort = new AbortController();
  let lastReceiveFailed = false;
  let running = 0;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      abort.signal.addEventListener(
        "abort",
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });

  const loop = async () => {
    running++;
    try {
      while (!abort.signal.aborted) {
        let messages: Message[];
        try {
          const out = await options.sqs.send(
            new ReceiveMessageCommand({
              QueueUrl: options.queueUrl,
              MaxNumberOfMessages: options.batchSize,
              WaitTimeSeconds: options.waitTimeSeconds,
              MessageSystemAttributeNames: ["All"],
              MessageAttributeNames: ["All"],
            }),
            { abortSignal: abort.signal },
          );
          lastReceiveFailed = false;
          messages = out.Messages ?? [];
        } catch (error) {
          if (abort.signal.aborted) break;
          lastReceiveFailed = true;
          options.log(`worker: receive failed, retrying: ${errorMessage(error)}`);
          await pause(RETRY_DELAY_MS);
          continue;
        }
        if (messages.length === 0) continue;
        const started = Date.now();
        const failed = await invoke(options, messages);
        try {
          await deleteSucceeded(options, messages, failed);
        } catch (error) {
          options.log(`worker: delete failed, messages will be redelivered: ${errorMessage(error)}`);
        }
        const retry = failed.size ? `, ${failed.size} left for retry` : "";
        options.log(`worker: batch of ${messages.length}${retry} ${Date.now() - started}ms`);
      }
    } finally {
      running--;
    }
  };

  const loops = Array.from({ length: Math.max(1, options.concurrency) }, () => loop());
  return {
    healthy: () => !abort.signal.aborted && running === loops.length && !lastReceiveFailed,
    stop: async () => {
      abort.abort();
      await Promise.allSettled(loops);
    },
  };
}

export type { Poller, PollerOptions };
export { failedIds, startPoller };
