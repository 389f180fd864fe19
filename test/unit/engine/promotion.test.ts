import { describe, expect, it } from "vitest";
import { createGuidelineEngine } from "../../../functions/engine/index.js";
import { judge } from "./helpers.js";

describe("promotion", () => {
  it.each([
    "Check out my channel for the real truth about Syria, link in bio!",
    "Vote for me in the local elections, Ahmed Karim, list 204.",
    "I earn $300 a day working from home. Visit www.quickcash-jobs.net to find out how.",
    "Need help with your asylum case? WhatsApp me on +44 7700 900123.",
    "Cheap armoured vehicles for sale, email sales@armourdeals.biz",
    "Best VPN deals at securevpn dot com, use code NEWS50 for 50% discount",
    "DM me on instagram @truthseeker_99 for the uncensored videos",
    "h t t p s : / / bit . ly / 3xYzAb  click for free crypto signals",
    "Contact me at john.smith(at)gmail(dot)com for inside information",
    "w w w . votekarim2025 . com",
    "Nice post. I have a website for kids, please check w i n d k i d s . c o . u k thank you",
    "Flood barriers that actually work: floodsafe [dot] co [dot] uk",
    "Selling a double buggy, hardly used, £60 ono, collection from Harbour Row",
    "Vote for my daughter Sana in the youth parliament!! #VoteSana",
    "My brother is selling his old bike if anyone wants it, hardly used",
    "My new book on the caliphate is out now on Amazon.",
    "Visit my shop at www.bargains.biz",
  ])("rejects %j as promotion", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("promotion");
  });

  it.each([
    "In my book, that's treason.",
    "The Kurdish commanders I interviewed for my book said the same thing.",
    "My business was ruined by the lockdown.",
    "My company employs three Iraqi refugees.",
  ])("approves %j: a writer's own book or business mentioned with nothing offered", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it.each(["My company can help with asylum appeals, reasonable rates.", "Please support my shop."])(
    "holds %j: a business of the writer's offered to readers",
    (text) => {
      const j = judge(text);
      expect(j.decision).toBe("pending");
      expect(j.categories).toContain("promotion");
    },
  );

  it("reads a hotel put up for sale, or money from the Home Office, as news, not an offer", () => {
    for (const text of [
      "The owners are making a fortune from Home Office contracts, that's where the anger should go.",
      "The council should have bought the hotel when it was up for sale.",
      "The survivors said the women were photographed and advertised for sale in the group's chats.",
      "How did he buy the chemicals online with no checks at all?",
      "If you book online on the fayre website before July it's £4.",
      "Trustees must get the best price, so they probably had no choice.",
      "Footfall is falling because people shop online, not because parking went from £2.50 to £2.80.",
    ])
      expect(judge(text).categories).not.toContain("promotion");
  });

  it("reads a casino, a cut in pay and a reader's own earlier post as news and talk, not adverts", () => {
    for (const text of [
      "The new casino on the waterfront will bring crime, not jobs.",
      "The 40% off my cheques plus all the other taxes we pay isn't enough?",
      "The fighting wiped 20% off the value of homes in Mosul.",
      "Please read my post - it was about the camps, not the courts.",
    ])
      expect(judge(text).categories).not.toContain("promotion");
    for (const text of [
      "Best online casino in the UK, 100 free spins for new players!",
      "Honest and respected casino reviews: http://www.gamblingonline.net",
      "20% off all stock this weekend only, Harbour Street",
    ]) {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("promotion");
    }
  });

  it("holds, not rejects, a candidate's slogan quoted to mock it", () => {
    expect(judge("What a great campaign promise. 'Elect me and I promise I won't do my job'.").decision).toBe(
      "pending",
    );
    expect(judge("Elect me on 7 May and I will fix the potholes!").decision).toBe("rejected");
  });

  it("reads working from home as a commute, not an offer, unless money comes with it", () => {
    expect(judge("The bridge is shut for a year, so I'll work from home more, nobody wins.").decision).toBe(
      "approved",
    );
    expect(judge("Earn money working from home, message me for details").categories).toContain("promotion");
  });

  it("allows a link to a reputable source in an on-topic comment", () => {
    expect(judge("The BBC has more: https://www.bbc.co.uk/news/world-middle-east-12345").decision).toBe(
      "approved",
    );
    // Courts, the UN's human-rights office and treaty organisations (the "int" domain) are sources too.
    for (const text of [
      "The full judgment on the Mosul case is on www.judiciary.uk",
      "The UN report on the camps: https://www.ohchr.org/en/documents/reports",
      "The Strasbourg ruling on the families from Mosul: https://hudoc.echr.coe.int/eng",
    ])
      expect(judge(text).decision).toBe("approved");
  });

  it("holds a bare link to an unknown site for a human", () => {
    expect(judge("More photos of the old city here: https://example-photos.net/mosul").decision).toBe(
      "pending",
    );
  });

  it("reads a Dutch or Belgian address written with a spaced dot", () => {
    const j = judge("Our swim school has places for kids aged 4-12. zwemschool-dolfijn . nl");
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.map((e) => e.rule)).toContain("promotion.link.obfuscated");
  });

  it("does not read the dot com era as an address", () => {
    const j = judge("Mosul's economy collapsed faster than the dot com bubble did in 2001.");
    expect(j.evidence.filter((e) => e.category === "promotion")).toEqual([]);
  });

  it("does not treat an @reply, years or large numbers as contact details", () => {
    expect(
      judge("@Sarah you make a fair point about 2014 2015 2016 and the 1,500,000 displaced.").decision,
    ).toBe("approved");
  });

  it.each([
    "Sign the petition on the council website, it needs 2,000 signatures to be debated at full council.",
    "Whoever wins, please sort out the parking. £3.80 an hour to visit my mother at the almshouses is robbery.",
    "@Lorna_FennPark done, and sent it to everyone on my street's whatsapp",
    "@Mustafa whatever you think of Sadr, millions of people follow him. Elections without them are half-elections.",
  ])("does not take civic advice, a visit to family or a reply's addressee for promotion: %j", (text) => {
    expect(judge(text).evidence.filter((e) => e.category === "promotion")).toEqual([]);
  });

  it("still reads a handle as promotion when the comment asks readers to follow it", () => {
    expect(judge("@soapsbybrock follow me for 10% off handmade soaps, link on my profile").decision).toBe(
      "rejected",
    );
    expect(judge("@soapsbybrock please follow her, best soaps in town").categories).toContain("promotion");
    expect(judge("Sign my petition and share it everywhere").categories).toContain("promotion");
    expect(judge("E-bikes from £799 at Ravensby Cycles, 0% finance! Visit us on Tanner Lane.").decision).toBe(
      "rejected",
    );
  });

  it("uses the site's allowed link domains", () => {
    const engine = createGuidelineEngine({ useModel: false, allowedLinkDomains: ["example-photos.net"] });
    expect(engine.judge({ text: "Photos: https://example-photos.net/mosul" }).decision).toBe("approved");
  });

  it("shows a source cited by link at score 0, never boosted by an advert's words beside it", () => {
    const j = judge("See https://www.bbc.co.uk/news/world-middle-east-123 for the full report.");
    expect(j.decision).toBe("approved");
    expect(j.evidence).toContainEqual(
      expect.objectContaining({
        rule: "promotion.link.allowed-source",
        score: 0,
        match: "https://www.bbc.co.uk/news/world-middle-east-123",
      }),
    );
    // An advert's words beside an allowed link are still an advert, and the link is not counted as one.
    const ad = judge("Buy cheap watches at https://www.bbc.co.uk/shop now, 50% off");
    expect(ad.decision).toBe("rejected");
    expect(ad.evidence.find((e) => e.rule === "promotion.link.allowed-source")?.score).toBe(0);
  });

  it("reads a public sum as no price", () => {
    expect(judge("The net debt stood at $687.0 billion at March 31, up $4.6 billion.").decision).toBe(
      "approved",
    );
    expect(judge("The club was sold for £5m last year.", null).decision).toBe("approved");
  });

  it("names a link to a story on an unlisted site as one, and holds it rather than rejecting it", () => {
    for (const link of [
      "http://globalnews.ca/news/2951875/class-action-lawsuit-launched-against-b-c-foreign-home-buyers",
      "http://order-order.com/2016/03/31/sadiqs-personal-emails-to-extremist-imam/",
      "https://www.vancourier.com/news/ndp-housing-critic-slams-premier-s-affordable-rental-announcement-1.2348306",
    ]) {
      const j = judge(`It's nothing new, it happened before: ${link}`);
      expect(j.evidence).toContainEqual(
        expect.objectContaining({ rule: "promotion.link.article", match: link }),
      );
      expect(j.decision).not.toBe("rejected");
    }
    // Not a story: a shop's page, a short path, a shortener, a blog.
    for (const link of [
      "https://www.cheapwatches-online.com/shop/rolex-daytona-gold-edition-sale",
      "https://example.com/news/today",
      "https://bit.ly/2016/03/31/big-news-for-you-all",
    ])
      expect(judge(`Look: ${link}`).evidence.map((e) => e.rule)).not.toContain("promotion.link.article");
  });

  it("reads 'call me' as contact details only when a way to call follows", () => {
    expect(judge("Call me heartless, but she chose to join them.").decision).toBe("approved");
    expect(judge("Call me on 07700 900123 for a free quote").decision).toBe("rejected");
    expect(judge("It's what they call us on the estate, and worse.").decision).toBe("approved");
  });

  it("holds a public helpline's number passed on by a reader, where a business's own line is an advert", () => {
    for (const text of [
      "If you suspect fraud you can report it anonymously to Action Fraud on 0300 123 2040.",
      "Forty minutes on hold at 0116 496 0340 just to be told to use the website.",
      "Diversion maps are on the council page and there's a helpline, 0116 496 0461, for businesses.",
      "Victim Support have a line for businesses targeted by hate crime too, 0808 168 9111.",
      "SNAP Cymru offer free advice on transition, their helpline is 0808 801 0608.",
      "If you're struggling with the energy bills, StepChange is free on 0800 138 1111.",
      "Anniversaries are hard. Cruse Bereavement Support (0808 808 1677) helped me after my dad died.",
    ]) {
      const j = judge(text);
      expect(j.decision).toBe("pending");
      expect(j.evidence.map((e) => e.rule)).toContain("promotion.phone.public-line");
    }
    expect(judge("Call our helpline on 0300 123 2040 for the best rates").decision).toBe("rejected");
  });

  it("holds, not rejects, a cause passed on to readers' representatives", () => {
    const j = judge("Journalists disappear there. This is serious, please share and write to your MP.");
    expect(j.decision).toBe("pending");
    expect(judge("Please share, the truth they hide about vaccines!").decision).toBe("rejected");
  });

  it("rejects an advert whose phone number is partly masked", () => {
    const j = judge("Landlords! Guaranteed income, no voids. Call Housing Solutions North 0161 XXX XXXX");
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("promotion");
  });

  it("holds an advert's call to act that has no link or number", () => {
    const j = judge("Photography courses for beginners! Enrol at ShutterSchool, Jan intake open.");
    expect(j.decision).toBe("pending");
    expect(j.categories).toContain("promotion");
  });
});
