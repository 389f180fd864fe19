/** `GET /health`: ready only when the queue answers, the table is ACTIVE and the worker loop is polling. */
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetQueueAttributesCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { HealthReport } from "./http-server.js";
import { tableStatus } from "./resources.js";
import type { Poller } from "./worker-poller.js";

const CHECK_TIMEOUT_MS = 2_000;

interface HealthTargets {
  sqs: SQSClient;
  queueUrl: string;
  dynamodb: DynamoDBClient;
  tableName: string;
  poller: Poller;
}

const STARTING: HealthReport = {
  ok: false,
  checks: { queue: "starting", table: "starting", worker: "starting" },
};

async function checkHealth(targets: HealthTargets | undefined): Promise<HealthReport> {
  if (!targets) return STARTING;
  const [queue, table] = await Promise.all([
    targets.sqs
      .send(new GetQueueAttributesCommand({ QueueUrl: targets.queueUrl, AttributeNames: ["QueueArn"] }), {
        abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
      })
      .then(
        () => "ok",
        () => "unreachable",
      ),
    tableStatus(targets.dynamodb, targets.tableName).then(
      (status) => (status === "ACTIVE" ? "ok" : (status ?? "missing")),
      () => "unreachable",
    ),
  ]);
  const worker = targets.poller.healthy() ? "ok" : "not polling";
  return { ok: queue === "ok" && table === "ok" && worker === "ok", checks: { queue, table, worker } };
}

export type { HealthTargets };
export { checkHealth };
