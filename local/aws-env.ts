/**
 * Local AWS settings: fixed dummy credentials (DynamoDB Local wants alphanumeric keys) so nothing ever reaches a
 * real account, and SDK clients pointed at the emulators.
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { SQSClient } from "@aws-sdk/client-sqs";

const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" } as const;
const DEFAULT_REGION = "us-east-1";

interface LocalEndpoints {
  region: string;
  dynamodb: string;
  sqs: string;
}

function dynamoDbClient(endpoints: Pick<LocalEndpoints, "region" | "dynamodb">): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: endpoints.dynamodb,
    region: endpoints.region,
    credentials: LOCAL_CREDENTIALS,
  });
}

function sqsClient(endpoints: Pick<LocalEndpoints, "region" | "sqs">): SQSClient {
  return new SQSClient({
    endpoint: endpoints.sqs,
    region: endpoints.region,
    credentials: LOCAL_CREDENTIALS,
    useQueueUrlAsEndpoint: false,
  });
}

/** Variables that could point the SDK at a real account; removed while the local stack runs. */
const SDK_ENV_REMOVED = [
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_ENDPOINT_URL",
] as const;

/** The standard SDK environment the handlers' lazily created clients read. */
function sdkEnvironment(options: {
  region: string;
  dynamodbEndpoint: string;
  sqsEndpoint: string;
}): Record<string, string> {
  return {
    AWS_REGION: options.region,
    AWS_DEFAULT_REGION: options.region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: options.dynamodbEndpoint,
    AWS_ENDPOINT_URL_SQS: options.sqsEndpoint,
  };
}

/** Sets and removes variables of this process; returns a function that restores the previous values. */
function overrideEnvironment(values: Record<string, string>, removed: readonly string[]): () => void {
  const names = [...Object.keys(values), ...removed];
  const previous = new Map(names.map((name) => [name, process.env[name]]));
  for (const name of removed) delete process.env[name];
  Object.assign(process.env, values);
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

export type { LocalEndpoints };
export {
  DEFAULT_REGION,
  dynamoDbClient,
  LOCAL_CREDENTIALS,
  overrideEnvironment,
  SDK_ENV_REMOVED,
  sdkEnvironment,
  sqsClient,
};
