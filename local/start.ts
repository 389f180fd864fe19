/** `npm start`: the thin CLI around startLocalStack. Options come from flags or the environment (docs/local.md). */
import { constants } from "node:os";
import { parseArgs } from "node:util";
import { parseEnginePolicyJson } from "../functions/engine/policy.js";
import { COMMENT_QUEUE } from "../lib/resource-definitions.js";
import { parseOrigins } from "./cors.js";
import { errorMessage, StartupError } from "./errors.js";
import { DEFAULT_PORT, type LocalStack, type LocalStackOptions, startLocalStack } from "./stack.js";

const USAGE = `Usage: npm start -- [--port <port>] [--data-dir <dir>]

Runs the comment pipeline locally: DynamoDB Local + an SQS emulator, the API on http://127.0.0.1:<port>
and the worker. Environment: PORT, MODERATOR_TOKEN, READER_TOKEN, LOCAL_DATA_DIR, DYNAMODB_PORT, SQS_PORT,
ALLOWED_ORIGINS, ENGINE_POLICY, VISIBILITY_TIMEOUT_SECONDS, AWS_REGION, JAVA_HOME (runs $JAVA_HOME/bin/java
instead of java on PATH), DEBUG (set: print the stack trace when start-up fails unexpectedly).
See docs/local.md.`;

/** The worker would refuse a bad policy on every comment; refuse it before anything starts instead. */
function checkedEnginePolicy(raw: string | undefined): string | undefined {
  try {
    parseEnginePolicyJson(raw);
  } catch (error) {
    throw new StartupError(`ENGINE_POLICY: ${errorMessage(error)} (docs/engine.md lists the policy fields)`);
  }
  return raw;
}

function integer(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new StartupError(`${name} must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return n;
}

function readOptions(argv: string[]): LocalStackOptions | "help" {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new StartupError(`${errorMessage(error)} (npm start -- --help lists the options)`);
  }
  if (parsed.help) return "help";
  const env = process.env;
  const origins = parseOrigins(env.ALLOWED_ORIGINS);
  return {
    port: integer(parsed.port ?? env.PORT, "PORT", 0, 65_535) ?? DEFAULT_PORT,
    moderatorToken: env.MODERATOR_TOKEN || undefined,
    readerToken: env.READER_TOKEN || undefined,
    dataDir: parsed["data-dir"] ?? (env.LOCAL_DATA_DIR || undefined),
    dynamoDbPort: integer(env.DYNAMODB_PORT, "DYNAMODB_PORT", 0, 65_535),
    sqsPort: integer(env.SQS_PORT, "SQS_PORT", 0, 65_535),
    region: env.AWS_REGION || undefined,
    visibilityTimeoutSeconds: integer(
      env.VISIBILITY_TIMEOUT_SECONDS,
      "VISIBILITY_TIMEOUT_SECONDS",
      0,
      43_200,
    ),
    ...(origins.length ? { allowedOrigins: origins } : {}),
    enginePolicy: checkedEnginePolicy(env.ENGINE_POLICY || undefined),
    log: (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`),
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      port: { type: "string", short: "p" },
      "data-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

function banner(stack: LocalStack, seconds: string, visibility: number): string {
  const post = `curl -s -X POST ${stack.url}/comments -H 'Content-Type: application/json' -d '{"articleId":"local-demo","text":"Clear reporting, thank you.","author":{"name":"Ada"}}'`;
  const pending = `curl -s '${stack.url}/moderation/comments?status=pending' -H 'Authorization: Bearer ${stack.moderatorToken}'`;
  const storage = stack.dataDir ? `data kept in ${stack.dataDir}` : "in memory";
  return [
    `Local comment pipeline ready in ${seconds} s`,
    `  API             ${stack.url}   (health: ${stack.url}/health)`,
    `  Moderator token ${stack.moderatorToken}`,
    `  Reader token    ${stack.readerToken}   (signed in, not a moderator: /moderation answers 403)`,
    `  DynamoDB Local  ${stack.endpoints.dynamodb}   table ${stack.tableName}, ${storage}`,
    `  SQS (fauxqs)    ${stack.endpoints.sqs}   queue + DLQ in memory, visibility timeout ${visibility} s`,
    "",
    "Post a comment:",
    `  ${post}`,
    "Moderation queue:",
    `  ${pending}`,
    `Sample data:\n  API_URL=${stack.url} MODERATOR_TOKEN=${stack.moderatorToken} npm run demo`,
    "Ctrl-C stops everything.",
  ].join("\n");
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const started = Date.now();
  let stack: LocalStack | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // Before the stack is up, or on a second signal, exit now: the exit hook kills the JVM by PID.
    if (!stack || stopping) process.exit(128 + constants.signals[signal]);
    stopping = true;
    console.log(`\n${signal}: stopping the local stack...`);
    stack.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`stop failed: ${errorMessage(error)}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  // A closed terminal: stop cleanly rather than die on the default action, which would skip the JVM cleanup.
  process.on("SIGHUP", shutdown);

  console.log("Starting DynamoDB Local and the SQS emulator...");
  stack = await startLocalStack(options);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const visibility = options.visibilityTimeoutSeconds ?? COMMENT_QUEUE.visibilityTimeoutSeconds;
  console.log(banner(stack, seconds, visibility));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(error.message);
  else if (process.env.DEBUG) console.error(error);
  else console.error(`Could not start the local stack: ${errorMessage(error)} (set DEBUG=1 for details)`);
  process.exit(1);
});
