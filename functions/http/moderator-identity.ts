/**
 * The moderator behind a request, from the Cognito user pool authorizer's claims. API Gateway has already
 * refused missing or invalid tokens (401); a valid user outside the moderators group gets 403 here.
 */
import type { APIGatewayProxyEvent } from "aws-lambda";
import { ENV, MODERATOR_GROUP } from "../../lib/resource-definitions.js";
import { HttpError } from "./http-error.js";

interface Moderator {
  readonly id: string;
}

/** REST API authorizers pass groups as "a,b", HTTP APIs as "[a b]": accept both. */
function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== "string") return [];
  return value
    .replace(/^\[|\]$/g, "")
    .split(/[,\s]+/)
    .filter(Boolean);
}

function requireModerator(event: Pick<APIGatewayProxyEvent, "requestContext">): Moderator {
  const claims: unknown = event.requestContext?.authorizer?.claims;
  if (typeof claims !== "object" || claims === null) throw new HttpError(401, "Authentication required");
  const record = claims as Record<string, unknown>;
  const id = typeof record.sub === "string" && record.sub !== "" ? record.sub : undefined;
  if (!id) throw new HttpError(401, "Authentication required");
  const group = process.env[ENV.moderatorGroup] || MODERATOR_GROUP;
  if (!groupsOf(record["cognito:groups"]).includes(group)) {
    throw new HttpError(403, `Only members of the ${group} group may moderate comments`);
  }
  return { id };
}

export type { Moderator };
export { requireModerator };
