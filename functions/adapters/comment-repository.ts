/**
 * The only place that talks to DynamoDB. One item per comment, keyed by id, with two GSIs so every listing
 * is a Query (never a Scan): `byArticleStatus` (one article's comments of one status, by time) and
 * `byStatus` (the moderation queue by time). Every write is conditional, so a redelivered message never
 * creates a second record and a stale moderator write never overwrites a newer one.
 */
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, type PutCommandInput, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { COMMENTS_TABLE, ENV } from "../../lib/resource-definitions.js";
import { isErased } from "../domain/comment-lifecycle.js";
import type { CommentRecord, CommentStatus, ErasedComment } from "../domain/schemas.js";
import { commentRecordSchema, erasedCommentSchema } from "../domain/schemas.js";
import { dynamoDocumentClient, requiredEnv } from "./aws-clients.js";
import type { PageKey } from "./page-cursor.js";
import { decodeCursor, encodeCursor } from "./page-cursor.js";

const { byArticleStatus, byStatus } = COMMENTS_TABLE.indexes;

interface Page {
  readonly items: CommentRecord[];
  readonly nextCursor?: string;
}

interface PageRequest {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly newestFirst: boolean;
}

/** Both indexes sort by time, then id: the one format every item's sort key has. */
function sortKeyOf(submittedAt: string, id: string): string {
  return `${submittedAt}#${id}`;
}

/** Index keys stored beside the record; they are derived, so they are never read back into the domain. */
function toItem(record: CommentRecord) {
  return {
    ...record,
    [byArticleStatus.partitionKey]: `${record.articleId}#${record.status}`,
    [byArticleStatus.sortKey]: sortKeyOf(record.submittedAt, record.id),
  };
}

function fromItem(item: Record<string, unknown>): CommentRecord {
  // zod's object schema strips the index keys.
  return commentRecordSchema.parse(item);
}

/** A stored item: a comment, or what is left of one a moderator erased (erasedCommentSchema). */
function storedFromItem(item: Record<string, unknown>): CommentRecord | ErasedComment {
  return "erasedAt" in item ? erasedCommentSchema.parse(item) : fromItem(item);
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as Error | undefined)?.name === "ConditionalCheckFailedException"
  );
}

function tableName(): string {
  return requiredEnv(ENV.tableName);
}

/** Writes the record only if `condition` holds; false when DynamoDB refused it on the condition. */
async function putIf(
  record: CommentRecord,
  condition: Pick<
    PutCommandInput,
    "ConditionExpression" | "ExpressionAttributeNames" | "ExpressionAttributeValues"
  >,
): Promise<boolean> {
  try {
    await dynamoDocumentClient().send(
      new PutCommand({ TableName: tableName(), Item: toItem(record), ...condition }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Stores a newly judged comment unless one with its id exists (a redelivery or a retried POST). */
async function insertComment(record: CommentRecord): Promise<"inserted" | "exists"> {
  // Validated on the way in as on the way out: a record the listings could not read must fail here (and be
  // retried, then dead-lettered), not be stored and break every page it lands on.
  commentRecordSchema.parse(record);
  const inserted = await putIf(record, {
    ConditionExpression: "attribute_not_exists(#id)",
    ExpressionAttributeNames: { "#id": COMMENTS_TABLE.partitionKey },
  });
  return inserted ? "inserted" : "exists";
}

/** Replaces a record only if nobody changed it since `expectedRevision` was read (optimistic locking). */
async function replaceComment(
  record: CommentRecord,
  expectedRevision: number,
): Promise<"replaced" | "stale"> {
  const replaced = await putIf(record, {
    ConditionExpression: "#revision = :expected",
    ExpressionAttributeNames: { "#revision": "revision" },
    ExpressionAttributeValues: { ":expected": expectedRevision },
  });
  return replaced ? "replaced" : "stale";
}

async function findComment(id: string): Promise<CommentRecord | ErasedComment | undefined> {
  const result = await dynamoDocumentClient().send(
    new GetCommand({
      TableName: tableName(),
      Key: { [COMMENTS_TABLE.partitionKey]: id },
      ConsistentRead: true,
    }),
  );
  return result.Item ? storedFromItem(result.Item) : undefined;
}

/**
 * Replaces whatever is stored under the comment's id (the comment, or nothing yet if it is still queued) with what
 * erasing it leaves; an erasure already stored stands, and is returned. The item has no index keys, so it leaves
 * every listing, and the worker's conditional insert can never store the comment again.
 */
async function storeErasure(erasure: ErasedComment): Promise<ErasedComment> {
  try {
    await dynamoDocumentClient().send(
      new PutCommand({
        TableName: tableName(),
        Item: erasedCommentSchema.parse(erasure),
        ConditionExpression: "attribute_not_exists(#erasedAt)",
        ExpressionAttributeNames: { "#erasedAt": "erasedAt" },
      }),
    );
    return erasure;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const stored = await findComment(erasure.id);
    if (stored && isErased(stored)) return stored;
    throw error;
  }
}

type IndexDefinition = (typeof COMMENTS_TABLE.indexes)[keyof typeof COMMENTS_TABLE.indexes];

/** The attributes that position an item in `index`: what DynamoDB's LastEvaluatedKey holds. */
function positionKeys(index: IndexDefinition): string[] {
  return [COMMENTS_TABLE.partitionKey, index.partitionKey, index.sortKey].sort();
}

/** Whether a cursor's key could have come from this listing: its attributes, partition and sort key's form. */
function isPositionIn(index: IndexDefinition, partitionValue: string, key: PageKey): boolean {
  const names = Object.keys(key).sort();
  const wanted = positionKeys(index);
  const id = key[COMMENTS_TABLE.partitionKey] ?? "";
  const sortKey = key[index.sortKey] ?? "";
  const submittedAt = sortKey.slice(0, Math.max(0, sortKey.length - id.length - 1));
  return (
    names.length === wanted.length &&
    names.every((name, i) => name === wanted[i]) &&
    key[index.partitionKey] === partitionValue &&
    sortKey === sortKeyOf(submittedAt, id) &&
    commentRecordSchema.shape.id.safeParse(id).success &&
    commentRecordSchema.shape.submittedAt.safeParse(submittedAt).success
  );
}

async function queryIndex(index: IndexDefinition, partitionValue: string, page: PageRequest): Promise<Page> {
  const scope = `${index.name}:${partitionValue}:${page.newestFirst ? "desc" : "asc"}`;
  // One item more than the page: if it comes back, there is a next page, and a page that ends the listing says
  // so (no cursor) instead of pointing at an empty page.
  const result = await dynamoDocumentClient().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: index.name,
      KeyConditionExpression: "#pk = :pk",
      ExpressionAttributeNames: { "#pk": index.partitionKey },
      ExpressionAttributeValues: { ":pk": partitionValue },
      ScanIndexForward: !page.newestFirst,
      Limit: page.limit + 1,
      ExclusiveStartKey: decodeCursor(scope, page.cursor, (key) => isPositionIn(index, partitionValue, key)),
    }),
  );
  const items = result.Items ?? [];
  const last = items.length > page.limit ? items[page.limit - 1] : undefined;
  // Without the extra item, DynamoDB's own key still marks a page cut short by its 1 MB read limit.
  const position = last ?? result.LastEvaluatedKey;
  const nextKey = position
    ? Object.fromEntries(positionKeys(index).map((name) => [name, String(position[name])]))
    : undefined;
  const nextCursor = encodeCursor(scope, nextKey);
  return { items: items.slice(0, page.limit).map(fromItem), ...(nextCursor && { nextCursor }) };
}

function listArticleComments(articleId: string, status: CommentStatus, page: PageRequest): Promise<Page> {
  return queryIndex(byArticleStatus, `${articleId}#${status}`, page);
}

function listCommentsByStatus(status: CommentStatus, page: PageRequest): Promise<Page> {
  return queryIndex(byStatus, status, page);
}

export type { Page, PageRequest };
export {
  findComment,
  insertComment,
  listArticleComments,
  listCommentsByStatus,
  replaceComment,
  storeErasure,
};
