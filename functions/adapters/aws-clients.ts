/**
 * The AWS SDK clients, created once per Lambda container on first use (so tests and the local runner can set
 * endpoints in the environment first). The standard AWS_ENDPOINT_URL_* variables point them at emulators.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

let documentClient: DynamoDBDocumentClient | undefined;
let sqsClient: SQSClient | undefined;

function dynamoDocumentClient(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return documentClient;
}

function sqs(): SQSClient {
  // Address the queue through the configured endpoint, not the host inside the queue URL: emulators hand out
  // URLs whose host does not resolve, and in AWS both are the same regional endpoint.
  // Two attempts of at most 1 s to connect and 3 s to answer fit inside the ingest's 10 s timeout, so an SQS
  // that hangs ends in the ingest's own 503 ("please retry") rather than API Gateway's bare 5xx.
  sqsClient ??= new SQSClient({
    useQueueUrlAsEndpoint: false,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_000 },
  });
  return sqsClient;
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Environment variable ${name} is not set`);
  return value;
}

export { dynamoDocumentClient, requiredEnv, sqs };
