import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { handler as getComment } from "../../../functions/handlers/get-comment.js";
import { handler as listArticleComments } from "../../../functions/handlers/list-article-comments.js";
import { COMMENT_ID } from "../../fixtures/comments.js";
import { apiEvent } from "../../fixtures/events.js";
import { storedItem } from "../../fixtures/stored-items.js";

const dynamo = mockClient(DynamoDBDocumentClient);

const item = storedItem;

beforeEach(() => {
  dynamo.reset();
  process.env.COMMENTS_TABLE_NAME = "comments-test";
});

describe("GET /comments/{id}", () => {
  it("answers 200 with the public view, text only when approved", async () => {
    dynamo.on(GetCommand).resolves({ Item: item({ status: "approved" }) });
    const response = await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }));
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(body).toMatchObject({ id: COMMENT_ID, status: "approved", text: expect.any(String) });
    expect(body).not.toHaveProperty("sortKey");
    expect(response.body).not.toContain("sam@example.org");
    expect(dynamo.commandCalls(GetCommand)[0]?.args[0].input).toMatchObject({
      TableName: "comments-test",
      Key: { id: COMMENT_ID },
      ConsistentRead: true,
    });
  });

  it("answers a pending comment without its text", async () => {
    dynamo.on(GetCommand).resolves({ Item: item({ status: "pending" }) });
    const body = JSON.parse((await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }))).body);
    expect(body.status).toBe("pending");
    expect(body.text).toBeUndefined();
  });

  it("answers 404 for an unknown id", async () => {
    dynamo.on(GetCommand).resolves({});
    const response = await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }));
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toEqual({ error: "Comment not found" });
  });

  it("answers 404 without a lookup for an id that cannot exist", async () => {
    const response = await getComment(apiEvent({ pathParameters: { id: "../etc/passwd" } }));
    expect(response.statusCode).toBe(404);
    expect(dynamo.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("answers 503 with Retry-After when DynamoDB is throttling, so the caller knows to retry", async () => {
    const throttled = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    dynamo.on(GetCommand).rejects(throttled);
    const response = await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }));
    expect(response.statusCode).toBe(503);
    expect(response.headers?.["Retry-After"]).toBe("5");
    expect(response.body).not.toContain("Rate exceeded");
  });

  it.each([
    ["an error the SDK marks retryable", { $retryable: { throttling: false } }],
    ["a server-side fault", { $fault: "server" }],
  ])("answers 503 for %s", async (_label, marks) => {
    dynamo.on(GetCommand).rejects(Object.assign(new Error("busy"), marks));
    const response = await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }));
    expect(response.statusCode).toBe(503);
  });

  it("answers 500 without internals when the store fails", async () => {
    dynamo.on(GetCommand).rejects(new Error("socket hang up"));
    const response = await getComment(apiEvent({ pathParameters: { id: COMMENT_ID } }));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("socket");
  });
});

describe("GET /articles/{articleId}/comments", () => {
  const event = (query?: Record<string, string>) =>
    apiEvent({ pathParameters: { articleId: "iraq-repatriation-2026" }, ...(query && { query }) });

  it("queries approved comments of the article newest first and returns public views", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [item({ status: "approved" })] });
    const response = await listArticleComments(event());
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body);
    expect(body.items).toHaveLength(1);
    expect(body.nextCursor).toBeNull();
    expect(response.body).not.toContain("sam@example.org");
    expect(dynamo.commandCalls(QueryCommand)[0]?.args[0].input).toMatchObject({
      IndexName: "byArticleStatus",
      ExpressionAttributeValues: { ":pk": "iraq-repatriation-2026#approved" },
      ScanIndexForward: false,
      // One more than the page, to know whether there is a next one.
      Limit: 21,
    });
  });

  const SECOND_ID = "c_01jd0000000000000000000001";
  const firstItem = item({ status: "approved" });
  const secondItem = item({ status: "approved", id: SECOND_ID });
  const keyOf = (stored: typeof firstItem) => ({
    id: stored.id,
    articleStatus: stored.articleStatus,
    sortKey: stored.sortKey,
  });

  it("pages with an opaque cursor that starts after the page's last item", async () => {
    // Limit 1 asks DynamoDB for 2 items: the second says there is a next page.
    dynamo
      .on(QueryCommand)
      .resolvesOnce({ Items: [firstItem, secondItem], LastEvaluatedKey: keyOf(secondItem) });
    const first = JSON.parse((await listArticleComments(event({ limit: "1" }))).body);
    expect(first.items.map((c: { id: string }) => c.id)).toEqual([COMMENT_ID]);
    expect(typeof first.nextCursor).toBe("string");
    expect(first.nextCursor).not.toContain(COMMENT_ID);

    dynamo.on(QueryCommand).resolves({ Items: [secondItem] });
    const second = await listArticleComments(event({ limit: "1", cursor: first.nextCursor }));
    expect(second.statusCode).toBe(200);
    expect(JSON.parse(second.body)).toMatchObject({ items: [{ id: SECOND_ID }], nextCursor: null });
    expect(dynamo.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual(keyOf(firstItem));
  });

  it("ends a listing whose last page is full without a cursor to an empty page", async () => {
    // As DynamoDB answers: at most Limit items, and a LastEvaluatedKey whenever it stopped at Limit.
    dynamo.on(QueryCommand).callsFake((input: { Limit: number }) => {
      const items = [firstItem, secondItem].slice(0, input.Limit);
      return {
        Items: items,
        ...(items.length === input.Limit && { LastEvaluatedKey: keyOf(items.at(-1)!) }),
      };
    });
    const page = JSON.parse((await listArticleComments(event({ limit: "2" }))).body);
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toBeNull();
  });

  it("keeps DynamoDB's own key when its read limit cut a page short", async () => {
    dynamo.on(QueryCommand).resolves({ Items: [firstItem], LastEvaluatedKey: keyOf(firstItem) });
    const page = JSON.parse((await listArticleComments(event({ limit: "5" }))).body);
    expect(typeof page.nextCursor).toBe("string");
  });

  const cursorOf = (key: unknown, scope = "byArticleStatus:iraq-repatriation-2026#approved:desc") =>
    Buffer.from(JSON.stringify({ scope, key })).toString("base64url");

  it.each([
    ["no key attributes", {}],
    ["the table key only", { id: COMMENT_ID }],
    [
      "a sort key that is not one",
      { id: COMMENT_ID, articleStatus: "iraq-repatriation-2026#approved", sortKey: "x" },
    ],
    ["another article's partition", { ...keyOf(firstItem), articleStatus: "other#approved" }],
    ["a sort key naming another comment", { ...keyOf(firstItem), id: SECOND_ID }],
    ["an extra attribute", { ...keyOf(firstItem), status: "approved" }],
  ])(
    "answers 400 naming query.cursor, without querying, for a tampered cursor with %s",
    async (_label, key) => {
      const response = await listArticleComments(event({ cursor: cursorOf(key) }));
      expect(response.statusCode).toBe(400);
      expect(JSON.parse(response.body).issues).toEqual([
        { path: "query.cursor", message: "is not a cursor from this listing" },
      ]);
      expect(dynamo.commandCalls(QueryCommand)).toHaveLength(0);
    },
  );

  it.each([
    [{ limit: "0" }, "query.limit"],
    [{ limit: "101" }, "query.limit"],
    [{ limit: "ten" }, "query.limit"],
    [{ cursor: "garbage" }, "query.cursor"],
    [{ limit: "1e1" }, "query.limit"],
    [{ limit: "+5" }, "query.limit"],
    [{ cursor: "" }, "query.cursor"],
    [{ sort: "asc" }, "query.sort"],
  ])("answers 400 for query %j", async (query, path) => {
    const response = await listArticleComments(event(query));
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues[0].path).toBe(path);
  });

  it("refuses a cursor from another article's listing", async () => {
    const lastKey = { ...keyOf(firstItem), articleStatus: "other#approved" };
    dynamo.on(QueryCommand).resolvesOnce({ Items: [], LastEvaluatedKey: lastKey });
    const other = apiEvent({ pathParameters: { articleId: "other" } });
    const { nextCursor } = JSON.parse((await listArticleComments(other)).body);
    const response = await listArticleComments(event({ cursor: nextCursor }));
    expect(response.statusCode).toBe(400);
  });

  it("answers 400 naming a bad articleId", async () => {
    const response = await listArticleComments(apiEvent({ pathParameters: { articleId: "a b" } }));
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues[0].path).toBe("articleId");
  });
});
