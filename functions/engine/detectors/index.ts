/**
 * The detector registry: one ordered, commented list. Order only affects the order of evidence; the merge is
 * order-independent.
 */
import type { Detector } from "../finding.js";
import type { EnginePolicy } from "../policy.js";
import { createCodedLanguageDetector } from "./coded.js";
import { createDisguiseDetector } from "./disguise.js";
import { createIdentityAbuseDetector, createMaskedGroupDetector } from "./identity-abuse.js";
import { createJunkDetector } from "./junk.js";
import { createMenaceDetector } from "./menace.js";
import { createPersonalAttackDetector } from "./personal-attack.js";
import { createProfanityDetector } from "./profanity.js";
import { createPromotionDetector } from "./promotion.js";
import { createRelevanceDetector } from "./relevance.js";
import { createSuspicionDetector } from "./suspicion.js";
import { createThreatDetector } from "./threat.js";

function createDetectors(policy: EnginePolicy): readonly Detector[] {
  return [
    // Threats first: the most severe guideline, explicit target + intent patterns.
    createThreatDetector(),
    // Veiled threats: a person plus two of private sphere, watching, unstated consequence (holds only).
    createMenaceDetector(),
    // Slurs and group-directed abuse, with counter-speech and quotation lowering the score.
    createIdentityAbuseDetector(),
    // A group's name typed masked ("m*slims", "k*rds"): the mask as hostility.
    createMaskedGroupDetector(),
    // Insults aimed at a person; criticism of ideas stays clean.
    createPersonalAttackDetector(),
    // Lexicon of profane and obscene words, evasions resolved by normalisation.
    createProfanityDetector(),
    // Links, contacts and promotional phrases; allowed domains come from the policy.
    createPromotionDetector(policy.allowedLinkDomains),
    // Whole-comment junk ("first", "lol", mashing, only emoji).
    createJunkDetector(),
    // Catch-all that holds (never rejects) hostile vocabulary near a person or group.
    createSuspicionDetector(),
    // A word disguised from filters ("k1ll", "c l o w n"): held for a human, whatever the word.
    createDisguiseDetector(),
    // Coded language: dog whistles, veiled arson, innuendo, contempt without insult words (mostly holds).
    createCodedLanguageDetector(),
    // Relevance against the article, when the policy asks for it and an article is given.
    ...(policy.judgeRelevance ? [createRelevanceDetector()] : []),
  ];
}

export { createDetectors };
