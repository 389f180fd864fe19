import { describe, expect, it } from "vitest";
import { combine } from "../../../functions/engine/merge.js";

describe("merge: which signal decides", () => {
  it("lets the model confirm the catch-all (0.55) to a rejection, never reject alone", () => {
    expect(combine("threat", 0.55, 0.75, false)).toBeGreaterThanOrEqual(0.8);
    expect(combine("threat", 0, 0.75, false)).toBeLessThan(0.8);
  });

  it("does not let the model confirm a public-figure insult (personal_attack 0.6)", () => {
    expect(combine("personal_attack", 0.6, 0.8, false)).toBeLessThan(0.8);
  });

  it("caps the model in civil (war-reporting) context", () => {
    expect(combine("threat", 0.55, 0.95, true)).toBeLessThan(0.8);
  });

  it("keeps criticism of ideas from being held on the model's word alone", () => {
    expect(combine("personal_attack", 0, 0.6, false, true)).toBeLessThan(0.5);
    expect(combine("personal_attack", 0, 0.6, false, false)).toBeGreaterThanOrEqual(0.5);
  });
});
