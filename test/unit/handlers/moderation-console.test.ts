import { describe, expect, it } from "vitest";
import { handler } from "../../../functions/handlers/moderation-console.js";

describe("GET /console", () => {
  it("serves the page with a CSP that allows only its own script and style and calls to this API", async () => {
    const response = await handler();
    expect(response.statusCode).toBe(200);
    expect(response.headers?.["Content-Type"]).toBe("text/html; charset=utf-8");
    const csp = String(response.headers?.["Content-Security-Policy"]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
  });

  it("never inserts API data as HTML", async () => {
    const { body } = await handler();
    expect(body).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
