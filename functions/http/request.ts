/**
 * Turns the raw API Gateway event into validated values, or an HttpError naming what is wrong: 415 for a
 * non-JSON (or non-UTF-8) body, 413 for a body over the limit, 400 with one issue per bad field.
 */
import type { APIGatewayProxyEvent } from "aws-lambda";
import type { z } from "zod";
import type { FieldIssue } from "./http-error.js";
import { HttpError } from "./http-error.js";

/**
 * Room for every field at its limit even when a client escapes each character as `\uXXXX` (12 bytes for a
 * character outside the BMP), as Python's and PHP's JSON encoders do by default: about 150 KB.
 */
const MAX_BODY_BYTES = 256 * 1024;

// ignoreBOM: the BOM stays in the text, where parseJsonBody drops it, as for a body that was never base64.
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function header(event: Pick<APIGatewayProxyEvent, "headers">, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}

function joinPath(prefix: string | undefined, path: readonly PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter((p) => p !== undefined && p !== "").join(".");
}

/** One issue per bad field; an unknown key is named itself ("author.id"), not its parent object. */
function issuesOf(error: z.ZodError, prefix?: string): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: joinPath(prefix, [...issue.path, key]),
        message: "is not a known field",
      }));
    }
    return [{ path: joinPath(prefix, issue.path) || "body", message: issue.message }];
  });
}

/** Plain words for zod's type errors, which would otherwise read "Invalid input: expected string, received undefined". */
const typeMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== "invalid_type") return undefined;
  if (issue.input === undefined) return "is required";
  const expected = String(issue.expected);
  return `must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`;
};

function isJsonMediaType(contentType: string | undefined): boolean {
  const [type, ...parameters] = contentType?.split(";") ?? [];
  const mediaType = type?.trim().toLowerCase() ?? "";
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase().split("="))
    .find(([name]) => name?.trim() === "charset")?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, "$1");
  // JSON is UTF-8 (RFC 8259); a body declared in another charset would be read as the wrong characters.
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") return false;
  return mediaType === "application/json" || /^application\/[\w.-]+\+json$/.test(mediaType);
}

/** The body as text; bytes that are not UTF-8 are refused rather than turned into U+FFFD and published. */
function bodyText(event: Pick<APIGatewayProxyEvent, "body" | "isBase64Encoded">): string {
  if (!event.isBase64Encoded) return event.body ?? "";
  const bytes = Buffer.from(event.body ?? "", "base64");
  if (bytes.length > MAX_BODY_BYTES) {
    throw new HttpError(413, `Request body must be at most ${MAX_BODY_BYTES} bytes`);
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    throw new HttpError(400, "Request body is not UTF-8", {
      issues: [{ path: "body", message: "must be UTF-8 text" }],
    });
  }
}

/** Validates the JSON body against `schema` and returns the parsed (normalised) value. */
function parseJsonBody<S extends z.ZodType>(
  event: Pick<APIGatewayProxyEvent, "headers" | "body" | "isBase64Encoded">,
  schema: S,
): z.output<S> {
  if (!isJsonMediaType(header(event, "content-type"))) {
    throw new HttpError(415, "Content-Type must be application/json (charset, if given, utf-8)");
  }
  // A leading byte order mark is not JSON, but RFC 8259 lets a parser ignore it.
  const raw = bodyText(event).replace(/^\uFEFF/, "");
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
  const parsed = schema.safeParse(json, { error: typeMessages });
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
  const parsed = schema.safeParse({ ...(event.queryStringParameters ?? {}) }, { error: typeMessages });
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
  const parsed = schema.safeParse(event.pathParameters?.[name] ?? "", { error: typeMessages });
  if (parsed.success) return parsed.data;
  if (invalidStatus === 404) throw new HttpError(404, "Comment not found");
  throw new HttpError(400, `Invalid path parameter ${name}`, { issues: issuesOf(parsed.error, name) });
}

export { header, MAX_BODY_BYTES, parseJsonBody, parsePathParameter, parseQuery };
