import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { erasedCommentSchema } from "../../../functions/domain/schemas.js";
import { handler as decideComment } from "../../../functions/handlers/decide-comment.js";
import { handler as eraseComment } from "../../../functions/handlers/erase-comment.js";
import { handler as getComment } from "../../../functions/handlers/get-comment.js";
import { handler as getModerationComment } from "../../../functions/handlers/get-moderation-comment.js";
import { COMMENT_ID } from "../../fixtures/comments.js";
import { apiEvent, MODERATOR_CLAIMS, READER_CLAIMS } from "../../fixtures/events.js";

const dynamo = mockClient(DynamoDBDocumentClient);
const ERASED = { id: COMMENT_ID, erasedAt: "2026-11-28T20:00:00.000Z", erasedBy: "moderator-1" };

function erase(claims: Record<string, string> = MODERATOR_CLAIMS, id = COMMENT_ID) {
  return eraseComment(apiEvent({ method: "POST", pathParameters: { id }, claims }));
}

beforeEach(() => {
  dynamo.reset();
  process.env.COMMENTS_TABLE_NAME = "comments-test";
});

describe("POST /moderation/comments/{id}/erasure", () => {
  it("replaces the comment with its id, who erased it and when: no text, author, e-mail or index keys", async () => {
    dynamo.on(PutCommand).resolves({});
    const response = await erase();
    expect(response.statusCode).toBe(200);
    const body = erasedCommentSchema.parse(JSON.parse(response.body));
    expect(body).toMatchObject({ id: COMMENT_ID, erasedBy: "moderator-1" });
    const put = dynamo.commandCalls(PutCommand)[0]?.args[0].input;
    expect(Object.keys(put?.Item ?? {}).sort()).toEqual(["erasedAt", "erasedBy", "id"]);
    // Whatever is stored goes, except an earlier erasure, which stands.
    expect(put?.ConditionExpression).toBe("attribute_not_exists(#erasedAt)");
  });

  it("answers an erasure already made with that erasure", async () => {
    dynamo
      .on(PutCommand)
      .rejects(new ConditionalCheckFailedException({ message: "exists", $metadata: {} }))
      .on(GetCommand)
      .resolves({ Item: ERASED });
    const response = await erase();
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toEqual(ERASED);
  });

  it("is for moderators only, and answers 404 for an id that cannot exist", async () => {
    expect((await erase(READER_CLAIMS)).statusCode).toBe(403);
    expect((await erase(MODERATOR_CLAIMS, "../x")).statusCode).toBe(404);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });
});

describe("an erased comment", () => {
  beforeEach(() => {
    dynamo.on(GetCommand).resolves({ Item: ERASED });
  });

  it("answers 410 to readers and moderators", async () => {
    for (const read of [getComment, getModerationComment]) {
      const response = await read(apiEvent({ pathParameters: { id: COMMENT_ID }, claims: MODERATOR_CLAIMS }));
      expect(response.statusCode).toBe(410);
      expect(JSON.parse(response.body)).toEqual({ error: "Comment erased at its author's request" });
    }
  });

  it("cannot be decided", async () => {
    const response = await decideComment(
      apiEvent({
        method: "POST",
        pathParameters: { id: COMMENT_ID },
        body: { decision: "approve" },
        claims: MODERATOR_CLAIMS,
      }),
    );
    expect(response.statusCode).toBe(410);
    expect(dynamo.commandCalls(PutCommand)).toHaveLength(0);
  });
});
