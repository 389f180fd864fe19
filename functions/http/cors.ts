/**
 * CORS for Lambda proxy responses. API Gateway answers the preflight; the actual response must carry the
 * allow-origin header itself, and only for the site origins configured in ALLOWED_ORIGINS.
 */
import type { APIGatewayProxyEvent } from "aws-lambda";
import { ENV } from "../../lib/resource-definitions.js";
import { header } from "./request.js";

function allowedOrigins(): string[] {
  return (process.env[ENV.allowedOrigins] ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

function corsHeaders(event: Pick<APIGatewayProxyEvent, "headers">): Record<string, string> {
  const origins = allowedOrigins();
  if (origins.includes("*")) return { "Access-Control-Allow-Origin": "*" };
  const origin = header(event, "origin");
  if (!origin || !origins.includes(origin)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
}

export { corsHeaders };
