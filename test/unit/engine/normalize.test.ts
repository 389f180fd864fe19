import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpace } from "../../../functions/engine/normalize/collapse-spaces.js";
import { normalize, toOriginal } from "../../../functions/engine/normalize/index.js";

describe("normalize", () => {
  it.each([
    ["Ｆｕｃｋ these", "fuck these"],
    ["fu\u200bck this", "fuck this"],
    ["shіt", "shit"],
    ["f u c k this bill", "fuck this bill"],
    ["Wh@t a f.u.c.k.i.n.g joke", "what a fucking joke"],
    ["y o u  a r e  a n  i d i o t", "you are an idiot"],
    ["you are a m o r o n", "you are a moron"],
    ["sh!t like this!!!", "shit like this!!!"],
    ["fuuuuucking farce", "fuucking farce"],
    ["a$$hole $300 2015", "asshole $300 2015"],
    ["I'll k1ll you", "i'll kill you"],
    ["C’est une tragédie", "c'est une tragedie"],
    ["a ѕһіthole", "a shithole"],
    ["ᴛʜɪꜱ ɪꜱ ꜰᴜᴄᴋᴇᴅ", "this is fucked"],
    ["thats $#!t", "thats s*it"],
    ["#isis C# F# #BringThemHome", "#isis c# f# #bringthemhome"],
  ])("%j -> %j", (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it("reads spaces exactly as JavaScript's \\s does, for every code unit (the disguise detector's runs rely on it)", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("leaves numbers, prices and ordinary words alone", () => {
    expect(normalize("In 2015 ISIS took $500m from Mosul's banks.").text).toBe(
      "in 2015 isis took $500m from mosul's banks.",
    );
  });

  it("maps spans back to the original text", () => {
    const original = "Total ｓｈ\u200bіt reporting";
    const norm = normalize(original);
    const at = norm.text.indexOf("shit");
    const span = toOriginal(norm, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe("ｓｈ\u200bіt");
  });

  it("never throws and keeps every span inside the original text (fuzz)", () => {
    const pieces = fc.constantFrom(
      "f",
      "u",
      "c",
      "k",
      " ",
      ".",
      "*",
      "@",
      "$",
      "1",
      "!",
      "\u200b",
      "ｆ",
      "і",
      "é",
      "😂",
      "\n",
      "a",
      "s",
    );
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(pieces, { maxLength: 200 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(text, (original) => {
        const norm = normalize(original);
        expect(norm.starts.length).toBe(norm.text.length);
        expect(norm.ends.length).toBe(norm.text.length);
        for (let i = 0; i < norm.text.length; i++) {
          const s = norm.starts[i]!;
          const e = norm.ends[i]!;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeLessThanOrEqual(original.length);
          expect(s).toBeLessThanOrEqual(e);
        }
        const span = toOriginal(norm, 0, norm.text.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(original.length);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
