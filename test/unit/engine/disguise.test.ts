import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidateRuns, disguisedWords, speltApart } from "../../../functions/engine/detectors/disguise.js";
import { judge } from "./helpers.js";

describe("words disguised from filters", () => {
  it.each([
    ["the turbine comes d0wn the same w33k", ["down", "week"]],
    ["some of us are d0ne t@lking", ["done", "talking"]],
    ["they will be h.u.n.t.e.d down", ["hunted"]],
    ["the councillor is a c l o w n", ["clown"]],
    ["seaholm's own t-e-r-r-o-r-i-s-t doctor", ["terrorist"]],
    ["nothing left but the 0perators", ["operators"]],
  ])("reads %j as %j", (text, words) => {
    expect(disguisedWords(text).map((d) => d.word)).toEqual(words);
  });

  it.each([
    "@Bill_H agreed, £900k is a lot for a roundabout.",
    "The A417 is shut again and the B6120 is full of potholes.",
    "Visas for H1B workers, MP3s and F18s are not the point.",
    "Thanks RickT1 and PSmith1966, see you 2day, 4get the rest, l8r.",
    "1step at a time, it's a 4chan post.",
    "Watch www.youtube.com/watch?v=rXH_12QWWg8 before commenting.",
    "N.A.T.O. and the U.S.A. should act. L I T E R A L L Y.",
    "Scary!check the council website.",
  ])("finds no disguise in %j", (text) => {
    expect(disguisedWords(text)).toEqual([]);
  });

  it("holds a comment whose only signal is a disguised word, and never rejects it for that", () => {
    const j = judge("Some of us are d0ne t@lking about the provincial house.");
    expect(j.decision).toBe("pending");
    expect(j.evidence.some((e) => e.rule === "evasion.disguised-word")).toBe(true);
  });

  it("lets through a disguised word quoted to condemn it", () => {
    expect(judge('Someone called them "k3bab munchers" online. Reported it.').decision).toBe("approved");
  });

  it("adds no guideline where a rule already read the word", () => {
    const j = judge("What a load of sh1t.");
    expect(j.categories).not.toContain("personal_attack");
  });

  // The candidates used to be found by two expressions tried at every position; the scan that replaced them
  // (for speed) must find exactly what they found.
  const CANDIDATE = /(?<!\S)(?:\S*?(?:\p{Ll}[013$@]|[013$@]\p{Ll})\S*|[0$]\p{L}{3,}\S*)/gu;
  const SPELT_APART = /(?<![\p{L}\p{N}])\p{L}(?:([ .\-_*])\p{L})(?:\1\p{L}){2,}(?![\p{L}\p{N}])/gu;
  function candidatesByExpression(text: string): [number, number][] {
    return [...text.matchAll(CANDIDATE)].map((m) => [m.index, m.index + m[0].length]);
  }
  function speltApartByExpression(text: string): [number, number][] {
    return [...text.matchAll(SPELT_APART)].map((m) => [m.index, m.index + m[0].length]);
  }
  const pieces = [
    "a",
    "b",
    "k",
    "Z",
    "é",
    "𝐚",
    "0",
    "1",
    "3",
    "$",
    "@",
    "7",
    " ",
    ".",
    "-",
    "_",
    "*",
    "\u00a0",
    "\n",
    "'",
    "!",
  ];

  /** Letters spelt apart, sometimes with a separator changed or a digit glued on, among other characters. */
  const spelt = fc
    .tuple(
      fc.array(fc.constantFrom(..."abZé𝐚"), { minLength: 2, maxLength: 7 }),
      fc.constantFrom(..." .-_*"),
      fc.constantFrom("", "5", "x", " ", ".", "\u0663", "\u216b"),
    )
    .map(([letters, sep, tail]) => letters.join(sep) + tail);

  it("finds the same candidate words and spelt-apart runs as the expressions it replaced", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), spelt), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect([...candidateRuns(text)].map((r) => [r.start, r.end])).toEqual(candidatesByExpression(text));
        expect(speltApart(text).map((r) => [r.start, r.end])).toEqual(speltApartByExpression(text));
      }),
      { numRuns: 5000, seed: 42 },
    );
  });

  it("still reads a word spelt apart with letters outside the Basic Multilingual Plane", () => {
    expect(disguisedWords("a 𝐚 b 𝐚 c").length).toBe(1);
  });
});
