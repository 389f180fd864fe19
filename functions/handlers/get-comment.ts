/** GET /comments/{id}: the public view of one stored comment (text only once approved). */
import { findComment } from "../adapters/comment-repository.js";
import { toPublicComment } from "../domain/comment-views.js";
import { commentIdSchema } from "../domain/schemas.js";
import { requireComment } from "../http/comment-lookup.js";
import { httpHandler } from "../http/http-handler.js";
import { parsePathParameter } from "../http/request.js";

const handler = httpHandler(async (event) => {
  const id = parsePathParameter(event, "id", commentIdSchema, 404);
  const record = requireComment(await findComment(id));
  return { statusCode: 200, body: toPublicComment(record) };
});

export { handler };
