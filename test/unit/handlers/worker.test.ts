import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { insertComment } from "../../../functions/adapters/comment-repository.js";
import type { CommentRecord } from "../../../functions/domain/schemas.js";
import { commentRecordSchema } from "../../../functions/domain/schemas.js";
import { handler } from "../../../functions/handlers/worker.js";
import { storedRecord, submittedMessage } from "../../fixtures/comments.js";
import { sqsEvent, sqsRecord } from "../../fixtures/events.js";

const dynamo = mockClient(DynamoDBDocumentClient);

function messageBody(id = "c_01jd0000000000000000000000"): string {
  return JSON.stringify(submittedMessage({ id }));
}

beforeEach(() => {
  dynamo.reset();
  dynamo.on(PutCommand).resolves({});
  process.env.COMMENTS_TABLE_NAME = "comments-test";
});

describe("worker", () => {
  it("judges and stores each comment once, with a conditional insert", async () => {
    const response = await handler(sqsEvent(sqsRecord(messageBody())));
    expect(response.batchItemFailures).toEqual([]);
    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe("attribute_not_exists(#id)");
    const record = commentRecordSchema.parse(put?.Item);
    expect(record).toMatchObject({ id: "c_01jd0000000000000000000000", decidedBy: "worker", revision: 1 });
    expect(record.history[0]?.actor.type).toBe("worker");
    expect(put?.Item).toMatchObject({ articleStatus: `iraq-repatriation-2026#${record.status}` });
  });

  it("treats a redelivered message as done without overwriting the stored record", async () => {
    dynamo.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: "exists", $metadata: {} }));
    const response = await handler(sqsEvent(sqsRecord(messageBody(), "msg-1", 2)));
    expect(response.batchItemFailures).toEqual([]);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(1);
  });

  it("reports only the failed records of a batch", async () => {
    const good = sqsRecord(messageBody("c_01jd0000000000000000000001"), "good");
    const malformed = sqsRecord("{not json", "malformed");
    const wrongShape = sqsRecord(JSON.stringify({ type: "comment.submitted", version: 2 }), "wrong-shape");
    const response = await handler(sqsEvent(good, malformed, wrongShape));
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual([
      "malformed",
      "wrong-shape",
    ]);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(1);
  });

  it("retries a record whose write fails for another reason", async () => {
    dynamo.on(PutCommand).callsFake(async (input: { Item?: { id?: string } }) => {
      if (input.Item?.id === "c_01jd0000000000000000000002") throw new Error("throttled");
      return {};
    });
    const response = await handler(
      sqsEvent(
        sqsRecord(messageBody("c_01jd0000000000000000000001"), "ok"),
        sqsRecord(messageBody("c_01jd0000000000000000000002"), "throttled"),
      ),
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: "throttled" }]);
  });

  it("keeps two batches in flight at once apart, as the local runner's concurrent pollers run them", async () => {
    const delays: Record<string, number> = {
      c_01jd0000000000000000000003: 5,
      c_01jd0000000000000000000004: 60,
      c_01jd0000000000000000000005: 20,
    };
    dynamo.on(PutCommand).callsFake(async (input: { Item?: { id?: string } }) => {
      const id = input.Item?.id ?? "";
      await new Promise((resolve) => setTimeout(resolve, delays[id] ?? 0));
      if (id === "c_01jd0000000000000000000003") throw new Error("throttled");
      return {};
    });
    const first = handler(
      sqsEvent(
        sqsRecord(messageBody("c_01jd0000000000000000000003"), "fails"),
        sqsRecord(messageBody("c_01jd0000000000000000000004"), "slow"),
      ),
    );
    // The second batch starts after the first one's failure is known and before the first batch ends.
    await new Promise((resolve) => setTimeout(resolve, 15));
    const second = handler(sqsEvent(sqsRecord(messageBody("c_01jd0000000000000000000005"), "other")));
    expect((await first).batchItemFailures).toEqual([{ itemIdentifier: "fails" }]);
    expect((await second).batchItemFailures).toEqual([]);
  });

  it("never stores a record the listings could not read", async () => {
    const record = { ...storedRecord(), status: "deleted" } as unknown as CommentRecord;
    await expect(insertComment(record)).rejects.toThrow();
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it("fails the whole batch loudly when every record fails, so Lambda retries it", async () => {
    await expect(handler(sqsEvent(sqsRecord("nope", "a"), sqsRecord("nope", "b")))).rejects.toThrow();
  });
});
