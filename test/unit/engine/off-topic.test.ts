import { describe, expect, it } from "vitest";
import { relatedness } from "../../../functions/engine/detectors/relevance.js";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { judge, MOSUL } from "./helpers.js";

describe("off_topic: junk and relevance", () => {
  it.each([
    "first",
    "First!!!",
    "lol",
    "asdfghjkl",
    "😂😂😂😂",
    "!!!!!!!",
    "zzzzzzzzzz",
    "hahahahaha",
    "2nd",
    "ha ha ha",
    "ha ha ha ha ha ha ha ha ha ha ha ha",
    "ahahahaha",
  ])("rejects the junk %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
  });

  // Under an article the chatter rule rejects these too; without one only the junk detector can.
  it.each([
    "qqqqqq wwww test 12",
    "lkjlkj asdf lolol",
    "testing testing does this work",
    "first comment woo",
    "get this comment to 500 likes!!",
    "haha lol xD lmao",
    "sdkfj dlkfj",
    "a;sldkfj a;sldkfj",
    "first again lads",
    "Wordle 1,204 3/6 🟩🟩⬜🟩🟩",
    "Great post. I have bookmarked your site. Kind regards.",
    "REPENT AND BE SAVED, THE DAY IS COMING",
  ])("rejects the junk %j with no article to compare it with", (text) => {
    const j = judge(text, null);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
  });

  it.each([
    "jdjdjdkkk sorry phone in pocket",
    "sorry cat walked on the keyboard",
    "oops wrong thread sorry",
    "brb getting a brew",
  ])("rejects the accidental %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.evidence.map((e) => e.rule)).toContain("off_topic.junk.accidental");
  });

  it.each(["Well said.", "Agreed.", "Thank you for publishing their stories.", "Could not agree more."])(
    "approves the short reply %j",
    (text) => {
      expect(judge(text).decision).toBe("approved");
    },
  );

  it.each(["heyyy everyone x", "so boring", "lol what", "hello is anybody out there"])(
    "holds the empty greeting or remark %j",
    (text) => {
      const j = judge(text, MOSUL);
      expect(j.decision).toBe("pending");
      expect(j.evidence.map((e) => e.rule)).toContain("off_topic.junk.greeting");
    },
  );

  it("holds a spam bot's praise", () => {
    const j = judge("Great article. Thanks for sharing this useful information, very helpful for me!", MOSUL);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.map((e) => e.rule)).toContain("off_topic.junk.bot-praise");
  });

  it.each([
    "Test results for the Mosul water supply are due on Friday.",
    "Hello from Erbil, my cousins are safe.",
  ])("does not take %j for junk", (text) => {
    expect(judge(text, MOSUL).evidence.filter((e) => e.rule.startsWith("off_topic.junk"))).toEqual([]);
  });

  it("rejects clearly unrelated text when the article is known", () => {
    const j = judge("Does anyone have a good recipe for banana bread? Mine always comes out dry.");
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
  });

  it("under a headline sent without a body, holds what shares no word with it, and still rejects junk", () => {
    const headline = { title: "Yes to Uber. No to taxi cartels" };
    const cabbie = judge(
      "Does anyone expect to see the same cabbie day after day? They get into a Camry one day, a Crown Vic another.",
      headline,
    );
    expect(cabbie.decision).toBe("pending");
    expect(cabbie.categories).toEqual(["off_topic"]);
    expect(
      judge("Does anyone have a good recipe for banana bread? Mine always comes out dry.", headline).decision,
    ).toBe("pending");
    expect(judge("!!!!!!!!!!!!!!", headline).decision).toBe("rejected");
  });

  it("never rejects a comment that says it answers the story, or asks readers to confirm something", () => {
    const restaurant = {
      id: "r",
      title: "Syrian family's restaurant wins regional food award",
      tags: ["food", "business"],
      body: "The family fled Aleppo in 2015 and opened on Bridge Row two years later.",
    };
    expect(
      judge("Booked for Saturday after reading this. Any recommendations?", restaurant).decision,
    ).not.toBe("rejected");
    expect(
      judge("Fine by me as long as blue badge holders stay exempt. Can anyone confirm that?").decision,
    ).not.toBe("rejected");
    // A first-time commenter's greeting that praises the piece is about the piece; the greeting alone is not.
    expect(judge("First time commenting, long time reader. Great piece.").decision).not.toBe("rejected");
    expect(judge("First time commenting, long time reader.").decision).toBe("rejected");
  });

  it("reads the weather as on topic under a drought story, and off topic under a war story", () => {
    const drought = {
      id: "d",
      title: "Dukan reservoir at lowest level in 40 years as water rationing begins",
    };
    expect(judge("pray for rain 🤲", drought).decision).toBe("approved");
    expect(judge("pray for rain 🤲").decision).not.toBe("approved");
  });

  it("only holds everyday talk under an article about an everyday topic (a football match), where it may be on topic", () => {
    const match = {
      id: "fc",
      title: "Wyvern Bay FC clinch promotion with last-minute winner",
      tags: ["sport", "football"],
      body: "Striker Kwame Asante scored the winner in the 94th minute as the club won the league.",
    };
    expect(relatedness("Been a season ticket holder for 31 years.", match).everydayArticle).toBe(true);
    expect(relatedness("Been a season ticket holder for 31 years.", MOSUL).everydayArticle).toBe(false);
    expect(
      judge("Been a season ticket holder for 31 years and never seen a goal like it.", match).decision,
    ).toBe("pending");
  });

  it.each([
    "Does anyone know what time Aldi opens on Sunday?",
    "Anyone selling a second hand pram?",
    "Who else is watching the snooker tonight?",
    "hello from Australia!! greetings to all",
    "Lost: tabby cat, answers to Biscuit. Any info please",
    "yo whoever nicked my bike from outside Greggs give it back",
    "Can someone help me with my chemistry homework",
    "Lads are we still on for darts Friday",
    "Any ideas for indoor stuff to do this weekend?",
    "whats the weather like tomorrow? going fishing",
    "Is the car park still closed?",
    "Can we chat about the seagulls instead",
    "Where's the piece about the potholes by Tesco??",
    "my bins havent been collected in a fortnight",
    "Is the Polish deli on Tanner Street open on Sundays?",
    "what time's kick off saturday?",
    "Hello is this where you can ask about parking permits?",
    "Where am I meant to buy light bulbs now they shut the Wilko",
    "Harbury Rovers 3 Kenton 1, get in lads",
  ])("rejects the noticeboard request %j, sharing nothing with the story", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
    expect(j.evidence.map((e) => e.rule)).toContain("off_topic.unrelated-request");
  });

  it.each([
    "Does anyone know when the Mosul water plant will be finished?",
    "Anyone know how many families have actually moved back?",
    "Who else remembers the city before the war?",
    "Can anyone explain why the government keeps cutting reconstruction aid?",
  ])("approves the reader's question %j about the story", (text) => {
    const j = judge(text);
    expect(j.evidence.map((e) => e.rule)).not.toContain("off_topic.unrelated-request");
    expect(j.decision).not.toBe("rejected");
  });

  it("does not reject a reader's question about 'they' or 'it', which may be the story's subject", () => {
    const shop = {
      id: "s",
      title: "Nepali family open outdoor shop on the high street",
      tags: ["business"],
      body: "The Gurungs have opened a climbing and walking shop opposite the church.",
    };
    const engine = createGuidelineEngine();
    const asked = engine.judge(
      { text: "Does anyone know if they stock Paramo? Need new waterproofs." },
      shop,
    );
    // Only relevance's weakest rule, weighed against the model's chatter head (here: not chatter, so approved).
    expect(asked.decision).not.toBe("rejected");
    expect(asked.evidence.map((e) => e.rule)).toEqual(["off_topic.unrelated-words-pointing-at-story"]);
    const unrelated = engine.judge({ text: "Anyone know a good dentist? Mine has retired." }, shop);
    expect(unrelated.decision).toBe("rejected");
  });

  const oakmoorCuts = {
    id: "ta",
    title: "Oakmoor schools to lose 40 teaching assistants",
    tags: ["education"],
    body: "Oakmoor County Council says the cuts will save £1.2m a year.",
  };

  it("rejects a noticeboard request that shares only a place's name with the story", () => {
    const text = "Anyone know a good dentist in Oakmoor? Mine has retired.";
    // The chatter head must not doubt it: with the model it rejects, on rules alone it only holds.
    const j = createGuidelineEngine().judge({ text }, oakmoorCuts);
    expect(j.decision).toBe("rejected");
    expect(j.evidence.map((e) => e.rule)).toContain("off_topic.unrelated-request-naming-place");
    expect(judge(text, oakmoorCuts).decision).toBe("pending");
    expect(
      judge("Does anyone know how many teaching assistants Oakmoor will lose?", oakmoorCuts).decision,
    ).not.toBe("rejected");
  });

  it("finds noticeboard chatter in the community-request vocabulary", () => {
    const rules = (text: string) => judge(text, oakmoorCuts).evidence.map((e) => e.rule);
    for (const text of [
      "Is there a decent barber in Oakmoor? Need a trim before Friday.",
      "Who won the meat raffle at the Legion on Saturday?",
      "hope everyone's having a good week x",
    ])
      expect(rules(text).some((r) => r.startsWith("off_topic.unrelated-request"))).toBe(true);
  });

  it("counts a figure from the story as sharing the story, a whole figure only", () => {
    const related = (text: string) => relatedness(text.toLowerCase(), oakmoorCuts, text).related;
    expect(related("has anyone worked out what £1.2m comes to per pupil?")).toBe(1);
    expect(related("has anyone worked out what 1.25 comes to per pupil?")).toBe(0);
    expect(related("has anyone worked out what that comes to per pupil?")).toBe(0);
  });

  it("rejects a noticeboard request under an everyday article only when the chatter head is sure", () => {
    const match = {
      id: "fc",
      title: "Wyvern Bay FC clinch promotion with last-minute winner",
      tags: ["sport", "football"],
      body: "Striker Kwame Asante scored the winner in the 94th minute as the club won the league.",
    };
    const text = "Does anyone know what time Aldi opens on Sunday?";
    expect(relatedness(text.toLowerCase(), match).everydayArticle).toBe(true);
    expect(createGuidelineEngine().judge({ text }, match).decision).toBe("rejected");
    // No chatter head (rules only), or one that is not sure: a question about the day out may be on topic there.
    expect(judge(text, match).decision).toBe("pending");
    const dayOut = "Who's going to the open-top bus parade on Sunday? Need a lift";
    expect(createGuidelineEngine().judge({ text: dayOut }, match).decision).toBe("pending");
  });

  it("only holds a comment that points back at the story without naming it", () => {
    const collapse = {
      id: "cliff",
      title: "Coast road closed indefinitely after cliff collapse",
      tags: ["roads"],
      body: "A section of the B1242 fell into the sea early on Monday.",
    };
    const j = judge(
      "Took the dog along there on Saturday morning. Scary to think it went 36 hours later.",
      collapse,
    );
    expect(j.decision).toBe("pending");
    expect(judge("Took the dog to the vet on Saturday morning, he's fine now.", collapse).decision).toBe(
      "rejected",
    );
  });

  it("only holds a reply to another reader that shares nothing with the article: it answers the thread", () => {
    const text = "gutted for you, will make a point of walking down for bread this week";
    expect(judge(text).decision).toBe("rejected");
    const reply = judge(`@Debbie_Bakes ${text}`);
    expect(reply.decision).toBe("pending");
    expect(reply.evidence.map((e) => e.rule)).toContain("off_topic.relevance-of-reply-uncertain");
  });

  it("never rejects on relevance, chatter included, where the site turned relevance off", () => {
    const text = "Anyone know a good recipe for banana bread? Mine always comes out dry.";
    const withModel = createGuidelineEngine();
    const judged = withModel.judge({ text }, MOSUL);
    expect(judged.evidence.map((e) => e.rule)).toContain("off_topic.chatter-unrelated-to-article");
    const off = createGuidelineEngine({ judgeRelevance: false }).judge({ text }, MOSUL);
    expect(off.decision).not.toBe("rejected");
    expect(off.evidence.map((e) => e.rule)).not.toContain("off_topic.chatter-unrelated-to-article");
  });

  it("does not judge relevance without an article", () => {
    expect(judge("Does anyone have a good recipe for banana bread?", null).decision).toBe("approved");
  });

  it("keeps holding uncertain relevance of a text with few English words, which the chatter head cannot read", () => {
    const rule = (text: string) => judge(text).evidence.map((e) => e.rule);
    expect(rule("Ereb hemû wek hev in, hemû xayin û dijminên me ne, xwîna wan qirêj e.")).toContain(
      "off_topic.relevance-uncertain-language",
    );
    expect(
      rule(
        "Interesting how the whole discussion somehow ignores the broader picture, which seems rather telling",
      ),
    ).toContain("off_topic.relevance-uncertain");
  });

  it("never rejects on uncertain relevance alone", () => {
    const j = judge(
      "Interesting how the whole discussion somehow ignores the broader picture, which seems rather telling overall honestly",
    );
    expect(j.decision).not.toBe("rejected");
  });

  it("holds a comment of condolence emoji only, rejects other emoji-only junk", () => {
    expect(judge("🕯️🕯️🕯️").decision).toBe("pending");
    expect(judge("😂😂😂").decision).toBe("rejected");
  });
});
