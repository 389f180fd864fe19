import { describe, expect, it } from "vitest";
import { commentIdForClientRef, newCommentId } from "../../../functions/domain/comment-ids.js";
import { commentIdSchema } from "../../../functions/domain/schemas.js";

describe("comment ids", () => {
  it("are valid comment ids", () => {
    expect(commentIdSchema.safeParse(newCommentId()).success).toBe(true);
    expect(commentIdSchema.safeParse(commentIdForClientRef("a", "b")).success).toBe(true);
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

  it("are stable for the same article and clientRef, and differ otherwise", () => {
    expect(commentIdForClientRef("article-1", "ref-1")).toBe(commentIdForClientRef("article-1", "ref-1"));
    expect(commentIdForClientRef("article-1", "ref-1")).not.toBe(commentIdForClientRef("article-2", "ref-1"));
    // The separator keeps ("ab", "c") and ("a", "bc") apart.
    expect(commentIdForClientRef("ab", "c")).not.toBe(commentIdForClientRef("a", "bc"));
  });
});
