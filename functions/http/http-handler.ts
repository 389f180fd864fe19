/**
 * Wraps a route handler: renders its result or HttpError as JSON with CORS headers, and turns anything
 * unexpected into a logged 500 that never leaks internals.
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
      logger.error("unexpected error", { error, path: event.path });
      return render(event, { statusCode: 500, body: { error: "Internal error" } });
    }
  };
}

export type { Route, RouteResult };
export { httpHandler };
