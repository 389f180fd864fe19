import { describe, expect, it } from "vitest";
import { disguisedWords } from "../../../functions/engine/detectors/disguise.js";
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
});
