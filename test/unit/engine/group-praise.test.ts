import { describe, expect, it } from "vitest";
import { praisesGroup } from "../../../functions/engine/detectors/group-praise.js";
import { judge } from "./helpers.js";

describe("praise of a whole group", () => {
  it.each([
    "i love muslims.",
    "we welcome refugees",
    "immigrants are great!",
    "only gay people are that kind and compassionate.",
    "these disabled people make me so happy.",
    "trans lives matter.",
    "women belong in our government.",
    "those women are heroes.",
  ])("reads %j as praise", (text) => {
    expect(praisesGroup(text)).toBe(true);
  });

  it.each([
    // Negated, not ending the clause, or set against another group.
    "muslims are not great.",
    "i don't love muslims.",
    "muslims are great at lying.",
    "i love women being beaten.",
    "women belong in the kitchen.",
    "female lives are worth absolutely nothing.",
    "the yazidis are welcome, it's the other lot we need to send back.",
  ])("does not read %j as praise", (text) => {
    expect(praisesGroup(text)).toBe(false);
  });

  it("does not read a slogan named in a long comment as praise", () => {
    const long = `${"The debate about policing has gone on for years in this city and it will go on. ".repeat(3)}Black lives matter.`;
    expect(praisesGroup(long.toLowerCase())).toBe(false);
  });

  it.each([
    "I love Muslims.",
    "Immigrants are great.",
    "You and all the other Muslims are a blessing to society.",
  ])("approves %j, which the model alone held as identity abuse", (text) => {
    expect(judge(text).decision).toBe("approved");
  });

  it("still rejects abuse a rule finds beside praise", () => {
    expect(judge("Muslims are great. Just kidding, they are vermin.").decision).toBe("rejected");
  });
});
