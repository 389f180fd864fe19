/**
 * The guideline categories of the comment policy. The codes are part of the public API (stored records,
 * the classify CLI, the moderation API) and must never be renamed.
 */
const CATEGORIES = [
  "profanity",
  "vulgarity",
  "threat",
  "personal_attack",
  "identity_abuse",
  "promotion",
  "off_topic",
] as const;

type Category = (typeof CATEGORIES)[number];

/** Kinds of identity abuse kept as a subtype in the evidence, so moderators see which group was targeted. */
const IDENTITY_SUBTYPES = [
  "sexism",
  "racism",
  "homophobia",
  "xenophobia",
  "religious_hatred",
  "disability",
  "other",
] as const;

type IdentitySubtype = (typeof IDENTITY_SUBTYPES)[number];

/**
 * The reason a reader is shown when a comment is rejected (EU DSA, Art. 17: a statement of reasons naming the
 * rule that was broken). Written for the public, so it names the guideline, never the words that matched.
 */
const PUBLIC_REASONS: Readonly<Record<Category, string>> = {
  profanity: "The comment contains profanity, which our comment policy does not allow.",
  vulgarity:
    "The comment contains vulgar or sexually explicit language, which our comment policy does not allow.",
  threat: "The comment contains a threat, which our comment policy does not allow.",
  personal_attack:
    "The comment attacks a person rather than discussing ideas, which our comment policy does not allow.",
  identity_abuse:
    "The comment contains abuse aimed at a group (such as sexism, racism, homophobia or xenophobia), which our comment policy does not allow.",
  promotion:
    "The comment promotes a product, service, channel or person, which our comment policy does not allow.",
  off_topic: "The comment is not about the article it was posted on, which our comment policy requires.",
};

/** Used when a moderator rejects without naming a guideline. */
const GENERIC_PUBLIC_REASON = "The comment does not follow our comment policy.";

export type { Category, IdentitySubtype };
export { CATEGORIES, GENERIC_PUBLIC_REASON, IDENTITY_SUBTYPES, PUBLIC_REASONS };
