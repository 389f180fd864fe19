import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../../../functions/engine/detectors/junk.js";
import { tokenize } from "../../../functions/engine/detectors/pattern-rule.js";
import { contentWords } from "../../../functions/engine/detectors/relevance.js";
import { asciiWords } from "../../../functions/engine/language.js";

/** The definition tokenize() hand-codes: runs of /[a-z*][a-z*']*\/, without leading masks or trailing apostrophes. */
function byRegex(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z*][a-z*']*/g)) {
    const raw = m[0];
    let from = 0;
    while (from < raw.length && raw[from] === "*") from++;
    let to = raw.length;
    while (to > from && raw[to - 1] === "'") to--;
    if (to > from) out.push({ word: raw.slice(from, to), start: m.index + from, end: m.index + to });
  }
  return out;
}

describe("tokenize", () => {
  it("splits words, masks and apostrophes as the regular expression defines them", () => {
    expect(tokenize("f**king' **shit you're 'ok z")).toEqual(byRegex("f**king' **shit you're 'ok z"));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."ab*' .Z1é-"), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("contentWords", () => {
  it("finds the runs /[a-z][a-z']+/ finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."ab' .Z1-"), { maxLength: 40 }), (chars) => {
        const text = chars.join("");
        expect(contentWords(text)).toEqual([...text.matchAll(/[a-z][a-z']+/g)].map((m) => m[0]));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("countWords (junk)", () => {
  it("counts the words the junk detector's split yields, up to the limit", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."ab1+ .Z\u00a0\n-é"), { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        const words = text
          .replace(/[^a-z0-9+\s]/g, " ")
          .trim()
          .split(/\s+/)
          .filter(Boolean);
        expect(countWords(text, 5)).toBe(Math.min(words.length, 5));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("asciiWords (language)", () => {
  it("finds in lower-cased ASCII text what /[\\p{L}']+/gu finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."abZ' .1-\t"), { maxLength: 40 }), (chars) => {
        const lower = chars.join("").toLowerCase();
        expect(asciiWords(lower)).toEqual(lower.match(/[\p{L}']+/gu) ?? []);
      }),
      { numRuns: 20_000 },
    );
  });
});
