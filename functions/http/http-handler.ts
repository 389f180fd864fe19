/**
 * Wraps a route handler: renders its result or HttpError as JSON with CORS headers, turns a busy AWS service
 * into a 503 with Retry-After and anything else unexpected into a logged 500; neither leaks internals.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { corsHeaders } from "./cors.js";
import { HttpError } from "./http-error.js";
import { logger } from "./logger.js";

interface RouteResult {
  readonly statusCode: number;
  readonly body: unknown;
}

type Route = (event: APIGatewayProxyEvent) => Promise<RouteResult>;

function render(event: APIGatewayProxyEvent, result: RouteResult, extra: Record<string, string> = {}) {
  return {
    statusCode: result.statusCode,
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      ...corsHeaders(event),
      ...extra,
    },
    body: JSON.stringify(result.body),
  };
}

/** Names the AWS SDK gives errors that say "busy, try again", after its own retries ran out. */
const TRANSIENT_AWS_ERRORS = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "TimeoutError",
]);

/** A failure of the service behind the route that a retry may not meet (a 503), not a bug (a 500). */
function isTransient(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const sdk = error as Error & { $retryable?: unknown; $fault?: unknown };
  return TRANSIENT_AWS_ERRORS.has(error.name) || sdk.$retryable !== undefined || sdk.$fault === "server";
}

function httpHandler(
  route: Route,
): (event: APIGatewayProxyEvent, context?: Context) => Promise<APIGatewayProxyResult> {
  return async (event, context) => {
    if (context) logger.addContext(context);
    try {
      return render(event, await route(event));
    } catch (error) {
      if (error instanceof HttpError) {
        const body = { error: error.message, ...(error.issues && { issues: error.issues }) };
        if (error.statusCode >= 500) logger.error("request failed", { error, path: event.path });
        return render(event, { statusCode: error.statusCode, body }, error.headers);
      }
      if (isTransient(error)) {
        logger.error("service unavailable", { error, path: event.path });
        const body = { error: "The service is busy; please retry" };
        return render(event, { statusCode: 503, body }, { "Retry-After": "5" });
      }
      logger.error("unexpected error", { error, path: event.path });
      return render(event, { statusCode: 500, body: { error: "Internal error" } });
    }
  };
}

export type { Route, RouteResult };
export { httpHandler };
