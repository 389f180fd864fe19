import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildRequiredLiteralsTable } from "../../../scripts/lib/required-literals-table.js";

describe("functions/engine/detectors/required-literals.generated.json", () => {
  it("is up to date with the detectors' expressions and the engine's sources (run `npm run literals`)", () => {
    const committed = JSON.parse(
      readFileSync(
        new URL("../../../functions/engine/detectors/required-literals.generated.json", import.meta.url),
        "utf8",
      ),
    );
    const fresh = buildRequiredLiteralsTable();
    expect(Object.keys(fresh.expressions).length).toBeGreaterThan(100);
    expect(fresh.rules).toMatch(/^[0-9a-f]{12}$/);
    expect(committed).toEqual(fresh);
  });
});
