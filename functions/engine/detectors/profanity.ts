/**
 * Profanity and vulgarity: the curated lexicon (whole words, evasions resolved by normalisation) plus a few
 * obscene phrases whose words are harmless alone ("suck my ...", "circle jerk").
 */
import type { Detector, Finding } from "../finding.js";
import { LEXICON } from "../lexicon/terms.js";
import { asCited, citedScore, quotedScore } from "./citation.js";
import { createLexiconMatcher } from "./lexicon-matcher.js";
import type { PatternRule } from "./pattern-rule.js";
import { makeFinding, runPatternRules } from "./pattern-rule.js";
import { gatedTest } from "./rule-prefilter.js";

const PHRASES: readonly PatternRule[] = [
  {
    id: "vulgarity.phrase.suck-my",
    category: "vulgarity",
    score: 0.95,
    re: /\b(?:suck|sucks|sucking|sucked|sucker) (?:(?:my|his|a|some|their|your|each other's|off) )?(?:dick|dicks|cock|cocks|balls|d\*+ck|c\*+ck|d\*+k|c\*+k)\b/g,
  },
  {
    id: "vulgarity.phrase.up-your",
    category: "vulgarity",
    score: 0.85,
    re: /\b(?:shove|stick|ram|put|shoved|stuck)(?: [\w']+){1,3} up (?:your|his|her|their|its|each other's|each others) (?:arse|ass|backside|backsides|bum|behind|rear)\b|\bso far up (?:each other's|each others|his|her|their|your) (?:arses?|ass(?:es)?|backsides?|bums?)\b|\bwhere the sun (?:don't|doesn't|does not|dont|doesnt) shine\b/g,
  },
  {
    id: "vulgarity.phrase.jerk",
    category: "vulgarity",
    score: 0.85,
    re: /\b(?:circle ?jerk(?:s|ing)?|jerk(?:s|ing|ed)? (?:off|him off|me off))\b/g,
  },
  {
    id: "vulgarity.phrase.get-off-on",
    category: "vulgarity",
    score: 0.8,
    re: /\b(?:get|gets|getting|got) (?:their |his |her |my )?(?:rocks )?off (?:on|to)\b|\b(?:get|gets|getting|got) (?:their|his|her|my) rocks off\b|\bpimp(?:s|ing|ed)? (?:out|their|his|her)\b/g,
  },
  { id: "vulgarity.phrase.blow-me", category: "vulgarity", score: 0.8, re: /\bblow me\b/g },
  {
    // Sexual slang whose words are harmless alone: "getting a reach-around", "creaming themselves", "sucking
    // each other off".
    id: "vulgarity.phrase.sexual-slang",
    category: "vulgarity",
    score: 0.85,
    re: /\breach[- ]?arounds?\b|\bcream(?:s|ed|ing)? (?:themselves|himself|herself|yourself|yourselves|their pants|his pants|her knickers|their knickers)\b|\b(?:suck|sucks|sucking|sucked|blow|blows|blowing|blew|toss|tossing|tossed|wank|wanking|wanked) (?:each other|one another)(?: off)?\b|\bgagging for it\b|\bcrotchless\b/g,
  },
  {
    id: "profanity.phrase.my-arse",
    category: "profanity",
    score: 0.8,
    re: /\b(?:my|your|his|her) (?:arse|ass)\b/g,
  },
  { id: "profanity.phrase.piss-off", category: "profanity", score: 0.8, re: /\bpiss off\b/g },
  { id: "profanity.phrase.kiss-my", category: "profanity", score: 0.85, re: /\bkiss my (?:ass|arse)\b/g },
  { id: "profanity.phrase.screw-you", category: "profanity", score: 0.75, re: /\bscrew (?:you|u|off)\b/g },
  {
    // The elided swear word ("f-ing", "f'n", "f--king", "f***in'"): "f" + a separator + the word's ending.
    id: "profanity.phrase.elided",
    category: "profanity",
    score: 0.85,
    re: /(?<![a-z0-9])f(?:-+|'|\*+)(?:ing|in|n|ed|er|ers|off|u|k|king|kin)(?![a-z])/g,
  },
  { id: "profanity.phrase.go-to-hell", category: "profanity", score: 0.6, re: /\bgo to hell\b/g },
];

const PHRASE_WORDS =
  /(?<![a-z0-9])f[-'*.]|\b(?:off|pimp\w*|suck|sucks|sucking|sucked|sucker|up|jerk\w*|circle|blow\w*|blew|piss\w*|kiss|screw|hell|my|your|his|her|shine|reach|cream\w*|each|one|gagging|crotchless|toss\w*|wank\w*)\b/;

/** Score of a masked or leet-spelt lexicon word ("d*mn", "bl**dy", "bl00dy"): the hold level. */
const MASKED_AT_LEAST = 0.6;

/** Digits or symbols for letters in the word as the reader wrote it. */
const DISGUISED = /[0-9@$!|*]/;

function createProfanityDetector(): Detector {
  const matcher = createLexiconMatcher(
    LEXICON.filter((t) => t.category === "profanity" || t.category === "vulgarity"),
  );
  return {
    id: "profanity",
    detect({ norm }) {
      const findings: Finding[] = matcher.match(norm).map((hit) => {
        const cited = citedScore(norm, hit.token.start, hit.token.end);
        // A cited word keeps its own rule name: the merge holds such a comment rather than let the model, which
        // sees only the word, reject it (merge.ts `citedOnly`).
        const finding = makeFinding(norm, hit.token.start, hit.token.end, {
          category: hit.term.category,
          rule: `${hit.term.category}.lexicon.${hit.how}${cited === undefined ? "" : ".cited"}`,
          score: Math.min(hit.term.score, cited ?? 1),
        });
        // A mild word the reader masked or spelt with digits or symbols ("d*mn", "bl00dy") is one they mean as a
        // swearword: held at least.
        if (hit.how !== "masked" && !DISGUISED.test(finding.match ?? "")) return finding;
        return { ...finding, score: Math.min(Math.max(hit.term.score, MASKED_AT_LEAST), cited ?? 1) };
      });
      if (!gatedTest(PHRASE_WORDS, norm.text)) return findings;
      const phrases = runPatternRules(PHRASES, norm).map((f) => {
        const quoted = quotedScore(norm, f.start, f.end);
        return quoted === undefined ? f : asCited(f, quoted);
      });
      return findings.concat(phrases);
    },
  };
}

export { createProfanityDetector };
