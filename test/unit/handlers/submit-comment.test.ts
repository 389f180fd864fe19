import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { commentSubmittedMessageSchema } from "../../../functions/domain/schemas.js";
import { handler } from "../../../functions/handlers/submit-comment.js";
import { submission } from "../../fixtures/comments.js";
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
    expect(paths).toEqual(["articleId", "author.email", "body", "text"]);
    expect(body.issues.find((i: { path: string }) => i.path === "body").message).toMatch(/extra/);
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

  it("answers 413 for a body over 16 KB", async () => {
    const response = await post({ ...submission, text: "a".repeat(17_000) });
    expect(response.statusCode).toBe(413);
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
