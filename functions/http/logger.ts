/** One structured logger for every handler (Powertools: JSON lines with the request id, level from env). */
import { Logger } from "@aws-lambda-powertools/logger";

const logger = new Logger({ serviceName: "comment-moderation" });

export { logger };
