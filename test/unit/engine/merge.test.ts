import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Category } from "../../../functions/domain/categories.js";
import { CATEGORIES } from "../../../functions/domain/categories.js";
import type { Finding } from "../../../functions/engine/finding.js";
import type { ModelInput } from "../../../functions/engine/merge.js";
import { combine, ideasCanMatter, merge, relevanceWithChatter } from "../../../functions/engine/merge.js";
import { parseEnginePolicy } from "../../../functions/engine/policy.js";

describe("merge: which signal decides", () => {
  it("lets the model confirm the catch-all (0.55) to a rejection; threat's lower-running head at 0.4", () => {
    expect(combine("threat", 0.55, 0.45, false)).toBeGreaterThanOrEqual(0.8);
    expect(combine("threat", 0, 0.45, false)).toBeLessThan(0.8);
    expect(combine("personal_attack", 0.55, 0.45, false)).toBeLessThan(0.8);
  });

  it("rejects when two different hold-level rules of identity abuse, threat or vulgarity agree", () => {
    let overlap = false;
    const judged = (...found: [Finding["category"], string][]) =>
      merge({
        text: "Saltmere used to be a Christian town. Remember 1683. Deus vult, brothers.",
        findings: found.map(([category, rule], k) => ({
          category,
          rule,
          score: 0.6,
          start: k * 10,
          end: k * 10 + (overlap ? 15 : 5),
        })),
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    const coded = (id: string): [Finding["category"], string] => [
      "identity_abuse",
      `identity_abuse.coded.${id}`,
    ];
    expect(judged(coded("used-to-be"), coded("crusade"))).toBe("rejected");
    expect(judged(coded("used-to-be"))).toBe("pending");
    // The same rule twice, or the same rule written for two subtypes, is one signal.
    expect(judged(coded("used-to-be"), coded("used-to-be"))).toBe("pending");
    expect(
      judged(
        ["identity_abuse", "identity_abuse.racism.group-is-trait"],
        ["identity_abuse", "identity_abuse.xenophobia.group-is-trait"],
      ),
    ).toBe("pending");
    // Not for personal attacks (an insult word and a reply met in clean comments), nor with the catch-all.
    expect(
      judged(
        ["personal_attack", "personal_attack.reply-with-insult-word"],
        ["personal_attack", "personal_attack.untargeted-insult"],
      ),
    ).toBe("pending");
    expect(judged(coded("used-to-be"), ["identity_abuse", "suspicion.hostile-about-group"])).toBe("pending");
    // Two readings of the same words are one signal.
    overlap = true;
    expect(judged(coded("used-to-be"), coded("crusade"))).toBe("pending");
  });

  it("lets the catch-all's weakest cues count only when the model confirms them", () => {
    const judged = (threat?: number) =>
      merge({
        text: "Why does the Herald print his street? His kids live there too and they did nothing.",
        findings: [{ category: "threat", rule: "suspicion.personal-sphere", score: 0.55, start: 0, end: 10 }],
        ...(threat === undefined ? {} : { model: { version: "m", scores: { threat }, civilContext: false } }),
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    expect(judged(0.1)).toBe("approved");
    expect(judged(0.45)).toBe("rejected");
    // Rules only (no model to confirm or doubt): the catch-all still holds.
    expect(judged()).toBe("pending");
  });

  it("lets an insult word near a person or in a reply hold only with some support from the model", () => {
    const judged = (scores?: ModelInput["scores"], civilContext = false) =>
      merge({
        text: "Thank you for that article. I'm tired of the knee-jerk comments that always seem to follow, you fools.",
        findings: [
          {
            category: "personal_attack",
            rule: "personal_attack.reply-with-insult-word",
            score: 0.6,
            start: 0,
            end: 10,
          },
          {
            category: "personal_attack",
            rule: "suspicion.insult-near-person",
            score: 0.55,
            start: 0,
            end: 10,
          },
        ],
        ...(scores === undefined ? {} : { model: { version: "m", scores, civilContext } }),
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    // No abusive head at 0.2: the model decides alone, and approves.
    expect(judged({ personal_attack: 0.1, identity_abuse: 0.05, threat: 0.01 })).toBe("approved");
    // Some support holds, even from a head muted by war vocabulary, or from another abusive head.
    expect(judged({ personal_attack: 0.3, threat: 0.01 })).toBe("pending");
    expect(judged({ personal_attack: 0.99 }, true)).toBe("pending");
    expect(judged({ personal_attack: 0.05, threat: 0.9 }, true)).toBe("pending");
    // Rules only: the cues still hold.
    expect(judged()).toBe("pending");
  });

  /** The merge's decision on `text` for given findings, with the promotion head at `p`. */
  const promotionDecision = (text: string, p: number) => (findings: Finding[]) =>
    merge({
      text,
      findings,
      model: { version: "m", scores: { promotion: p }, civilContext: false },
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({}),
      engineVersion: "test",
    }).decision;

  it("does not let the promotion head hold a link to an allowed source it reads as an advert", () => {
    const source = {
      category: "promotion",
      rule: "promotion.link.allowed-source",
      score: 0,
      start: 4,
      end: 40,
    } as const;
    const judged = promotionDecision("See https://www.bbc.co.uk/news/world-123 for the full report.", 0.85);
    expect(judged([source])).toBe("approved");
    // Another link, or any other promotion evidence, and the head is heard again.
    expect(
      judged([source, { category: "promotion", rule: "promotion.link", score: 0.6, start: 50, end: 60 }]),
    ).toBe("rejected");
    expect(judged([])).toBe("rejected");
  });

  it("lets a site raise where a model head alone holds, never past where it rejects alone", () => {
    const judged = (
      scores: ModelInput["scores"],
      modelHoldAt: object,
      text = "Sit down, Stevie.",
      toxicity = 0,
    ) =>
      merge({
        text,
        findings: [],
        model: { version: "m", scores, toxicity, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({ modelHoldAt }),
        engineVersion: "test",
      }).decision;
    expect(judged({ personal_attack: 0.6 }, {})).toBe("pending");
    expect(judged({ personal_attack: 0.6 }, { personal_attack: 0.7 })).toBe("approved");
    expect(judged({ personal_attack: 0.6 }, { personal_attack: 0.4 })).toBe("pending");
    // Lowered: the head holds from the site's level.
    expect(judged({ identity_abuse: 0.2 }, {})).toBe("approved");
    expect(judged({ identity_abuse: 0.2 }, { identity_abuse: 0.15 })).toBe("pending");
    // And says why: the model's reading is evidence from the site's level.
    expect(
      merge({
        text: "Sit down, Stevie.",
        findings: [],
        model: { version: "m", scores: { identity_abuse: 0.2 }, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({ modelHoldAt: { identity_abuse: 0.15 } }),
        engineVersion: "test",
      }).evidence,
    ).toContainEqual(expect.objectContaining({ category: "identity_abuse", rule: "model.m", score: 0.2 }));
    // What the head rejects alone it still rejects, and in a long comment still holds.
    expect(judged({ personal_attack: 0.96 }, { personal_attack: 0.99 })).toBe("rejected");
    const long = `${"The minister said the budget would balance by the spring and nobody believed her. ".repeat(4)}`;
    expect(judged({ personal_attack: 0.96 }, { personal_attack: 0.99 }, long)).toBe("pending");
    // The general head: held from 0.85 unless the site says otherwise.
    expect(judged({ personal_attack: 0.1 }, {}, "Sit down, Stevie.", 0.9)).toBe("pending");
    expect(judged({ personal_attack: 0.1 }, { toxicity: 0.95 }, "Sit down, Stevie.", 0.9)).toBe("approved");
  });

  it("leaves what rules hold alone whatever the model's levels", () => {
    const j = merge({
      text: "Get a grip, Art.",
      findings: [
        { category: "personal_attack", rule: "personal_attack.dismissal", score: 0.6, start: 0, end: 10 },
      ],
      model: { version: "m", scores: { personal_attack: 0.1 }, civilContext: false },
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({ modelHoldAt: { personal_attack: 0.9 } }),
      engineVersion: "test",
    });
    expect(j.decision).toBe("pending");
  });

  it("lets the promotion head hold, never reject, a link to a story on a site the policy does not list", () => {
    const story = {
      category: "promotion",
      rule: "promotion.link.article",
      score: 0.6,
      start: 4,
      end: 40,
    } as const;
    const judged = promotionDecision(
      "See http://globalnews.ca/news/2951875/class-action-lawsuit-launched for the rest.",
      0.97,
    );
    expect(judged([story])).toBe("pending");
    // An advert's cue beside it, and the head confirms again.
    expect(
      judged([
        story,
        { category: "promotion", rule: "promotion.check-out-mine", score: 0.6, start: 0, end: 3 },
      ]),
    ).toBe("rejected");
  });

  it("lets the model alone hold, not reject, a long comment; a rule's finding there still lets it confirm", () => {
    const long =
      "There's certainly plenty of evidence that regular taxis are grimy, smelly affairs, and that the drivers " +
      "are overworked and underpaid by the companies that own the plates. Just walk out of your office or hotel " +
      "and hail one to find out. Uber changes that, for better or worse, and the city should admit it.";
    const judged = (text: string, findings: Finding[], toxicity = 0.5) =>
      merge({
        text,
        findings,
        model: { version: "m", scores: { threat: 0.96 }, toxicity, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    expect(judged(long, [])).toBe("pending");
    // Nor do the two model heads agreeing reject it alone.
    expect(judged(long, [], 0.99)).toBe("pending");
    expect(judged("Just walk out of your office and find out.", [])).toBe("rejected");
    expect(
      judged(long, [{ category: "threat", rule: "threat.menace", score: 0.6, start: 120, end: 160 }]),
    ).toBe("rejected");
  });

  it("lets the identity head alone hold, not reject, a comment whose verdict rests on a group's name", () => {
    let asked = 0;
    const judge = (
      text: string,
      namesOut: number | undefined,
      options: { findings?: Finding[]; toxicity?: number; scores?: Partial<Record<Category, number>> } = {},
    ) =>
      merge({
        text,
        findings: options.findings ?? [],
        model: {
          version: "m",
          scores: options.scores ?? { identity_abuse: 0.89 },
          toxicity: options.toxicity ?? 0.5,
          civilContext: false,
          withoutGroupNames: () => {
            asked++;
            return namesOut;
          },
        },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    const plain = "Muslims pray five times a day.";
    expect(judge(plain, 0.27).decision).toBe("pending");
    // What is said of the group still carries the head without the names ("... cockroaches the lot").
    expect(judge(plain, 0.6).decision).toBe("rejected");
    // No group named: the head decides as before.
    expect(judge(plain, undefined).decision).toBe("rejected");

    // The general head hears the name too: it confirms the next guideline, and an insult there names the group's abuse.
    const sure = { scores: { identity_abuse: 0.68, personal_attack: 0.63 }, toxicity: 0.98 };
    const pathetic = judge("Immigrants like you are just pathetic.", 0.1, sure);
    expect(pathetic.categories[0]).toBe("identity_abuse");
    expect(pathetic.decision).toBe("rejected");
    const swearing = judge("Our doctor is an immigrant from Nigeria, bloody hell.", 0.3, {
      scores: { identity_abuse: 0.7, profanity: 0.5 },
      toxicity: 0.99,
      findings: [{ category: "profanity", rule: "profanity.lexicon.exact", score: 0.6, start: 41, end: 47 }],
    });
    expect(swearing.categories[0]).not.toBe("identity_abuse");

    // Rejected anyway as an insult, the comment still names the group's abuse; swearing or a link does not.
    const insult: Finding = {
      category: "personal_attack",
      rule: "personal_attack.you-insult",
      score: 0.9,
      start: 0,
      end: 7,
    };
    const link: Finding = { category: "promotion", rule: "promotion.link", score: 0.9, start: 31, end: 50 };
    const namesOut = 0.27;
    expect(judge(plain, namesOut, { findings: [insult] }).categories).toContain("identity_abuse");
    expect(judge(plain, namesOut, { findings: [link] }).categories).toEqual(["promotion", "identity_abuse"]);
    expect(judge(plain, namesOut, { findings: [link] }).scores.identity_abuse).toBe(0.6);

    // A rule's finding decides with the model, names or not; the second reading is not even asked for.
    asked = 0;
    const ruled = judge(plain, namesOut, {
      findings: [
        { category: "identity_abuse", rule: "identity_abuse.degrading", score: 0.6, start: 0, end: 7 },
      ],
    });
    expect(ruled.decision).toBe("rejected");
    expect(asked).toBe(0);
  });

  it("lets the model hold, not reject, a threat every finding of which is cited (quoted to report it)", () => {
    const judged = (rule: string) =>
      merge({
        text: 'He wrote "burn the mosque with them all inside". Read that again.',
        findings: [{ category: "threat", rule, score: 0.5, start: 10, end: 46 }],
        model: { version: "m", scores: { threat: 0.95, identity_abuse: 0.6 }, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    expect(judged("threat.and-everyone-in-it.cited")).toBe("pending");
    expect(judged("threat.and-everyone-in-it")).toBe("rejected");
  });

  it("lets the model only hold swearing it reads in one or two words with no swearword found", () => {
    const judged = (
      text: string,
      findings: Finding[],
      scores: Partial<Record<Finding["category"], number>>,
    ) =>
      merge({
        text,
        findings,
        model: { version: "m", scores, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    // "hell" in "hello": the junk rule's off_topic names the rejection, not the model's profanity.
    const hello = judged(
      "hello",
      [{ category: "off_topic", rule: "off_topic.junk.greeting", score: 0.6, start: 0, end: 5 }],
      { profanity: 0.87, off_topic: 0.99 },
    );
    expect(hello.decision).toBe("rejected");
    expect(hello.categories[0]).toBe("off_topic");
    const mild = [
      { category: "profanity" as const, rule: "profanity.lexicon.exact", score: 0.2, start: 0, end: 6 },
    ];
    expect(judged("Bloody marvellous", mild, { profanity: 0.9 }).decision).toBe("pending");
    // Three words or more, the model's level stands.
    expect(judged("Bloody marvellous news", mild, { profanity: 0.9 }).decision).toBe("rejected");
  });

  it("hears a head below its hold level where its guideline's letters occur only in words known to be innocent", () => {
    const judged = (innocentlyWritten: Category[], findings: Finding[] = []) =>
      merge({
        text: "Shiite pilgrims walked to Karbala.",
        findings,
        innocentlyWritten: new Set(innocentlyWritten),
        model: { version: "m", scores: { profanity: 0.95, vulgarity: 0.4 }, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    expect(judged(["profanity", "vulgarity"])).toBe("approved");
    expect(judged([])).toBe("rejected");
    // Only while no rule found that guideline: then the model is heard as usual.
    const swearword: Finding = {
      category: "profanity",
      rule: "profanity.lexicon.exact",
      score: 0.5,
      start: 0,
      end: 6,
    };
    expect(judged(["profanity", "vulgarity"], [swearword])).toBe("rejected");
  });

  it("names profanity beside another guideline's rejection only where a rule found a swearword", () => {
    const judged = (findings: Finding[]) =>
      merge({
        text: "You are a spineless little weasel and everyone here knows it.",
        findings: [
          { category: "personal_attack", rule: "personal_attack.you-insult", score: 0.9, start: 0, end: 30 },
          ...findings,
        ],
        // The profanity head at hold level on an insult with no swearword in it.
        model: { version: "m", scores: { profanity: 0.5, personal_attack: 0.9 }, civilContext: false },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    const insult = judged([]);
    expect(insult.decision).toBe("rejected");
    expect(insult.categories).toEqual(["personal_attack"]);
    // Its score and the model's evidence still show what the head read.
    expect(insult.scores.profanity).toBe(0.6);
    const swearing = judged([
      { category: "profanity", rule: "profanity.lexicon.exact", score: 0.5, start: 20, end: 26 },
    ]);
    expect(swearing.categories).toEqual(["personal_attack", "profanity"]);
  });

  it("does not let the model confirm a public-figure insult (personal_attack 0.6), but does a coded put-down", () => {
    expect(combine("personal_attack", 0.6, 0.8, false)).toBeLessThan(0.8);
    expect(combine("personal_attack", 0.6, 0.8, false, false, true)).toBeGreaterThanOrEqual(0.8);
    expect(combine("personal_attack", 0.6, 0.7, false, false, true)).toBeLessThan(0.8);
  });

  it("caps the model in civil (war-reporting) context", () => {
    expect(combine("threat", 0.55, 0.95, true)).toBeLessThan(0.8);
  });

  it("keeps criticism of ideas from being held on the model's word alone", () => {
    expect(combine("personal_attack", 0, 0.6, false, true)).toBeLessThan(0.5);
    expect(combine("personal_attack", 0, 0.6, false, false)).toBeGreaterThanOrEqual(0.5);
  });

  it("lets the model reject alone only where it was measured sharp, and only when very confident", () => {
    expect(combine("identity_abuse", 0, 0.85, false)).toBeGreaterThanOrEqual(0.8);
    expect(combine("identity_abuse", 0, 0.75, false)).toBeLessThan(0.8);
    expect(combine("vulgarity", 0, 0.8, false)).toBeGreaterThanOrEqual(0.8);
    expect(combine("vulgarity", 0, 0.7, false)).toBeLessThan(0.8);
    expect(combine("personal_attack", 0, 0.9, false)).toBeLessThan(0.8);
    expect(combine("threat", 0, 0.65, false)).toBeLessThan(0.8);
    expect(combine("personal_attack", 0, 0.97, false, true)).toBeLessThan(0.5);
  });

  it("holds on the model alone at each head's measured level (threat's head runs lower)", () => {
    expect(combine("threat", 0, 0.32, false)).toBeGreaterThanOrEqual(0.5);
    expect(combine("profanity", 0, 0.32, false)).toBeLessThan(0.5);
  });

  it("exempts a very confident identity-abuse score from the war-reporting cap", () => {
    expect(combine("identity_abuse", 0, 0.55, true)).toBeLessThan(0.5);
    // From 0.6 it holds (HOLD_DESPITE_WAR_AT), from 0.8 the cap is gone.
    expect(combine("identity_abuse", 0, 0.7, true)).toBe(0.6);
    expect(combine("identity_abuse", 0, 0.85, true)).toBeGreaterThanOrEqual(0.8);
  });

  it("combines relevance with the model's chatter head: either alone only holds", () => {
    expect(relevanceWithChatter(0.85, 0.05)).toBeLessThan(0.8);
    expect(relevanceWithChatter(0.85, 0.5)).toBe(0.85);
    expect(relevanceWithChatter(0.5, 0.9)).toBeGreaterThanOrEqual(0.8);
    expect(relevanceWithChatter(0.85, undefined)).toBe(0.85);
    // Merely uncertain relevance (0.5, 0.6) that reads as news talk, not chatter, is not held.
    expect(relevanceWithChatter(0.5, 0.1)).toBeLessThan(0.5);
    expect(relevanceWithChatter(0.6, 0.1)).toBeLessThan(0.5);
    expect(relevanceWithChatter(0.6, 0.4)).toBe(0.6);
  });

  it("lets a near-certain chatter head reject alone only under a news article the comment shares (almost) nothing with", () => {
    const judgeWith = (
      chatter: number,
      article?: { related: number; stems: number; everydayArticle: boolean },
    ) =>
      merge({
        text: "Anyone watching the match tonight? Big game.",
        findings: [],
        model: { version: "m", scores: { off_topic: chatter }, civilContext: false },
        ...(article
          ? {
              article: {
                offDomain: 1,
                reply: false,
                pointsAtStory: false,
                relatedNames: 0,
                thinArticle: false,
                ...article,
              },
            }
          : {}),
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    const unrelated = { related: 0, stems: 4, everydayArticle: false };
    const rejected = judgeWith(0.95, unrelated);
    expect(rejected.decision).toBe("rejected");
    expect(rejected.categories).toEqual(["off_topic"]);
    expect(rejected.evidence).toContainEqual(
      expect.objectContaining({ rule: "off_topic.chatter-unrelated-to-article", score: 0.95 }),
    );
    expect(judgeWith(0.85, unrelated).decision).toBe("pending");
    expect(judgeWith(0.95).decision).toBe("pending");
    expect(judgeWith(0.95, { ...unrelated, related: 2 }).decision).toBe("pending");
    expect(judgeWith(0.95, { ...unrelated, stems: 2 }).decision).toBe("pending");
    expect(judgeWith(0.95, { ...unrelated, everydayArticle: true }).decision).toBe("pending");
  });

  it("only holds a comment that points back at the story, however sure the chatter head is", () => {
    const judgeWith = (chatter: number, pointsAtStory: boolean) =>
      merge({
        text: "Whoever did this should be ashamed. They go out in the dark for anyone.",
        findings: pointsAtStory
          ? [
              {
                category: "off_topic",
                rule: "off_topic.unrelated-words-pointing-at-story",
                score: 0.5,
                start: 0,
                end: 71,
              },
            ]
          : [],
        model: { version: "m", scores: { off_topic: chatter }, civilContext: false },
        article: {
          related: 0,
          relatedNames: 0,
          offDomain: 1,
          stems: 8,
          everydayArticle: false,
          thinArticle: false,
          reply: false,
          pointsAtStory,
        },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    expect(judgeWith(0.99, false).decision).toBe("rejected");
    expect(judgeWith(0.99, true).decision).toBe("pending");
    expect(judgeWith(0.1, true).decision).toBe("approved");
  });

  const relatedness = (offDomain: number, everydayArticle = false, thinArticle = false) => ({
    related: 0,
    relatedNames: 0,
    offDomain,
    stems: 5,
    everydayArticle,
    thinArticle,
    reply: false,
    pointsAtStory: false,
  });
  const judgeUnder = (everydayArticle: boolean, thinArticle = false) =>
    merge({
      text: "Been a season ticket holder for 31 years.",
      findings: [
        { category: "off_topic", rule: "off_topic.unrelated-to-article", score: 0.85, start: 0, end: 41 },
      ],
      model: { version: "m", scores: { off_topic: 0.8 }, civilContext: false },
      article: relatedness(2, everydayArticle, thinArticle),
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({}),
      engineVersion: "test",
    });

  it("under an article about an everyday topic, relevance and chatter together only hold", () => {
    expect(judgeUnder(false).decision).toBe("rejected");
    expect(judgeUnder(true).decision).toBe("pending");
  });

  it("under a headline alone, sharing no word with it only holds, however much it reads as chatter", () => {
    const underHeadline = judgeUnder(false, true);
    expect(underHeadline.decision).toBe("pending");
    expect(underHeadline.categories).toEqual(["off_topic"]);
    // Junk is junk under any article.
    const junk = merge({
      text: "LOL...!",
      findings: [{ category: "off_topic", rule: "off_topic.junk.filler", score: 0.9, start: 0, end: 7 }],
      article: { ...relatedness(0), thinArticle: true },
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({}),
      engineVersion: "test",
    });
    expect(junk.decision).toBe("rejected");
  });

  it("shows the model's score as evidence whenever the model alone holds (threat from its hold level 0.3)", () => {
    const j = merge({
      text: "They will get what is coming to them.",
      findings: [],
      model: { version: "m", scores: { threat: 0.35 }, civilContext: false },
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({}),
      engineVersion: "test",
    });
    expect(j.decision).toBe("pending");
    expect(j.categories).toEqual(["threat"]);
    expect(j.evidence).toEqual([
      expect.objectContaining({ category: "threat", rule: "model.m", score: 0.35 }),
    ]);
  });

  it("holds a comment the general toxicity head is sure of when no category head is, under the top abusive head", () => {
    const judgeWith = (model: ModelInput) =>
      merge({
        text: "x",
        findings: [],
        model,
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      });
    const scores = { threat: 0.2, personal_attack: 0.1 };
    const held = judgeWith({ version: "m", scores, toxicity: 0.9, civilContext: false });
    expect(held.decision).toBe("pending");
    expect(held.categories).toEqual(["threat"]);
    expect(held.evidence.some((e) => e.rule === "model.m.toxicity")).toBe(true);
    expect(judgeWith({ version: "m", scores, toxicity: 0.8, civilContext: false }).decision).toBe("approved");
    expect(judgeWith({ version: "m", scores, toxicity: 0.9, civilContext: true }).decision).toBe("approved");
  });

  it("lets a confident threat head hold, never reject, a comment worded with war vocabulary", () => {
    const judged = (threat: number, civilContext: boolean) =>
      merge({
        text: "Strip them of citizenship, then drop them back over Raqqa from 10,000 feet. No parachute.",
        findings: [],
        model: { version: "m", scores: { threat }, civilContext },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    // War reporting rarely scores this high: held for a human, not rejected by the model alone.
    expect(judged(0.99, true)).toBe("pending");
    expect(judged(0.7, true)).toBe("pending");
    // Below that level the war-reporting cap still mutes the head ("ISIS killed thousands").
    expect(judged(0.65, true)).toBe("approved");
    // Without war vocabulary the head decides as usual.
    expect(judged(0.99, false)).toBe("rejected");
  });

  it("lets the identity-abuse head hold a comment worded with war vocabulary from 0.6", () => {
    const judged = (identity_abuse: number) =>
      merge({
        text: "Every one of them in that camp is a jihadi in waiting, the whole tribe breeds terrorists.",
        findings: [],
        model: { version: "m", scores: { identity_abuse }, civilContext: true },
        language: { english: true, language: "en" },
        policy: parseEnginePolicy({}),
        engineVersion: "test",
      }).decision;
    expect(judged(0.55)).toBe("approved");
    expect(judged(0.6)).toBe("pending");
    expect(judged(0.79)).toBe("pending");
  });

  it("rejects when a held category's own head and an all-but-certain toxicity head agree, naming that category", () => {
    const j = merge({
      text: "x",
      findings: [],
      model: {
        version: "m",
        scores: { identity_abuse: 0.45, threat: 0.35 },
        toxicity: 0.97,
        civilContext: false,
      },
      language: { english: true, language: "en" },
      policy: parseEnginePolicy({}),
      engineVersion: "test",
    });
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
  });
});

describe("merge: skipping the criticism-of-ideas tests", () => {
  it("skips them only when no category's combined score could change with them", () => {
    const score = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), score, score, fc.boolean(), (category, r, m, civil) => {
        const model: ModelInput = { version: "t", scores: { [category]: m }, civilContext: civil };
        if (!ideasCanMatter(model))
          expect(combine(category, r, m, civil, true)).toBe(combine(category, r, m, civil, false));
      }),
      { numRuns: 5000 },
    );
  });
});
