/**
 * POST /moderation/comments/{id}/erasure: erases a comment at its author's request (the right to erasure). The
 * text, author, e-mail, article context, scores, evidence and history go; what stays is the id, who erased it and
 * when, so that a copy still queued or redelivered can never store it again. Erasing twice answers the first
 * erasure; a comment not stored yet (still queued) is erased before it arrives.
 */
import { storeErasure } from "../adapters/comment-repository.js";
import { erasureOf } from "../domain/comment-lifecycle.js";
import { commentIdSchema } from "../domain/schemas.js";
import { httpHandler } from "../http/http-handler.js";
import { requireModerator } from "../http/moderator-identity.js";
import { parsePathParameter } from "../http/request.js";

const handler = httpHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = parsePathParameter(event, "id", commentIdSchema, 404);
  const erased = await storeErasure(erasureOf(id, moderator.id, new Date().toISOString()));
  return { statusCode: 200, body: erased };
});

export { handler };
