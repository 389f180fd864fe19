/**
 * Answers CORS preflight requests the way API Gateway's generated OPTIONS method does: the request's origin is
 * echoed when it is in ALLOWED_ORIGINS (or the list is `*`), and left out otherwise so the browser refuses.
 * Actual responses carry the CORS headers the handlers set themselves, as with Lambda proxy integration.
 */

// aws-cdk-lib's Cors.DEFAULT_HEADERS.
const ALLOWED_HEADERS =
  "Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent";
const MAX_AGE_SECONDS = 600;

function parseOrigins(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  methods: readonly string[],
): Record<string, string> {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Headers": ALLOWED_HEADERS,
    "Access-Control-Allow-Methods": [...new Set([...methods, "OPTIONS"])].join(","),
    "Access-Control-Max-Age": String(MAX_AGE_SECONDS),
    Vary: "Origin",
  };
  if (allowedOrigins.includes("*")) headers["Access-Control-Allow-Origin"] = "*";
  else if (origin && allowedOrigins.includes(origin)) headers["Access-Control-Allow-Origin"] = origin;
  return headers;
}

export { parseOrigins, preflightHeaders };
