/**
 * Creates the table and queues from lib/resource-definitions.ts, the same values the CDK stack deploys.
 * Idempotent: with a persistent data folder the table already exists on the second start.
 */
import {
  type AttributeDefinition,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  ResourceNotFoundException,
} from "@aws-sdk/client-dynamodb";
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import { COMMENT_QUEUE, COMMENTS_TABLE } from "../lib/resource-definitions.js";

const DAY_SECONDS = 86_400;

interface QueueResources {
  queueUrl: string;
  queueArn: string;
  deadLetterQueueUrl: string;
  deadLetterQueueArn: string;
}

function tableDefinition(tableName: string) {
  const indexes = Object.values(COMMENTS_TABLE.indexes);
  const keyNames = new Set<string>([COMMENTS_TABLE.partitionKey]);
  for (const index of indexes) {
    keyNames.add(index.partitionKey);
    keyNames.add(index.sortKey);
  }
  // Every key attribute of this table is a string (ids, status, composite sort keys).
  const attributes: AttributeDefinition[] = [...keyNames].map((name) => ({
    AttributeName: name,
    AttributeType: "S",
  }));
  const globalIndexes: GlobalSecondaryIndex[] = indexes.map((index) => ({
    IndexName: index.name,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: "HASH" },
      { AttributeName: index.sortKey, KeyType: "RANGE" },
    ],
    Projection: { ProjectionType: "ALL" },
  }));
  return new CreateTableCommand({
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: attributes,
    KeySchema: [{ AttributeName: COMMENTS_TABLE.partitionKey, KeyType: "HASH" }],
    GlobalSecondaryIndexes: globalIndexes,
  });
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return out.Table?.TableStatus;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  if ((await tableStatus(client, tableName)) === undefined) await client.send(tableDefinition(tableName));
  for (let attempt = 0; attempt < 100; attempt++) {
    if ((await tableStatus(client, tableName)) === "ACTIVE") return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}

async function queueArn(client: SQSClient, queueUrl: string): Promise<string> {
  const out = await client.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ["QueueArn"] }),
  );
  const arn = out.Attributes?.QueueArn;
  if (!arn) throw new Error(`queue ${queueUrl} has no ARN`);
  return arn;
}

async function ensureQueues(
  client: SQSClient,
  options: { visibilityTimeoutSeconds: number; maxReceiveCount: number },
): Promise<QueueResources> {
  const dlq = await client.send(
    new CreateQueueCommand({
      QueueName: COMMENT_QUEUE.localDeadLetterName,
      Attributes: { MessageRetentionPeriod: String(COMMENT_QUEUE.deadLetterRetentionDays * DAY_SECONDS) },
    }),
  );
  if (!dlq.QueueUrl) throw new Error("CreateQueue returned no URL for the dead-letter queue");
  const deadLetterQueueArn = await queueArn(client, dlq.QueueUrl);
  const main = await client.send(
    new CreateQueueCommand({
      QueueName: COMMENT_QUEUE.localName,
      Attributes: {
        VisibilityTimeout: String(options.visibilityTimeoutSeconds),
        MessageRetentionPeriod: String(COMMENT_QUEUE.retentionDays * DAY_SECONDS),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: deadLetterQueueArn,
          maxReceiveCount: options.maxReceiveCount,
        }),
      },
    }),
  );
  if (!main.QueueUrl) throw new Error("CreateQueue returned no URL for the comment queue");
  return {
    queueUrl: main.QueueUrl,
    queueArn: await queueArn(client, main.QueueUrl),
    deadLetterQueueUrl: dlq.QueueUrl,
    deadLetterQueueArn,
  };
}

export type { QueueResources };
export { ensureQueues, ensureTable, tableStatus };
