import { describe, expect, it } from "vitest";
import { judge } from "./helpers.js";

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
  ])("rejects the junk %j", (text) => {
    const j = judge(text);
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
  });

  it.each(["Well said.", "Agreed.", "Thank you for publishing their stories.", "Could not agree more."])(
    "approves the short reply %j",
    (text) => {
      expect(judge(text).decision).toBe("approved");
    },
  );

  it("rejects clearly unrelated text when the article is known", () => {
    const j = judge("Does anyone have a good recipe for banana bread? Mine always comes out dry.");
    expect(j.decision).toBe("rejected");
    expect(j.categories).toEqual(["off_topic"]);
  });

  it("does not judge relevance without an article", () => {
    expect(judge("Does anyone have a good recipe for banana bread?", null).decision).toBe("approved");
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
