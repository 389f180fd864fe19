import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";

describe("identity abuse", () => {
  it.each([
    ["Muslims are a cancer on this country and should all be sent back.", "religious_hatred"],
    ["All muslims are terrorists, it's in their book.", "religious_hatred"],
    ["Women belong in the kitchen, not in news stories.", "sexism"],
    ["Shia militias are worse than ISIS, r@fidha dogs all of them.", "religious_hatred"],
    ["Gays should not be allowed anywhere near a school.", "homophobia"],
    ["These refugees are animals and vermin.", "xenophobia"],
    ["Typical k1ke banker behaviour.", "religious_hatred"],
    ["Arabs are savages, they can't govern themselves.", "racism"],
    ["Go back to your own country, we don't want your kind here.", "xenophobia"],
    ["Filthy f@ggots should be hanged alongside them.", "homophobia"],
    ["Iraqi men are all potential rapists.", "xenophobia"],
    ["r4g h3ads go home", "racism"],
    ["If you hate our elections so much, go back to Somalia.", "xenophobia"],
    ["The new MP should just go back to where she came from.", "xenophobia"],
    ["Get back in the kitchen, sweetheart, leave the budget to the grown-ups.", "sexism"],
    ["A woman has no business leading the police.", "sexism"],
    ["The council is run by poofs and their mates.", "homophobia"],
    ["Nobody voted for this. R4pefugees not welcome.", "xenophobia"],
    ["They're bussing in young Muslim men who will never be British.", "religious_hatred"],
    ["The driver was some Afghan animal who should never have been let in.", "xenophobia"],
    ["Half the car wash staff are illegals paid in cash.", "xenophobia"],
    ["The plaque should say who did it. Islam did it.", "religious_hatred"],
    ["if u love syria so much go back to syria", "xenophobia"],
    ["Every one of them should be sent back where they came from, passport or not.", "xenophobia"],
  ])("rejects %j with subtype %s", (text, subtype) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
    expect(j.evidence.some((e) => e.category === "identity_abuse" && e.subtype === subtype)).toBe(true);
  });

  it.each([
    "Muslims in my town have been nothing but good neighbours.",
    "Refugees from Iraq have been through hell.",
    "Gay refugees from Iraq face persecution at home and deserve protection.",
    "Not all Muslims are terrorists, and saying so just helps the recruiters.",
    "Nobody should be called a terrorist just because they are Muslim.",
    "Refugees are people fleeing war, not criminals.",
    "Most Iraqis I know here work two jobs and pay their taxes.",
    "Refugees should be allowed to work while they wait.",
    "I walked out during the sermon. Not because I hate refugees but because I go to church to worship.",
    "Illegal crossings fell in the spring, the Home Office says.",
    "Not every Muslim is a terrorist, and this lad converted online last year.",
    "If they want to go back to Syria when it is safe, they should get help to do it.",
    "Iraqi refugees deserve our help.",
    "Kurds deserve better than Baghdad and better than Erbil.",
  ])("approves the neutral or counter-speech %j", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("holds, not rejects, a party's promise to send a group home, and still rejects the call", () => {
    expect(judge("Every party promised to send Syrians home. This is the result.").decision).toBe("pending");
    expect(judge("Send the Syrians home, all of them.").decision).toBe("rejected");
  });

  it("reads the Black Country dish as food, and the slur as a slur", () => {
    const slurs = (text: string) =>
      judge(text)
        .evidence.map((e) => e.rule)
        .filter((r) => r.startsWith("identity_abuse.slur"));
    expect(slurs("Faggots and peas at the festival, best day out in years")).toEqual([]);
    expect(slurs("Our kid ate three pakoras and a faggot sandwich")).toEqual([]);
    expect(slurs("Filthy faggots should be kept away from schools")).not.toEqual([]);
  });

  it("reads a harm verb used as a noun as the crime named, not a call for it", () => {
    const violence = (text: string) =>
      judge(text)
        .evidence.filter((e) => e.rule.endsWith(".violence-against-group"))
        .map((e) => e.score);
    expect(violence("The slaughter of the Yazidis in Sinjar is remembered every August.")).toEqual([]);
    expect(violence("Slaughter the Yazidis, they said, and the town still remembers.")).not.toEqual([]);
  });

  it("reads 'not all' before a generalisation as counter-speech, and 'what I call' as no quotation", () => {
    const score = (text: string, rule: string) =>
      Math.max(
        0,
        ...judge(text)
          .evidence.filter((e) => e.rule.endsWith(rule))
          .map((e) => e.score ?? 0),
      );
    expect(
      score(
        "Not all Romanians are thieves, before anyone starts. My builder is Romanian.",
        ".derogatory-generalisation",
      ),
    ).toBeLessThan(0.5);
    expect(
      score("All Romanians are thieves, before anyone starts.", ".derogatory-generalisation"),
    ).toBeGreaterThan(0.5);
    expect(
      score(
        "Deport the lot. That's what I call sending them back where they came from.",
        ".where-they-came-from",
      ),
    ).toBe(0.85);
  });

  it("does not read a writer's own group, named, as a stereotype of it", () => {
    const rules = (text: string) => judge(text).evidence.map((e) => e.rule);
    expect(
      rules("I'm a Muslim mum and it scares me how easily those groomers got to these girls."),
    ).not.toContain("suspicion.group-stereotype");
    expect(rules("Muslim men and it scares me how easily those groomers got to these girls.")).toContain(
      "suspicion.group-stereotype",
    );
  });

  it("does not read a group's animal charity as an epithet", () => {
    const rules = judge("The Muslim animal welfare charity rehomed forty dogs last year.").evidence.map(
      (e) => e.rule,
    );
    expect(rules.some((r) => r.endsWith(".member-epithet"))).toBe(false);
  });

  it.each([
    "It's really not okay to be calling people muzzie.",
    "Why would you think it's okay to call me a wetback?",
  ])("does not reject %j, a slur named to object to it", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it("does not reject a slur denied of a group, nor a word that merely carries one", () => {
    expect(
      judge("For the record, Yazidis are not devil worshippers, that is an old slur used against them.")
        .decision,
    ).not.toBe("rejected");
    expect(judge("My daughter snigger'd at the title of the consultation.").decision).toBe("approved");
    expect(judge("A mishit drive into the lake, again.").decision).toBe("approved");
  });

  it.each([
    "This is the first chink in the government's armour.",
    "A chink of light for the families at last.",
    "The new ward was spick and span when the minister visited.",
    "Homo sapiens left Africa long before any border existed.",
  ])("does not read a slur into the idiom %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("approved");
    expect(j.evidence.filter((e) => e.category === "identity_abuse")).toEqual([]);
  });

  it("still reads the slur outside the idiom", () => {
    expect(judge("Too many chinks in this town now.").decision).toBe("rejected");
  });

  it("does not reject a slur quoted to condemn it", () => {
    const j = judge('He called me a "paki" at work and it was disgusting and racist.');
    expect(j.decision).not.toBe("rejected");
  });

  it.each([
    "Pakistanis don't belong in this country.",
    "Jews have no place in Europe.",
    "Every Afghan here is a rat.",
    "Roll out the gas chambers for the Jews.",
    "Ship every foreigner home, they multiply like cockroaches.",
    "Arabs breed like flies.",
    "Every Kurd here is a PKK sympathiser.",
    "Every Muslim who came here is a potential ISIS member.",
    "Every Syrian who came over is an ISIS fighter in waiting.",
  ])(
    "rejects the unseen phrasing %j (exclusion, extermination imagery, one member for the group)",
    (text) => {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("identity_abuse");
    },
  );

  it.each([
    "Refugees don't belong in camps, they belong in homes.",
    "People say Muslims breed like rats; that's hateful nonsense.",
    "Christians in Mosul were forced to convert or leave by ISIS.",
    "Every refugee who joined ISIS is a terrorist, and should be tried as one.",
    "Not every Muslim who came here is an ISIS member, obviously.",
  ])("never rejects %j (deprivation, condemned reported speech, reporting)", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it("holds animal-breeding imagery even when no group is named", () => {
    expect(judge("They breed like rats over there.").decision).toBe("pending");
  });

  it.each([
    "Afghans are genetically violent.",
    "Immigrants should be grateful we don't deport them all tomorrow.",
    "A Muslim's word in court is worth nothing.",
    "Wherever refugees settle, crime follows.",
    "Never met an immigrant who wasn't a scrounger.",
    "Kurds, the same lying dogs as always.",
  ])(
    "rejects %j (essentialism, violence withheld as a favour, worthless voice, crime follows, disguised universals)",
    (text) => {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("identity_abuse");
    },
  );

  it.each([
    "Refugees living in filth in the camps deserve better.",
    "The candidate who said Kurds are traitors should apologise.",
    "Never met a Somali who wasn't kind to me.",
  ])("does not reject %j", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it.each([
    "Many Syrian families hope to go back to Syria once the fighting ends.",
    "The returnees should go back to Iraq to face trial there, says the minister.",
    "Someone sprayed 'Iraqis are vermin' on the mosque wall last night. The whole street helped clean it.",
    "People ask me if I hate Muslims after what happened. No. I hate the men who did it.",
  ])("does not reject %j (telling to leave for trial, cited graffiti, a reported question)", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it.each([
    "Another attack. The religion of peace strikes again.",
    "Third world doctors are a danger to British patients.",
    "That's how these backward people operate.",
  ])("rejects the dog whistle %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
  });

  it.each([
    "Islam is a religion of peace, whatever the extremists say.",
    "The boat sank off Lesbos in 2015.",
  ])("approves %j (the phrase said sincerely, the island)", (text) => {
    expect(judge(text).decision).toBe("approved");
  });
});
