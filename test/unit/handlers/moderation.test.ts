import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { PUBLIC_REASONS } from "../../../functions/domain/categories.js";
import { commentRecordSchema } from "../../../functions/domain/schemas.js";
import { handler as decideComment } from "../../../functions/handlers/decide-comment.js";
import { handler as getModerationComment } from "../../../functions/handlers/get-moderation-comment.js";
import { handler as listModerationComments } from "../../../functions/handlers/list-moderation-comments.js";
import { COMMENT_ID } from "../../fixtures/comments.js";
import { apiEvent, MODERATOR_CLAIMS, READER_CLAIMS } from "../../fixtures/events.js";
import { storedItem } from "../../fixtures/stored-items.js";

const dynamo = mockClient(DynamoDBDocumentClient);

function conditionFailed() {
  return new ConditionalCheckFailedException({ message: "The conditional request failed", $metadata: {} });
}

function decide(body: unknown, claims: Record<string, string> | null = MODERATOR_CLAIMS) {
  return decideComment(
    apiEvent({ method: "POST", pathParameters: { id: COMMENT_ID }, body, ...(claims && { claims }) }),
  );
}

beforeEach(() => {
  dynamo.reset();
  process.env.COMMENTS_TABLE_NAME = "comments-test";
  delete process.env.MODERATOR_GROUP;
});

describe("moderator identity", () => {
  const handlers = [
    ["list", () => listModerationComments(apiEvent({}))],
    ["get", () => getModerationComment(apiEvent({ pathParameters: { id: COMMENT_ID } }))],
    ["decide", () => decide({ decision: "approve" }, null)],
  ] as const;

  it.each(handlers)("%s answers 401 without authorizer claims", async (_name, call) => {
    expect((await call()).statusCode).toBe(401);
  });

  it("answers 403 to an authenticated user outside the moderators group", async () => {
    const response = await listModerationComments(apiEvent({ claims: READER_CLAIMS }));
    expect(response.statusCode).toBe(403);
    expect(dynamo.calls()).toHaveLength(0);
  });

  it.each([["moderators"], ["editors,moderators"], ["[editors moderators]"]])(
    "accepts the group list %j",
    async (groups) => {
      dynamo.on(QueryCommand).resolves({ Items: [] });
      const response = await listModerationComments(
        apiEvent({ claims: { ...MODERATOR_CLAIMS, "cognito:groups": groups } }),
      );
      expect(response.statusCode).toBe(200);
    },
  );
});

describe("GET /moderation/comments", () => {
  const list = (query?: Record<string, string>) =>
    listModerationComments(apiEvent({ claims: MODERATOR_CLAIMS, ...(query && { query }) }));

  it("lists pending comments oldest first by default, with full records", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [storedItem()] });
    const response = await list();
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(commentRecordSchema.parse(body.items[0])).toBeDefined();
    expect(body.items[0].author.email).toBe("sam@example.org");
    expect(body.items[0]).not.toHaveProperty("articleStatus");
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: "byStatus",
      ExpressionAttributeValues: { ":pk": "pending" },
      ScanIndexForward: true,
    });
  });

  it("lists decided comments newest first", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [] });
    await list({ status: "rejected" });
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      ExpressionAttributeValues: { ":pk": "rejected" },
      ScanIndexForward: false,
    });
  });

  it("filters by article through the article index", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [] });
    await list({ articleId: "iraq-repatriation-2026", limit: "5" });
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: "byArticleStatus",
      ExpressionAttributeValues: { ":pk": "iraq-repatriation-2026#pending" },
      Limit: 6,
    });
  });

  it("answers 400 naming a bad status", async () => {
    const response = await list({ status: "deleted" });
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues[0].path).toBe("query.status");
  });
});

describe("GET /moderation/comments/{id}", () => {
  it("returns the full record with scores, evidence and history", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem() });
    const response = await getModerationComment(
      apiEvent({ claims: MODERATOR_CLAIMS, pathParameters: { id: COMMENT_ID } }),
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ id: COMMENT_ID, judgement: {}, history: [{}] });
  });

  it("answers 404 for an unknown id", async () => {
    dynamo.on(GetCommand).resolves({});
    const response = await getModerationComment(
      apiEvent({ claims: MODERATOR_CLAIMS, pathParameters: { id: COMMENT_ID } }),
    );
    expect(response.statusCode).toBe(404);
  });
});

describe("POST /moderation/comments/{id}/decision", () => {
  it("finalises a pending comment with a conditional write on its revision", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem() });
    dynamo.on(PutCommand).resolves({});
    const response = await decide({ decision: "reject", reason: "promotion", note: "spam ring" });
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({
      status: "rejected",
      decidedBy: "moderator",
      publicReason: PUBLIC_REASONS.promotion,
      revision: 2,
    });
    expect(body.history.at(-1).actor).toEqual({ type: "moderator", id: "moderator-1" });
    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(put?.ConditionExpression).toBe("#revision = :expected");
    expect(put?.ExpressionAttributeValues).toEqual({ ":expected": 1 });
    expect(put?.Item).toMatchObject({ articleStatus: "iraq-repatriation-2026#rejected", status: "rejected" });
  });

  it("may overturn the worker's automatic approval", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem({ status: "approved" }) });
    dynamo.on(PutCommand).resolves({});
    const response = await decide({ decision: "reject", reason: "off_topic" });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body).status).toBe("rejected");
  });

  it("answers 400 naming reason when a rejection names no guideline and the engine found none", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem({ status: "approved" }) });
    const response = await decide({ decision: "reject" });
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues).toEqual([
      { path: "reason", message: "is required: the engine named no guideline this comment breaks" },
    ]);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it("answers 409 to a second rejection under another guideline, naming the one that stands", async () => {
    dynamo.on(GetCommand).resolves({
      Item: storedItem({ status: "rejected", decidedBy: "moderator", categories: ["threat"] }),
    });
    const response = await decide({ decision: "reject", reason: "off_topic" });
    expect(response.statusCode).toBe(409);
    expect(JSON.parse(response.body).error).toMatch(/already rejected this comment under threat/);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it("treats a repeated human decision as a no-op without writing", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem({ status: "approved", decidedBy: "moderator" }) });
    const response = await decide({ decision: "approve" });
    expect(response.statusCode).toBe(200);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it("answers 409 when contradicting a human decision", async () => {
    dynamo.on(GetCommand).resolves({ Item: storedItem({ status: "approved", decidedBy: "moderator" }) });
    const response = await decide({ decision: "reject" });
    expect(response.statusCode).toBe(409);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });

  it("re-reads and re-decides when another moderator wrote first", async () => {
    dynamo
      .on(GetCommand)
      .resolvesOnce({ Item: storedItem() })
      .resolves({ Item: storedItem({ status: "rejected", decidedBy: "moderator", revision: 2 }) });
    dynamo.on(PutCommand).rejects(conditionFailed());
    const response = await decide({ decision: "approve" });
    expect(response.statusCode).toBe(409);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(2);
  });

  it("answers 404 for an unknown comment", async () => {
    dynamo.on(GetCommand).resolves({});
    expect((await decide({ decision: "approve" })).statusCode).toBe(404);
  });

  it.each([
    [{}, "decision"],
    [{ decision: "delete" }, "decision"],
    [{ decision: "reject", reason: "rude" }, "reason"],
    [{ decision: "approve", notes: "typo" }, "notes"],
    [{ decision: "approve", reason: "threat" }, "reason"],
  ])("answers 400 for %j naming %s", async (body, path) => {
    const response = await decide(body);
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues[0].path).toBe(path);
  });
});
