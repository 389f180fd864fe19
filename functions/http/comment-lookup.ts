/** What a route answers for a looked-up comment: the record, or 404 (never stored) or 410 (erased). */
import { isErased } from "../domain/comment-lifecycle.js";
import type { CommentRecord, ErasedComment } from "../domain/schemas.js";
import { HttpError } from "./http-error.js";

function requireComment(stored: CommentRecord | ErasedComment | undefined): CommentRecord {
  if (!stored) throw new HttpError(404, "Comment not found");
  if (isErased(stored)) throw new HttpError(410, "Comment erased at its author's request");
  return stored;
}

export { requireComment };
