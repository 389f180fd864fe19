/**
 * The public and moderator API over plain HTTP against the real local stack: DynamoDB Local, fauxqs, the local
 * API Gateway stand-in and the SQS-driven worker, with the real handlers and SDK clients. Assertions hold for
 * any guideline engine: comments are decided by a moderator where a test needs a known status.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commentIdForClientRef } from "../../functions/domain/comment-ids.js";
import type { ApiClient, CommentView, ErrorBody, Page } from "./support/api-client.js";
import { apiClient } from "./support/api-client.js";
import { eventually, startTestStack, type TestStack } from "./support/local-stack.js";
import { waitUntilDrained } from "./support/queues.js";

const ORIGIN = "https://news.example";
const UNKNOWN_ID = "c_0000000000000000000000zzzz";

let local: TestStack;
let api: ApiClient;

beforeAll(async () => {
  local = await startTestStack();
  api = apiClient(local.stack.url);
});

afterAll(async () => {
  await local?.stack.stop();
});

function newArticle(): string {
  return `article-${randomUUID()}`;
}

function submission(articleId: string, text: string, extra: Record<string, unknown> = {}) {
  return { articleId, text, author: { name: "Nadia", email: "nadia@example.com" }, ...extra };
}

async function submit(body: unknown): Promise<string> {
  const response = await api.call<{ id: string; status: string }>("POST", "/comments", { json: body });
  expect(response.status, response.text).toBe(202);
  expect(response.body.status).toBe("pending");
  return response.body.id;
}

async function stored(id: string): Promise<CommentView> {
  return eventually(`comment ${id} to be stored`, async () => {
    const response = await api.call<CommentView>("GET", `/comments/${id}`);
    return response.status === 200 ? response.body : undefined;
  });
}

async function decide(id: string, decision: "approve" | "reject", token = local.stack.moderatorToken) {
  return api.call<CommentView & ErrorBody>("POST", `/moderation/comments/${id}/decision`, {
    token,
    json: { decision, ...(decision === "reject" ? { reason: "off_topic" } : {}) },
  });
}

async function moderationList(query: string) {
  return api.call<Page>("GET", `/moderation/comments?${query}`, { token: local.stack.moderatorToken });
}

/** Every record of an article, whatever its status, as moderators see them. */
async function allRecordsOf(articleId: string): Promise<CommentView[]> {
  const lists = await Promise.all(
    ["pending", "approved", "rejected"].map((status) =>
      moderationList(`status=${status}&articleId=${articleId}`),
    ),
  );
  return lists.flatMap((list) => {
    expect(list.status).toBe(200);
    return list.body.items;
  });
}

describe("local stack", () => {
  it("reports healthy once the queue, the table and the worker loop are ready", async () => {
    const response = await api.call<Record<string, string>>("GET", "/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok", queue: "ok", table: "ok", worker: "ok" });
  });

  it("answers unknown routes with 404 and known paths with a wrong method with 405", async () => {
    const unknown = await api.call<ErrorBody>("GET", "/nope");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBeTruthy();
    const wrongMethod = await api.call<ErrorBody>("DELETE", "/comments");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });

  it("answers CORS preflights for configured origins only, and handler responses carry the origin", async () => {
    const allowed = await api.call("OPTIONS", "/comments", {
      headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("Authorization");

    const other = await api.call("OPTIONS", "/comments", { headers: { Origin: "https://evil.example" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();

    const read = await api.call("GET", `/comments/${UNKNOWN_ID}`, { headers: { Origin: ORIGIN } });
    expect(read.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });
});

describe("public API", () => {
  it("accepts a comment with 202 and stores it with a status once the worker has judged it", async () => {
    const articleId = newArticle();
    const id = await submit(submission(articleId, "A careful piece on the repatriation flights, thank you."));
    expect(id).toMatch(/^c_[0-9a-z]{26}$/);
    const comment = await stored(id);
    expect(comment).toMatchObject({ id, articleId });
    expect(["pending", "approved", "rejected"]).toContain(comment.status);
    expect(JSON.stringify(comment)).not.toContain("nadia@example.com");
  });

  it("answers 404 for a comment id that was never stored", async () => {
    const response = await api.call<ErrorBody>("GET", `/comments/${UNKNOWN_ID}`);
    expect(response.status).toBe(404);
  });

  it("rejects bad input with 400 naming each bad field, never a 5xx", async () => {
    const response = await api.call<ErrorBody>("POST", "/comments", {
      json: {
        articleId: "no spaces allowed",
        text: "   ",
        author: { name: "Nadia", email: "not-an-email" },
        extra: true,
      },
    });
    expect(response.status).toBe(400);
    const paths = response.body.issues?.map((issue) => issue.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["articleId", "text", "author.email"]));
    expect(paths.length).toBeGreaterThanOrEqual(4);

    const notJson = await api.call<ErrorBody>("POST", "/comments", {
      raw: "{ not json",
      headers: { "Content-Type": "application/json" },
    });
    expect(notJson.status).toBe(400);
  });

  it("answers 415 for a non-JSON content type", async () => {
    const response = await api.call<ErrorBody>("POST", "/comments", {
      raw: "articleId=a&text=b",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(415);
  });

  it("answers 413 above 256 KB (handler) and refuses huge bodies at the local gateway without reading them", async () => {
    const large = await api.call<ErrorBody>("POST", "/comments", {
      json: submission(newArticle(), "x".repeat(257 * 1024)),
    });
    expect(large.status).toBe(413);

    const huge = await api.call<ErrorBody>("POST", "/comments", {
      raw: "x".repeat(2 * 1024 * 1024),
      headers: { "Content-Type": "application/json" },
    });
    expect(huge.status).toBe(413);
  });

  it("queues and stores whatever Unicode a reader may type, emoji and noncharacters included", async () => {
    const articleId = newArticle();
    // SQS refuses U+FFFF in a message, and the emulator every character above U+FFFF: the queue gets escapes.
    const text =
      "Great piece \u{1F44D}\u{1F1EE}\u{1F1F6} \u{20000} caf\u00e9 \uFFFF \u0633\u0644\u0627\u0645";
    const id = await submit(submission(articleId, text, { author: { name: "N\u{1F600}dia" } }));
    await stored(id);
    const record = await api.call<CommentView>("GET", `/moderation/comments/${id}`, {
      token: local.stack.moderatorToken,
    });
    expect(record.body.text).toBe(text);
    expect(record.body.author?.name).toBe("N\u{1F600}dia");
  });

  it("keeps a different comment sent under a reused clientRef as a comment of its own", async () => {
    const articleId = newArticle();
    const first = await submit(submission(articleId, "The first reader's comment.", { clientRef: "form-1" }));
    const second = await submit(submission(articleId, "Another reader, same form.", { clientRef: "form-1" }));
    expect(second).not.toBe(first);
    await Promise.all([stored(first), stored(second)]);
    await waitUntilDrained(local.stack);
    expect((await allRecordsOf(articleId)).map((r) => r.id).sort()).toEqual([first, second].sort());
  });

  it("makes a POST with clientRef idempotent: same id, stored once", async () => {
    const articleId = newArticle();
    const body = submission(articleId, "Posting twice because my connection dropped.", {
      clientRef: "form-42",
    });
    const first = await submit(body);
    const second = await submit(body);
    expect(second).toBe(first);
    await stored(first);
    await waitUntilDrained(local.stack);
    const records = await allRecordsOf(articleId);
    expect(records.map((r) => r.id)).toEqual([first]);
    expect(records[0]?.history).toHaveLength(1);
  });
});

describe("moderation", () => {
  it("refuses missing or wrong tokens with 401 and signed-in non-moderators with 403", async () => {
    const none = await api.call<ErrorBody>("GET", "/moderation/comments?status=pending");
    expect(none.status).toBe(401);
    const wrong = await api.call<ErrorBody>("GET", "/moderation/comments?status=pending", {
      token: "not-a-token",
    });
    expect(wrong.status).toBe(401);
    const basic = await api.call<ErrorBody>("GET", "/moderation/comments", {
      headers: { Authorization: `Basic ${local.stack.moderatorToken}` },
    });
    expect(basic.status).toBe(401);
    const reader = await api.call<ErrorBody>("GET", "/moderation/comments?status=pending", {
      token: local.stack.readerToken,
    });
    expect(reader.status).toBe(403);
    const readerDecision = await decide(UNKNOWN_ID, "approve", local.stack.readerToken);
    expect(readerDecision.status).toBe(403);
  });

  it("answers 404 for unknown comments and 400 for a bad decision body", async () => {
    const one = await api.call<ErrorBody>("GET", `/moderation/comments/${UNKNOWN_ID}`, {
      token: local.stack.moderatorToken,
    });
    expect(one.status).toBe(404);
    expect((await decide(UNKNOWN_ID, "approve")).status).toBe(404);

    const id = await submit(submission(newArticle(), "Which court will hear the cases of the returnees?"));
    await stored(id);
    const bad = await api.call<ErrorBody>("POST", `/moderation/comments/${id}/decision`, {
      token: local.stack.moderatorToken,
      json: { decision: "maybe" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues?.map((issue) => issue.path)).toContain("decision");
  });

  it("lists pending comments, approves and rejects; readers see only approved comments and never an email", async () => {
    const articleId = newArticle();
    const ids = await Promise.all(
      [
        "The government owes these families a clear answer about the camps in Syria.",
        "Children born in the camps did not choose any of this. Bring them home.",
        "Anyone who joined ISIS should face trial in Iraq, not here.",
      ].map((text) => submit(submission(articleId, text))),
    );
    const records = await Promise.all(ids.map(stored));

    const pending = await moderationList(`status=pending&articleId=${articleId}`);
    expect(pending.status).toBe(200);
    const pendingIds = pending.body.items.map((item) => item.id).sort();
    expect(pendingIds).toEqual(
      records
        .filter((r) => r.status === "pending")
        .map((r) => r.id)
        .sort(),
    );
    for (const item of pending.body.items) expect(item.status).toBe("pending");

    const [approveId, rejectId] = ids as [string, string, string];
    const approved = await decide(approveId, "approve");
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe("approved");
    const rejected = await decide(rejectId, "reject");
    expect(rejected.status, rejected.text).toBe(200);
    expect(rejected.body.status).toBe("rejected");

    // Repeating a human decision is a no-op; contradicting it is a conflict.
    expect((await decide(approveId, "approve")).status).toBe(200);
    expect((await decide(rejectId, "approve")).status).toBe(409);
    expect((await decide(approveId, "reject")).status).toBe(409);

    const full = await api.call<CommentView>("GET", `/moderation/comments/${approveId}`, {
      token: local.stack.moderatorToken,
    });
    expect(full.status).toBe(200);
    expect(full.body.author?.email).toBe("nadia@example.com");
    expect(full.body.history?.at(-1)?.actor).toMatchObject({ type: "moderator", id: "local-moderator" });

    const listing = await api.call<Page>("GET", `/articles/${articleId}/comments`);
    expect(listing.status).toBe(200);
    expect(listing.body.items.map((item) => item.id)).toContain(approveId);
    expect(listing.body.items.map((item) => item.id)).not.toContain(rejectId);
    for (const item of listing.body.items) expect(item.status).toBe("approved");
    expect(listing.text).not.toContain("@example.com");
    expect(listing.text).not.toContain("email");

    const publicRejected = await api.call<CommentView>("GET", `/comments/${rejectId}`);
    expect(publicRejected.body.status).toBe("rejected");
    expect(publicRejected.body.text).toBeUndefined();
    expect(publicRejected.body.publicReason).toBeTruthy();
  });

  it("paginates the public listing with an opaque cursor", async () => {
    const articleId = newArticle();
    const ids = [];
    for (let n = 1; n <= 6; n++) {
      ids.push(await submit(submission(articleId, `Comment number ${n} on the repatriation debate.`)));
    }
    await Promise.all(ids.map(stored));
    for (const id of ids) expect((await decide(id, "approve")).status).toBe(200);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : "limit=2";
      const page = await api.call<Page>("GET", `/articles/${articleId}/comments?${query}`);
      expect(page.status, page.text).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(pages).toBeGreaterThanOrEqual(3);

    const badCursor = await api.call<ErrorBody>("GET", `/articles/${articleId}/comments?cursor=garbage`);
    expect(badCursor.status).toBe(400);
    // Six comments in pages of two: the third page is the last and says so (no fourth, empty page).
    expect(pages).toBe(3);
  });

  it("erases a comment at its author's request: gone from every route and listing, and never stored again", async () => {
    const articleId = newArticle();
    const body = submission(articleId, "Please remove this, I posted my address by mistake.", {
      clientRef: "erase-1",
    });
    const id = await submit(body);
    const kept = await submit(submission(articleId, "A comment that stays."));
    await Promise.all([stored(id), stored(kept)]);
    expect((await decide(id, "approve")).status).toBe(200);

    const erased = await api.call<{ id: string; erasedAt: string; erasedBy: string }>(
      "POST",
      `/moderation/comments/${id}/erasure`,
      { token: local.stack.moderatorToken },
    );
    expect(erased.status, erased.text).toBe(200);
    expect(Object.keys(erased.body).sort()).toEqual(["erasedAt", "erasedBy", "id"]);
    expect((await api.call("GET", `/comments/${id}`)).status).toBe(410);
    const asModerator = await api.call("GET", `/moderation/comments/${id}`, {
      token: local.stack.moderatorToken,
    });
    expect(asModerator.status).toBe(410);
    expect((await decide(id, "reject")).status).toBe(410);
    const listed = await api.call<Page>("GET", `/articles/${articleId}/comments`);
    expect(listed.body.items.map((item) => item.id)).not.toContain(id);
    expect((await allRecordsOf(articleId)).map((r) => r.id)).toEqual([kept]);

    // The site retries the same POST (same clientRef): the queued copy is refused, the erasure stands.
    expect(await submit(body)).toBe(id);
    await waitUntilDrained(local.stack);
    expect((await api.call("GET", `/comments/${id}`)).status).toBe(410);
    const again = await api.call<{ erasedAt: string }>("POST", `/moderation/comments/${id}/erasure`, {
      token: local.stack.moderatorToken,
    });
    expect(again.body.erasedAt).toBe(erased.body.erasedAt);
  });

  it("erases a comment before it arrives: it is never stored", async () => {
    const articleId = newArticle();
    const body = submission(articleId, "Posted on the wrong story, please delete.", { clientRef: "erase-2" });
    // The id a retry-safe POST will get, known before the comment is sent, so the erasure certainly comes first.
    const id = commentIdForClientRef({ ...body, clientRef: "erase-2" });
    const erased = await api.call("POST", `/moderation/comments/${id}/erasure`, {
      token: local.stack.moderatorToken,
    });
    expect(erased.status).toBe(200);
    expect(await submit(body)).toBe(id);
    await waitUntilDrained(local.stack);
    expect((await api.call("GET", `/comments/${id}`)).status).toBe(410);
    expect(await allRecordsOf(articleId)).toEqual([]);
  });
});
