/**
 * Builds the OpenAPI 3.1 document from the route table and the zod schemas, so the published API reference
 * cannot drift from what the handlers validate. `npm run openapi` writes it to docs/openapi.json; a unit test
 * fails when the committed file is out of date.
 */
import { z } from "zod";
import {
  articleIdSchema,
  commentRecordSchema,
  commentSubmissionSchema,
  erasedCommentSchema,
  LIMITS,
  moderatorDecisionSchema,
  publicCommentSchema,
  statusSchema,
} from "../../functions/domain/schemas.js";
import { MAX_BODY_BYTES } from "../../functions/http/request.js";
import { MODERATOR_GROUP, ROUTES } from "../../lib/resource-definitions.js";

type JsonObject = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonObject;
  return json;
}

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: { type: "string", description: "What went wrong, in plain words." },
    issues: {
      type: "array",
      description: "One entry per bad field (400 only).",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: {
          path: {
            type: "string",
            description: "Dotted path of the field, e.g. `author.email` or `query.limit`.",
          },
          message: { type: "string" },
        },
      },
    },
  },
};

function pageOf(ref: string): JsonObject {
  return {
    type: "object",
    required: ["items", "nextCursor"],
    properties: {
      items: { type: "array", items: { $ref: ref } },
      nextCursor: {
        type: ["string", "null"],
        description: "Pass as `cursor` for the next page; null on the last.",
      },
    },
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const jsonResponse = (description: string, schema: JsonObject) => ({
  description,
  content: { "application/json": { schema } },
});

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^c_[0-9a-z]{26}$" },
};
const limitParameter = {
  name: "limit",
  in: "query",
  schema: { type: "integer", minimum: 1, maximum: LIMITS.pageSizeMax, default: LIMITS.pageSizeDefault },
};
const cursorParameter = { name: "cursor", in: "query", schema: { type: "string" }, description: "Opaque." };

const BODY_TOO_LARGE = `Body over ${MAX_BODY_BYTES / 1024} KB.`;
const NOT_JSON = "Content-Type is not application/json, or names a charset other than UTF-8.";

/** Per-route documentation; the route list itself comes from ROUTES. */
const OPERATIONS: Record<string, JsonObject> = {
  "POST /comments": {
    summary: "Submit a comment for moderation",
    description:
      "Queues the comment and answers at once. Send `clientRef` to make retries idempotent: the same articleId + clientRef + comment (text, author, parentId) always gets the same id and is stored once; a different comment sent under the same clientRef gets its own id.",
    requestBody: {
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/CommentSubmission" } } },
    },
    responses: {
      "202": jsonResponse("Accepted; the worker will judge it shortly.", {
        type: "object",
        required: ["id", "status"],
        properties: { id: { type: "string" }, status: { const: "pending" } },
      }),
      "400": errorResponse("Invalid body (or not UTF-8); `issues` names each bad field."),
      "413": errorResponse(BODY_TOO_LARGE),
      "415": errorResponse(NOT_JSON),
      "429": errorResponse("Throttled."),
      "503": errorResponse("Queue unavailable; retry (with the same clientRef) after Retry-After seconds."),
    },
  },
  "GET /comments/{id}": {
    summary: "Read one comment as readers see it",
    description:
      "404 until the worker has stored it. Text only when approved; the public reason when rejected.",
    parameters: [idParameter],
    responses: {
      "200": jsonResponse("The comment.", { $ref: "#/components/schemas/PublicComment" }),
      "404": errorResponse("Unknown id, or not stored yet."),
      "410": errorResponse("Erased at its author's request."),
    },
  },
  "GET /articles/{articleId}/comments": {
    summary: "Approved comments of an article, newest first",
    parameters: [
      {
        name: "articleId",
        in: "path",
        required: true,
        schema: schemaOf(articleIdSchema, "input"),
      },
      limitParameter,
      cursorParameter,
    ],
    responses: {
      "200": jsonResponse("One page.", pageOf("#/components/schemas/PublicComment")),
      "400": errorResponse("Bad articleId, limit or cursor."),
    },
  },
  "GET /moderation/comments": {
    summary: "The moderation queue",
    description:
      "Full records. `pending` is oldest first (nothing waits forever); approved and rejected newest first.",
    parameters: [
      { name: "status", in: "query", schema: { ...schemaOf(statusSchema, "output"), default: "pending" } },
      { name: "articleId", in: "query", schema: schemaOf(articleIdSchema, "input") },
      limitParameter,
      cursorParameter,
    ],
    responses: {
      "200": jsonResponse("One page.", pageOf("#/components/schemas/CommentRecord")),
      "400": errorResponse("Bad status, articleId, limit or cursor."),
    },
  },
  "GET /moderation/comments/{id}": {
    summary: "One full record: scores, evidence and history",
    parameters: [idParameter],
    responses: {
      "200": jsonResponse("The record.", { $ref: "#/components/schemas/CommentRecord" }),
      "404": errorResponse("Unknown id."),
      "410": errorResponse("Erased at its author's request."),
    },
  },
  "POST /moderation/comments/{id}/decision": {
    summary: "Approve or reject a comment (final)",
    description:
      "A moderator may decide any comment the worker decided. Repeating the same human decision (same guideline, same note, or none given) is a no-op (200); contradicting or amending an earlier human decision is 409. A rejection needs a `reason` when the engine named no guideline.",
    parameters: [idParameter],
    requestBody: {
      required: true,
      content: { "application/json": { schema: { $ref: "#/components/schemas/ModeratorDecision" } } },
    },
    responses: {
      "200": jsonResponse("The record after the decision.", { $ref: "#/components/schemas/CommentRecord" }),
      "400": errorResponse(
        "Invalid body, or a rejection without `reason` when the engine named no guideline.",
      ),
      "404": errorResponse("Unknown id."),
      "409": errorResponse("Contradicts or amends an earlier human decision."),
      "410": errorResponse("Erased at its author's request."),
      "413": errorResponse(BODY_TOO_LARGE),
      "415": errorResponse(NOT_JSON),
    },
  },
  "POST /moderation/comments/{id}/erasure": {
    summary: "Erase a comment at its author's request",
    description:
      "Removes everything the reader wrote or said about themselves: text, author name and e-mail, the article context, scores, evidence and history. Only the id, who erased it and when are kept, so that a copy still in the queue can never be stored again. Takes no body. Erasing again answers the first erasure; an id not stored yet (the comment still queued) is erased before it arrives. Afterwards every route answers 410 for the id, and no listing shows it.",
    parameters: [idParameter],
    responses: {
      "200": jsonResponse("What is kept.", { $ref: "#/components/schemas/ErasedComment" }),
      "404": errorResponse("Not a comment id."),
    },
  },
  "GET /console": {
    summary: "The moderation console (HTML page)",
    description:
      "A self-contained page for moderators: the queue with evidence highlighted, approve/reject with one key. It holds no data and calls the /moderation routes with the token the moderator enters.",
    responses: {
      "200": { description: "The page.", content: { "text/html": { schema: { type: "string" } } } },
    },
  },
};

function buildOpenApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of ROUTES) {
    const key = `${route.method} ${route.path}`;
    const operation = OPERATIONS[key];
    if (!operation) throw new Error(`No OpenAPI description for route ${key}`);
    const responses = { ...(operation.responses as JsonObject) };
    const secured = route.access === "moderator";
    if (route.needs.some((need) => need.startsWith("table:"))) {
      responses["503"] = errorResponse("The database is busy; retry after Retry-After seconds.");
    }
    if (secured) {
      responses["401"] = errorResponse("Missing or invalid token.");
      responses["403"] = errorResponse(`Not a member of the ${MODERATOR_GROUP} group.`);
    }
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      ...operation,
      tags: [secured ? "moderation" : "public"],
      ...(secured && { security: [{ moderatorToken: [] }] }),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Comment moderation API",
      version: "1",
      description: "Public routes for news sites and moderator routes (Cognito user pool, moderators group).",
    },
    paths,
    components: {
      securitySchemes: {
        moderatorToken: {
          type: "http",
          scheme: "bearer",
          description: "A Cognito ID token in AWS; the printed local token under `npm start`.",
        },
      },
      schemas: {
        CommentSubmission: schemaOf(commentSubmissionSchema, "input"),
        ModeratorDecision: schemaOf(moderatorDecisionSchema, "input"),
        PublicComment: schemaOf(publicCommentSchema, "output"),
        CommentRecord: schemaOf(commentRecordSchema, "output"),
        ErasedComment: schemaOf(erasedCommentSchema, "output"),
        Error: errorSchema,
      },
    },
  };
}

export { buildOpenApiDocument };
