import { App } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SITE_SETTINGS,
  readSiteSettingsContext,
  resolveSiteSettings,
  SITE_SETTING_KEYS,
  SiteSettingsError,
} from "../../lib/site-settings.js";

function problemsOf(input: Parameters<typeof resolveSiteSettings>[0]): readonly string[] {
  try {
    resolveSiteSettings(input);
  } catch (error) {
    if (error instanceof SiteSettingsError) return error.problems;
    throw error;
  }
  throw new Error("expected resolveSiteSettings to throw");
}

describe("resolveSiteSettings defaults", () => {
  it("fills every default when nothing is set", () => {
    expect(resolveSiteSettings()).toEqual({
      ...DEFAULT_SITE_SETTINGS,
      allowedOrigins: ["http://localhost:3000"],
    });
  });

  it("ignores null and undefined values", () => {
    expect(resolveSiteSettings({ publicRateLimit: undefined, alarmEmail: null }).publicRateLimit).toBe(
      DEFAULT_SITE_SETTINGS.publicRateLimit,
    );
  });
});

describe("resolveSiteSettings from `-c key=value` strings", () => {
  it("splits comma-separated origins and parses JSON lists", () => {
    expect(
      resolveSiteSettings({ allowedOrigins: "https://news.example, https://www.news.example" })
        .allowedOrigins,
    ).toEqual(["https://news.example", "https://www.news.example"]);
    expect(resolveSiteSettings({ allowedOrigins: '["https://news.example:8443"]' }).allowedOrigins).toEqual([
      "https://news.example:8443",
    ]);
  });

  it("coerces numbers, booleans and the engine policy JSON", () => {
    const settings = resolveSiteSettings({
      publicRateLimit: "12.5",
      publicBurstLimit: "25",
      oldestMessageAlarmSeconds: "900",
      logRetentionDays: "90",
      apiGatewayCloudWatchRole: "false",
      enginePolicy: '{"thresholds":{"threat":{"hold":0.4,"reject":0.7}}}',
    });
    expect(settings).toMatchObject({
      publicRateLimit: 12.5,
      publicBurstLimit: 25,
      oldestMessageAlarmSeconds: 900,
      logRetentionDays: 90,
      apiGatewayCloudWatchRole: false,
      enginePolicy: { thresholds: { threat: { hold: 0.4, reject: 0.7 } } },
    });
  });

  it("accepts native values as cdk.json gives them", () => {
    const settings = resolveSiteSettings({
      allowedOrigins: ["https://news.example"],
      enginePolicy: { mode: "hold-everything" },
      removalPolicy: "destroy",
      alarmEmail: "ops@news.example",
    });
    expect(settings).toMatchObject({ enginePolicy: { mode: "hold-everything" }, removalPolicy: "destroy" });
  });

  it("refuses an engine policy the worker would refuse, naming the field, before anything is deployed", () => {
    expect(() => resolveSiteSettings({ enginePolicy: { example: true } })).toThrow(
      /enginePolicy: Unrecognized key: "example"/,
    );
    expect(() => resolveSiteSettings({ enginePolicy: '{"mode":"strict"}' })).toThrow(/enginePolicy\.mode: /);
  });
});

describe("resolveSiteSettings validation", () => {
  it.each([
    ["https://news.example/", "trailing slash"],
    ["https://news.example/comments", "path"],
    ["*", "wildcard"],
    ["https://*.news.example", "wildcard subdomain"],
    ["http://news.example", "plain http on a public host"],
    ["news.example", "no scheme"],
  ])("rejects the origin %s (%s) naming the setting and the value", (origin) => {
    const problems = problemsOf({ allowedOrigins: [origin] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^allowedOrigins\[0\]: /);
    expect(problems[0]).toContain(JSON.stringify(origin));
    expect(problems[0]).toContain("is not an origin");
  });

  it("allows plain http only for local development hosts", () => {
    expect(
      resolveSiteSettings({ allowedOrigins: "http://localhost:5173,http://127.0.0.1:3000" }).allowedOrigins,
    ).toHaveLength(2);
  });

  it("rejects an empty or repeated origin list", () => {
    expect(problemsOf({ allowedOrigins: [] })).toEqual([
      "allowedOrigins: allowedOrigins must name at least one site origin",
    ]);
    expect(problemsOf({ allowedOrigins: "https://a.example,https://a.example" })).toEqual([
      "allowedOrigins: allowedOrigins must not repeat an origin",
    ]);
  });

  it("reports every bad setting at once in one error message", () => {
    const input = {
      allowedOrigins: ["https://ok.example", "ftp://bad.example"],
      publicRateLimit: "fast",
      publicBurstLimit: 1.5,
      moderationRateLimit: 0,
      moderationBurstLimit: 10_000,
      enginePolicy: "{not json",
      oldestMessageAlarmSeconds: 10,
      logRetentionDays: 2,
      removalPolicy: "keep",
      alarmEmail: "not-an-email",
      alarmTopicArn: "arn:aws:sns:eu-west-1:123456789012:alerts",
      webAclArn: "arn:aws:wafv2:eu-west-1:123456789012:global/webacl/x/y",
      stageName: "prod-1",
      apiGatewayCloudWatchRole: "yes",
    };
    let error: unknown;
    try {
      resolveSiteSettings(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiteSettingsError);
    const { problems, message } = error as SiteSettingsError;
    const named = problems.map((p) => p.split(":")[0]);
    expect(named).toEqual([
      "allowedOrigins[1]",
      "publicRateLimit",
      "publicBurstLimit",
      "moderationRateLimit",
      "moderationBurstLimit",
      "enginePolicy",
      "oldestMessageAlarmSeconds",
      "logRetentionDays",
      "removalPolicy",
      "alarmEmail",
      "webAclArn",
      "stageName",
      "apiGatewayCloudWatchRole",
      "alarmEmail, alarmTopicArn",
    ]);
    expect(message).toMatch(/^Invalid site settings/);
    for (const problem of problems) expect(message).toContain(problem);
  });

  it("rejects an engine policy that is not an object or too large for the Lambda environment", () => {
    expect(problemsOf({ enginePolicy: [1, 2] })[0]).toMatch(
      /^enginePolicy: enginePolicy must be a JSON object/,
    );
    expect(problemsOf({ enginePolicy: { blob: "x".repeat(3_000) } })[0]).toMatch(/at most 3000 bytes/);
  });
});

describe("readSiteSettingsContext", () => {
  it("reads each setting from the context key of the same name", () => {
    const app = new App({
      context: { allowedOrigins: "https://news.example", stageName: "live", unrelated: 1 },
    });
    const input = readSiteSettingsContext(app.node);
    expect(Object.keys(input).sort()).toEqual([...SITE_SETTING_KEYS].sort());
    expect(input.allowedOrigins).toBe("https://news.example");
    expect(input.stageName).toBe("live");
    expect(input.publicRateLimit).toBeUndefined();
  });
});
