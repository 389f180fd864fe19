import { describe, expect, it } from "vitest";
import {
  compileForeignMatcher,
  ForeignLexiconError,
  fold,
  parseForeignLexicon,
} from "../../../functions/engine/detectors/foreign-lexicon.js";
import { FOREIGN_LEXICONS } from "../../../functions/engine/lexicon/foreign/index.js";

const LEXICON = `
# category        action  term
profanity         reject  putain
personal_attack   reject  connard*
threat            hold    je vais te tuer
vulgarity         reject  scheiße
identity_abuse    reject  كلب
profanity         hold    kanker
`;

const matcher = compileForeignMatcher(parseForeignLexicon(LEXICON, "xx"), "xx");
const hits = (text: string) => matcher.match(text).map((f) => [f.category, f.match, f.score]);

describe("foreign lexicon parser", () => {
  it.each([
    ["insult reject idiot", /unknown category/],
    ["off_topic hold spam", /unknown category/],
    ["profanity maybe merde", /action must be reject or hold/],
    ["profanity reject", /no term/],
    ["personal_attack reject con*", /needs 4\+ letters/],
  ])("refuses %j, naming the line", (line, message) => {
    expect(() => parseForeignLexicon(`# header\n${line}`, "fr")).toThrow(ForeignLexiconError);
    expect(() => parseForeignLexicon(`# header\n${line}`, "fr")).toThrow(message);
    expect(() => parseForeignLexicon(`# header\n${line}`, "fr")).toThrow(/fr lexicon line 2/);
  });
});

describe("foreign lexicon matcher", () => {
  it("matches whole words only, never inside an innocent word", () => {
    expect(hits("Putain, quel scandale")).toEqual([["profanity", "Putain", 0.9]]);
    expect(hits("les putainsxyz et les putains")).toEqual([]);
  });

  it("matches any ending of a stem written with *", () => {
    expect(hits("Bande de connards !")).toEqual([["personal_attack", "connards", 0.9]]);
    expect(hits("il a consulté le conseil")).toEqual([]);
  });

  it("matches a phrase as consecutive words, with the span of the whole phrase", () => {
    const [f] = matcher.match("Écoute bien: je vais te tuer demain.");
    expect(f).toMatchObject({ category: "threat", start: 13, end: 28, match: "je vais te tuer", score: 0.6 });
    expect(hits("je vais te voir, pas te tuer")).toEqual([]);
  });

  it("sees through case, accents, stretched letters and masks", () => {
    expect(hits("PUTAAAAIN")).toEqual([["profanity", "PUTAAAAIN", 0.9]]);
    expect(hits("p*tain de gouvernement")).toEqual([["profanity", "p*tain", 0.9]]);
    expect(hits("das ist SCHEISSE")).toEqual([["vulgarity", "SCHEISSE", 0.9]]);
  });

  it("reads a mask only with a second visible letter: 'p*****' could be any word", () => {
    expect(hits("quel p***** de gouvernement")).toEqual([]);
    expect(hits("quel p****n de gouvernement")).toEqual([["profanity", "p****n", 0.9]]);
  });

  it("folds Arabic vowel marks, tatweel and letter variants", () => {
    expect(fold("أَهْلاً")).toBe("اهلا");
    expect(fold("مدرسة")).toBe("مدرسه");
    expect(hits("يا كَلـــب")).toEqual([["identity_abuse", "كَلـــب", 0.9]]);
  });

  it("carries the action: a hold term scores at the hold level", () => {
    expect(hits("hij heeft kanker")).toEqual([["profanity", "kanker", 0.6]]);
  });
});

describe("shipped lexicons", () => {
  it.each(Object.entries(FOREIGN_LEXICONS))("%s parses, with every term listed once", (language, source) => {
    const entries = parseForeignLexicon(source, language);
    expect(entries.length).toBeGreaterThan(100);
    const keys = entries.map((e) => `${e.words.join(" ")}${e.prefix ? "*" : ""}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe("Arabic words with a joined prefix", () => {
  const arabic = compileForeignMatcher(
    parseForeignLexicon("threat hold راح يدفع الثمن\nidentity_abuse hold خونه\nprofanity hold خو", "ar"),
    "ar",
  );
  it.each([
    ["and", "وراح يدفع الثمن قريبا"],
    ["the", "هؤلاء الخونة يجب ان يرحلوا"],
    ["and the", "والخونة معروفون"],
  ])("reads the word without a joined '%s'", (_prefix, text) => {
    expect(arabic.match(text)).toHaveLength(1);
  });
  it("never strips a prefix down to fewer than three letters", () => {
    // "خو" is listed, but "الخو" would leave it only two letters.
    expect(arabic.match("الخو")).toEqual([]);
    expect(arabic.match("خو")).toHaveLength(1);
  });
});
