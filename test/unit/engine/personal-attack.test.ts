import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";

describe("personal attack", () => {
  it.each([
    "You are an idiot if you think these women are innocent.",
    "Shut up, nobody asked for your opinion.",
    "The author of this article is a clueless clown.",
    "What a moron. Did you even read the article?",
    "@Mark you are too stupid to understand military strategy.",
    "Are you really this dumb or just pretending?",
    "Go cry somewhere else, snowflake.",
    "You clearly have the IQ of a doorknob.",
    "The minister has the backbone of a jellyfish.",
    "He's got the attention span of a goldfish.",
    "Only a moron would write an article this biased.",
    "y o u  a r e  a n  i d i o t",
    "y0u ar3 a c0mplete 1di0t",
    "The Home Secretary is a spineless, two-faced clown.",
    "The new transport cabinet member is a useless, grinning buffoon.",
    "@Marl_Mum you miserable cow.",
    "Her solicitor is a money-grabbing parasite and she knows it.",
    "The columnist is obviously a terrorist sympathiser.",
    "The Home Office official was a useless little weasel reading from a script.",
    "The referee was a blind, useless old windbag.",
    "Anyone here saying 'let the courts decide' is a spineless coward.",
    "You are two-faced and everyone on this thread knows it.",
    "Crawl back into whatever hole you came out of.",
    "What a vile excuse for a human being you are.",
    "What a stupid thing to say.",
  ])("rejects %j as a personal attack", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("personal_attack");
  });

  it.each([
    "This government has failed on this file for five years.",
    "His policy on procurement was idiotic from the start.",
    "The procurement rules are ridiculous and need a complete overhaul.",
    "You are wrong about the death penalty, but I respect your argument.",
    "You make a good point about turnout.",
    "Stupid question maybe, but can Iraqis living abroad vote?",
    "These butchers deserve to spend the rest of their lives in prison.",
    "My grandfather was killed in Mosul in 2016. love you grandad x",
    "I've had an allotment on Gorse Lane for 31 years. Nobody asked us nothing.",
    "Nobody asked you to fix the roads, Councillor, we asked you to stop cutting the budget for them.",
    "My daughter went to the parade and hasn't shut up about it since.",
    "The rats crawl back into the sewer at night, the pest controller said.",
    "What a horrible thing to do to a family.",
    "Joe and Jill Average are actually the backbone of a country.",
    "She was the brains of an operation that ran for ten years.",
  ])("approves the civil %j", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it.each([
    "The club secretary Jean Pratt is a money-grabbing harpy.",
    "Councillor Briggs is an interfering old battleaxe.",
  ])("holds or rejects the named person called %j", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.categories[0]).toBe("personal_attack");
  });

  it.each([
    "the fact that someone as dim as you gets a vote is the real scandal here",
    "Seek help. Genuinely. You're not right in the head and it shows in every comment.",
    "You're not all there, are you?",
  ])("rejects %j: an insult by comparison, or at someone's mind", (text) => {
    const j = judge(text, null);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("personal_attack");
  });

  it.each(["Voters aren't as dumb as you think.", "He's not right in the head, the poor man needs care."])(
    "does not read %j as an insult at the reader",
    (text) => {
      expect(judge(text, null).evidence.map((e) => e.rule)).not.toContain("personal_attack.as-dim-as-you");
    },
  );

  it("does not reject an insult word named rather than aimed, even in a reply", () => {
    for (const text of [
      "@Clive she is allowed an opinion. Calling people idiots doesn't win the argument.",
      "We don't know the motive yet. Could have been drunk idiots walking home from the pub.",
    ]) {
      const j = judge(text);
      expect(j.decision).not.toBe("rejected");
      expect(j.evidence.map((e) => e.rule)).not.toContain("personal_attack.reply-insult");
    }
    expect(judge("@Clive you are an idiot and everyone knows it.").decision).toBe("rejected");
  });

  it.each(["The governors are muppets, the lot of them.", "Those councillors are a pair of numpties."])(
    "holds at least %j (an insult at people in the story)",
    (text) => {
      expect(judge(text).decision).not.toBe("approved");
      expect(judge(text).scores.personal_attack).toBeGreaterThanOrEqual(0.5);
    },
  );

  it("reads 'told him to shut up' as what the crowd did, not a dismissal", () => {
    expect(
      judge("The fans around him told him to shut up and the stewards took him out.", null).decision,
    ).toBe("approved");
  });

  it("reads files that 'get lost' as lost files, not a dismissal", () => {
    expect(judge('Paper files are how things "get lost" until you pay.').decision).toBe("approved");
    expect(judge("Oh get lost, nobody cares what you think.").decision).toBe("rejected");
  });

  it("reads 'get a life sentence' as a sentence, not a dismissal", () => {
    const rules = (text: string) => judge(text).evidence.map((e) => e.rule);
    expect(rules("Four years for a death. The family get a life sentence.")).not.toContain(
      "personal_attack.dismissal",
    );
    expect(rules("Oh get a life, nobody cares about your bins.")).toContain("personal_attack.dismissal");
  });

  it("holds, not rejects, an insult aimed at whoever sprayed or wrote racist abuse on a wall", () => {
    expect(
      judge(
        "Someone sprayed 'go home' on the chip shop. Says more about the idiot with the spray can than the owners.",
      ).decision,
    ).toBe("pending");
    expect(
      judge("Someone wrote 'go home' on their shutter. Idiots. The street cleaned it off by lunch.").decision,
    ).toBe("pending");
    expect(judge("Whoever wrote this article is an idiot.").decision).toBe("rejected");
  });

  it("rejects whoever wrote the article called any insult noun", () => {
    const j = judge("Whoever wrote this is clearly a terrorist apologist and a lazy hack.");
    expect(j.decision).toBe("rejected");
    expect(j.evidence.map((e) => e.rule)).toContain("personal_attack.whoever-wrote-is-insult");
  });

  it("rejects a role called a publicity tart, and holds a reply calling someone dead weight", () => {
    expect(judge("His barrister is a sleazy publicity tart.").decision).toBe("rejected");
    expect(judge("@Dave you were always the dead weight on that crew.").decision).not.toBe("approved");
  });

  it("holds, not rejects, a referee's performance called a disgrace: an official judged at work", () => {
    expect(judge("The ref was a disgrace, the second goal was miles offside.", null).decision).toBe(
      "pending",
    );
  });

  it("holds, not rejects, a public figure called useless at the job", () => {
    expect(judge("The council leader is useless and should resign after five years of this.").decision).toBe(
      "pending",
    );
  });

  it.each([
    "The ISIS organiser is a shameless liar and a terrorist apologist.",
    "The landlord is a crook.",
    "The finance officer is a disgrace.",
  ])("holds %j: people a story is about, in a post, are judged like public figures", (text) => {
    // War vocabulary mutes the model's personal-attack head, and these roles were not read before.
    const j = judge(text);
    expect(j.decision).toBe("pending");
    expect(j.evidence.some((e) => e.rule === "personal_attack.role-is-insult")).toBe(true);
  });

  it.each([
    "The judge looks half asleep in that photo, senile old fool shouldn't be running a terror trial.",
    "Nice safe house in Hampstead, tears for terrorists. Out of touch old fool.",
  ])("holds the age epithet %j, though war vocabulary mutes the model", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.some((e) => e.rule === "personal_attack.old-epithet")).toBe(true);
  });

  it.each([
    "I feel like an old codger reading these comments.",
    "Call me a silly old fool, but I still read the paper every morning.",
  ])("does not read the age epithet %j said of oneself", (text) => {
    expect(judge(text).evidence.some((e) => e.rule === "personal_attack.old-epithet")).toBe(false);
  });

  it.each([
    "Dennis Harrow is a grifter who pockets the raffle money every year.",
    "Councillor Bream is a spineless windbag who only turns up at election time.",
    "Shona Pike is a self-important busybody and the whole street knows it.",
  ])("reads %j: a person named in full, called a mild insult", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.some((e) => e.rule === "personal_attack.named-person-is-mild-insult")).toBe(true);
  });

  it.each([
    "Ghyll Lane is a disgrace, two tyres this year.",
    "Market Street was a rat run before the bollards went in.",
    "Carbon Tax is a joke if the money never reaches the bus routes.",
    "THE NEW SCHEME IS A COMPLETE DINOSAUR AND NOBODY ASKED US.",
    "Keir Starmer is a liar on this, and so was the last lot.",
    "The Trust is a dinosaur when it comes to booking systems.",
  ])("does not read %j as a named person called an insult", (text) => {
    expect(judge(text).evidence.some((e) => e.rule === "personal_attack.named-person-is-mild-insult")).toBe(
      false,
    );
  });

  it("rejects a stronger insult of such a person", () => {
    expect(judge("The festival organiser is a total moron.").decision).toBe("rejected");
  });

  it("holds, not rejects, an accusation against a public figure", () => {
    expect(judge("He's a crook like all of them. Prosecute him.").decision).toBe("pending");
  });

  it.each([
    "The three judges are senile old fossils who should retire.",
    "Whoever at the council funded this should be sacked for being a brain-dead muppet.",
  ])("rejects the insult %j (plural roles, an insult given as the reason)", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("personal_attack");
  });

  it("holds, not rejects, a competence judgement given as the reason", () => {
    expect(judge("The manager should be sacked for being useless at his job.").decision).toBe("pending");
  });

  it.each([
    "I would rather you read the article first.",
    "You clearly have not seen the interest rate figures.",
    "You make a rational point about the ratio of spending.",
    "What non-racist policies do you propose instead?",
  ])("does not hold the reply %j for an insult word inside another word", (text) => {
    expect(judge(text).evidence.map((e) => e.rule)).not.toContain("personal_attack.reply-with-insult-word");
  });

  it.each(["I would rather you read the article first.", "What non-racist policies do you propose instead?"])(
    "approves the civil reply %j that only looked like it held an insult word",
    (text) => {
      expect(judge(text).decision).toBe("approved");
    },
  );

  it.each([
    "You're dumber than I thought, and that's saying something.",
    "Only you would say something so foolish.",
    "@Dave you rats will say anything.",
  ])("holds the reply %j whose insult word carries an ending", (text) => {
    expect(judge(text).decision).not.toBe("approved");
  });
});
