/**
 * POST /moderation/comments/{id}/decision: a moderator's final decision. Repeating a human decision is a
 * no-op (200); contradicting or amending one (another guideline, another note) is 409. Concurrent writers are resolved by re-reading and re-deciding.
 */
import { findComment, replaceComment } from "../adapters/comment-repository.js";
import { applyModeratorDecision } from "../domain/comment-lifecycle.js";
import { commentIdSchema, moderatorDecisionSchema } from "../domain/schemas.js";
import { requireComment } from "../http/comment-lookup.js";
import { HttpError } from "../http/http-error.js";
import { httpHandler } from "../http/http-handler.js";
import { requireModerator } from "../http/moderator-identity.js";
import { parseJsonBody, parsePathParameter } from "../http/request.js";

const MAX_ATTEMPTS = 3;

const handler = httpHandler(async (event) => {
  const moderator = requireModerator(event);
  const id = parsePathParameter(event, "id", commentIdSchema, 404);
  const decision = parseJsonBody(event, moderatorDecisionSchema);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const record = requireComment(await findComment(id));
    const outcome = applyModeratorDecision(record, decision, moderator.id, new Date().toISOString());
    if (outcome.kind === "conflict") {
      const guideline =
        record.status === "rejected" ? ` under ${record.categories[0] ?? "no guideline"}` : "";
      throw new HttpError(
        409,
        `A moderator already ${record.status} this comment${guideline}; a human decision is final`,
      );
    }
    if (outcome.kind === "reason_required") {
      throw new HttpError(400, "Invalid request body", {
        issues: [
          { path: "reason", message: "is required: the engine named no guideline this comment breaks" },
        ],
      });
    }
    if (outcome.kind === "unchanged") return { statusCode: 200, body: outcome.record };
    if ((await replaceComment(outcome.record, record.revision)) === "replaced") {
      return { statusCode: 200, body: outcome.record };
    }
  }
  throw new HttpError(409, "The comment changed while deciding; reload it and try again");
});

export { handler };
