import { describe, expect, it } from "vitest";
import { PUBLIC_REASONS } from "../../../functions/domain/categories.js";
import { applyModeratorDecision, createCommentRecord } from "../../../functions/domain/comment-lifecycle.js";
import { commentRecordSchema } from "../../../functions/domain/schemas.js";
import { judgement, storedRecord, submittedMessage } from "../../fixtures/comments.js";

const NOW = "2026-11-26T09:00:00.000Z";

describe("createCommentRecord", () => {
  it("stores the worker's provisional decision with its history entry", () => {
    const record = createCommentRecord(
      submittedMessage(),
      judgement({ decision: "approved", reasonCode: "clean" }),
      NOW,
    );
    expect(commentRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ status: "approved", decidedBy: "worker", revision: 1, updatedAt: NOW });
    expect(record.history).toEqual([
      {
        status: "approved",
        actor: { type: "worker", engineVersion: "test-1" },
        at: NOW,
        categories: [],
        reasonCode: "clean",
      },
    ]);
    expect(record.publicReason).toBeUndefined();
  });

  it("gives a rejection the public reason of its primary guideline", () => {
    const record = createCommentRecord(
      submittedMessage(),
      judgement({ decision: "rejected", categories: ["threat", "personal_attack"], reasonCode: "violation" }),
      NOW,
    );
    expect(record.publicReason).toBe(PUBLIC_REASONS.threat);
    expect(record.history[0]?.publicReason).toBe(PUBLIC_REASONS.threat);
  });
});

describe("applyModeratorDecision", () => {
  it("lets a moderator overturn the worker's decision and records who and why", () => {
    const outcome = applyModeratorDecision(
      storedRecord({ status: "approved", categories: [] }),
      { decision: "reject", reason: "promotion", note: "link farm" },
      "moderator-1",
      NOW,
    );
    expect(outcome.kind).toBe("changed");
    expect(outcome.record).toMatchObject({
      status: "rejected",
      decidedBy: "moderator",
      categories: ["promotion"],
      publicReason: PUBLIC_REASONS.promotion,
      reasonCode: "moderator_rejected",
      revision: 2,
      updatedAt: NOW,
    });
    expect(outcome.record.history.at(-1)).toEqual({
      status: "rejected",
      actor: { type: "moderator", id: "moderator-1" },
      at: NOW,
      categories: ["promotion"],
      reasonCode: "moderator_rejected",
      publicReason: PUBLIC_REASONS.promotion,
      note: "link farm",
    });
    expect(commentRecordSchema.safeParse(outcome.record).success).toBe(true);
  });

  it("rejects with the engine's categories when the moderator names none", () => {
    const record = storedRecord({ judgement: judgement({ categories: ["personal_attack"] }) });
    const outcome = applyModeratorDecision(record, { decision: "reject" }, "m", NOW);
    expect(outcome.record.categories).toEqual(["personal_attack"]);
    expect(outcome.record.publicReason).toBe(PUBLIC_REASONS.personal_attack);
  });

  it("clears the public reason when a moderator approves a comment the worker rejected", () => {
    const record = storedRecord({
      status: "rejected",
      categories: ["threat"],
      publicReason: PUBLIC_REASONS.threat,
    });
    const outcome = applyModeratorDecision(record, { decision: "approve" }, "m", NOW);
    expect(outcome.record.status).toBe("approved");
    expect(outcome.record.categories).toEqual([]);
    expect(outcome.record.publicReason).toBeUndefined();
  });

  it("treats a repeated human decision as a no-op", () => {
    const decided = applyModeratorDecision(storedRecord(), { decision: "approve" }, "m", NOW).record;
    const again = applyModeratorDecision(
      decided,
      { decision: "approve" },
      "other",
      "2026-11-26T10:00:00.000Z",
    );
    expect(again).toEqual({ kind: "unchanged", record: decided });
  });

  it("refuses to contradict a human decision", () => {
    const decided = applyModeratorDecision(storedRecord(), { decision: "approve" }, "m", NOW).record;
    expect(applyModeratorDecision(decided, { decision: "reject" }, "m", NOW).kind).toBe("conflict");
  });

  it("treats a retried rejection with the same guideline and note as a repeat, and another one as a conflict", () => {
    const first = { decision: "reject", reason: "threat", note: "names his street" } as const;
    const decided = applyModeratorDecision(storedRecord(), first, "m", NOW).record;
    expect(applyModeratorDecision(decided, first, "m", NOW).kind).toBe("unchanged");
    expect(applyModeratorDecision(decided, { decision: "reject" }, "m", NOW).kind).toBe("unchanged");
    expect(applyModeratorDecision(decided, { ...first, reason: "off_topic" }, "m", NOW).kind).toBe(
      "conflict",
    );
    expect(applyModeratorDecision(decided, { ...first, note: "second look" }, "m", NOW).kind).toBe(
      "conflict",
    );
  });

  it("asks for a guideline when rejecting a comment the engine found nothing wrong with", () => {
    const clean = storedRecord({ status: "approved" });
    expect(applyModeratorDecision(clean, { decision: "reject" }, "m", NOW).kind).toBe("reason_required");
    const named = applyModeratorDecision(clean, { decision: "reject", reason: "off_topic" }, "m", NOW);
    expect(named.record.categories).toEqual(["off_topic"]);
  });

  it("never changes the comment's text", () => {
    const record = storedRecord();
    const outcome = applyModeratorDecision(record, { decision: "reject", reason: "promotion" }, "m", NOW);
    expect(outcome.record.text).toBe(record.text);
  });
});
