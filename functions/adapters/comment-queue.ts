/** The only place that talks to SQS: puts submitted comments on the moderation queue. */
import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { ENV } from "../../lib/resource-definitions.js";
import type { CommentSubmittedMessage } from "../domain/schemas.js";
import { requiredEnv, sqs } from "./aws-clients.js";

async function enqueueSubmittedComment(message: CommentSubmittedMessage): Promise<void> {
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requiredEnv(ENV.queueUrl),
      MessageBody: JSON.stringify(message),
      MessageAttributes: {
        type: { DataType: "String", StringValue: message.type },
        commentId: { DataType: "String", StringValue: message.id },
      },
    }),
  );
}

export { enqueueSubmittedComment };
