import { describe, expect, it } from "vitest";
import { commentIdForClientRef, newCommentId } from "../../../functions/domain/comment-ids.js";
import { commentIdSchema } from "../../../functions/domain/schemas.js";

function retry(articleId: string, clientRef: string) {
  return { articleId, clientRef, text: "Open courts, please.", author: { name: "Ann" } };
}

describe("comment ids", () => {
  it("are valid comment ids", () => {
    expect(commentIdSchema.safeParse(newCommentId()).success).toBe(true);
    expect(commentIdSchema.safeParse(commentIdForClientRef(retry("a", "b"))).success).toBe(true);
  });

  it("sort by creation time", () => {
    const random = new Uint8Array(10).fill(255);
    const earlier = newCommentId(1_700_000_000_000, random);
    const later = newCommentId(1_700_000_000_001, new Uint8Array(10));
    expect(earlier < later).toBe(true);
  });

  it("are unique without a clientRef", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newCommentId(1_700_000_000_000)));
    expect(ids.size).toBe(1000);
  });

  it("are stable for the same article, clientRef and comment, and differ otherwise", () => {
    const id = commentIdForClientRef(retry("article-1", "ref-1"));
    expect(commentIdForClientRef(retry("article-1", "ref-1"))).toBe(id);
    expect(commentIdForClientRef(retry("article-2", "ref-1"))).not.toBe(id);
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(commentIdForClientRef(retry("ab", "c"))).not.toBe(commentIdForClientRef(retry("a", "bc")));
  });

  it("give a different comment sent under a reused clientRef an id of its own", () => {
    const first = retry("article-1", "form-1");
    const id = commentIdForClientRef(first);
    expect(commentIdForClientRef({ ...first, text: "Another reader's comment." })).not.toBe(id);
    expect(commentIdForClientRef({ ...first, author: { name: "Bob" } })).not.toBe(id);
    // Not the e-mail: the id is public, and must not let anyone test an address against it.
    const withEmail = { ...first, author: { name: "Ann", email: "ann@example.org" } };
    expect(commentIdForClientRef(withEmail)).toBe(id);
    expect(commentIdForClientRef({ ...first, parentId: "c_06h272kg7s3wrvtntxe1889r6c" })).not.toBe(id);
  });
});
