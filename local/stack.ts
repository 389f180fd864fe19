/**
 * The whole pipeline on this machine: DynamoDB Local and fauxqs on loopback ports, the table and queues from
 * lib/resource-definitions.ts, the API routes served over HTTP by the real handlers, and the worker fed by an
 * SQS poller. `npm start` and the integration tests both use `startLocalStack`.
 *
 * The handlers read their settings and create their SDK clients from process.env, so the stack sets the
 * environment of this process and only one stack may run per process.
 */
import { GetQueueAttributesCommand } from "@aws-sdk/client-sqs";
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
import { type HealthReport, type HttpServer, startHttpServer } from "./http-server.js";
import { resolvePort } from "./ports.js";
import { ensureQueues, ensureTable, type QueueResources, tableStatus } from "./resources.js";
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
  /** Emulator ports; free ones when 0 or absent. */
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

async function startEmulators(options: LocalStackOptions, region: string) {
  const dynamoDbPort = await resolvePort(options.dynamoDbPort, "DynamoDB Local", "DYNAMODB_PORT");
  const [dynamo, sqs] = await Promise.allSettled([
    startDynamoDbLocal({
      port: dynamoDbPort,
      dataDir: options.dataDir,
      region,
      credentials: LOCAL_CREDENTIALS,
    }),
    startSqsLocal({ port: options.sqsPort ?? 0, region }),
  ]);
  if (dynamo.status === "fulfilled" && sqs.status === "fulfilled")
    return { dynamo: dynamo.value, sqs: sqs.value };
  if (dynamo.status === "fulfilled") await dynamo.value.stop();
  if (sqs.status === "fulfilled") await sqs.value.stop();
  throw dynamo.status === "rejected" ? dynamo.reason : (sqs as PromiseRejectedResult).reason;
}

async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  if (running) throw new Error("a local stack is already running in this process");
  running = true;
  const log = options.log ?? ((line: string) => console.log(line));
  const region = options.region ?? DEFAULT_REGION;
  const tokens: LocalTokens = {
    moderatorToken: options.moderatorToken || generateToken("mod"),
    readerToken: options.readerToken || generateToken("reader"),
  };
  if (tokens.moderatorToken === tokens.readerToken) {
    running = false;
    throw new Error("the moderator and reader tokens must differ");
  }
  const allowedOrigins = options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  const tableName = COMMENTS_TABLE.localName;

  let http: HttpServer | undefined;
  let emulators: { dynamo: DynamoDbLocal; sqs: SqsLocal } | undefined;
  let poller: Poller | undefined;
  let routes: LoadedRoute[] | undefined;
  let queues: QueueResources | undefined;
  let restoreEnv: (() => void) | undefined;
  let clients: { ddb: ReturnType<typeof dynamoDbClient>; sqs: ReturnType<typeof sqsClient> } | undefined;

  const health = async (): Promise<HealthReport> => {
    if (!clients || !queues || !poller || !routes) {
      return { ok: false, checks: { queue: "starting", table: "starting", worker: "starting" } };
    }
    const [queue, table] = await Promise.all([
      clients.sqs
        .send(new GetQueueAttributesCommand({ QueueUrl: queues.queueUrl, AttributeNames: ["QueueArn"] }), {
          abortSignal: AbortSignal.timeout(2_000),
        })
        .then(
          () => "ok",
          () => "unreachable",
        ),
      tableStatus(clients.ddb, tableName).then(
        (status) => (status === "ACTIVE" ? "ok" : (status ?? "missing")),
        () => "unreachable",
      ),
    ]);
    const worker = poller.healthy() ? "ok" : "not polling";
    return { ok: queue === "ok" && table === "ok" && worker === "ok", checks: { queue, table, worker } };
  };

  const stop = async () => {
    const steps: Array<[string, (() => Promise<void>) | undefined]> = [
      ["HTTP server", http?.stop],
      ["worker poller", poller?.stop],
      ["SQS emulator", emulators?.sqs.stop],
      ["DynamoDB Local", emulators?.dynamo.stop],
    ];
    for (const [name, step] of steps) {
      try {
        await step?.();
      } catch (error) {
        log(`stopping ${name} failed: ${errorMessage(error)}`);
      }
    }
    clients?.ddb.destroy();
    clients?.sqs.destroy();
    restoreEnv?.();
    http = undefined;
    poller = undefined;
    emulators = undefined;
    clients = undefined;
    running = false;
  };

  try {
    // Bind the API port first so a busy port fails in milliseconds, before the JVM starts.
    http = await startHttpServer({
      host: options.host ?? "127.0.0.1",
      port: options.port ?? DEFAULT_PORT,
      tokens,
      allowedOrigins,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      region,
      log,
      health,
      routes: () => routes,
    });
    emulators = await startEmulators(options, region);
    const endpoints = { region, dynamodb: emulators.dynamo.endpoint, sqs: emulators.sqs.endpoint };
    clients = { ddb: dynamoDbClient(endpoints), sqs: sqsClient(endpoints) };

    const [, createdQueues] = await Promise.all([
      ensureTable(clients.ddb, tableName),
      ensureQueues(clients.sqs, {
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? COMMENT_QUEUE.visibilityTimeoutSeconds,
        maxReceiveCount: COMMENT_QUEUE.maxReceiveCount,
      }),
    ]);
    queues = createdQueues;

    restoreEnv = overrideEnvironment(
      {
        [ENV.tableName]: tableName,
        [ENV.queueUrl]: queues.queueUrl,
        [ENV.allowedOrigins]: allowedOrigins.join(","),
        [ENV.moderatorGroup]: MODERATOR_GROUP,
        ...(options.enginePolicy ? { [ENV.enginePolicy]: options.enginePolicy } : {}),
        // The handlers' SQS clients follow the queue URL's host; see sqs-local.ts.
        ...sdkEnvironment({
          region,
          dynamodbEndpoint: emulators.dynamo.endpoint,
          sqsEndpoint: emulators.sqs.queueHostEndpoint,
        }),
      },
      SDK_ENV_REMOVED,
    );

    const [loadedRoutes, worker] = await Promise.all([loadRoutes(), loadWorker()]);
    poller = startPoller({
      sqs: clients.sqs,
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
  } catch (error) {
    await stop();
    throw error;
  }

  const ready = { http, emulators, queues };
  return {
    url: ready.http.url,
    region,
    moderatorToken: tokens.moderatorToken,
    readerToken: tokens.readerToken,
    tableName,
    queueUrl: ready.queues.queueUrl,
    queueArn: ready.queues.queueArn,
    deadLetterQueueUrl: ready.queues.deadLetterQueueUrl,
    endpoints: { dynamodb: ready.emulators.dynamo.endpoint, sqs: ready.emulators.sqs.endpoint },
    dataDir: options.dataDir,
    health,
    stop,
  };
}

export type { LocalStack, LocalStackOptions };
export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_PORT, startLocalStack };
