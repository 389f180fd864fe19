/** The only place that talks to SQS: puts submitted comments on the moderation queue. */
import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { ENV } from "../../lib/resource-definitions.js";
import type { CommentSubmittedMessage } from "../domain/schemas.js";
import { requiredEnv, sqs } from "./aws-clients.js";

/**
 * JSON with every character outside printable ASCII written as a \\u escape. SQS refuses message bodies holding
 * U+FFFE or U+FFFF (and some SQS emulators refuse every character above U+FFFF), while a reader may type any of
 * them; escaped, the body is plain ASCII and JSON.parse gives back the same value.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

async function enqueueSubmittedComment(message: CommentSubmittedMessage): Promise<void> {
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requiredEnv(ENV.queueUrl),
      MessageBody: asciiJson(message),
      MessageAttributes: {
        type: { DataType: "String", StringValue: message.type },
        commentId: { DataType: "String", StringValue: message.id },
      },
    }),
  );
}

export { asciiJson, enqueueSubmittedComment };
