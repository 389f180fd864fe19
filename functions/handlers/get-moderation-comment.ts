/** GET /moderation/comments/{id}: one full record (scores, evidence, history) for a moderator. */
import { findComment } from "../adapters/comment-repository.js";
import { commentIdSchema } from "../domain/schemas.js";
import { requireComment } from "../http/comment-lookup.js";
import { httpHandler } from "../http/http-handler.js";
import { requireModerator } from "../http/moderator-identity.js";
import { parsePathParameter } from "../http/request.js";

const handler = httpHandler(async (event) => {
  requireModerator(event);
  const id = parsePathParameter(event, "id", commentIdSchema, 404);
  return { statusCode: 200, body: requireComment(await findComment(id)) };
});

export { handler };
