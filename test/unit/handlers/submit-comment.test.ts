import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { commentSubmittedMessageSchema, LIMITS } from "../../../functions/domain/schemas.js";
import { handler } from "../../../functions/handlers/submit-comment.js";
import { COMMENT_ID, submission } from "../../fixtures/comments.js";
import { apiEvent } from "../../fixtures/events.js";

const sqs = mockClient(SQSClient);

function post(body: unknown, headers: Record<string, string> = {}) {
  return handler(apiEvent({ method: "POST", path: "/comments", body, headers }));
}

function sentMessages() {
  return sqs
    .commandCalls(SendMessageCommand)
    .map((call) => commentSubmittedMessageSchema.parse(JSON.parse(call.args[0].input.MessageBody ?? "")));
}

beforeEach(() => {
  sqs.reset();
  sqs.on(SendMessageCommand).resolves({ MessageId: "m-1" });
  process.env.COMMENT_QUEUE_URL = "http://127.0.0.1:1/000000000000/comments";
  process.env.ALLOWED_ORIGINS = "https://news.example";
});

describe("POST /comments", () => {
  it("queues a valid comment and answers 202 with its id", async () => {
    const response = await post(submission);
    expect(response.statusCode).toBe(202);
    const body = JSON.parse(response.body);
    expect(body).toEqual({ id: expect.stringMatching(/^c_[0-9a-z]{26}$/), status: "pending" });
    const [message] = sentMessages();
    expect(message).toMatchObject({
      type: "comment.submitted",
      version: 1,
      id: body.id,
      comment: submission,
    });
    expect(sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.QueueUrl).toBe(
      process.env.COMMENT_QUEUE_URL,
    );
  });

  it("gives a retried POST with the same clientRef the same id", async () => {
    const first = JSON.parse((await post({ ...submission, clientRef: "form-7" })).body);
    const second = JSON.parse((await post({ ...submission, clientRef: "form-7" })).body);
    const other = JSON.parse((await post({ ...submission, clientRef: "form-8" })).body);
    expect(second.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
  });

  it("gives a different comment sent under a reused clientRef its own id, so it is not dropped", async () => {
    const first = JSON.parse((await post({ ...submission, clientRef: "form-7" })).body);
    const reused = JSON.parse(
      (await post({ ...submission, text: "A second reader.", clientRef: "form-7" })).body,
    );
    expect(reused.id).not.toBe(first.id);
    expect(sentMessages().map((m) => m.id)).toEqual([first.id, reused.id]);
  });

  it("queues the normalised text, not the raw one", async () => {
    await post({ ...submission, text: "  hello\r\nworld  " });
    expect(sentMessages()[0]?.comment.text).toBe("hello\nworld");
  });

  it("answers 400 naming each bad field", async () => {
    const response = await post({
      articleId: "bad id",
      text: "",
      author: { name: "x", email: "nope" },
      extra: 1,
    });
    expect(response.statusCode).toBe(400);
    const body = JSON.parse(response.body);
    expect(body.error).toBe("Invalid request body");
    const paths = body.issues.map((issue: { path: string }) => issue.path).sort();
    expect(paths).toEqual(["articleId", "author.email", "extra", "text"]);
    expect(body.issues.find((i: { path: string }) => i.path === "extra").message).toBe(
      "is not a known field",
    );
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it.each([
    ["not JSON", "{not json"],
    ["empty", ""],
    ["a JSON array", "[]"],
    ["JSON null", "null"],
  ])("answers 400 when the body is %s", async (_label, rawBody) => {
    const response = await handler(apiEvent({ method: "POST", rawBody }));
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues[0].path).toBe("body");
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], [""]])(
    "answers 415 for content type %j",
    async (contentType) => {
      const response = await post(submission, { "Content-Type": contentType });
      expect(response.statusCode).toBe(415);
    },
  );

  it("accepts a JSON content type with a charset, in any header case", async () => {
    const event = apiEvent({ method: "POST", body: submission, headers: {} });
    event.headers = { "content-type": "application/json; charset=utf-8" };
    expect((await handler(event)).statusCode).toBe(202);
  });

  it("answers 413 for a body over 256 KB", async () => {
    const response = await post({ ...submission, text: "a".repeat(263_000) });
    expect(response.statusCode).toBe(413);
  });

  it("takes every field at its limit even with every character escaped, and queues it within SQS's 256 KiB", async () => {
    const astral = (n: number) => "\u{1F44D}".repeat(n);
    const largest = {
      articleId: "a".repeat(LIMITS.articleIdMaxChars),
      text: astral(LIMITS.textMaxChars),
      author: { name: astral(LIMITS.nameMaxChars), email: `${"a".repeat(64)}@${"b".repeat(63)}.example.org` },
      parentId: COMMENT_ID,
      clientRef: "r".repeat(LIMITS.clientRefMaxChars),
      article: {
        title: astral(LIMITS.articleTitleMaxChars),
        tags: Array.from({ length: LIMITS.articleTagsMax }, () => astral(LIMITS.articleTagMaxChars)),
        body: astral(LIMITS.articleBodyMaxChars),
      },
    };
    // As Python's json.dumps and PHP's json_encode send it by default: every non-ASCII character \u-escaped.
    const escaped = JSON.stringify(largest).replace(
      /[^\x20-\x7e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
    const response = await handler(apiEvent({ method: "POST", rawBody: escaped }));
    expect(response.statusCode).toBe(202);
    const body = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageBody ?? "";
    expect(Buffer.byteLength(body)).toBeLessThan(256 * 1024);
  });

  it("queues a message SQS accepts: printable ASCII only, whatever the reader typed", async () => {
    const text = "Great piece \u{1F44D} caf\u00e9 \uFFFF \u05e9\u05dc\u05d5\u05dd";
    expect((await post({ ...submission, text })).statusCode).toBe(202);
    const body = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input.MessageBody ?? "";
    expect(body).toMatch(/^[\x20-\x7e]*$/);
    expect(sentMessages()[0]?.comment.text).toBe(text);
  });

  it.each([
    ["a character outside the BMP", "\u{1F44D}".repeat(5_000), 202],
    ["one character too many", "\u{1F44D}".repeat(5_001), 400],
    ["only invisible characters", "\u200b\u200c\u2060\ufeff", 400],
  ])("counts text length in characters, not UTF-16 units: %s", async (_label, text, status) => {
    expect((await post({ ...submission, text })).statusCode).toBe(status);
  });

  it.each([
    ["a line separator", "Ada\u2028Admin", "must be a single line"],
    ["a bidi override", "\u202enimdA", "must not contain bidirectional control characters"],
    ["nothing visible", "\u200b", "must not be empty"],
  ])("refuses an author name with %s", async (_label, name, message) => {
    const response = await post({ ...submission, author: { name } });
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues).toEqual([{ path: "author.name", message }]);
  });

  it("names a missing field as required and an unknown one by its own path", async () => {
    const response = await post({ articleId: "a1", author: { name: "A", id: 7 } });
    expect(JSON.parse(response.body).issues).toEqual([
      { path: "text", message: "is required" },
      { path: "author.id", message: "is not a known field" },
    ]);
  });

  it("names a field of the wrong type", async () => {
    const response = await post({ ...submission, author: "Sam" });
    expect(JSON.parse(response.body).issues).toEqual([{ path: "author", message: "must be an object" }]);
  });

  it("reads a body that starts with a byte order mark", async () => {
    const response = await handler(
      apiEvent({ method: "POST", rawBody: `\uFEFF${JSON.stringify(submission)}` }),
    );
    expect(response.statusCode).toBe(202);
  });

  it("answers 415 for a charset other than UTF-8", async () => {
    const response = await post(submission, { "Content-Type": "application/json; charset=iso-8859-1" });
    expect(response.statusCode).toBe(415);
  });

  it("answers 400 for a body that is not UTF-8, instead of publishing replacement characters", async () => {
    const bytes = Buffer.concat([
      Buffer.from('{"articleId":"a1","text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('","author":{"name":"A"}}'),
    ]);
    const event = apiEvent({ method: "POST", rawBody: bytes.toString("base64") });
    event.isBase64Encoded = true;
    const response = await handler(event);
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).issues).toEqual([{ path: "body", message: "must be UTF-8 text" }]);
  });

  it("answers 503 with Retry-After when the queue is unavailable, never accepting the comment", async () => {
    sqs.on(SendMessageCommand).rejects(new Error("boom"));
    const response = await post(submission);
    expect(response.statusCode).toBe(503);
    expect(response.headers?.["Retry-After"]).toBe("5");
    expect(JSON.parse(response.body)).toEqual({ error: "The comment could not be queued; please retry" });
  });

  it("allows CORS only for configured origins", async () => {
    const allowed = await post(submission, { Origin: "https://news.example" });
    expect(allowed.headers?.["Access-Control-Allow-Origin"]).toBe("https://news.example");
    const other = await post(submission, { Origin: "https://evil.example" });
    expect(other.headers?.["Access-Control-Allow-Origin"]).toBeUndefined();
  });
});
