// PLACEHOLDER: being written in the pipeline issue; keeps `cdk synth` bundling until then.
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";

async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  return { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
}

export { handler };
