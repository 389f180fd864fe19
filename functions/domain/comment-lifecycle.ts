/**
 * The comment lifecycle. A comment's text never changes; only its status does. The worker's decision is
 * provisional, a moderator's is final: a moderator may decide any comment the worker decided, repeating the
 * same human decision changes nothing, and contradicting a human decision is a conflict. A moderator may also
 * erase a comment at its author's request: only its id is kept, so it can never be stored again.
 */

import type { Category } from "./categories.js";
import { GENERIC_PUBLIC_REASON, PUBLIC_REASONS } from "./categories.js";
import type {
  CommentRecord,
  CommentSubmittedMessage,
  ErasedComment,
  Judgement,
  ModeratorDecision,
} from "./schemas.js";

type DecisionOutcome =
  | { readonly kind: "changed"; readonly record: CommentRecord }
  | { readonly kind: "unchanged"; readonly record: CommentRecord }
  | { readonly kind: "conflict"; readonly record: CommentRecord }
  /** A rejection must name a guideline for readers, and the engine named none. */
  | { readonly kind: "reason_required"; readonly record: CommentRecord };

function publicReasonFor(categories: readonly Category[]): string {
  const primary = categories[0];
  return primary ? PUBLIC_REASONS[primary] : GENERIC_PUBLIC_REASON;
}

/** The record the worker stores for a newly judged comment. */
function createCommentRecord(
  message: CommentSubmittedMessage,
  judgement: Judgement,
  now: string,
): CommentRecord {
  const { comment } = message;
  const publicReason = judgement.decision === "rejected" ? publicReasonFor(judgement.categories) : undefined;
  return {
    id: message.id,
    articleId: comment.articleId,
    text: comment.text,
    author: comment.author,
    ...(comment.parentId && { parentId: comment.parentId }),
    ...(comment.clientRef && { clientRef: comment.clientRef }),
    ...(comment.article && { article: comment.article }),
    status: judgement.decision,
    decidedBy: "worker",
    categories: judgement.categories,
    reasonCode: judgement.reasonCode,
    ...(publicReason && { publicReason }),
    judgement,
    history: [
      {
        status: judgement.decision,
        actor: { type: "worker", engineVersion: judgement.engineVersion },
        at: now,
        categories: judgement.categories,
        reasonCode: judgement.reasonCode,
        ...(publicReason && { publicReason }),
      },
    ],
    submittedAt: message.submittedAt,
    updatedAt: now,
    revision: 1,
  };
}

/**
 * Whether a decision on a comment a moderator already decided only repeats that decision (a retried request):
 * the same status, the same guideline if it names one, the same note if it has one. Anything else would change a
 * final decision, so it is a conflict rather than a 200 that silently drops the new reason or note.
 */
function isRepeat(
  record: CommentRecord,
  decision: ModeratorDecision,
  status: CommentRecord["status"],
): boolean {
  if (record.status !== status) return false;
  if (decision.reason !== undefined && decision.reason !== record.categories[0]) return false;
  const finalEntry = record.history.at(-1);
  return decision.note === undefined || decision.note === finalEntry?.note;
}

/** Applies a moderator's decision. Pure: the caller stores the record only when the outcome is `changed`. */
function applyModeratorDecision(
  record: CommentRecord,
  decision: ModeratorDecision,
  moderatorId: string,
  now: string,
): DecisionOutcome {
  const status = decision.decision === "approve" ? "approved" : "rejected";
  if (record.decidedBy === "moderator") {
    return { kind: isRepeat(record, decision, status) ? "unchanged" : "conflict", record };
  }
  const categories: Category[] =
    status === "approved" ? [] : decision.reason ? [decision.reason] : [...record.judgement.categories];
  if (status === "rejected" && categories.length === 0) return { kind: "reason_required", record };
  const publicReason = status === "rejected" ? publicReasonFor(categories) : undefined;
  const reasonCode = status === "approved" ? "moderator_approved" : "moderator_rejected";
  const { publicReason: _previous, ...rest } = record;
  return {
    kind: "changed",
    record: {
      ...rest,
      status,
      decidedBy: "moderator",
      categories,
      reasonCode,
      ...(publicReason && { publicReason }),
      history: [
        ...record.history,
        {
          status,
          actor: { type: "moderator", id: moderatorId },
          at: now,
          categories,
          reasonCode,
          ...(publicReason && { publicReason }),
          ...(decision.note && { note: decision.note }),
        },
      ],
      updatedAt: now,
      revision: record.revision + 1,
    },
  };
}

/** What erasing comment `id` leaves behind: no text, no author, no article, no history; who and when. */
function erasureOf(id: string, moderatorId: string, now: string): ErasedComment {
  return { id, erasedAt: now, erasedBy: moderatorId };
}

function isErased(stored: CommentRecord | ErasedComment): stored is ErasedComment {
  return "erasedAt" in stored;
}

export type { DecisionOutcome };
export { applyModeratorDecision, createCommentRecord, erasureOf, isErased, publicReasonFor };
