/**
 * The whole pipeline on this machine: DynamoDB Local and fauxqs on loopback ports, the table and queues from
 * lib/resource-definitions.ts, the API routes served over HTTP by the real handlers, and the worker fed by an
 * SQS poller. `npm start` and the integration tests both use `startLocalStack`.
 *
 * The handlers read their settings and create their SDK clients from process.env, so the stack sets the
 * environment of this process and only one stack may run per process.
 */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { SQSClient } from "@aws-sdk/client-sqs";
import { COMMENT_QUEUE, COMMENTS_TABLE, ENV, MODERATOR_GROUP, WORKER } from "../lib/resource-definitions.js";
import { DEFAULT_SITE_SETTINGS } from "../lib/site-settings.js";
import { generateToken, type LocalTokens } from "./auth.js";
import {
  DEFAULT_REGION,
  dynamoDbClient,
  LOCAL_CREDENTIALS,
  overrideEnvironment,
  SDK_ENV_REMOVED,
  sdkEnvironment,
  sqsClient,
} from "./aws-env.js";
import { type DynamoDbLocal, startDynamoDbLocal } from "./dynamodb-local.js";
import { errorMessage } from "./errors.js";
import { type LoadedRoute, loadRoutes, loadWorker } from "./handlers.js";
import { checkHealth, type HealthTargets } from "./health.js";
import { type HealthReport, type HttpServer, startHttpServer } from "./http-server.js";
import { resolvePort } from "./ports.js";
import { ensureQueues, ensureTable } from "./resources.js";
import { type SqsLocal, startSqsLocal } from "./sqs-local.js";
import { type Poller, startPoller } from "./worker-poller.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

/** The same default as a deployment (lib/site-settings.ts); ALLOWED_ORIGINS overrides it. */
const DEFAULT_ALLOWED_ORIGINS: readonly string[] = DEFAULT_SITE_SETTINGS.allowedOrigins;
const DEFAULT_PORT = 3000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_WORKER_CONCURRENCY = 2;
const LONG_POLL_SECONDS = 20;

interface LocalStackOptions {
  /** API port on loopback; 0 picks a free one. Default 3000. */
  port?: number;
  host?: string;
  /** Bearer token for /moderation routes; generated when absent. */
  moderatorToken?: string;
  /** Bearer token of a signed-in user outside the moderators group (the handlers answer 403); generated when absent. */
  readerToken?: string;
  /** Keep DynamoDB data in this folder across restarts; in memory when absent. */
  dataDir?: string;
  /**
   * Emulator ports; free ones when 0 or absent, except that a later stack in the same process reuses the earlier
   * one's ports, because the handler modules keep their SDK clients (and endpoints) for the life of the process.
   */
  dynamoDbPort?: number;
  sqsPort?: number;
  region?: string;
  /** Shorter values make retry and dead-letter tests fast; defaults to COMMENT_QUEUE.visibilityTimeoutSeconds. */
  visibilityTimeoutSeconds?: number;
  workerConcurrency?: number;
  /** ReceiveMessage long-poll wait; defaults to 20 s like Lambda's pollers. */
  waitTimeSeconds?: number;
  allowedOrigins?: readonly string[];
  enginePolicy?: string;
  /** Hard cap on request bodies read by the local server (API Gateway's own cap is 10 MB). */
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

interface LocalStack {
  readonly url: string;
  readonly region: string;
  readonly moderatorToken: string;
  readonly readerToken: string;
  readonly tableName: string;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly deadLetterQueueUrl: string;
  /** Emulator endpoints for SDK clients (SQS clients need `useQueueUrlAsEndpoint: false`). */
  readonly endpoints: { readonly dynamodb: string; readonly sqs: string };
  readonly dataDir: string | undefined;
  health(): Promise<HealthReport>;
  stop(): Promise<void>;
}

let running = false;
/**
 * The emulators the handler modules were first loaded against. Like a Lambda container, they keep their SDK
 * clients for the life of the process, so a later stack in this process reuses these ports by default and
 * refuses different ones (the handlers would silently talk to a dead endpoint).
 */
type HandlerBinding = { dynamoDbPort: number; sqsPort: number; region: string };
let handlerBinding: HandlerBinding | undefined;

function assertSameBinding(binding: HandlerBinding): void {
  const previous = handlerBinding;
  if (!previous) return;
  if (
    previous.dynamoDbPort !== binding.dynamoDbPort ||
    previous.sqsPort !== binding.sqsPort ||
    previous.region !== binding.region
  ) {
    throw new Error(
      `the handlers in this process already use DynamoDB port ${previous.dynamoDbPort}, SQS port ` +
        `${previous.sqsPort} and region ${previous.region}: start the next stack with those, or in a new process`,
    );
  }
}

/** Everything started so far; stop() tears down whatever is present, in reverse dependency order. */
interface Parts {
  http?: HttpServer;
  dynamoStarting?: Promise<DynamoDbLocal>;
  sqsLocal?: SqsLocal;
  sqs?: SQSClient;
  dynamodb?: DynamoDBClient;
  poller?: Poller;
  restoreEnv?: () => void;
}

async function stopParts(parts: Parts, log: (line: string) => void): Promise<void> {
  const stopDynamo = async () => {
    const dynamo = await parts.dynamoStarting?.catch(() => undefined);
    await dynamo?.stop();
  };
  const steps: Array<[string, (() => Promise<void>) | undefined]> = [
    ["HTTP server", parts.http?.stop],
    ["worker poller", parts.poller?.stop],
    ["SQS emulator", parts.sqsLocal?.stop],
    ["DynamoDB Local", stopDynamo],
  ];
  for (const [name, step] of steps) {
    try {
      await step?.();
    } catch (error) {
      log(`stopping ${name} failed: ${errorMessage(error)}`);
    }
  }
  parts.sqs?.destroy();
  parts.dynamodb?.destroy();
  parts.restoreEnv?.();
}

/** Settles a promise we await later, so an early failure is not reported as unhandled meanwhile. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  if (running) throw new Error("a local stack is already running in this process");
  const log = options.log ?? ((line: string) => console.log(line));
  const region = options.region ?? DEFAULT_REGION;
  const tokens: LocalTokens = {
    moderatorToken: options.moderatorToken || generateToken("mod"),
    readerToken: options.readerToken || generateToken("reader"),
  };
  if (tokens.moderatorToken === tokens.readerToken)
    throw new Error("the moderator and reader tokens must differ");
  running = true;
  const allowedOrigins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  const tableName = COMMENTS_TABLE.localName;
  const parts: Parts = {};
  let healthTargets: HealthTargets | undefined;
  let routes: LoadedRoute[] | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= stopParts(parts, log).finally(() => {
      running = false;
    });
    return stopped;
  };

  try {
    // Bind the API port first so a busy port fails in milliseconds, before the JVM starts.
    parts.http = await startHttpServer({
      host: options.host ?? "127.0.0.1",
      port: options.port ?? DEFAULT_PORT,
      tokens,
      allowedOrigins,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      region,
      log,
      health: () => checkHealth(healthTargets),
      routes: () => routes,
    });

    // The JVM takes seconds: queues, environment and handler imports happen while it starts.
    const dynamoDbPort = await resolvePort(
      options.dynamoDbPort || handlerBinding?.dynamoDbPort,
      "DynamoDB Local",
      "DYNAMODB_PORT",
    );
    // A fixed SQS port is checked before the JVM starts, so a busy port fails fast; 0 lets fauxqs pick one.
    const fixedSqsPort = options.sqsPort || handlerBinding?.sqsPort;
    const sqsPort = fixedSqsPort ? await resolvePort(fixedSqsPort, "the SQS emulator", "SQS_PORT") : 0;
    parts.dynamoStarting = later(
      startDynamoDbLocal({
        port: dynamoDbPort,
        dataDir: options.dataDir,
        region,
        credentials: LOCAL_CREDENTIALS,
        onUnexpectedExit: (reason) =>
          log(`DynamoDB Local exited unexpectedly (${reason}); /health now answers 503: restart npm start.`),
      }),
    );
    parts.sqsLocal = await startSqsLocal({ port: sqsPort, region });
    const binding = { dynamoDbPort, sqsPort: parts.sqsLocal.port, region };
    assertSameBinding(binding);
    parts.sqs = sqsClient({ region, sqs: parts.sqsLocal.endpoint });
    const queues = await ensureQueues(parts.sqs, {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? COMMENT_QUEUE.visibilityTimeoutSeconds,
      maxReceiveCount: COMMENT_QUEUE.maxReceiveCount,
    });
    const dynamodbEndpoint = `http://127.0.0.1:${dynamoDbPort}`;
    parts.restoreEnv = overrideEnvironment(
      {
        [ENV.tableName]: tableName,
        [ENV.queueUrl]: queues.queueUrl,
        [ENV.allowedOrigins]: allowedOrigins.join(","),
        [ENV.moderatorGroup]: MODERATOR_GROUP,
        ...(options.enginePolicy ? { [ENV.enginePolicy]: options.enginePolicy } : {}),
        // Clients that follow the queue URL's host reach fauxqs too; see sqs-local.ts.
        ...sdkEnvironment({ region, dynamodbEndpoint, sqsEndpoint: parts.sqsLocal.queueHostEndpoint }),
      },
      SDK_ENV_REMOVED,
    );
    const handlers = later(Promise.all([loadRoutes(), loadWorker()]));
    handlerBinding = binding;

    const dynamo = await parts.dynamoStarting;
    parts.dynamodb = dynamoDbClient({ region, dynamodb: dynamo.endpoint });
    await ensureTable(parts.dynamodb, tableName);
    const [loadedRoutes, worker] = await handlers;
    parts.poller = startPoller({
      sqs: parts.sqs,
      queueUrl: queues.queueUrl,
      queueArn: queues.queueArn,
      region,
      handler: worker,
      concurrency: options.workerConcurrency ?? DEFAULT_WORKER_CONCURRENCY,
      batchSize: WORKER.batchSize,
      waitTimeSeconds: options.waitTimeSeconds ?? LONG_POLL_SECONDS,
      log,
    });
    routes = loadedRoutes;
    healthTargets = {
      sqs: parts.sqs,
      queueUrl: queues.queueUrl,
      dynamodb: parts.dynamodb,
      tableName,
      poller: parts.poller,
    };

    return {
      url: parts.http.url,
      region,
      moderatorToken: tokens.moderatorToken,
      readerToken: tokens.readerToken,
      tableName,
      queueUrl: queues.queueUrl,
      queueArn: queues.queueArn,
      deadLetterQueueUrl: queues.deadLetterQueueUrl,
      endpoints: { dynamodb: dynamo.endpoint, sqs: parts.sqsLocal.endpoint },
      dataDir: options.dataDir,
      health: () => checkHealth(healthTargets),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type { LocalStack, LocalStackOptions };
export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_PORT, startLocalStack };
