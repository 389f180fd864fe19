/** Turns an HTTP request into the API Gateway REST API (v1) Lambda proxy event the route handlers receive in AWS. */
import type { APIGatewayProxyEvent } from "aws-lambda";
import type { Claims } from "./auth.js";

const STAGE = "local";
const ACCOUNT_ID = "000000000000";

interface IncomingRequest {
  method: string;
  /** Path without the query string, as sent. */
  path: string;
  query: URLSearchParams;
  /** Node's rawHeaders: alternating names (case as sent) and values. */
  rawHeaders: readonly string[];
  body: Buffer;
  sourceIp: string;
  requestId: string;
  receivedAt: Date;
}

// ignoreBOM: hand the body over as sent, BOM included, as API Gateway does.
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A map for names the client chose: no prototype, so "constructor" or "__proto__" is just another name. */
function nameMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function headerMaps(rawHeaders: readonly string[]) {
  const headers = nameMap<string>();
  const multi = nameMap<string[]>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? "";
    const value = rawHeaders[i + 1] ?? "";
    headers[name] = value;
    multi[name] = [...(multi[name] ?? []), value];
  }
  return { headers, multi };
}

function queryMaps(query: URLSearchParams) {
  const single = nameMap<string>();
  const multi = nameMap<string[]>();
  for (const [name, value] of query) {
    single[name] = value;
    multi[name] = [...(multi[name] ?? []), value];
  }
  return Object.keys(single).length ? { single, multi } : { single: null, multi: null };
}

/**
 * The body as API Gateway hands it over: text when it is UTF-8, otherwise base64 with isBase64Encoded (as for a
 * binary media type), so the handler sees the bytes and can refuse them instead of reading U+FFFD.
 */
function eventBody(body: Buffer): Pick<APIGatewayProxyEvent, "body" | "isBase64Encoded"> {
  if (!body.length) return { body: null, isBase64Encoded: false };
  try {
    return { body: STRICT_UTF8.decode(body), isBase64Encoded: false };
  } catch {
    return { body: body.toString("base64"), isBase64Encoded: true };
  }
}

/** `26/Nov/2026:08:14:09 +0000`, the format of requestContext.requestTime. */
function requestTime(date: Date): string {
  const month = date.toLocaleString("en-US", { month: "short", timeZone: "UTC" });
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = pad(date.getUTCDate());
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day}/${month}/${date.getUTCFullYear()}:${time} +0000`;
}

function toApiGatewayEvent(
  request: IncomingRequest,
  resource: string,
  pathParameters: Record<string, string> | null,
  claims: Claims | undefined,
): APIGatewayProxyEvent {
  const { headers, multi } = headerMaps(request.rawHeaders);
  const query = queryMaps(request.query);
  const userAgent =
    Object.entries(headers).find(([name]) => name.toLowerCase() === "user-agent")?.[1] ?? null;
  return {
    resource,
    path: request.path,
    httpMethod: request.method,
    headers,
    multiValueHeaders: multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters,
    stageVariables: null,
    ...eventBody(request.body),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: "local",
      authorizer: claims ? { claims } : null,
      domainName: headers.Host ?? headers.host ?? "127.0.0.1",
      extendedRequestId: request.requestId,
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp,
        user: null,
        userAgent,
        userArn: null,
      },
      path: `/${STAGE}${request.path}`,
      protocol: "HTTP/1.1",
      requestId: request.requestId,
      requestTime: requestTime(request.receivedAt),
      requestTimeEpoch: request.receivedAt.getTime(),
      resourceId: "local",
      resourcePath: resource,
      stage: STAGE,
    },
  };
}

export type { IncomingRequest };
export { toApiGatewayEvent };
