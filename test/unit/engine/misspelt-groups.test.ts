import { describe, expect, it } from "vitest";
import { normalize, toOriginal } from "../../../functions/engine/normalize/index.js";
import { judge } from "./helpers.js";

describe("group names and words of hatred typed with a letter dropped or two swapped", () => {
  it.each([
    ["I hate wmen", "i hate women"],
    ["Muslms and imigrants", "muslims and immigrants"],
    ["balcks, wmoen and refugese", "blacks, women and refugees"],
    ["gy people and blck people", "gay people and black people"],
    ["trns person", "trans person"],
    // Words of hatred keep their first letter.
    ["i htae them, they are vremin and disgsuting", "i hate them, they are vermin and disgusting"],
    // Inner letters masked by asterisks.
    ["all the k*rds, m*slims and imm**grants", "all the kurds, muslims and immigrants"],
    // Plurals typed with a z, short names too.
    ["kurdz, jewz and gayz", "kurds, jews and gays"],
  ])("%j reads as %j", (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    // Words in their own right, possessives typed without an apostrophe, a singular or a country.
    "the refuge on the hill backs onto the river",
    "africas future, syrias war, iraq and the refugee",
    // Three- and four-letter names have too many neighbours that are words; a first word needs its second.
    "jws and gy and blck",
    "we sat in the back people-watching",
    // A misspelling of two names is left as typed ("womn": woman or women).
    "womn",
    // Words the variants of words of hatred spell: garbage, pests, violent, plague (French), loathe.
    "the garage, the pets, violet, la plage, a lathe",
    // A word of hatred of four letters is read through a swap only, and its first letter is kept.
    "hat, ahte, lzy",
    // Handles, numbers and masks are not words.
    "#wmen muslms2 wm*n",
    // A mask two names share, one a slur or swearword shares, or one that shows too little.
    "wom*n, nig**s, k*s, k*rds*",
  ])("leaves %j as typed", (text) => {
    expect(normalize(text).text).toBe(text);
  });

  it("maps the name back to the word as typed", () => {
    const original = "Honestly I hate wmoen.";
    const norm = normalize(original);
    const at = norm.text.indexOf("women");
    const span = toOriginal(norm, at, at + "women".length);
    expect(original.slice(span.start, span.end)).toBe("wmoen");
  });

  it("judges abuse aimed at a misspelt group as abuse of the group", () => {
    for (const text of [
      "I hate wmen.",
      "Muslms are disgusting.",
      "Blck people are a plague on this country.",
      "I htae Muslims.",
      "Immigrants are vremin.",
      "kurdz r all terrorists, every last one of them",
    ]) {
      const j = judge(text);
      expect(j.decision, text).toBe("rejected");
      expect(j.categories, text).toContain("identity_abuse");
    }
    expect(judge("My wmen friends are lovely.").decision).toBe("approved");
  });

  it("reads a masked group's name for every rule, and the mask as hostility", () => {
    const j = judge("all the k*rds are terrorists anyway");
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
    expect(judge("I hate m*slims").evidence.map((e) => e.rule)).toContain("identity_abuse.masked-group");
  });
});
