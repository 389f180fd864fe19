import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";

describe("violence and denial of life aimed at a group", () => {
  it.each([
    ["I'm honestly just going to stab the next immigrant I see.", "threat"],
    ["We will keep hunting you Muslims until you leave.", "threat"],
    ["I can't wait to watch those gay people burn.", "threat"],
    ["How about we just drown all the refugees?", "threat"],
    ["Death to every Jew.", "threat"],
    ["The gas chamber is the only answer for those disabled people.", "threat"],
    ["It would be better to just shoot those kinds of women.", "threat"],
    ["I hope all trans people get shot.", "threat"],
    ["Refugees like you don't deserve to live.", "identity_abuse"],
    ["These disabled people have no right to exist.", "identity_abuse"],
    ["Britain would be far better off without Muslims.", "identity_abuse"],
    ["Never let a single gay person live.", "identity_abuse"],
    ["Gay lives don't matter to me.", "identity_abuse"],
    // Killing as of an animal: put down, put to sleep, euthanised.
    ["Disabled people should be put down.", "identity_abuse"],
    ["Muslims need putting down.", "identity_abuse"],
    ["Disabled people should be euthanised.", "identity_abuse"],
    ["Let the refugees drown in the Channel.", "identity_abuse"],
    ["Jews should be wiped off the map.", "identity_abuse"],
    // Rounded up, kept from children, condemned to hell, and a verdict on the group before the call.
    ["Muslims should all be rounded up and shipped off.", "identity_abuse"],
    ["Gay people should be kept away from children.", "identity_abuse"],
    ["Gay people will burn in hell and deserve it.", "identity_abuse"],
    ["Refugees are a drain and should be left to die.", "identity_abuse"],
    // A call to kill a political camp or an office, not only a people.
    ["Kill all the lefties.", "threat"],
    ["Someone should kill all the lefties.", "threat"],
    ["Shoot every last one of the tories.", "threat"],
  ])("rejects %j as %s", (text, category) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toContain(category);
  });

  it("keeps the group's subtype, disability included", () => {
    const j = judge("Disabled people are vermin.");
    expect(j.decision).toBe("rejected");
    expect(j.evidence.some((e) => e.subtype === "disability")).toBe(true);
  });

  it.each([
    // A consequence weighed, an act reported, a policy criticised, a target that is not people.
    "If they carpet-bomb Mosul they will kill women and children.",
    "I watched a documentary where they kill women for driving.",
    "We should strike the Syrian airbases, not the towns.",
    "Austerity will make disabled people suffer.",
    "We see women suffer under the Taliban every day.",
    "I would never hurt a woman.",
    "I am going to hug every immigrant I meet.",
    // Denials, and a claim about someone else's indifference.
    "No refugee ought to be executed for fleeing a war.",
    "No Muslim deserves to die for a cartoon.",
    "Refugees don't deserve to live in tents all winter.",
    "Black lives don't matter to this government, judging by its record.",
    "Immigrants are not human shields for your politics.",
    // "Put down" written on a form; putting up is housing.
    "Immigrants should be put down as residents on the census form.",
    // Letting a group die, refused or blamed on a government.
    "We cannot let refugees drown in the Channel.",
    "The government let the refugees drown, and nobody resigned.",
    "No disabled person should be left to die in a corridor.",
    "Refugees need putting up somewhere warm this winter.",
    "Refugees are human beings and should not be left to die.",
    "Prices should be rounded up to the nearest pound.",
    "The pastor said gay people will burn in hell, and he was rightly sacked.",
    // An election forecast, and a genocide's aim or attempt reported.
    "The tories will be wiped out at the next election.",
    "Their plan was to kill all the Yazidis.",
    "They tried to kill all the Yazidis.",
    // A slur's use named and condemned.
    "Calling Muslims cockroaches is such a horrible thing to do.",
  ])("approves %j", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it.each([
    // A relative named in the singular after "every", and execution spelt out.
    "Every wife of those fighters should be taken out and shot.",
    "Every Kurdish family in that street should be put up against a wall.",
  ])("reads the call to kill %j as a threat", (text) => {
    const j = judge(text);
    expect(j.decision).not.toBe("approved");
    expect(j.evidence.some((e) => e.rule === "threat.harm-to-collective")).toBe(true);
  });

  it("reads a perpetrator's words reported, and a quotation condemned, as no threat of the writer's", () => {
    expect(judge("ISIS said we will kill all the Yazidis.").decision).not.toBe("rejected");
    expect(judge('He belongs in prison for chanting "death to all Muslims".').decision).toBe("approved");
    // Quoted without a word of condemnation it is still read by a human.
    expect(judge('"Death to all Muslims" was trending.').decision).toBe("pending");
  });

  it.each([
    "I truly loathe refugees.",
    "I have nothing but contempt for Muslims.",
    "These immigrants disgust me.",
    "Sick and tired of all these gay people.",
    "Trans people are the absolute worst.",
  ])("rejects hatred said outright: %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories[0]).toBe("identity_abuse");
  });

  it.each([
    "The Taliban's utter contempt for women is on display again.",
    "Men who beat women disgust me.",
    "I'm sick of immigrants being blamed for the state of the NHS.",
    "Landlords who exploit refugees are the worst.",
    "I can't stand women being treated like this.",
    'If I see a comment like "you Muslims make me sick", I will report it.',
  ])("approves %j, where the group is not what is hated", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("still rejects the writer's own wish to kill a group, said in the past", () => {
    expect(judge("I wanted to kill all the Muslims.").decision).toBe("rejected");
    expect(judge("The answer was to kill all the Jews, and it still is.").decision).toBe("rejected");
  });

  it("holds a denial of life put as a question", () => {
    expect(judge("Or is it because Muslim lives don't matter?").decision).toBe("pending");
  });
});
