/**
 * Per-site engine policy, validated once when the engine is built (a bad policy throws there, never while judging).
 * Every field has a default, so `{}` or no policy at all is the built-in behaviour.
 */
import { z } from "zod";
import { CATEGORIES } from "../domain/categories.js";
import { categorySchema } from "../domain/schemas.js";

const DEFAULT_THRESHOLDS = { reject: 0.8, hold: 0.5 } as const;

/** Reputable sources a reader may cite without the comment being held as promotion. */
const DEFAULT_ALLOWED_LINK_DOMAINS = [
  "bbc.co.uk",
  "bbc.com",
  "reuters.com",
  "apnews.com",
  "aljazeera.com",
  "theguardian.com",
  "nytimes.com",
  "washingtonpost.com",
  "ft.com",
  "economist.com",
  "france24.com",
  "dw.com",
  "npr.org",
  "pbs.org",
  "wikipedia.org",
  "un.org",
  "unhcr.org",
  "unicef.org",
  "who.int",
  "icrc.org",
  "europa.eu",
  "gov.uk",
  "gov",
  "gov.iq",
  "hrw.org",
  "amnesty.org",
  "msf.org",
  "crisisgroup.org",
  // Added 27 Nov 2026: more national papers, public broadcasters, fact-checkers and statistics offices.
  "telegraph.co.uk",
  "independent.co.uk",
  "thetimes.co.uk",
  "sky.com",
  "channel4.com",
  "itv.com",
  "cbc.ca",
  "theglobeandmail.com",
  "abc.net.au",
  "cnn.com",
  "nbcnews.com",
  "cbsnews.com",
  "wsj.com",
  "bloomberg.com",
  "latimes.com",
  "politico.com",
  "politico.eu",
  "theatlantic.com",
  "euronews.com",
  "rferl.org",
  "voanews.com",
  "lemonde.fr",
  "spiegel.de",
  "rudaw.net",
  "kurdistan24.net",
  "bellingcat.com",
  "fullfact.org",
  "politifact.com",
  "snopes.com",
  "parliament.uk",
  "gc.ca",
  "ourworldindata.org",
  "worldbank.org",
  "oecd.org",
  "nato.int",
  "icc-cpi.int",
  // Added 27 Nov 2026 (twelfth session): courts, public services and the UN's human-rights office; "int" is
  // only registered to treaty organisations (UN agencies, the Council of Europe's court).
  "int",
  "judiciary.uk",
  "supremecourt.uk",
  "police.uk",
  "nhs.uk",
  "ohchr.org",
  "icj-cij.org",
] as const;

const thresholdSchema = z
  .strictObject({
    reject: z.number().min(0).max(1).default(DEFAULT_THRESHOLDS.reject),
    hold: z.number().min(0).max(1).default(DEFAULT_THRESHOLDS.hold),
  })
  .refine((t) => t.hold <= t.reject, { message: "hold must not be above reject" });

const termSchema = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(100, { message: "must be at most 100 characters" });

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, { message: "must be a domain such as example.org" });

const thresholdsShape = Object.fromEntries(CATEGORIES.map((c) => [c, thresholdSchema.optional()])) as {
  [K in (typeof CATEGORIES)[number]]: z.ZodOptional<typeof thresholdSchema>;
};

const probabilitySchema = z.number().min(0).max(1);
/** The model's heads a site may tune: each guideline's, and the general `toxicity` head's. */
const modelHoldShape = Object.fromEntries(
  [...CATEGORIES, "toxicity"].map((h) => [h, probabilitySchema.optional()]),
) as { [K in (typeof CATEGORIES)[number] | "toxicity"]: z.ZodOptional<typeof probabilitySchema> };

const enginePolicySchema = z.strictObject({
  /** `auto-approve-clean` publishes clean comments; `hold-everything` sends them to a moderator instead. */
  mode: z.enum(["auto-approve-clean", "hold-everything"]).default("auto-approve-clean"),
  /** Per-category score thresholds; a score at or above `reject` rejects, at or above `hold` holds. */
  thresholds: z.strictObject(thresholdsShape).default({}),
  /**
   * Per model head, the probability from which the learned model alone (no rule finding that guideline) holds a
   * comment for a moderator; `toxicity` is the general head that holds what nothing else does. Defaults per head in
   * merge.ts (`MODEL_LEVELS`, `TOXICITY_HOLD_AT`), capped at the level from which the head rejects alone. Raising
   * one publishes comments only the model doubted; it changes neither what rules hold or reject nor when the model
   * rejects.
   */
  modelHoldAt: z.strictObject(modelHoldShape).default({}),
  /** Site terms that always reject, with the guideline the site files them under. Matched as whole words. */
  blockList: z
    .array(z.strictObject({ term: termSchema, category: categorySchema }))
    .max(500)
    .default([]),
  /** Terms never counted against a comment on this site (e.g. "damn", "bloody"). Matched as whole words. */
  allowList: z.array(termSchema).max(500).default([]),
  /** Domains a link may point to without being promotion; subdomains included. Replaces the default list. */
  allowedLinkDomains: z
    .array(domainSchema)
    .max(500)
    .default([...DEFAULT_ALLOWED_LINK_DOMAINS]),
  /** Judge relevance against the article when one is given. */
  judgeRelevance: z.boolean().default(true),
  /**
   * Comments mostly in another language: `judge` them by that language's lexicon where the engine has one
   * (approve, hold or reject; English rules only hold them), or `hold` every one for a moderator.
   */
  otherLanguages: z.enum(["judge", "hold"]).default("judge"),
  /** Use the learned model where rules are silent. */
  useModel: z.boolean().default(true),
});

type EnginePolicyInput = z.input<typeof enginePolicySchema>;
type EnginePolicy = z.output<typeof enginePolicySchema>;

/** Thrown at construction when the policy is invalid; names every failing field. */
class EnginePolicyError extends Error {
  override readonly name = "EnginePolicyError";
  constructor(
    message: string,
    readonly issues: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function parseEnginePolicy(input: unknown): EnginePolicy {
  const result = enginePolicySchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join(".") || "(policy)"}: ${i.message}`);
  throw new EnginePolicyError(`Invalid engine policy: ${issues.join("; ")}`, issues, { cause: result.error });
}

/**
 * A policy sent as JSON text (ENGINE_POLICY, as the worker receives it), with a tool's `overrides` on top; bad
 * JSON is an EnginePolicyError too.
 */
function parseEnginePolicyJson(
  raw: string | undefined,
  overrides: Record<string, unknown> = {},
): EnginePolicy {
  let value: unknown = {};
  try {
    if (raw) value = JSON.parse(raw);
  } catch (error) {
    const message = `not valid JSON: ${(error as Error).message}`;
    throw new EnginePolicyError(`Invalid engine policy: ${message}`, [message], { cause: error });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new EnginePolicyError("Invalid engine policy: must be a JSON object", ["must be a JSON object"]);
  }
  return parseEnginePolicy({ ...value, ...overrides });
}

function thresholdsFor(
  policy: EnginePolicy,
  category: (typeof CATEGORIES)[number],
): { reject: number; hold: number } {
  return policy.thresholds[category] ?? DEFAULT_THRESHOLDS;
}

export type { EnginePolicy, EnginePolicyInput };
export {
  DEFAULT_ALLOWED_LINK_DOMAINS,
  DEFAULT_THRESHOLDS,
  EnginePolicyError,
  enginePolicySchema,
  parseEnginePolicy,
  parseEnginePolicyJson,
  thresholdsFor,
};
