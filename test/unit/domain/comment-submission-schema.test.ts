import { describe, expect, it } from "vitest";
import { commentSubmissionSchema } from "../../../functions/domain/schemas.js";
import { submission } from "../../fixtures/comments.js";

function issuePaths(input: unknown): string[] {
  const result = commentSubmissionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("commentSubmissionSchema", () => {
  it("accepts a valid submission and normalises the text (NFC, trimmed, CRLF folded)", () => {
    const parsed = commentSubmissionSchema.parse({
      ...submission,
      text: "  Cafe\u0301 line one\r\nline two  ",
    });
    expect(parsed.text).toBe("Caf\u00e9 line one\nline two");
  });

  it("counts the text limit after trimming and NFC", () => {
    expect(issuePaths({ ...submission, text: `   ${"a".repeat(5000)}   ` })).toEqual([]);
    expect(issuePaths({ ...submission, text: "a".repeat(5001) })).toEqual(["text"]);
    expect(issuePaths({ ...submission, text: "   \n\t " })).toEqual(["text"]);
  });

  it.each([
    ["a NUL character", "hello\u0000world"],
    ["an escape character", "hello\u001b[31m"],
    ["a lone carriage return", "hello\rworld"],
    ["a C1 control character", "hello\u0085world"],
    ["a lone high surrogate", "hello \ud83d world"],
    ["a lone low surrogate", "hello \ude00 world"],
  ])("rejects text with %s", (_label, text) => {
    expect(issuePaths({ ...submission, text })).toEqual(["text"]);
  });

  it("keeps newlines, tabs and emoji", () => {
    expect(issuePaths({ ...submission, text: "one\n\ttwo 😀" })).toEqual([]);
  });

  it.each([
    ["", "articleId"],
    ["has space", "articleId"],
    ["a/b", "articleId"],
    ["x".repeat(129), "articleId"],
  ])("rejects articleId %j", (articleId, path) => {
    expect(issuePaths({ ...submission, articleId })).toEqual([path]);
  });

  it("accepts articleIds with letters, digits and - _ . :", () => {
    expect(issuePaths({ ...submission, articleId: "news:2026.11_iraq-1" })).toEqual([]);
  });

  it("validates the author's name and email", () => {
    expect(issuePaths({ ...submission, author: { name: "n".repeat(81) } })).toEqual(["author.name"]);
    expect(issuePaths({ ...submission, author: { name: "Sam", email: "not-an-email" } })).toEqual([
      "author.email",
    ]);
    expect(issuePaths({ ...submission, author: { name: "Sam\nSmith" } })).toEqual(["author.name"]);
    expect(issuePaths({ ...submission, author: {} })).toEqual(["author.name"]);
  });

  it("rejects unknown fields at every level, naming them", () => {
    const result = commentSubmissionSchema.safeParse({
      ...submission,
      txt: "typo",
      author: { name: "a", age: 3 },
    });
    expect(result.success).toBe(false);
    const messages = result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages.join("\n")).toMatch(/txt/);
    expect(messages.join("\n")).toMatch(/age/);
  });

  it("names every missing required field", () => {
    expect(issuePaths({}).sort()).toEqual(["articleId", "author", "text"]);
  });

  it("validates parentId as a comment id and clientRef as a safe identifier", () => {
    expect(issuePaths({ ...submission, parentId: "nope" })).toEqual(["parentId"]);
    expect(issuePaths({ ...submission, clientRef: "has space" })).toEqual(["clientRef"]);
    expect(
      issuePaths({ ...submission, parentId: "c_01jd0000000000000000000000", clientRef: "form-42" }),
    ).toEqual([]);
  });

  it("accepts optional article context for relevance and limits it", () => {
    expect(
      issuePaths({ ...submission, article: { title: "Iraq repatriation", tags: ["iraq", "isis"] } }),
    ).toEqual([]);
    expect(issuePaths({ ...submission, article: { tags: ["iraq"] } })).toEqual(["article.title"]);
  });
});
