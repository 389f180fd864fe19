/**
 * Stands in for the Cognito authorizer on /moderation routes: a token becomes the claims API Gateway
 * would put at `requestContext.authorizer.claims`. The moderator token carries the moderators group; the optional
 * reader token is a signed-in user without it, so the handlers' 403 path can be exercised.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { MODERATOR_GROUP } from "../lib/resource-definitions.js";

type Claims = Record<string, string>;

interface LocalTokens {
  moderatorToken: string;
  readerToken: string;
}

const MODERATOR_ID = "local-moderator";
const READER_ID = "local-reader";

function generateToken(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString("base64url")}`;
}

function sameToken(a: string, b: string): boolean {
  // Hash first so the comparison is constant-time regardless of length.
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** `Bearer <token>` or the bare token: API Gateway's Cognito authorizer takes either form of the ID token. */
function headerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^(?:Bearer\s+)?(\S+)\s*$/i.exec(header.trim());
  return match?.[1];
}

function claimsFor(userId: string, groups: string | undefined): Claims {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: userId,
    "cognito:username": userId,
    ...(groups ? { "cognito:groups": groups } : {}),
    token_use: "id",
    iss: "local",
    aud: "local",
    auth_time: String(now),
    iat: String(now),
    exp: String(now + 3600),
  };
}

/** The claims for a valid token, or undefined (the caller answers 401 like API Gateway). */
function authorize(authorization: string | undefined, tokens: LocalTokens): Claims | undefined {
  const token = headerToken(authorization);
  if (!token) return undefined;
  if (sameToken(token, tokens.moderatorToken)) return claimsFor(MODERATOR_ID, MODERATOR_GROUP);
  if (sameToken(token, tokens.readerToken)) return claimsFor(READER_ID, undefined);
  return undefined;
}

export type { Claims, LocalTokens };
export { authorize, generateToken, MODERATOR_ID, READER_ID };
