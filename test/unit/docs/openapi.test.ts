import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../../lib/resource-definitions.js";
import { buildOpenApiDocument } from "../../../scripts/openapi/build-openapi.js";

describe("docs/openapi.json", () => {
  const document = buildOpenApiDocument();

  it("is up to date with the schemas and routes (run `npm run openapi`)", () => {
    const committed = JSON.parse(
      readFileSync(new URL("../../../docs/openapi.json", import.meta.url), "utf8"),
    );
    expect(committed).toEqual(document);
  });

  it("documents every route, securing exactly the moderation routes", () => {
    const paths = document.paths as Record<string, Record<string, { security?: unknown }>>;
    for (const route of ROUTES) {
      const operation = paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(Boolean(operation?.security)).toBe(route.access === "moderator");
    }
  });
});
