/**
 * Per-site settings of a deployment: read from CDK context (`cdk.json` or `-c key=value`) or stack props,
 * filled with defaults and validated in one pass, so a bad value fails `cdk synth` with every problem listed
 * rather than a half-configured deploy. Context values given with `-c` arrive as strings; they are coerced here.
 * Every setting is documented in docs/configuration.md.
 */
import type { Node } from "constructs";
import { z } from "zod";
import { enginePolicySchema } from "../functions/engine/policy.js";

/** CloudWatch Logs accepts only these retention periods (days). */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Lambda allows 4 KB of environment variables per function; leave room for the others. */
const ENGINE_POLICY_MAX_BYTES = 3_000;

/** API Gateway's default account-level limits; values above them would be silently capped. */
const MAX_RATE_LIMIT = 10_000;
const MAX_BURST_LIMIT = 5_000;

/** The queue keeps messages four days; an age alarm beyond that could never fire. */
const MAX_OLDEST_MESSAGE_ALARM_SECONDS = 4 * 24 * 60 * 60;

const REMOVAL_POLICIES = ["retain", "destroy"] as const;

const DEFAULT_SITE_SETTINGS = {
  allowedOrigins: ["http://localhost:3000"],
  publicRateLimit: 50,
  publicBurstLimit: 100,
  moderationRateLimit: 20,
  moderationBurstLimit: 40,
  oldestMessageAlarmSeconds: 300,
  logRetentionDays: 30,
  removalPolicy: "retain",
  stageName: "v1",
  apiGatewayCloudWatchRole: true,
} as const;

/** Context keys, one per setting; the context key is the setting's name. */
const SITE_SETTING_KEYS = [
  "allowedOrigins",
  "publicRateLimit",
  "publicBurstLimit",
  "moderationRateLimit",
  "moderationBurstLimit",
  "enginePolicy",
  "oldestMessageAlarmSeconds",
  "logRetentionDays",
  "removalPolicy",
  "alarmEmail",
  "alarmTopicArn",
  "webAclArn",
  "stageName",
  "apiGatewayCloudWatchRole",
] as const;

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** An origin exactly as a browser sends it in the Origin header: scheme, host, optional port, nothing else. */
function isOrigin(value: string): boolean {
  // WHATWG URL parsing accepts `*` in a host name; CORS never matches it as a wildcard, so refuse it here.
  if (value.includes("*")) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin !== value) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname));
}

/** `-c a,b` and `-c '["a","b"]'` both give a list; cdk.json gives a real array. */
function toList(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed.startsWith("[")) return parseJsonOr(trimmed);
  return trimmed
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function toNumber(value: unknown): unknown {
  if (typeof value !== "string" || value.trim() === "") return value;
  const n = Number(value);
  return Number.isNaN(n) ? value : n;
}

function toBoolean(value: unknown): unknown {
  if (value === "true") return true;
  if (value === "false") return false;
  return value;
}

function toJson(value: unknown): unknown {
  return typeof value === "string" ? parseJsonOr(value) : value;
}

/** Unparseable JSON stays a string, so the schema reports it instead of JSON.parse throwing. */
function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function rate(label: string) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: `${label} must be a number (requests per second)` })
      .positive({ error: `${label} must be greater than 0` })
      .max(MAX_RATE_LIMIT, { error: `${label} must be at most ${MAX_RATE_LIMIT}` }),
  );
}

function burst(label: string) {
  return z.preprocess(
    toNumber,
    z
      .number({ error: `${label} must be a whole number of requests` })
      .int({ error: `${label} must be a whole number of requests` })
      .min(1, { error: `${label} must be at least 1` })
      .max(MAX_BURST_LIMIT, { error: `${label} must be at most ${MAX_BURST_LIMIT}` }),
  );
}

const originSchema = z.string({ error: "each origin must be a string" }).refine(isOrigin, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an origin: use https://host[:port] (http only for localhost), ` +
    "with no path, no trailing slash and no wildcard",
});

const jsonObjectSchema = z.record(z.string(), z.unknown(), {
  error: "enginePolicy must be a JSON object (in cdk.json) or a JSON object string (with -c)",
});

const siteSettingsSchema = z.object({
  allowedOrigins: z
    .preprocess(
      toList,
      z
        .array(originSchema, { error: "allowedOrigins must be a list of origins" })
        .min(1, { error: "allowedOrigins must name at least one site origin" }),
    )
    .default([...DEFAULT_SITE_SETTINGS.allowedOrigins])
    .refine((origins) => new Set(origins).size === origins.length, {
      error: "allowedOrigins must not repeat an origin",
    }),
  publicRateLimit: rate("publicRateLimit").default(DEFAULT_SITE_SETTINGS.publicRateLimit),
  publicBurstLimit: burst("publicBurstLimit").default(DEFAULT_SITE_SETTINGS.publicBurstLimit),
  moderationRateLimit: rate("moderationRateLimit").default(DEFAULT_SITE_SETTINGS.moderationRateLimit),
  moderationBurstLimit: burst("moderationBurstLimit").default(DEFAULT_SITE_SETTINGS.moderationBurstLimit),
  enginePolicy: z
    .preprocess(toJson, jsonObjectSchema)
    .refine((policy) => Buffer.byteLength(JSON.stringify(policy)) <= ENGINE_POLICY_MAX_BYTES, {
      error: `enginePolicy must be at most ${ENGINE_POLICY_MAX_BYTES} bytes as JSON (Lambda environment limit)`,
    })
    // The worker validates the policy again when it starts; checking here too means a bad one fails the synth
    // instead of sending every comment to the dead-letter queue.
    .superRefine((policy, context) => {
      const parsed = enginePolicySchema.safeParse(policy);
      for (const issue of parsed.error?.issues ?? []) {
        context.addIssue({
          code: "custom",
          path: issue.path,
          message: `${issue.message} (see docs/engine.md)`,
        });
      }
    })
    .optional(),
  oldestMessageAlarmSeconds: z
    .preprocess(
      toNumber,
      z
        .number({ error: "oldestMessageAlarmSeconds must be a number of seconds" })
        .int({ error: "oldestMessageAlarmSeconds must be a whole number of seconds" })
        .min(60, { error: "oldestMessageAlarmSeconds must be at least 60" })
        .max(MAX_OLDEST_MESSAGE_ALARM_SECONDS, {
          error: `oldestMessageAlarmSeconds must be at most ${MAX_OLDEST_MESSAGE_ALARM_SECONDS} (queue retention)`,
        }),
    )
    .default(DEFAULT_SITE_SETTINGS.oldestMessageAlarmSeconds),
  logRetentionDays: z
    .preprocess(
      toNumber,
      z.number().refine((n) => (LOG_RETENTION_DAYS as readonly number[]).includes(n), {
        error: `logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(", ")}`,
      }),
    )
    .default(DEFAULT_SITE_SETTINGS.logRetentionDays),
  removalPolicy: z
    .enum(REMOVAL_POLICIES, { error: `removalPolicy must be one of ${REMOVAL_POLICIES.join(", ")}` })
    .default(DEFAULT_SITE_SETTINGS.removalPolicy),
  alarmEmail: z.email({ error: "alarmEmail must be an e-mail address" }).optional(),
  alarmTopicArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/, {
      error: "alarmTopicArn must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)",
    })
    .optional(),
  webAclArn: z
    .string()
    .regex(/^arn:aws[a-z-]*:wafv2:[a-z0-9-]+:\d{12}:regional\/webacl\/[^/]+\/[^/]+$/, {
      error:
        "webAclArn must be a regional WAFv2 web ACL ARN (arn:aws:wafv2:<region>:<account>:regional/webacl/...)",
    })
    .optional(),
  stageName: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,128}$/, { error: "stageName may contain only letters, digits and _" })
    .default(DEFAULT_SITE_SETTINGS.stageName),
  apiGatewayCloudWatchRole: z
    .preprocess(toBoolean, z.boolean({ error: "apiGatewayCloudWatchRole must be true or false" }))
    .default(DEFAULT_SITE_SETTINGS.apiGatewayCloudWatchRole),
});

type SiteSettings = z.output<typeof siteSettingsSchema>;
type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];
/** Raw settings as they come from context or props: every key optional, values not yet coerced. */
type SiteSettingsInput = Partial<Record<SiteSettingKey, unknown>>;

/** Thrown when settings are invalid; `problems` lists every one, the message repeats them for the CLI. */
class SiteSettingsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `Invalid site settings (CDK context or stack props):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "SiteSettingsError";
    this.problems = problems;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

/** Cross-setting conflicts, checked on the raw input so they are reported together with field errors. */
function conflicts(input: SiteSettingsInput): string[] {
  const found: string[] = [];
  if (input.alarmEmail !== undefined && input.alarmTopicArn !== undefined) {
    found.push("alarmEmail, alarmTopicArn: set one of them, not both");
  }
  return found;
}

/** Fills defaults and validates; throws one SiteSettingsError naming every bad setting. */
function resolveSiteSettings(input: SiteSettingsInput = {}): SiteSettings {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  const result = siteSettingsSchema.safeParse(defined);
  const problems = result.success
    ? []
    : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  problems.push(...conflicts(defined));
  if (result.success && problems.length === 0) return result.data;
  throw new SiteSettingsError(problems);
}

/** Reads every setting's context key (cdk.json `context` or `-c`); absent keys stay undefined. */
function readSiteSettingsContext(node: Node): SiteSettingsInput {
  return Object.fromEntries(SITE_SETTING_KEYS.map((key) => [key, node.tryGetContext(key)]));
}

export type { SiteSettingKey, SiteSettings, SiteSettingsInput };
export {
  DEFAULT_SITE_SETTINGS,
  LOG_RETENTION_DAYS,
  readSiteSettingsContext,
  resolveSiteSettings,
  SITE_SETTING_KEYS,
  SiteSettingsError,
};
