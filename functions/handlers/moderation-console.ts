/**
 * GET /console: the moderation console page. It holds no data; everything it shows comes from the moderation
 * API with the moderator's own token, so the page itself can be public.
 */
import type { APIGatewayProxyResult } from "aws-lambda";
import { CONSOLE_CSP, CONSOLE_HTML } from "../console/console-page.js";

async function handler(): Promise<APIGatewayProxyResult> {
  return {
    statusCode: 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CONSOLE_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
    },
    body: CONSOLE_HTML,
  };
}

export { handler };
