/**
 * One source of truth for every shape that crosses a boundary: the public API, the queue message and the
 * stored record. TypeScript types are inferred from these schemas; nothing is declared twice.
 */
import { z } from "zod";
import { CATEGORIES, IDENTITY_SUBTYPES } from "./categories.js";

const LIMITS = {
  textMaxChars: 5_000,
  articleIdMaxChars: 128,
  nameMaxChars: 80,
  emailMaxChars: 254,
  clientRefMaxChars: 128,
  articleTitleMaxChars: 300,
  articleTagMaxChars: 60,
  articleTagsMax: 20,
  articleBodyMaxChars: 6_000,
  reasonNoteMaxChars: 1_000,
  moderatorIdMaxChars: 128,
  pageSizeDefault: 20,
  pageSizeMax: 100,
} as const;

const SAFE_ID = /^[A-Za-z0-9\-_.:]+$/;
const COMMENT_ID = /^c_[0-9a-z]{26}$/;
// Control characters (Unicode Cc: C0, DEL, C1) other than tab and newline. A carriage return only survives as part of a
// CRLF pair, which is folded to LF before validation (browsers submit textareas with CRLF).
const FORBIDDEN_CONTROL = /[^\P{Cc}\t\n]/u;
// With the `u` flag a surrogate code unit only matches when it is not part of a valid pair.
const LONE_SURROGATE = /\p{Cs}/u;
// What a single-line field may not hold: a newline, a tab, and the line and paragraph separators.
const NOT_SINGLE_LINE = /[\n\t\u2028\u2029]/;
// Embeddings, overrides and isolates reorder what a reader sees ("Trojan source"); a name or title needs none.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// Format characters (zero-width spaces and joiners, bidi marks, BOM) and white space show nothing on their own.
const INVISIBLE = /[\p{Cf}\s]/gu;

const categorySchema = z.enum(CATEGORIES);
const identitySubtypeSchema = z.enum(IDENTITY_SUBTYPES);
const statusSchema = z.enum(["pending", "approved", "rejected"]);

/** Folds CRLF, applies Unicode NFC and trims, so limits count what a reader sees. */
function canonicalText(value: string): string {
  return value.replace(/\r\n/g, "\n").normalize("NFC").trim();
}

/** Characters as a reader counts them (and as JSON Schema's maxLength does): code points, not UTF-16 units. */
function characterCount(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) count--;
  }
  return count;
}

/**
 * A user-supplied string: well-formed Unicode, no control characters, NFC, trimmed, 1..max characters, at least
 * one of them visible. A single-line string (a name, a title, a tag) also has no line breaks and no bidi controls.
 */
function cleanString(max: number, options: { multiline?: boolean } = {}) {
  return z
    .string()
    .refine((s) => !LONE_SURROGATE.test(s), { message: "must be valid Unicode (no lone surrogates)" })
    .transform(canonicalText)
    .refine((s) => !FORBIDDEN_CONTROL.test(s), { message: "must not contain control characters" })
    .refine((s) => options.multiline || !NOT_SINGLE_LINE.test(s), { message: "must be a single line" })
    .refine((s) => options.multiline || !BIDI_CONTROL.test(s), {
      message: "must not contain bidirectional control characters",
    })
    .refine((s) => s.replace(INVISIBLE, "").length >= 1, { message: "must not be empty" })
    .refine((s) => characterCount(s) <= max, { message: `must be at most ${max} characters` })
    .meta({
      minLength: 1,
      maxLength: max,
      description: `1..${max} characters (code points) after Unicode NFC and trimming, at least one visible; no control characters${options.multiline ? " other than newline and tab" : ", no line breaks or bidirectional controls"}`,
    });
}

function safeIdentifier(max: number) {
  return z
    .string()
    .min(1, { message: "must not be empty", abort: true })
    .max(max, { message: `must be at most ${max} characters`, abort: true })
    .regex(SAFE_ID, { message: "may contain only letters, digits and - _ . :" });
}

const commentIdSchema = z.string().regex(COMMENT_ID, { message: "is not a comment id" });
const articleIdSchema = safeIdentifier(LIMITS.articleIdMaxChars);

const authorSchema = z.strictObject({
  name: cleanString(LIMITS.nameMaxChars),
  email: z
    .string()
    .max(LIMITS.emailMaxChars, { message: `must be at most ${LIMITS.emailMaxChars} characters` })
    .pipe(z.email({ message: "must be an email address" }))
    .meta({ format: "email" })
    .optional(),
});

/** Optional context about the article, sent by the site so the engine can judge relevance. */
const articleContextSchema = z.strictObject({
  title: cleanString(LIMITS.articleTitleMaxChars),
  tags: z
    .array(cleanString(LIMITS.articleTagMaxChars))
    .max(LIMITS.articleTagsMax, { message: `must have at most ${LIMITS.articleTagsMax} tags` })
    .optional(),
  body: cleanString(LIMITS.articleBodyMaxChars, { multiline: true }).optional(),
});

/** The body of `POST /comments`. Unknown fields are rejected so typos never silently drop data. */
const commentSubmissionSchema = z.strictObject({
  articleId: articleIdSchema,
  text: cleanString(LIMITS.textMaxChars, { multiline: true }),
  author: authorSchema,
  parentId: commentIdSchema.optional(),
  clientRef: safeIdentifier(LIMITS.clientRefMaxChars).optional(),
  article: articleContextSchema.optional(),
});

/** The message the ingest handler puts on the queue; versioned so a worker can refuse shapes it does not know. */
const commentSubmittedMessageSchema = z.strictObject({
  type: z.literal("comment.submitted"),
  version: z.literal(1),
  id: commentIdSchema,
  submittedAt: z.iso.datetime(),
  comment: commentSubmissionSchema,
});

const evidenceSchema = z.object({
  category: categorySchema,
  /** Offsets into the stored text, UTF-16 code units, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The rule, feature or model that fired, e.g. `threat.location-of-target`. */
  rule: z.string(),
  /** The matched text, so moderators need not count characters. */
  match: z.string().optional(),
  subtype: identitySubtypeSchema.optional(),
  score: z.number().min(0).max(1).optional(),
});

const judgementSchema = z.object({
  decision: statusSchema,
  categories: z.array(categorySchema),
  scores: z.partialRecord(categorySchema, z.number().min(0).max(1)),
  evidence: z.array(evidenceSchema),
  /** Why the engine held or decided the comment, e.g. `clean`, `violation`, `uncertain`, `non_english`, `engine_error`. */
  reasonCode: z.string(),
  engineVersion: z.string(),
});

const actorSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("worker"), engineVersion: z.string() }),
  z.object({ type: z.literal("moderator"), id: z.string().min(1).max(LIMITS.moderatorIdMaxChars) }),
]);

const historyEntrySchema = z.object({
  status: statusSchema,
  actor: actorSchema,
  at: z.iso.datetime(),
  categories: z.array(categorySchema),
  reasonCode: z.string(),
  publicReason: z.string().optional(),
  note: z.string().optional(),
});

/** The stored comment. `decidedBy` says whether the current status is provisional (`worker`) or final (`moderator`). */
const commentRecordSchema = z.object({
  id: commentIdSchema,
  articleId: articleIdSchema,
  text: z.string(),
  author: z.object({ name: z.string(), email: z.string().optional() }),
  parentId: commentIdSchema.optional(),
  clientRef: z.string().optional(),
  article: z
    .object({ title: z.string(), tags: z.array(z.string()).optional(), body: z.string().optional() })
    .optional(),
  status: statusSchema,
  decidedBy: z.enum(["worker", "moderator"]),
  categories: z.array(categorySchema),
  reasonCode: z.string(),
  publicReason: z.string().optional(),
  judgement: judgementSchema,
  history: z.array(historyEntrySchema).min(1),
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Incremented on every change; the moderation update is conditional on it (optimistic locking). */
  revision: z.number().int().positive(),
});

/**
 * What is left of a comment a moderator erased (a reader's request to delete their data): its id, so that a queued
 * or redelivered copy of the comment can never be stored again, and who erased it when. Nothing the reader wrote
 * or who they are. It has no index keys, so no listing shows it.
 */
const erasedCommentSchema = z.object({
  id: commentIdSchema,
  erasedAt: z.iso.datetime(),
  erasedBy: z.string().min(1).max(LIMITS.moderatorIdMaxChars),
});

/** What readers may see of a comment: the text and author name only once approved, never an email. */
const publicCommentSchema = z.object({
  id: commentIdSchema,
  articleId: articleIdSchema,
  status: statusSchema,
  submittedAt: z.iso.datetime(),
  parentId: commentIdSchema.optional(),
  author: z.object({ name: z.string() }).optional(),
  text: z.string().optional(),
  publicReason: z.string().optional(),
});

/** The body of `POST /moderation/comments/{id}/decision`. */
const moderatorDecisionSchema = z
  .strictObject({
    decision: z.enum(["approve", "reject"]),
    /** The guideline a rejection breaks; shown to readers. Defaults to the engine's categories. */
    reason: categorySchema.optional(),
    /** Internal note for other moderators; never shown to readers. */
    note: cleanString(LIMITS.reasonNoteMaxChars, { multiline: true }).optional(),
  })
  .refine((body) => body.decision === "reject" || body.reason === undefined, {
    path: ["reason"],
    message: "is only for a rejection (an approval breaks no guideline)",
  });

/** A query-string page size: digits only, so "1e1", "0x10" or "+5" are refused rather than guessed at. */
const pageSizeSchema = z
  .string()
  .regex(/^[0-9]+$/, { message: "must be a whole number" })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, { message: "must be at least 1" })
      .max(LIMITS.pageSizeMax, { message: `must be at most ${LIMITS.pageSizeMax}` }),
  )
  .default(LIMITS.pageSizeDefault);

const cursorSchema = z
  .string()
  .min(1, { message: "is not a valid cursor" })
  .max(2_048, { message: "is not a valid cursor" });

const articleCommentsQuerySchema = z.strictObject({
  limit: pageSizeSchema,
  cursor: cursorSchema.optional(),
});

const moderationListQuerySchema = z.strictObject({
  status: statusSchema.default("pending"),
  articleId: articleIdSchema.optional(),
  limit: pageSizeSchema,
  cursor: cursorSchema.optional(),
});

type CommentStatus = z.infer<typeof statusSchema>;
type CommentSubmission = z.infer<typeof commentSubmissionSchema>;
type ArticleContext = z.infer<typeof articleContextSchema>;
type CommentSubmittedMessage = z.infer<typeof commentSubmittedMessageSchema>;
type Evidence = z.infer<typeof evidenceSchema>;
type Judgement = z.infer<typeof judgementSchema>;
type Actor = z.infer<typeof actorSchema>;
type HistoryEntry = z.infer<typeof historyEntrySchema>;
type CommentRecord = z.infer<typeof commentRecordSchema>;
type ErasedComment = z.infer<typeof erasedCommentSchema>;
type PublicComment = z.infer<typeof publicCommentSchema>;
type ModeratorDecision = z.infer<typeof moderatorDecisionSchema>;
type ArticleCommentsQuery = z.infer<typeof articleCommentsQuerySchema>;
type ModerationListQuery = z.infer<typeof moderationListQuerySchema>;

export type {
  Actor,
  ArticleCommentsQuery,
  ArticleContext,
  CommentRecord,
  CommentStatus,
  CommentSubmission,
  CommentSubmittedMessage,
  ErasedComment,
  Evidence,
  HistoryEntry,
  Judgement,
  ModerationListQuery,
  ModeratorDecision,
  PublicComment,
};
export {
  articleCommentsQuerySchema,
  articleContextSchema,
  articleIdSchema,
  categorySchema,
  commentIdSchema,
  commentRecordSchema,
  commentSubmissionSchema,
  commentSubmittedMessageSchema,
  erasedCommentSchema,
  evidenceSchema,
  judgementSchema,
  LIMITS,
  moderationListQuerySchema,
  moderatorDecisionSchema,
  publicCommentSchema,
  statusSchema,
};
