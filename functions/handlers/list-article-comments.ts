/** GET /articles/{articleId}/comments: approved comments of one article, newest first, paginated. */
import { listArticleComments } from "../adapters/comment-repository.js";
import { toPublicComment } from "../domain/comment-views.js";
import { articleCommentsQuerySchema, articleIdSchema } from "../domain/schemas.js";
import { httpHandler } from "../http/http-handler.js";
import { parsePathParameter, parseQuery } from "../http/request.js";

const handler = httpHandler(async (event) => {
  const articleId = parsePathParameter(event, "articleId", articleIdSchema, 400);
  const query = parseQuery(event, articleCommentsQuerySchema);
  const page = await listArticleComments(articleId, "approved", { ...query, newestFirst: true });
  return {
    statusCode: 200,
    body: { items: page.items.map(toPublicComment), nextCursor: page.nextCursor ?? null },
  };
});

export { handler };
