import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";

describe("threat", () => {
  it.each([
    "I know where the minister lives. He won't sleep easy tonight.",
    "I k n o w where you live.",
    "Someone should put a bomb on the plane that brings them back.",
    "Keep writing this rubbish and you'll be next.",
    "I will find you and make you pay for this comment.",
    "Watch your back, traitor.",
    "We should kill him before he ruins the country any further.",
    "The author deserves a bullet in the head for this propaganda.",
    "Post that again and I'll break your legs.",
    "Whoever wrote this should be shot.",
    "i will k1ll you",
    "i knw where u live",
    "Joshua, hope your boyfriend in jail shanks you and lets you wither and die.",
    "That mayor will not be walking out the front door in one piece if he says 'difficult decisions' again.",
    "If I see that crank from the Guildhall steps in the Wheatsheaf again he's leaving in an ambulance.",
    "The number 6 who did Tindall in the first half - we know what school you go to. See you Monday.",
    "Martin Coyle lives on Ashby Crescent. See how he likes a brick through the window at 2am.",
    "Someone should drone strike the author's house.",
    "We know where the recruiter's mother lives. Ten years is long enough.",
    "I know where Colin Harte lives and so do a lot of angry people.",
    "Hope he gets shanked on his first night inside.",
    "I hope the minister's plane goes down.",
    "Send the gays to Raqqa and let ISIS deal with them.",
    "Load the lot of them on a ferry and the ferry should sink.",
    "Every Moslawi who welcomed ISIS in 2014 should be dragged out and shot in front of that minaret.",
    "Every Turkish soldier in Bashiqa should be hunted down and killed.",
    "The families of ISIS members should get the same treatment. Burn their villages.",
    "Hang the human rights lawyers next to them, they love terrorists so much.",
    "Every Arab village around Sinjar that helped ISIS should be wiped off the map.",
    "Should have flattened the whole market and the village with it. Every one of them shelters ISIS.",
    "Someone should follow her home from the courthouse and make sure she understands.",
    "Deport him? Release him to us for one afternoon and there'll be nothing left to deport.",
    "Someone should drone Erdogan's palace and see how he likes it.",
    "honestly a sn1per would be cheaper than the court of appeal. just saying",
    "Send her back and we'll give her the same welcome ISIS gave the Yazidis.",
    "Should have levelled the whole city and everyone in it.",
    "Every family from the villages round Kocho that helped ISIS should be hunted down and shot. Kids included.",
    // A lynching called for, and revenge on a culprit's family.
    "Every ISIS collaborator still in Mosul should be dragged into the street and shot. No trials, no lawyers.",
    "Every officer who signed off on the strikes should be hunted down. Their families too.",
    "Find the families of the ISIS men who did this and do to them exactly what they did in Kocho.",
    "Every one of the bomber's family should be made to pay.",
    // Mutilation, arson with its means, a strike on people's homes, harm left to a crowd.
    "I'll cut the tongue out of the next one who calls us terrorists through a megaphone.",
    "Someone should go down there with a petrol can.",
    "Every Turk in this city should get a drone over their street.",
    "She should be met at the airport by the families, and nobody should step in to stop what happens next.",
    // Death promised in first person, a fall with no parachute, the lamp posts next, villages wiped out.
    "If my son gets hurt I will make that headteacher pay with her life.",
    "Strip them of citizenship, then drop them over Raqqa from 10,000 feet. No parachute.",
    "If the courts won't hang terrorists, people will, and the judges will be next on the lamp posts.",
    "The militias should go back and wipe out every Sunni village that helped ISIS.",
  ])("rejects %j as a threat", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("threat");
  });

  it.each([
    "ISIS killed thousands of people in Iraq and Syria.",
    "They should hang the executioners. They murdered hundreds of innocent people.",
    "The bombing of Mosul destroyed a city that was thousands of years old.",
    "The army should bomb their positions until there is nothing left of the caliphate.",
    "The terrorists should be tried in the countries where they committed their crimes.",
    "I know where you're coming from, but executions don't deter fanatics.",
    "Kill the death penalty, not the prisoners.",
    "ISIS planted a bomb in the market in 2016.",
    "You're dead wrong about the turnout figures.",
    "Nobody deserves to die in a camp like al-Hol, whatever their parents did.",
    "The soldiers who executed prisoners at Speicher should be hanged.",
    "Turkish troops shelled the villages near Bashiqa again last night.",
    "The bombing of Raqqa flattened the city, and nobody is on trial for that.",
    "@Steve the bottle thrower was arrested, police confirmed it last night. Let them deal with it.",
    "Should have been tried in Iraq where it happened, let them deal with him.",
    "Whatever Ankara says about the PKK, civilians in Qamishli didn't plant a bomb in Istanbul.",
    "Coalition jets levelled the old city of Mosul, and everyone who lived there paid for it.",
    "The army should drone the ISIS positions in the desert before they regroup.",
    "Execution without trial is what ISIS did; we must not copy them.",
    "They should be tried in a proper court, not shot without trial.",
    "The families of the victims want the bomber's family left alone.",
    "The Taliban cut out her tongue for speaking.",
    "Nobody should call the police for a noisy party.",
    "The ISIS commander made them pay with their lives, and now he faces trial.",
    "ISIS wiped out every Yazidi village near Sinjar in 2014.",
    "The council should level the whole town centre car park and start again.",
    "They dropped the aid over Sinjar by parachute; no parachute drop reached the mountain in time.",
  ])("approves the civil %j", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("holds, not rejects, 'hang him' under a story of a perpetrator before the courts, but not a role named beside him", () => {
    const story = { id: "s", title: "Former ISIS executioner sentenced to life for Raqqa murders" };
    expect(judge("Hang him. Some crimes are beyond any rehabilitation.", story).decision).toBe("pending");
    expect(judge("Hang him and the judge right next to him.", story).decision).toBe("rejected");
    expect(judge("Hang him.", { id: "p", title: "Council approves parking charges" }).decision).toBe(
      "rejected",
    );
  });

  it("does not read stability as stabbing near a role", () => {
    const j = judge(
      "Stability isn't the same thing as legitimacy. The prime minister's office should know the difference.",
    );
    expect(j.evidence.map((e) => e.rule)).not.toContain("suspicion.violence-near-role");
  });

  it("does not read a bill shot down as violence near the minister", () => {
    const j = judge("The minister knows this bill will be shot down by the Council of State.");
    expect(j.evidence.map((e) => e.rule)).not.toContain("suspicion.violence-near-role");
    expect(j.decision).not.toBe("rejected");
  });

  it("holds, not rejects, a threat quoted from what someone may write", () => {
    const j = judge(
      'You can write "I will slaughter any woman like you", but I will take you to court for that.',
    );
    expect(j.decision).toBe("pending");
  });

  it("does not read 'if looks could kill' as violence near the minister", () => {
    const j = judge("If looks could kill, the minister would be dead by now.");
    expect(j.evidence.map((e) => e.rule)).not.toContain("suspicion.violence-near-role");
    expect(j.decision).not.toBe("rejected");
  });

  it("holds, not rejects, hanging called for on the condition that the accused did it", () => {
    expect(judge("Hang him if he did it. Simple as that.").decision).toBe("pending");
  });

  it("holds, not rejects, death called down on a group named by its armed organisation", () => {
    const j = judge("All ISIS soldiers should be killed.");
    expect(j.decision).toBe("pending");
    expect(j.categories).toContain("threat");
  });

  it("holds a sworn warning that someone will get hurt, with nobody named it could be about", () => {
    const j = judge("If that bloke turns up at my daughter's school again I swear somebody will get hurt.");
    expect(j.decision).toBe("pending");
    expect(j.categories[0]).toBe("threat");
    expect(j.evidence.map((e) => e.rule)).toContain("threat.idiom");
  });

  it("holds, not rejects, a call to hang a man the comment says joined ISIS", () => {
    expect(judge("If he joined ISIS he made his choice. Hang him, I say.").decision).toBe("pending");
  });

  it("holds, not rejects, hanging offered as a view on the death penalty", () => {
    expect(
      judge("Hang him. I mean that as a political view and I'll vote for whoever brings it back.").decision,
    ).toBe("pending");
    expect(
      judge(
        "Personally I'd hang the men who carried out the beheadings. That's my view on capital punishment.",
      ).decision,
    ).not.toBe("rejected");
  });

  it("reads a death sentence already carried out as history, not a wish", () => {
    const score = (text: string) =>
      judge(text).evidence.find((e) => e.rule === "threat.deserves-death")?.score;
    expect(score("Whoever ordered the gas attack deserved the rope he got in 2010.")).toBeLessThan(0.5);
    expect(score("Whoever ordered the gas attack deserves the rope.")).toBeGreaterThanOrEqual(0.45);
  });

  it("reads a complaint that the paper printed where a family lives as no menace", () => {
    const j = judge("Why did the Courier print which street his family lives on? They're not on trial.");
    expect(j.decision).not.toBe("rejected");
  });

  it("reads an accident foretold for nobody in particular as no threat", () => {
    const score = (text: string) =>
      judge(text).evidence.find((e) => e.rule === "threat.end-up-in-grave")?.score;
    expect(score("The weir is unfenced, someone will end up in the river one of these nights.")).toBeLessThan(
      0.5,
    );
    expect(score("Keep this up and you will end up in the river.")).toBe(0.85);
  });

  it("holds, not rejects, 'he'll be dealt with' said of the courts", () => {
    expect(
      judge("Innocent until proven guilty. If he's done something he'll be dealt with properly.").decision,
    ).not.toBe("rejected");
  });

  it("reads a family's school named in their defence as no menace", () => {
    const score = (text: string) =>
      judge(text).evidence.find((e) => e.rule === "threat.family-whereabouts")?.score ?? 0;
    expect(
      score("Whoever wrote that on the wall: this is their home. Their kids go to St Mary's."),
    ).toBeLessThan(0.5);
    expect(score("Their kids go to St Mary's. Just saying.")).toBeGreaterThanOrEqual(0.8);
    expect(score("Someone called them a slur. Disgusting. Their kids go to school with mine.")).toBeLessThan(
      0.5,
    );
    expect(
      score("Can we not name the street his mum lives on please, she's done nothing wrong."),
    ).toBeLessThan(0.5);
  });

  it("does not read a harmless thing that 'won't kill you' as a threat", () => {
    const j = judge("If the fete is wet, so what, a bit of rain won't kill you.");
    expect(j.evidence.map((e) => e.rule)).not.toContain("suspicion.violence-at-person");
    expect(j.decision).not.toBe("rejected");
  });

  it("reads a complaint that someone posted an address, reported to police, as no menace", () => {
    const rules = judge(
      "Somebody posted his home address on the village page. The admins took it down and it should be reported to the police.",
    ).evidence.map((e) => e.rule);
    expect(rules).not.toContain("suspicion.personal-sphere");
  });

  it("holds, not rejects, a call to harm said in the same breath not to be meant", () => {
    expect(
      judge("Someone should hang the ministers who let this happen... figuratively of course.").decision,
    ).toBe("pending");
  });

  it("does not read 'one way or another' after a loss as a promise", () => {
    expect(judge("The family has lost both sons, one way or another. Heartbreaking for them.").decision).toBe(
      "approved",
    );
  });

  it("reads 'one way or another' as a promise only beside a future, an obligation or a call", () => {
    for (const text of [
      "Half the families here are paid by defence one way or another. Bit rich to object now.",
      "Any money going in went through them one way or another.",
    ])
      expect(judge(text).decision).toBe("approved");
    for (const text of [
      "That building will be empty by Christmas, one way or another.",
      "She should be made to answer for it, one way or another.",
      "One way or another, we'll be having a word with him.",
    ])
      expect(judge(text).categories).toContain("threat");
  });

  it("reads 'best hope' and a speaker's own 'we'd better hope' as hopes, and 'you'd better hope' as a warning", () => {
    expect(
      judge("The best hope for real change may come from people organising in their towns.").decision,
    ).toBe("approved");
    expect(judge("We'd better hope the flood barriers hold this winter.").decision).toBe("approved");
    expect(judge("You'd better hope nobody finds out where you live.").categories).toContain("threat");
  });

  it("holds a call to hang a person when a court is mentioned, rather than rejecting it", () => {
    const j = judge("After a fair trial they should hang him.");
    expect(j.decision).not.toBe("rejected");
  });

  it.each([
    "Shoot the senator and be done with it.",
    "Someone should string the mayor up by his ankles.",
    "The premier will be swinging from a lamppost by spring.",
    "The MP won't make it home alive next time he comes here.",
    "Give me an hour alone with that judge and a baseball bat.",
    "hope some patriot takes out the candidate before the vote",
    "We should burn down the newspaper office with the editors inside.",
  ])(
    "rejects the unseen phrasing %j as a threat (imperative/optative harm at a role, harm idioms)",
    (text) => {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("threat");
    },
  );

  it.each([
    "Shoot the reporter an email if you have a tip.",
    "Kill the bill and start over.",
    "Execute the minister's plan and we'd be fine.",
    "Beat the candidate at the ballot box, that's how democracy works.",
    "This government won't see next year.",
    "I'd love five minutes alone with the minister to ask about the camps.",
    "Bodies were hanging from the bridges in Fallujah in 2004.",
    "Hang the ISIS leaders after a fair trial.",
  ])("never rejects the civil %j", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it("holds, never rejects, harm to officials framed as accountability or reported speech", () => {
    expect(judge("Arrest and hang the officials who ordered the massacre.").decision).not.toBe("rejected");
    expect(judge("He said the senator should be shot; the police arrested him.").decision).not.toBe(
      "rejected",
    );
    // The reporting clause's "that" can open the span the rule matched ("that the minister").
    const headline = judge(
      "The headline screams that the minister should be shot, which is disgraceful journalism.",
      null,
    );
    expect(headline.decision).toBe("pending");
    expect(judge("The minister should be shot.", null).decision).toBe("rejected");
  });

  it.each([
    "Why don't you go and kill yourself, nobody will miss you.",
    "Do everyone a favour and hang yourself.",
    "I hope you kill yourself.",
    "Please k1ll yourself.",
    "Just go drink bleach.",
  ])("rejects %j, telling someone to kill themselves", (text) => {
    const j = judge(text, null);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("threat");
  });

  it.each(["Kill all the mullahs.", "Hang all the journalists.", "Kill all the whites."])(
    "rejects %j, violence called for against a group",
    (text) => {
      expect(judge(text, null).categories[0]).toBe("threat");
    },
  );

  it.each([
    "String up the whole council.",
    "Line the councillors up against a wall.",
    "The whole cabinet should swing for this.",
    "Hang them all, the traitors in parliament.",
    "Put the planning committee in front of a firing squad.",
    "The MPs who voted for this want lynching.",
    "Tar and feather the lot of them at the town hall.",
  ])("rejects %j, execution called down on a council, a cabinet or a parliament", (text) => {
    const j = judge(text, null);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("threat");
  });

  it.each([
    "The council will hang the portrait of the Queen in the town hall.",
    "Hang the council's new flag outside.",
    "The government should hang on until the election.",
    "The cabinet will hang together until the budget.",
    "Parliament should bring back hanging for terrorists.",
    "The council wants hanging baskets on every lamp post.",
    "Shoot the council an email, they're quite responsive.",
    "The committee should hang fire until the report is out.",
    "Hang them all, the ISIS fighters who ran the camps in Raqqa.",
  ])("approves %j: hanging things, idioms and perpetrators are not officials executed", (text) => {
    expect(judge(text, null).decision).toBe("approved");
  });

  it("holds, not rejects, officials' execution reported as a chant", () => {
    expect(judge("Protesters chanted that the government should hang.", null).decision).toBe("pending");
  });

  it("reads 'a knife in the back' as betrayal, and a knife put in someone's back as a threat", () => {
    for (const text of [
      "Not according to John Kerry. A bit of a knife in the back after such a warm welcome to the White House.",
      "It was a knife in the back from his own party.",
    ])
      expect(judge(text, null).evidence.map((e) => e.rule)).not.toContain("threat.weapon-in-body");
    expect(judge("He deserves a knife in the back.", null).categories[0]).toBe("threat");
    expect(judge("What that traitor deserves is a knife in the back.", null).categories[0]).toBe("threat");
    expect(judge("I'll put a knife in your back, minister.", null).categories[0]).toBe("threat");
  });

  it("reads a party 'wiped out at the election' as politics", () => {
    expect(judge("The Tories should be wiped out at the next election.", null).decision).toBe("approved");
  });

  it.each([
    "You'll kill yourself laughing at this budget.",
    "Don't kill yourself over the parking fine, appeal it.",
    "The minister managed to shoot himself in the foot again.",
  ])("does not read the idiom %j as a threat", (text) => {
    expect(judge(text, null).decision).toBe("approved");
  });

  it.each([
    "Knock 'em dead at the count tonight, councillor.",
    "The mayor is a dead man walking politically after this.",
  ])("does not read the figure of speech %j as violence near a role", (text) => {
    expect(judge(text, null).evidence.map((e) => e.rule)).not.toContain("suspicion.violence-near-role");
  });

  it.each([
    "They'll be waiting outside the studio with a noose, reporter.",
    "The senator's daughter walks to school on Elm Road every morning.",
    "Rope for every MP who voted yes, starting with the minister.",
    "The mayor had better sign it or he'll be counting bullets.",
    "I'd love to see the governor's car blown to pieces.",
    "Hope a gunman finds the judge on his way home.",
    "The columnist deserves to end up face down in a ditch.",
  ])(
    "rejects %j (armed waiting, family whereabouts, instruments for a role, ultimatums, wished agents)",
    (text) => {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("threat");
    },
  );

  it.each([
    "I'd shoot down this proposal in committee.",
    "The minister's kids deserve better schools, like everyone's.",
    "I'd hang the men who beheaded the aid workers, after a trial.",
    "The assassination attempt on the governor shows security is fragile.",
  ])("does not reject %j", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it.each([
    "Keep talking, journalist. Some of us have long memories.",
    "Nice piece, reporter. Easy to recognise you from the byline photo.",
  ])("holds the veiled menace %j for a human", (text) => {
    expect(judge(text).decision).not.toBe("approved");
  });

  describe("veiled menace (no violent word: a person plus two of private sphere, watching, consequence)", () => {
    it.each([
      "The prosecutor drives home along the canal every evening at six. We've all noticed. Just saying.",
      "Funny how the councillor's kids go to the school on Mill Lane. People remember who voted for this.",
      "The editor should think very carefully before the next piece. We know what his car looks like.",
      "Castellano drives the grey Audi in the staff car park, in case any parents want to discuss the policy with her.",
      "The children's director parks outside County Hall every morning at 8. Someone should explain to her what people think.",
      "Councillor Hart has two kids at St Mary's. Just saying.",
      // Justice promised outside the courts, with war vocabulary that mutes the model.
      "The ISIS recruiter's brother still lives on Carr Lane. Do what the courts won't.",
      "Everyone knows which neighbours joined ISIS. Their days are numbered.",
      "We have the names of the ISIS wives. It won't be the courts dealing with them.",
      "The men who helped ISIS still live in the village. Everyone knows their names. One day the debt will be paid.",
      "Foyle has two kids at Ashgrove primary. just something to think about linda",
      "We know where the players train on Tuesdays and there are no stewards there.",
      "The treasurer who says there's no money drives a new BMW. It might not stay new.",
    ])("holds %j for a moderator, never approves it", (text) => {
      const j = judge(text);
      expect(j.decision).not.toBe("approved");
      expect(j.evidence.some((e) => e.rule === "threat.menace.veiled")).toBe(true);
    });

    it.each([
      "I know where the minister lives: my street, and the potholes there are just as bad.",
      "Voters have long memories. The councillor should be careful how she votes on the budget.",
      "The judge lives in the same village as the victims, which is why he stepped aside.",
      "The head teacher parks in the staff car park like everyone else; the story is about the budget.",
      "Someone should explain to her why the bus route was cut, because the council won't.",
      // Children named only as at risk, not at a school of theirs, are no private sphere.
      "Councillor Hart says the children are at risk if the pool closes. Be careful what you wish for.",
      "I know who'll pick up the phone at the candidate's office, and it isn't the minister.",
      "A school gate isn't the place for the state to settle it; the families know that.",
      "When the courts fail the victims of terrorism, people lose faith in the system.",
      "Smith has two kids at Ashgrove primary and says the catchment change is something to think about.",
      "A lot of us objected to the shed in 2010. Something to think about for the flats application.",
    ])("leaves %j to the other rules (one cue family, or none)", (text) => {
      expect(judge(text).evidence.some((e) => e.rule === "threat.menace.veiled")).toBe(false);
    });
  });

  it.each([
    "He fought ISIS for three years and says he doesn't regret it.",
    "The militia named the reporter as a spy. That's effectively a target on his back.",
  ])("does not reject the report %j as a threat", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it("reads a silver bullet as an idiom, not violence near a person", () => {
    const j = judge(
      "@Pete nationalisation won't fix the gas price. Not saying you're wrong, it's just not a silver bullet.",
    );
    expect(j.evidence.map((e) => e.rule)).not.toContain("suspicion.violence-at-person");
  });

  describe("mob justice, death wishes and promised consequences", () => {
    it.each([
      "Anyone who shows up to support him on Friday should expect to get hurt. We'll be there.",
      "The councillors should hang from the nearest lamppost and I'd volunteer to tie the knot.",
      "Hope their boat sinks halfway and this time nobody fishes them out.",
      "Bail is fine. Gives the lads time to find out where he's staying.",
      "The community will deal with him personally if he stands again.",
      "Whoever at the Home Office signed this deserves to be dragged out of the office and beaten senseless.",
      "I hope whoever signed off these cuts has a heart attack and waits six hours for the ambulance.",
      "I hope the councillor gets run over by one of his own buses.",
      "Every guard at that camp should be hunted down and shot. I'll do it myself if I get the chance.",
    ])("rejects %j as a threat", (text) => {
      const j = judge(text);
      expect(j.decision).toBe("rejected");
      expect(j.categories[0]).toBe("threat");
    });

    it.each([
      "The couple will tie the knot at St Mary's in June.",
      "Drivers should expect delays on the ring road all week.",
      "The boat sank off Lesbos in 2015 and nobody was rescued for hours.",
      "The council will deal with the complaint personally, the mayor said.",
      "We need to find out where the money is staying, frankly.",
      "The Christmas lights hang from every lamppost on the high street.",
      "Whoever approved this plan deserves to be sacked.",
      "I hope he does not die in that cell before the families get their trial.",
      "I hope she never gets cancer again, she has been through enough.",
      "If the council won't fill the potholes on Mill Lane I'll do it myself.",
    ])("approves the civil %j", (text) => {
      expect(judge(text).decision).toBe("approved");
    });

    it.each([
      "Anyone who murders children should hang from the nearest lamppost after a fair trial.",
      "He's been warned. Next time he won't get off so lightly.",
    ])("holds, never rejects, %j (punishment of a crime, an unstated consequence)", (text) => {
      expect(judge(text).decision).toBe("pending");
    });
  });

  it.each([
    "If we send ground troops we will kill civilians by the thousand.",
    "If the coalition goes in, we'll kill thousands of innocent people.",
  ])("does not reject a country's 'we' weighing what a war would cost: %j", (text) => {
    expect(judge(text).decision).not.toBe("rejected");
  });

  it("still rejects a conditional threat that names its target", () => {
    expect(judge("If you publish this, we will kill you.").decision).toBe("rejected");
    expect(judge("If he shows his face here we'll kill him.").decision).toBe("rejected");
  });
});
