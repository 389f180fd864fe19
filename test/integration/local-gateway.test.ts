/**
 * The local API Gateway stand-in on its own, with stub handlers and no emulators: the proxy event the handlers
 * receive, the answers the gateway gives itself (401/404/405/413/502/503, CORS preflight), and the worker
 * poller's reading of batch responses. Fast, so every detail of the event shape can be checked.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTES } from "../../lib/resource-definitions.js";
import type { LoadedRoute } from "../../local/handlers.js";
import { type HttpServer, startHttpServer } from "../../local/http-server.js";
import { toSqsRecord } from "../../local/sqs-event.js";
import { failedIds } from "../../local/worker-poller.js";

const TOKENS = { moderatorToken: "mod-token", readerToken: "reader-token" };
const ORIGIN = "https://news.example";

let server: HttpServer;
let healthy = false;
const events: APIGatewayProxyEvent[] = [];

function stub(
  path: string,
  result: (event: APIGatewayProxyEvent) => Promise<APIGatewayProxyResult>,
): LoadedRoute {
  const route = ROUTES.find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return { ...route, handler: result };
}

const echo = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  events.push(event);
  return { statusCode: 200, headers: { "X-Handler": "echo" }, body: JSON.stringify({ ok: true }) };
};

beforeAll(async () => {
  const routes = [
    stub("/comments", echo),
    stub("/comments/{id}", async () => {
      throw new Error("boom");
    }),
    stub("/articles/{articleId}/comments", echo),
    stub("/moderation/comments", echo),
    stub(
      "/moderation/comments/{id}",
      async () => ({ body: "no status" }) as unknown as APIGatewayProxyResult,
    ),
  ];
  server = await startHttpServer({
    host: "127.0.0.1",
    port: 0,
    tokens: TOKENS,
    allowedOrigins: [ORIGIN],
    maxBodyBytes: 64 * 1024,
    region: "us-east-1",
    log: () => undefined,
    health: async () => ({ ok: healthy, checks: { queue: healthy ? "ok" : "starting" } }),
    routes: () => routes,
  });
});

afterAll(async () => {
  await server?.stop();
});

function lastEvent(): APIGatewayProxyEvent {
  const event = events.at(-1);
  if (!event) throw new Error("the handler was not called");
  return event;
}

describe("local API gateway", () => {
  it("builds the REST API proxy event: template, decoded path parameters, query and headers", async () => {
    const response = await fetch(`${server.url}/articles/world%3Airaq%20news/comments?limit=2&tag=a&tag=b`, {
      headers: { "X-Custom": "one", "User-Agent": "vitest" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-handler")).toBe("echo");
    const event = lastEvent();
    expect(event.resource).toBe("/articles/{articleId}/comments");
    expect(event.path).toBe("/articles/world%3Airaq%20news/comments");
    expect(event.httpMethod).toBe("GET");
    expect(event.pathParameters).toEqual({ articleId: "world:iraq news" });
    expect(event.queryStringParameters).toEqual({ limit: "2", tag: "b" });
    expect(event.multiValueQueryStringParameters).toEqual({ limit: ["2"], tag: ["a", "b"] });
    expect(event.headers["X-Custom"] ?? event.headers["x-custom"]).toBe("one");
    expect(event.multiValueHeaders["X-Custom"] ?? event.multiValueHeaders["x-custom"]).toEqual(["one"]);
    expect(event.body).toBeNull();
    expect(event.isBase64Encoded).toBe(false);
    expect(event.requestContext).toMatchObject({
      stage: "local",
      httpMethod: "GET",
      resourcePath: "/articles/{articleId}/comments",
      identity: { sourceIp: "127.0.0.1", userAgent: "vitest" },
    });
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.requestContext.authorizer).toBeNull();
  });

  it("treats query parameters and headers named like object properties as plain names", async () => {
    const response = await fetch(`${server.url}/articles/a1/comments?constructor=1&__proto__=2&toString=3`, {
      headers: { constructor: "x", toString: "y" },
    });
    expect(response.status).toBe(200);
    const event = lastEvent();
    expect(Object.entries(event.queryStringParameters ?? {})).toEqual([
      ["constructor", "1"],
      ["__proto__", "2"],
      ["toString", "3"],
    ]);
    expect(event.headers.constructor ?? event.headers.Constructor).toBe("x");
  });

  it("hands a body that is not UTF-8 over as base64, as API Gateway does binary bodies", async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d]);
    await fetch(`${server.url}/comments`, {
      method: "POST",
      body: bytes,
      headers: { "Content-Type": "text/plain" },
    });
    const event = lastEvent();
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? "", "base64")).toEqual(bytes);
  });

  it("passes the body through unchanged and null query parameters when there are none", async () => {
    const body = '{"text":"caf\u00e9 \ud83d\ude00", "raw": true }';
    await fetch(`${server.url}/comments`, {
      method: "POST",
      body,
      headers: { "Content-Type": "text/plain" },
    });
    const event = lastEvent();
    expect(event.body).toBe(body);
    expect(event.queryStringParameters).toBeNull();
    expect(event.multiValueQueryStringParameters).toBeNull();
    expect(event.pathParameters).toBeNull();
  });

  it("turns the moderator token into Cognito claims with the moderators group, and the reader token without", async () => {
    await fetch(`${server.url}/moderation/comments`, { headers: { Authorization: "Bearer mod-token" } });
    expect(lastEvent().requestContext.authorizer?.claims).toMatchObject({
      sub: "local-moderator",
      "cognito:username": "local-moderator",
      "cognito:groups": "moderators",
    });
    await fetch(`${server.url}/moderation/comments`, { headers: { Authorization: "bearer reader-token" } });
    const claims = lastEvent().requestContext.authorizer?.claims;
    expect(claims).toMatchObject({ sub: "local-reader" });
    expect(claims).not.toHaveProperty("cognito:groups");
    // The bare token, as API Gateway's Cognito authorizer also takes it.
    await fetch(`${server.url}/moderation/comments`, { headers: { Authorization: "mod-token" } });
    expect(lastEvent().requestContext.authorizer?.claims).toMatchObject({ sub: "local-moderator" });
  });

  it("answers 401 itself, before the handler, for a missing or wrong token", async () => {
    const before = events.length;
    const attempts: Record<string, string>[] = [
      {},
      { Authorization: "Bearer nope" },
      { Authorization: "nope" },
      { Authorization: "Basic mod-token" },
      { Authorization: "Bearer mod-token extra" },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/moderation/comments`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "Unauthorized" });
      expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    }
    expect(events.length).toBe(before);
  });

  it("answers 404, 405 and CORS preflights itself", async () => {
    expect((await fetch(`${server.url}/comments/`)).status).toBe(404);
    expect((await fetch(`${server.url}/unknown`)).status).toBe(404);
    const wrong = await fetch(`${server.url}/moderation/comments`, { method: "POST" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    const preflight = await fetch(`${server.url}/moderation/comments/c_1`, {
      method: "OPTIONS",
      headers: { Origin: ORIGIN },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,POST,OPTIONS");
  });

  it("refuses a body over the cap with 413 without calling the handler", async () => {
    const before = events.length;
    const response = await fetch(`${server.url}/comments`, {
      method: "POST",
      body: "x".repeat(65 * 1024),
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status).toBe(413);
    expect(events.length).toBe(before);
  });

  it("answers 502 like API Gateway when a handler throws or returns no status code", async () => {
    const thrown = await fetch(`${server.url}/comments/c_1`);
    expect(thrown.status).toBe(502);
    const malformed = await fetch(`${server.url}/moderation/comments/c_1`, {
      headers: { Authorization: "Bearer mod-token" },
    });
    expect(malformed.status).toBe(502);
  });

  it("answers /health with 503 until every part is ready, then 200", async () => {
    healthy = false;
    expect((await fetch(`${server.url}/health`)).status).toBe(503);
    healthy = true;
    const ok = await fetch(`${server.url}/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", queue: "ok" });
  });
});

describe("worker event source", () => {
  it("builds SQS records like Lambda's event source mapping", () => {
    const record = toSqsRecord(
      {
        MessageId: "m-1",
        ReceiptHandle: "rh-1",
        Body: "{}",
        MD5OfBody: "99914b932bd37a50b983c5e7c90ae93b",
        Attributes: { ApproximateReceiveCount: "2", SentTimestamp: "1700000000000", SenderId: "AIDA" },
        MessageAttributes: {
          type: { DataType: "String", StringValue: "comment.submitted" },
          blob: { DataType: "Binary", BinaryValue: new Uint8Array([1, 2, 3]) },
        },
      },
      "arn:aws:sqs:us-east-1:000000000000:comments",
      "us-east-1",
    );
    expect(record).toMatchObject({
      messageId: "m-1",
      receiptHandle: "rh-1",
      body: "{}",
      md5OfBody: "99914b932bd37a50b983c5e7c90ae93b",
      eventSource: "aws:sqs",
      eventSourceARN: "arn:aws:sqs:us-east-1:000000000000:comments",
      awsRegion: "us-east-1",
      attributes: { ApproximateReceiveCount: "2", SentTimestamp: "1700000000000", SenderId: "AIDA" },
      messageAttributes: {
        type: {
          dataType: "String",
          stringValue: "comment.submitted",
          stringListValues: [],
          binaryListValues: [],
        },
        blob: { dataType: "Binary", binaryValue: "AQID" },
      },
    });
    expect(record.attributes.ApproximateFirstReceiveTimestamp).toMatch(/^\d+$/);
  });

  it("keeps only the reported failures, and the whole batch when the response is malformed", () => {
    const ids = ["a", "b", "c"];
    expect(failedIds(undefined, ids)).toEqual(new Set());
    expect(failedIds({ batchItemFailures: [] }, ids)).toEqual(new Set());
    expect(failedIds({ batchItemFailures: [{ itemIdentifier: "b" }] }, ids)).toEqual(new Set(["b"]));
    expect(failedIds({ batchItemFailures: [{ itemIdentifier: "zzz" }] }, ids)).toEqual(new Set(ids));
    expect(failedIds({ batchItemFailures: [{}] }, ids)).toEqual(new Set(ids));
    expect(failedIds({ batchItemFailures: "b" }, ids)).toEqual(new Set(ids));
  });
});
