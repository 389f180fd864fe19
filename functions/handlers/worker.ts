/**
 * The SQS worker: judges each submitted comment with the guideline engine and stores it once. Records are
 * processed independently; only the failed ones are reported back (reportBatchItemFailures) and retried, and a
 * message that keeps failing (malformed, or the table unreachable) ends in the dead-letter queue.
 */
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { ENV } from "../../lib/resource-definitions.js";
import { insertComment } from "../adapters/comment-repository.js";
import { createCommentRecord } from "../domain/comment-lifecycle.js";
import type { GuidelineEngine } from "../domain/guideline-engine.js";
import { judgeSafely } from "../domain/guideline-engine.js";
import { commentSubmittedMessageSchema } from "../domain/schemas.js";
import { createGuidelineEngine } from "../engine/index.js";
import { parseEnginePolicyJson } from "../engine/policy.js";
import { logger } from "../http/logger.js";

let engine: GuidelineEngine | undefined;

/** Built once per container; a bad ENGINE_POLICY fails every message loudly rather than judging with defaults. */
function guidelineEngine(): GuidelineEngine {
  engine ??= createGuidelineEngine(parseEnginePolicyJson(process.env[ENV.enginePolicy]));
  return engine;
}

async function judgeAndStore(record: SQSRecord): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch (cause) {
    throw new Error(`Message ${record.messageId} is not JSON`, { cause });
  }
  const message = commentSubmittedMessageSchema.parse(body);
  const { comment } = message;
  const judgement = judgeSafely(
    guidelineEngine(),
    { text: comment.text },
    comment.article && {
      id: comment.articleId,
      ...comment.article,
    },
  );
  const outcome = await insertComment(createCommentRecord(message, judgement, new Date().toISOString()));
  const receiveCount = record.attributes.ApproximateReceiveCount;
  if (outcome === "exists") {
    // A redelivery: the stored record (perhaps since decided by a moderator) is what counts, not this re-judgement.
    logger.info("comment already stored or erased", { commentId: message.id, receiveCount });
    return;
  }
  logger.info("comment judged", {
    commentId: message.id,
    status: judgement.decision,
    categories: judgement.categories,
    receiveCount,
  });
}

async function recordHandler(record: SQSRecord): Promise<void> {
  try {
    await judgeAndStore(record);
  } catch (error) {
    logger.error("message failed", {
      messageId: record.messageId,
      receiveCount: record.attributes.ApproximateReceiveCount,
      error,
    });
    throw error;
  }
}

function handler(event: SQSEvent, context?: Context): Promise<SQSBatchResponse> {
  if (context) logger.addContext(context);
  // A processor per invocation: its state (records, failures) must not be shared by two batches in flight at
  // once, as the local runner's concurrent pollers do (a shared one reported one batch's failures for another
  // and deleted an unstored message). Lambda runs one invocation per container, so it costs nothing there.
  const processor = new BatchProcessor(EventType.SQS);
  return processPartialResponse(event, recordHandler, processor, context ? { context } : undefined);
}

export { handler };
