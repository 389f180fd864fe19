/**
 * Imports the Lambda handler modules named in ROUTES and WORKER_ENTRY. Dynamic, so they load after the stack has
 * set the environment their SDK clients read.
 */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, SQSEvent } from "aws-lambda";
import { ROUTES, type RouteDefinition, WORKER_ENTRY } from "../lib/resource-definitions.js";

type ApiHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;
// The result is checked at run time: nothing means "every record succeeded", as in Lambda.
type SqsHandler = (event: SQSEvent, context: Context) => Promise<unknown>;

interface LoadedRoute extends RouteDefinition {
  handler: ApiHandler;
}

const REPO_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

async function importHandler<H>(entry: string): Promise<H> {
  const module: unknown = await import(pathToFileURL(resolve(REPO_ROOT, entry)).href);
  const handler =
    typeof module === "object" && module !== null && "handler" in module ? module.handler : undefined;
  if (typeof handler !== "function") throw new Error(`${entry} does not export a handler function`);
  return handler as H;
}

async function loadRoutes(): Promise<LoadedRoute[]> {
  return Promise.all(
    ROUTES.map(async (route) => ({ ...route, handler: await importHandler<ApiHandler>(route.entry) })),
  );
}

async function loadWorker(): Promise<SqsHandler> {
  return importHandler<SqsHandler>(WORKER_ENTRY);
}

/** A Lambda context for local invocations; handlers that only log or read the deadline get sensible values. */
function lambdaContext(options: {
  functionName: string;
  requestId: string;
  timeoutMs: number;
  memoryMb: number;
  region: string;
}): Context {
  const { functionName, region } = options;
  const deadline = Date.now() + options.timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: String(options.memoryMb),
    awsRequestId: options.requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Rejects when the handler runs longer than its Lambda timeout; the handler itself cannot be stopped. */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type { ApiHandler, LoadedRoute, SqsHandler };
export { lambdaContext, loadRoutes, loadWorker, withTimeout };
