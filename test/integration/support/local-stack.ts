/**
 * Starts the real local stack (DynamoDB Local, fauxqs, HTTP server, worker) for one test file, on free ports,
 * and offers an HTTP client and bounded polling. Handler logs are silenced; the stack's own log lines are kept
 * and printed only when a file fails to start.
 */
import type { LocalStack, LocalStackOptions } from "../../../local/stack.js";
import { startLocalStack } from "../../../local/stack.js";
import { eventually } from "../../support/eventually.js";

interface TestStack {
  stack: LocalStack;
  logs: string[];
}

async function startTestStack(options: LocalStackOptions = {}): Promise<TestStack> {
  process.env.POWERTOOLS_LOG_LEVEL ??= "SILENT";
  const logs: string[] = [];
  try {
    const stack = await startLocalStack({
      port: 0,
      dynamoDbPort: 0,
      sqsPort: 0,
      allowedOrigins: ["https://news.example"],
      log: (line) => logs.push(line),
      ...options,
    });
    return { stack, logs };
  } catch (error) {
    console.error(logs.join("\n"));
    throw error;
  }
}

export type { TestStack };
export { eventually, startTestStack };
