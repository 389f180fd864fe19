import { describe, expect, it } from "vitest";
import { readReportOptions } from "../../../scripts/lib/moderation-report-options.js";

const API = ["--api", "http://127.0.0.1:3000", "--token", "t"];

describe("readReportOptions", () => {
  it("reads every option, with a date turned into an instant", () => {
    expect(
      readReportOptions(
        [...API, "--since", "2026-11-01", "--out", "d.jsonl", "--examples", "2", "--json"],
        {},
      ),
    ).toEqual({
      api: "http://127.0.0.1:3000",
      token: "t",
      since: "2026-11-01T00:00:00.000Z",
      out: "d.jsonl",
      examples: 2,
      json: true,
    });
  });

  it("falls back to API_URL and MODERATOR_TOKEN, as npm start prints them", () => {
    expect(readReportOptions([], { API_URL: "https://api.news.example/prod", MODERATOR_TOKEN: "m" })).toEqual(
      {
        api: "https://api.news.example/prod",
        token: "m",
        examples: 5,
        json: false,
      },
    );
  });

  it.each([
    [[], "--api is required"],
    [["--api", "ftp://x"], "--api must be an http(s) URL"],
    [["--api", "http://x"], "--token is required"],
    [[...API, "--since", "yesterday"], '--since must be a date such as 2026-11-01, got "yesterday"'],
    [[...API, "--examples", "lots"], "--examples must be a whole number from 0 to 100"],
    [[...API, "--out"], "--out needs a file name"],
    [[...API, "--out", "--json"], "--out needs a file name"],
  ])("names the problem: %j", (argv, message) => {
    const result = readReportOptions(argv, {});
    expect("error" in result && result.error).toContain(message);
  });
});
