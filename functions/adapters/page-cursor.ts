/**
 * Opaque pagination cursors: DynamoDB's LastEvaluatedKey, bound to the listing it came from so a cursor from
 * one listing cannot page through another, encoded as base64url JSON.
 */
import { z } from "zod";
import { HttpError } from "../http/http-error.js";

type PageKey = Record<string, string>;

const cursorPayloadSchema = z.object({
  scope: z.string(),
  key: z.record(z.string(), z.string()),
});

function encodeCursor(scope: string, key: PageKey | undefined): string | undefined {
  if (!key) return undefined;
  return Buffer.from(JSON.stringify({ scope, key }), "utf8").toString("base64url");
}

/**
 * The key a cursor carries, or a 400 naming `query.cursor`. `isKey` checks the key's shape against the listing,
 * so a tampered cursor is the client's mistake (400), not a key DynamoDB refuses (500).
 */
function decodeCursor(
  scope: string,
  cursor: string | undefined,
  isKey: (key: PageKey) => boolean,
): PageKey | undefined {
  if (cursor === undefined) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    payload = undefined;
  }
  const parsed = cursorPayloadSchema.safeParse(payload);
  if (!parsed.success || parsed.data.scope !== scope || !isKey(parsed.data.key)) {
    throw new HttpError(400, "Invalid query string", {
      issues: [{ path: "query.cursor", message: "is not a cursor from this listing" }],
    });
  }
  return parsed.data.key;
}

export type { PageKey };
export { decodeCursor, encodeCursor };
