/**
 * GET /moderation/comments: full records by status (default pending), optionally of one article. The pending
 * queue is oldest first so nothing waits forever; decided comments are newest first.
 */
import { listArticleComments, listCommentsByStatus } from "../adapters/comment-repository.js";
import { moderationListQuerySchema } from "../domain/schemas.js";
import { httpHandler } from "../http/http-handler.js";
import { requireModerator } from "../http/moderator-identity.js";
import { parseQuery } from "../http/request.js";

const handler = httpHandler(async (event) => {
  requireModerator(event);
  const { status, articleId, limit, cursor } = parseQuery(event, moderationListQuerySchema);
  const page = { limit, cursor, newestFirst: status !== "pending" };
  const result = articleId
    ? await listArticleComments(articleId, status, page)
    : await listCommentsByStatus(status, page);
  return { statusCode: 200, body: { items: result.items, nextCursor: result.nextCursor ?? null } };
});

export { handler };
