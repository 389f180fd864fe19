/**
 * Answers CORS preflight requests the way API Gateway's generated OPTIONS method does: the request's origin is
 * echoed when it is in ALLOWED_ORIGINS (or the list is `*`), and left out otherwise so the browser refuses.
 * Actual responses carry the CORS headers the handlers set themselves, as with Lambda proxy integration.
 */

// The values of defaultCorsPreflightOptions in lib/constructs/comment-api.ts.
const ALLOWED_HEADERS = "Content-Type,Authorization";
const ALLOWED_METHODS = "GET,POST,OPTIONS";
const MAX_AGE_SECONDS = 3600;

function parseOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Max-Age": String(MAX_AGE_SECONDS),
    Vary: "Origin",
  };
  if (allowedOrigins.includes("*")) headers["Access-Control-Allow-Origin"] = "*";
  else if (origin && allowedOrigins.includes(origin)) headers["Access-Control-Allow-Origin"] = origin;
  return headers;
}

/**
 * Errors the gateway answers itself (401, 404, 413...) get an allow-origin header only when exactly one origin
 * is configured, like the stack's gateway responses, which cannot choose among several.
 */
function gatewayResponseHeaders(allowedOrigins: readonly string[]): Record<string, string> {
  const [only] = allowedOrigins;
  return allowedOrigins.length === 1 && only ? { "Access-Control-Allow-Origin": only } : {};
}

export { gatewayResponseHeaders, parseOrigins, preflightHeaders };
