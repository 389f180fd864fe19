/**
 * The worker as Lambda's SQS event source runs it, against the real local queues: poison messages end in the
 * dead-letter queue after the redrive count without holding up good ones, and a redelivered message neither
 * creates a second record nor overwrites a moderator's decision. A 1 s visibility timeout keeps retries fast.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newCommentId } from "../../functions/domain/comment-ids.js";
import { COMMENT_QUEUE } from "../../lib/resource-definitions.js";
import type { ApiClient, CommentView, Page } from "./support/api-client.js";
import { apiClient } from "./support/api-client.js";
import { eventually, startTestStack, type TestStack } from "./support/local-stack.js";
import { depth, queueClient, send, waitForDeadLetters, waitUntilDrained } from "./support/queues.js";

let local: TestStack;
let api: ApiClient;

beforeAll(async () => {
  local = await startTestStack({ visibilityTimeoutSeconds: 1 });
  api = apiClient(local.stack.url);
});

afterAll(async () => {
  await local?.stack.stop();
});

async function stored(id: string): Promise<CommentView> {
  return eventually(`comment ${id} to be stored`, async () => {
    const response = await api.call<CommentView>("GET", `/moderation/comments/${id}`, {
      token: local.stack.moderatorToken,
    });
    return response.status === 200 ? response.body : undefined;
  });
}

async function recordsOf(articleId: string): Promise<CommentView[]> {
  const pages = await Promise.all(
    ["pending", "approved", "rejected"].map((status) =>
      api.call<Page>("GET", `/moderation/comments?status=${status}&articleId=${articleId}`, {
        token: local.stack.moderatorToken,
      }),
    ),
  );
  return pages.flatMap((page) => page.body.items);
}

async function deadLetterDepth(): Promise<number> {
  const sqs = queueClient(local.stack);
  try {
    const { visible, inFlight } = await depth(sqs, local.stack.deadLetterQueueUrl);
    return visible + inFlight;
  } finally {
    sqs.destroy();
  }
}

describe("worker", () => {
  it("moves a message it cannot process to the DLQ after the redrive count, and loses nothing else", async () => {
    const marker = randomUUID();
    const notJson = `not json ${marker}`;
    const wrongShape = JSON.stringify({ type: "comment.submitted", version: 99, marker });
    await send(local.stack, [notJson, wrongShape]);
    const articleId = `article-${marker}`;
    const good = await api.call<{ id: string }>("POST", "/comments", {
      json: { articleId, text: "Posted while poison messages were retried.", author: { name: "Omar" } },
    });
    expect(good.status).toBe(202);

    const dead = await waitForDeadLetters(local.stack, (messages) => {
      const bodies = messages.map((m) => m.Body);
      return bodies.includes(notJson) && bodies.includes(wrongShape);
    });
    expect(dead.filter((m) => m.Body?.includes(marker))).toHaveLength(2);
    // The good comment was stored exactly once, and nothing is left behind on the main queue.
    expect((await stored(good.body.id)).articleId).toBe(articleId);
    await waitUntilDrained(local.stack);
    expect((await recordsOf(articleId)).map((r) => r.id)).toEqual([good.body.id]);
    const retries = local.logs.filter((line) => / left for retry /.test(line)).length;
    expect(retries).toBeGreaterThanOrEqual(COMMENT_QUEUE.maxReceiveCount);
  });

  it("stores a redelivered message once and never overwrites a moderator's decision", async () => {
    const deadBefore = await deadLetterDepth();
    const articleId = `article-${randomUUID()}`;
    const id = newCommentId();
    const message = JSON.stringify({
      type: "comment.submitted",
      version: 1,
      id,
      submittedAt: new Date().toISOString(),
      comment: {
        articleId,
        text: "Delivered more than once.",
        author: { name: "Lena", email: "lena@example.com" },
      },
    });

    // At-least-once delivery: the same message twice, possibly in one batch or in two concurrent pollers.
    await send(local.stack, [message, message]);
    await stored(id);
    await waitUntilDrained(local.stack);
    const first = await recordsOf(articleId);
    expect(first.map((r) => r.id)).toEqual([id]);
    expect(first[0]?.history).toHaveLength(1);

    const decided = await api.call<CommentView>("POST", `/moderation/comments/${id}/decision`, {
      token: local.stack.moderatorToken,
      json: { decision: "reject", reason: "off_topic" },
    });
    expect(decided.status, decided.text).toBe(200);
    const afterDecision = await stored(id);

    await send(local.stack, [message]);
    await waitUntilDrained(local.stack);
    const afterRedelivery = await stored(id);
    expect(afterRedelivery.status).toBe("rejected");
    expect(afterRedelivery).toEqual(afterDecision);
    expect((await recordsOf(articleId)).map((r) => r.id)).toEqual([id]);
    expect(await deadLetterDepth()).toBe(deadBefore);
  });
});
