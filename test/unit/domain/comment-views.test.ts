import { describe, expect, it } from "vitest";
import { toPublicComment } from "../../../functions/domain/comment-views.js";
import { COMMENT_ID, storedRecord } from "../../fixtures/comments.js";

describe("toPublicComment", () => {
  it("shows an approved comment's text and author name, never the email", () => {
    const view = toPublicComment(storedRecord({ status: "approved" }));
    expect(view.text).toBeDefined();
    expect(view.author).toEqual({ name: "Sam Reader" });
    expect(JSON.stringify(view)).not.toContain("@");
  });

  it("hides a pending comment's text and author", () => {
    const view = toPublicComment(storedRecord({ status: "pending" }));
    expect(view).toEqual({
      id: COMMENT_ID,
      articleId: "iraq-repatriation-2026",
      status: "pending",
      submittedAt: "2026-11-26T08:00:00.000Z",
    });
  });

  it("gives a rejected comment's public reason, not its text or evidence", () => {
    const view = toPublicComment(storedRecord({ status: "rejected", publicReason: "Threat." }));
    expect(view.publicReason).toBe("Threat.");
    expect(view.text).toBeUndefined();
    expect(view).not.toHaveProperty("judgement");
  });
});
