/**
 * What each audience may see of a stored comment. Readers never see an email, a pending comment's text, or a
 * rejected comment's text. Moderators see the whole record.
 */
import type { CommentRecord, PublicComment } from "./schemas.js";

function toPublicComment(record: CommentRecord): PublicComment {
  const base = {
    id: record.id,
    articleId: record.articleId,
    status: record.status,
    submittedAt: record.submittedAt,
    ...(record.parentId && { parentId: record.parentId }),
  };
  if (record.status === "approved")
    return { ...base, author: { name: record.author.name }, text: record.text };
  if (record.status === "rejected") return { ...base, publicReason: record.publicReason };
  return base;
}

export { toPublicComment };
