/**
 * Turns the raw API Gateway event into validated values, or an HttpError naming what is wrong: 415 for a
 * non-JSON body, 413 for a body over the limit, 400 with one issue per bad field.
 */
import type { APIGatewayProxyEvent } from "aws-lambda";
import type { z } from "zod";
import type { FieldIssue } from "./http-error.js";
import { HttpError } from "./http-error.js";

const MAX_BODY_BYTES = 16 * 1024;

function header(event: Pick<APIGatewayProxyEvent, "headers">, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

function issuesOf(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== "").join(".");
    return { path: path || "body", message: issue.message };
  });
}

function isJsonMediaType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
}

/** Validates the JSON body against `schema` and returns the parsed (normalised) value. */
function parseJsonBody<S extends z.ZodType>(
  event: Pick<APIGatewayProxyEvent, "headers" | "body" | "isBase64Encoded">,
  schema: S,
): z.output<S> {
  if (!isJsonMediaType(header(event, "content-type"))) {
    throw new HttpError(415, "Content-Type must be application/json");
  }
  const raw = event.isBase64Encoded
    ? Buffer.from(event.body ?? "", "base64").toString("utf8")
    : (event.body ?? "");
  if (Buffer.byteLength(raw, "utf8") > MAX_BODY_BYTES) {
    throw new HttpError(413, `Request body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  if (raw.trim() === "") {
    throw new HttpError(400, "Request body is empty", {
      issues: [{ path: "body", message: "must be a JSON object" }],
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new HttpError(400, "Request body is not valid JSON", {
      issues: [{ path: "body", message: "must be valid JSON" }],
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, "Invalid request body", { issues: issuesOf(parsed.error) });
  return parsed.data;
}

/** Validates the query string; repeated parameters count as an error rather than silently taking one. */
function parseQuery<S extends z.ZodType>(
  event: Pick<APIGatewayProxyEvent, "queryStringParameters" | "multiValueQueryStringParameters">,
  schema: S,
): z.output<S> {
  const repeated = Object.entries(event.multiValueQueryStringParameters ?? {})
    .filter(([, values]) => (values?.length ?? 0) > 1)
    .map(([name]) => ({ path: `query.${name}`, message: "must be given once" }));
  if (repeated.length > 0) throw new HttpError(400, "Invalid query string", { issues: repeated });
  const parsed = schema.safeParse({ ...(event.queryStringParameters ?? {}) });
  if (!parsed.success)
    throw new HttpError(400, "Invalid query string", { issues: issuesOf(parsed.error, "query") });
  return parsed.data;
}

/** Reads a path parameter; a value the schema refuses answers `invalidStatus` (404 for ids that cannot exist). */
function parsePathParameter<S extends z.ZodType>(
  event: Pick<APIGatewayProxyEvent, "pathParameters">,
  name: string,
  schema: S,
  invalidStatus: 400 | 404,
): z.output<S> {
  const parsed = schema.safeParse(event.pathParameters?.[name] ?? "");
  if (parsed.success) return parsed.data;
  if (invalidStatus === 404) throw new HttpError(404, "Comment not found");
  throw new HttpError(400, `Invalid path parameter ${name}`, { issues: issuesOf(parsed.error, name) });
}

export { header, MAX_BODY_BYTES, parseJsonBody, parsePathParameter, parseQuery };
