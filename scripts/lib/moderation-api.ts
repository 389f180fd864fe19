/**
 * Reads decided comments through the moderation API (`GET /moderation/comments`), page by page, the way a
 * moderator's tools would: the same routes locally (`npm start`) and on AWS, no AWS credentials needed.
 */
import { z } from "zod";
import type { CommentRecord } from "../../functions/domain/schemas.js";
import { commentRecordSchema, LIMITS } from "../../functions/domain/schemas.js";

/** Items are checked one by one, so one record the report cannot read does not cost it every other. */
const pageSchema = z.object({
  items: z.array(z.unknown()),
  nextCursor: z.string().nullable().optional(),
});

/** A refusal or an answer the tool cannot use, worded for the person running it. */
class ModerationApiError extends Error {}

interface FetchOptions {
  readonly api: string;
  readonly token: string;
  /** Stop at comments submitted before this instant (ISO); listings of decided comments are newest first. */
  readonly since?: string;
  /** Called after each page with the status read and how many records so far. */
  readonly onPage?: (status: string, soFar: number) => void;
  readonly fetchFn?: typeof fetch;
  /** Waits between retries; tests pass one that does not. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Throttled (429) or briefly unavailable (503): wait and ask again, this many times at most. */
const RETRIES = 5;
const RETRY_FIRST_MS = 500;

/** Retry-After in seconds when the API sent one, else doubling from RETRY_FIRST_MS. */
function retryDelay(response: Response, attempt: number): number {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : RETRY_FIRST_MS * 2 ** attempt;
}

async function fetchPage(options: FetchOptions, status: string, cursor: string | undefined) {
  const url = new URL("moderation/comments", options.api.endsWith("/") ? options.api : `${options.api}/`);
  url.searchParams.set("status", status);
  url.searchParams.set("limit", String(LIMITS.pageSizeMax));
  if (cursor) url.searchParams.set("cursor", cursor);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let response: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await (options.fetchFn ?? fetch)(url, {
        headers: { Authorization: `Bearer ${options.token}` },
      });
    } catch (error) {
      throw new ModerationApiError(`cannot reach ${url.origin}: ${(error as Error).message}`);
    }
    if ((response.status !== 429 && response.status !== 503) || attempt === RETRIES) break;
    await sleep(retryDelay(response, attempt));
  }
  if (response.status === 401 || response.status === 403)
    throw new ModerationApiError(
      `the moderation API refused the token (${response.status}): use a moderator's ID token (locally, the one npm start printed)`,
    );
  if (!response.ok)
    throw new ModerationApiError(`GET ${url.pathname} answered ${response.status}: ${await response.text()}`);
  const parsed = pageSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success)
    throw new ModerationApiError(
      `GET ${url.pathname} did not answer with a page of comment records: ${parsed.error.issues[0]?.message ?? ""}`,
    );
  return parsed.data;
}

interface DecidedComments {
  readonly records: CommentRecord[];
  /** Items that are not comment records in the shape this version reads (left out, counted). */
  readonly skipped: number;
}

/** Every approved and rejected comment submitted since `since` (all when absent); the caller keeps what it needs. */
async function fetchDecidedComments(options: FetchOptions): Promise<DecidedComments> {
  const records: CommentRecord[] = [];
  let skipped = 0;
  const since = options.since;
  for (const status of ["approved", "rejected"] as const) {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(options, status, cursor);
      const readable = page.items.flatMap((item) => {
        const parsed = commentRecordSchema.safeParse(item);
        if (!parsed.success) skipped++;
        return parsed.success ? [parsed.data] : [];
      });
      const recent = since ? readable.filter((r) => r.submittedAt >= since) : readable;
      records.push(...recent);
      options.onPage?.(status, records.length);
      // Newest first: once a page reaches past `since`, every later page is older still.
      cursor = recent.length < readable.length ? undefined : (page.nextCursor ?? undefined);
    } while (cursor);
  }
  return { records, skipped };
}

export type { DecidedComments, FetchOptions };
export { fetchDecidedComments, ModerationApiError };
