import { describe, expect, it } from "vitest";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { judge } from "./helpers.js";

describe("profanity and vulgarity", () => {
  it.each([
    "What a fucking disgrace this government is.",
    "Are you f*cking kidding me?",
    "'public order offences' lmao. f@ck off with the euphemisms",
    "Nine months?! WTAF. They built the whole bridge in 14 months.",
    "This election is total bullshit.",
    "Sh!t like this makes me ashamed.",
    "f u c k this bill",
    "These courts are a fuuuuucking farce.",
    "Another sh*tshow from this cabinet.",
    "Ｆｕｃｋ these corrupt parties",
    "fu\u200bck the death penalty",
    "Total shіt reporting",
    "What an a$$hole move by the minister.",
    "b u l l s h i t, nobody is rebuilding anything",
    "sh*it budget from a sh*it council",
    "and we paid for their f@cking counselling",
    "Sack the fecking lot of them.",
    "Oh ffs not this again.",
    "for f@*k's sake, the bypass was promised in 2009",
    "fookin shambles from start to finish",
    "c*nting council never answers the phone",
    "F.U.B.A.R as always with this council",
  ])("rejects %j as profanity", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toContain("profanity");
  });

  it("holds a mild word the reader disguised, and lets it through written out", () => {
    for (const text of ["It's bl**dy sad that it took a war to notice.", "That was a bl00dy shambles."]) {
      expect(judge(text).decision).toBe("pending");
      expect(judge(text).scores.profanity).toBeGreaterThanOrEqual(0.6);
    }
    expect(judge("Bloody marvellous news for the town.").scores.profanity ?? 0).toBeLessThan(0.5);
  });

  it.each([
    "The minister can suck my dick.",
    "Candidates sucking cock to get on the list as usual.",
    "Just a circle jerk of politicians.",
    "He can shove both tellies up his backside.",
    "Tell the council to stick its budget where the sun doesn't shine.",
  ])("rejects %j as vulgarity", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("vulgarity");
  });

  it.each([
    "He grew up in Scunthorpe and went to a state school.",
    "The assassination of local leaders continues in Nineveh.",
    "The pilot in the cockpit has seconds to decide.",
    "Dickens would have had a field day with this cabinet.",
    "Many refugees ended up in Essex and Sussex.",
    "The analysis in this article is excellent.",
    "A therapist who works with survivors told me recovery takes decades.",
    "Shell and BP made billions while Iraqis lived without electricity.",
    "Grape farmers in Sinjar have also lost everything.",
    "Assessing the damage to public trust will take years.",
    "Dick Cheney sold this war to the public.",
    "She graduated summa cum laude from Baghdad University.",
    "Cocktail parties in Westminster won't fix the backlog.",
    "Bloody hell, another election with the same faces.",
    "Harshit Sharma's column on the Mosul rebuild was the best in the paper.",
    "Parikshit and Sheila Dikshit both served in Delhi.",
    "Matsushita and Yamashita built the plant in the 1980s.",
    "Shiite militias took control of the checkpoint.",
    "The Shiites and Sunnis of Basra voted together this time.",
    "The Assyrian church still reads the Peshitta in Syriac.",
    "Cushitic languages are spoken across Somalia; the Kushite kings ruled Egypt.",
    "Shitake mushrooms are grown in the old mine.",
    "Blue tits and robins nest again in the ruins of the old city of Mosul.",
    "The report should prick the conscience of every councillor.",
    "The cock crowed at dawn in the village.",
    "Pussy Riot played in Moscow before they were jailed.",
    "Twatt in Orkney has had no bus for a year.",
    "Shitterton in Dorset keeps having its sign stolen.",
    "Dildo in Newfoundland got a new mayor.",
  ])("does not reject the innocent %j", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("rejected");
    expect(j.scores.profanity ?? 0).toBeLessThan(0.5);
    expect(j.scores.vulgarity ?? 0).toBeLessThan(0.5);
  });

  it("still reads swearing stretched into an innocent word's spelling, or outside its innocent phrase", () => {
    expect(judge("What a load of shiiiite from the council.").categories).toContain("profanity");
    expect(judge("What a prick the minister is.", null).categories).toContain("profanity");
    expect(judge("What a twatt, the minister.").categories).toContain("profanity");
  });

  it("keeps the model's letter n-grams from reading swearing into a word known to be innocent", () => {
    const engine = createGuidelineEngine();
    for (const text of [
      "Harshit Sharma wrote a fine column.",
      "Matsushita Electric built the plant.",
      "Shiite pilgrims walked to Karbala.",
      "The Shiites and Sunnis of Basra voted together this time.",
      "Nipissing wrote a fine column on this last week.",
      "The Spread Eagle pub in Bitchfield is closing.",
    ]) {
      const j = engine.judge({ text });
      expect(j.decision).not.toBe("rejected");
      expect(j.scores.profanity ?? 0).toBeLessThan(0.5);
    }
    // Swearing beside the name is still found by the lexicon.
    expect(engine.judge({ text: "Harshit is talking shit again." }).categories).toContain("profanity");
  });

  it("points evidence at the original characters", () => {
    const text = "Total ｓｈіt reporting";
    const j = judge(text);
    const e = j.evidence.find((x) => x.category === "profanity");
    expect(e).toBeDefined();
    expect(text.slice(e!.start, e!.end)).toBe("ｓｈіt");
    expect(e!.match).toBe("ｓｈіt");
  });

  it("holds, never rejects, swearing quoted as what someone else said, with the model too", () => {
    const engine = createGuidelineEngine();
    const j = engine.judge({
      text: "A man on the platform called the guard a 'useless c*nt'. She doesn't set the timetable.",
    });
    expect(j.decision).toBe("pending");
    expect(j.evidence.map((e) => e.rule)).toContain("profanity.lexicon.masked.cited");
    // A possessive's apostrophe opens no quotation.
    const rules = judge("Only there for the fighters' d*cks, everyone knows it.").evidence.map((e) => e.rule);
    expect(rules.some((r) => r.endsWith(".cited"))).toBe(false);
  });

  it("lets no other head of the model reject on a quoted swear word alone", () => {
    const j = createGuidelineEngine().judge({
      text: 'You can hear a bloke on the video going "oh sh*t oh sh*t" over and over.',
    });
    expect(j.decision).toBe("pending");
  });

  it("holds, never rejects, a swear word reported as what someone told someone", () => {
    const j = judge(
      "At the count one supporter heckled the table and a lad told him to f*** off. Grown men.",
    );
    expect(j.decision).toBe("pending");
    expect(j.evidence.map((e) => e.rule)).toContain("profanity.lexicon.masked.cited");
  });

  it("holds, never rejects, a swear word quoted to condemn it", () => {
    const j = judge("A commenter above called the mothers 'sluts'. That kind of language has no place here.");
    expect(j.decision).not.toBe("rejected");
  });

  it.each([
    "The judges must be getting a reach-around from the lawyers.",
    "The teachers must be creaming themselves in the staffroom.",
    "Half the council were sucking each other off at that dinner.",
  ])("rejects the sexual slang %j as vulgarity", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("vulgarity");
  });

  it.each([
    "Absolutely bang on, the council has had years to fix this.",
    "The big bang of the new transport plan turned out to be a whimper.",
    "Best bang for the buck in the whole budget.",
    "The ministry screwed up the contracts again.",
    "Pensioners got screwed over by the tax change.",
    "Bang-on. This editorial says what the council won't.",
  ])("reads the idiom %j as no sexual remark", (text) => {
    const j = judge(text);
    expect(j.evidence.filter((e) => e.category === "vulgarity")).toEqual([]);
  });

  it.each([
    "Bet the mayor is banging his secretary.",
    "Biggest use of the library was teenagers groping in the reference section.",
  ])("still holds sexual verbs aimed at people: %j", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.some((e) => e.rule === "suspicion.sexual")).toBe(true);
  });
});
