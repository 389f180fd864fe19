/** POST /comments: validate, give the comment its id, put it on the moderation queue, answer 202. */
import { enqueueSubmittedComment } from "../adapters/comment-queue.js";
import { commentIdForClientRef, newCommentId } from "../domain/comment-ids.js";
import type { CommentSubmittedMessage } from "../domain/schemas.js";
import { commentSubmissionSchema } from "../domain/schemas.js";
import { HttpError } from "../http/http-error.js";
import { httpHandler } from "../http/http-handler.js";
import { parseJsonBody } from "../http/request.js";

const handler = httpHandler(async (event) => {
  const comment = parseJsonBody(event, commentSubmissionSchema);
  const { clientRef } = comment;
  const id = clientRef ? commentIdForClientRef({ ...comment, clientRef }) : newCommentId();
  const message: CommentSubmittedMessage = {
    type: "comment.submitted",
    version: 1,
    id,
    submittedAt: new Date().toISOString(),
    comment,
  };
  try {
    await enqueueSubmittedComment(message);
  } catch (cause) {
    // The queue may or may not have taken it (an answer lost after SQS stored it looks the same): the site retries,
    // and with a clientRef the retry keeps the same id, so the comment is stored once either way.
    throw new HttpError(503, "The comment could not be queued; please retry", {
      headers: { "Retry-After": "5" },
      cause,
    });
  }
  return { statusCode: 202, body: { id, status: "pending" } };
});

export { handler };
