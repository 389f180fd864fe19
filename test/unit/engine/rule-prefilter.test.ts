import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLiteralScanner } from "../../../functions/engine/detectors/literal-scanner.js";
import { requiredLiterals } from "../../../functions/engine/detectors/required-literals.js";

describe("requiredLiterals", () => {
  it.each([
    [/\bwe know who you are\b/g, ["we know who you are"]],
    [/(?:foo)?bar/, ["bar", "foobar"]],
    [/[a-z]+ing\b/, ["ing"]],
    [/(?<=ab)cd|e(f)/, ["cd", "ef"]],
    [/\s+\.com/, [".com"]],
  ])("%s needs one of %j", (re, expected) => {
    expect([...(requiredLiterals(re) ?? [])].sort()).toEqual([...expected].sort());
  });

  it.each([/a|b*/, /\w+/, /(?:x)?/, /abc/i, /(a)\1/])("%s requires nothing provable", (re) => {
    const need = requiredLiterals(re);
    if (need !== null) expect(need.every((s) => s.length > 0)).toBe(true);
    if (re.flags.includes("i") || re.source === "a|b*" || re.source === "\\w+") expect(need).toBeNull();
  });

  const patterns = [
    /\b(?:i|we)(?:'ll| will)? (?:kill|hurt) (?:you|u)\b/g,
    /\b(?:pay|paying) (?:you|him)(?: \w+)? (?:a |a little )?visit\b/g,
    /\b(?:you|u)(?:'re| are)? (?:an? )?(?:idiot|moron)s?\b/g,
    /[a-z0-9]\.(?:com|net)\b/g,
    /\bsuck (?:my|his) \w+/g,
    /(?<![a-z])x{2,3}y?z[^a]/g,
  ];
  const alphabet = "iweluk'hyoanvstdmrbcpxz .0";
  it("never rejects a text the expression matches", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.array(
          fc.constantFrom(...alphabet.split(""), "you ", "kill ", "visit", "idiot", "com", "suck my "),
          {
            maxLength: 30,
          },
        ),
        (re, parts) => {
          const text = parts.join("");
          re.lastIndex = 0;
          if (!re.test(text)) return;
          const need = requiredLiterals(re);
          expect(need === null || need.some((s) => text.includes(s))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("createLiteralScanner", () => {
  it("finds exactly the literals that occur, overlapping ones included", () => {
    const literals = ["he", "she", "his", "hers", "you are", "are a", "x"];
    const scanner = createLiteralScanner(literals);
    fc.assert(
      fc.property(fc.stringMatching(/^[hesiryou axz]{0,40}$/), (text) => {
        const found = new Uint8Array(scanner.size);
        scanner.scan(text, found);
        literals.forEach((lit, id) => {
          expect(found[id] === 1).toBe(text.includes(lit));
        });
      }),
      { numRuns: 2000 },
    );
  });
});
