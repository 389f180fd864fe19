/**
 * The local stand-in for API Gateway: matches ROUTES, authorizes /moderation routes, answers CORS preflights,
 * caps request bodies, turns each request into the Lambda proxy event and writes the handler's result back.
 * Logs one line per request.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { APIGatewayProxyResult } from "aws-lambda";
import { API_FUNCTION } from "../lib/resource-definitions.js";
import { type IncomingRequest, toApiGatewayEvent } from "./api-event.js";
import { authorize, type LocalTokens } from "./auth.js";
import { gatewayResponseHeaders, preflightHeaders } from "./cors.js";
import { errorMessage } from "./errors.js";
import { type LoadedRoute, lambdaContext, withTimeout } from "./handlers.js";
import { portInUse } from "./ports.js";
import { readBody } from "./request-body.js";
import { createRouter } from "./routes.js";

interface HealthReport {
  ok: boolean;
  checks: Record<string, string>;
}

interface HttpServerOptions {
  host: string;
  port: number;
  tokens: LocalTokens;
  allowedOrigins: readonly string[];
  maxBodyBytes: number;
  region: string;
  log: (line: string) => void;
  health: () => Promise<HealthReport>;
  /** The loaded routes, or undefined while the stack is still starting (requests then get 503). */
  routes: () => readonly LoadedRoute[] | undefined;
}

interface HttpServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

type Headers = Record<string, string | string[]>;

const SHUTDOWN_GRACE_MS = 2_000;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Writes an APIGatewayProxyResult; anything malformed becomes API Gateway's 502. */
function sendResult(res: ServerResponse, result: APIGatewayProxyResult): void {
  if (typeof result !== "object" || result === null || !Number.isInteger(result.statusCode)) {
    throw new Error("handler returned no statusCode");
  }
  const headers: Headers = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {}))
    headers[name] = values.map(String);
  const body = Buffer.from(result.body ?? "", result.isBase64Encoded ? "base64" : "utf8");
  if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
    headers["Content-Type"] = "application/json";
  }
  headers["Content-Length"] = String(body.length);
  res.writeHead(result.statusCode, headers);
  res.end(body);
}

function splitUrl(rawUrl: string): { path: string; query: URLSearchParams } {
  const index = rawUrl.indexOf("?");
  if (index === -1) return { path: rawUrl, query: new URLSearchParams() };
  return { path: rawUrl.slice(0, index), query: new URLSearchParams(rawUrl.slice(index + 1)) };
}

function createRequestListener(options: HttpServerOptions) {
  let router: ReturnType<typeof createRouter<LoadedRoute>> | undefined;
  const routerFor = (routes: readonly LoadedRoute[]) => {
    router ??= createRouter(routes);
    return router;
  };

  const gatewayHeaders = gatewayResponseHeaders(options.allowedOrigins);
  const reject = (res: ServerResponse, status: number, error: string, headers: Headers = {}) =>
    sendJson(res, status, { error }, { ...gatewayHeaders, ...headers });

  return async (req: IncomingMessage, res: ServerResponse) => {
    const receivedAt = new Date();
    const requestId = randomUUID();
    const method = req.method ?? "GET";
    const { path, query } = splitUrl(req.url ?? "/");
    res.setHeader("x-amzn-RequestId", requestId);
    res.on("close", () => {
      const ms = Date.now() - receivedAt.getTime();
      const status = res.writableFinished ? String(res.statusCode) : "aborted";
      options.log(`${method} ${req.url ?? "/"} ${status} ${ms}ms`);
    });

    if (path === "/health") {
      if (method !== "GET") return reject(res, 405, "Method not allowed", { Allow: "GET" });
      const report = await options.health();
      return sendJson(res, report.ok ? 200 : 503, {
        status: report.ok ? "ok" : "unavailable",
        ...report.checks,
      });
    }

    const routes = options.routes();
    if (!routes) return reject(res, 503, "The local stack is still starting", { "Retry-After": "1" });
    const lookup = routerFor(routes)(method, path);

    if (method === "OPTIONS") {
      if (lookup.kind === "not-found") return reject(res, 404, "Not found");
      res.writeHead(204, preflightHeaders(req.headers.origin, options.allowedOrigins));
      return res.end();
    }
    if (lookup.kind === "not-found") return reject(res, 404, "Not found");
    if (lookup.kind === "method-not-allowed") {
      return reject(res, 405, "Method not allowed", { Allow: lookup.allowed.join(", ") });
    }

    const claims =
      lookup.route.access === "moderator" ? authorize(req.headers.authorization, options.tokens) : undefined;
    if (lookup.route.access === "moderator" && !claims) {
      return reject(res, 401, "Unauthorized", { "WWW-Authenticate": "Bearer" });
    }

    const body = await readBody(req, options.maxBodyBytes);
    if (body.kind === "aborted") return;
    if (body.kind === "too-large") {
      const message = `Request body exceeds ${options.maxBodyBytes} bytes`;
      return reject(res, 413, message, { Connection: "close" });
    }

    const request: IncomingRequest = {
      method,
      path,
      query,
      rawHeaders: req.rawHeaders,
      body: body.body,
      sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
      requestId,
      receivedAt,
    };
    const event = toApiGatewayEvent(request, lookup.route.path, lookup.pathParameters, claims);
    const timeoutMs = API_FUNCTION.timeoutSeconds * 1000;
    const functionName = lookup.route.entry.replace(/^.*\//, "").replace(/\.ts$/, "");
    const context = lambdaContext({
      functionName,
      requestId,
      timeoutMs,
      memoryMb: API_FUNCTION.memoryMb,
      region: options.region,
    });
    try {
      const result = await withTimeout(lookup.route.handler(event, context), timeoutMs, functionName);
      sendResult(res, result);
    } catch (error) {
      options.log(`${functionName} failed: ${errorMessage(error)}`);
      if (!res.headersSent) reject(res, 502, "Internal server error");
      else res.destroy();
    }
  };
}

/** Stops accepting, lets requests in flight finish for a moment, then drops every connection. */
function closeGracefully(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

async function startHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const listener = createRequestListener(options);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    listener(req, res).catch((error: unknown) => {
      options.log(`local server error: ${errorMessage(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: "local server error" });
    });
  };
  const server = createServer(handle);
  // Clients announcing an oversized body (Expect: 100-continue) get the 413 without being invited to send it.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!(Number(req.headers["content-length"]) > options.maxBodyBytes)) res.writeContinue();
    handle(req, res);
  });
  // Handlers may legitimately take a while; the Lambda timeout above is the real limit.
  server.requestTimeout = (API_FUNCTION.timeoutSeconds + 5) * 1000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port, options.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    throw portInUse(options.port, "the API", "PORT", error);
  }
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    stop: () => closeGracefully(server),
  };
}

export type { HealthReport, HttpServer, HttpServerOptions };
export { startHttpServer };
