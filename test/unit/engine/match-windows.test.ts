import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLiteralScanner } from "../../../functions/engine/detectors/literal-scanner.js";
import { parseReach } from "../../../functions/engine/detectors/match-reach.js";
import { windowedMatches, windowedTest } from "../../../functions/engine/detectors/match-windows.js";
import { requiredLiterals } from "../../../functions/engine/detectors/required-literals.js";
import { mayMatchWithin } from "../../../functions/engine/detectors/rule-prefilter.js";

describe("parseReach", () => {
  const INF = Number.POSITIVE_INFINITY;
  const b = (fixed: number, runs = 0) => ({ fixed, runs });
  it.each([
    ["\\bfoo\\s+bar\\b", { longest: INF, around: 0, longestSpaced: b(7), aroundSpaced: b(0) }],
    ["(?<!x)ab{2,3}(?=cd)", { longest: 4, around: 3, longestSpaced: b(4), aroundSpaced: b(3) }],
    ["(?:a|bcd)?e[^x]{0,5}", { longest: 9, around: 0, longestSpaced: b(9), aroundSpaced: b(0) }],
    ["x(?: |\\t)*y[ ]{2}", { longest: INF, around: 0, longestSpaced: b(4), aroundSpaced: b(0) }],
    ["(?<w>ab)\\{c\\}\\u0041", { longest: 6, around: 0, longestSpaced: b(6), aroundSpaced: b(0) }],
    ["^a\\w+ [a-z'-]*(?: \\w+)?$", { longest: INF, around: 0, longestSpaced: b(3, 3), aroundSpaced: b(0) }],
    ["you(?=\\s*[^\\s.]+)", { longest: 3, around: INF, longestSpaced: b(3), aroundSpaced: b(1, 1) }],
  ])("%s", (source, expected) => {
    expect(parseReach(source)).toEqual(expected);
  });

  it.each([
    "(a)\\1",
    "(?<n>a)\\k<n>",
    "a(?=.+)",
    "(?: \\w+)*",
    "[^a]+",
    "\\W+",
    "[\\u0041-\\u005a]+",
    "\\x41+",
    "(a",
  ])("%s cannot be bounded", (source) => {
    expect(parseReach(source)).toBeNull();
  });
});

/**
 * The ascending end positions of every literal of `re`'s first required set in `text`, as the engine gets them;
 * `null` when `re` requires no literal, or when `text` has two whitespace characters side by side: the engine
 * gates only the normalised text, where every run of whitespace is one space (so `\s+` requires " "), and
 * searches any other text whole.
 */
function literalEnds(re: RegExp, text: string): Int32Array | null {
  if (/\s\s/.test(text)) return null;
  const set = requiredLiterals(re)[0];
  if (set === undefined) return null;
  const scanner = createLiteralScanner(set);
  const trail: number[] = [];
  scanner.scan(text, new Uint8Array(scanner.size), [], trail);
  return scanner.occurrences(trail, new Int32Array(scanner.size + 1)).sort();
}

/** The whole-text search `matches()` runs. */
function allMatches(re: RegExp, text: string, max: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < max; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const view = (ms: readonly RegExpExecArray[]) =>
  ms.map((m) => ({ index: m.index, groups: [...m], input: m.input }));

describe("windowed search", () => {
  const patterns = [
    /\b(?:you|u) (?:are|r) (?:an? )?(?:idiot|moron)s?\b/g,
    /(?<![a-z])(?:kill|hurt)\s+(?:you|him)(?=[ .!?]|$)/g,
    /(?:^|[.!?] )(?:what an?|such an?) (?:idiot|con)\b/g,
    /\b(?:kill|hang)\b[^.!?]{0,12}\b(?:all|them)\b/g,
    /(?:x|xy)?(?:idiot|moron)(?:s|ic)?/g,
    /\bcon\B|\bcon\b/g,
    /\b(?:you|u) (?:\w+ )?(?:idiot|moron)\w*/g,
    /(?<=\b(?:kill|hang) )(?:him|them|[a-z'-]+ you)(?= (?:them|all)\b)/g,
    /(?:^|[.!?]\s*)(?:you|him)\b[^.!?]*?\b(?:idiot|moron)\b/g,
  ];
  const pieces = [
    "you are an ",
    "u r a ",
    "idiot",
    "moron",
    "ic",
    "s",
    "kill ",
    "hurt  ",
    "you",
    "him",
    "them",
    "all ",
    "hang",
    "con",
    "economy",
    "what a ",
    ". ",
    "! ",
    "x",
    " ",
    "the weather was mild and the council met on tuesday about the budget ",
    "nothing to see here at all, just a long stretch of ordinary words ",
  ];

  it("finds exactly the matches of a whole-text search, in order, and leaves lastIndex as it does", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (re, parts, max) => {
          const text = parts.join("").replace(/\s+/g, " "); // as the normaliser leaves it
          const ends = literalEnds(re, text);
          if (ends === null) return;
          const expected = view(allMatches(re, text, max));
          const expectedLastIndex = re.lastIndex;
          re.lastIndex = 7;
          const got = windowedMatches(re, text, ends, max);
          if (got === null) return;
          expect(view(got)).toEqual(expected);
          expect(re.lastIndex).toBe(expectedLastIndex);
          const single = new RegExp(re.source);
          expect(windowedTest(single, text, ends)).toBe(single.test(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("skips only sentences in which the expression cannot match", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        (re, parts) => {
          const text = parts.join("").replace(/\s+/g, " "); // as the normaliser leaves it
          const ends = literalEnds(re, text);
          if (ends === null) return;
          const single = new RegExp(re.source);
          for (const m of text.matchAll(/[^.!?\n]+[.!?\n]*/g)) {
            const sentence = m[0];
            if (!mayMatchWithin(ends, text, m.index, m.index + sentence.length))
              expect(single.test(sentence)).toBe(false);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("searches in windows when the literals are sparse", () => {
    const filler = "the council met on tuesday about the budget and the weather. ".repeat(20);
    const text = `${filler}you are an idiot. ${filler}u r a moron ${filler}`;
    const re = patterns[0]!;
    const got = windowedMatches(re, text, literalEnds(re, text)!, 10);
    expect(got?.map((m) => m[0])).toEqual(["you are an idiot", "u r a moron"]);
  });
});
