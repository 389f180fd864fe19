/**
 * Suspicion: a catch-all that only ever HOLDS (score 0.55, below every default reject threshold). Precise rules
 * miss new phrasings; a human should see a comment that combines a person or group in the discussion with
 * hostile vocabulary even when no precise rule matched. Costs a few civil comments a moderator's glance; never
 * rejects on its own.
 *   - threat: violence vocabulary + a second-person target or first-person future in the same sentence;
 *   - personal_attack: insult vocabulary + a person reference (you, the author, he/she, @reply) in the sentence;
 *   - identity_abuse: a protected group + dehumanising or hostile vocabulary in the sentence, no negation;
 *   - vulgarity: sexual verbs aimed at people;
 *   - personal_attack: "you are" + a negative trait, dismissals ("stop whining", "nobody cares");
 *   - threat: menacing words (coffin, "watch yourself", "your family", "need a doctor").
 */
import type { Category } from "../../domain/categories.js";
import type { Detector, Finding } from "../finding.js";
import { COUNTER_SPEECH, DEGRADING, GROUPS } from "../lexicon/groups.js";
import { INSULT_ADJECTIVES, MILD_INSULT_NOUNS, STRONG_INSULT_NOUNS } from "../lexicon/insults.js";
import { alternation, makeFinding, matches } from "./pattern-rule.js";

const HOLD = 0.55;

const VIOLENCE =
  /\b(?:kill\w*|murder\w*|shoot|shot|stab\w*|hang|hanged|hung|lynch\w*|behead\w*|bomb|bombs|burn|burned|burnt|knife|knives|bullets?|rope|noose|petrol|acid|slit|throat|strangle\w*|beat(?:en|ing)?|hurt|die|dies|bleed|torch|machetes?|run over|break your|smash|punch|hunt|visit)\b/;
const SECOND_PERSON = /\b(?:you|u|your|ya|yourself|ur)\b|@\w/;
const FIRST_FUTURE =
  /\b(?:i|we)(?:'ll| will|'m going to| am going to| are going to|'re going to|'m gonna| gonna| swear)\b/;

const INSULTS = new RegExp(
  `\\b(?:${alternation([...STRONG_INSULT_NOUNS, ...MILD_INSULT_NOUNS, ...INSULT_ADJECTIVES, "garbage", "rubbish", "trash", "nonsense", "disgrace", "shameful", "ridiculous", "laughable", "scum", "vermin", "worm", "filth", "pig", "rat"])})s?\\b`,
);
const PERSON_REF =
  /\b(?:you|u|your|ya|ur|author|writer|journalist|reporter|editor|columnist|commenter|poster|he|she|him|her|this guy|this woman|this man)\b|@\w/;

const GROUP = new RegExp(`\\b(?:${alternation(Object.values(GROUPS).flat())})\\b`);
const HOSTILE = new RegExp(
  `\\b(?:${alternation([...DEGRADING, "hate", "deport", "deported", "out", "ban", "banned", "invade", "invading", "invasion", "breed", "breeding", "rape", "raping", "terror", "crime", "flood", "flooding", "swarm", "swarming", "take over", "replace", "replacement"])})\\b`,
);
const NEGATION =
  /\b(?:not|never|no|isn't|aren't|don't|doesn't|nothing|nobody|wrong|myth|racist|racism|bigot\w*|hate speech|stereotype\w*)\b/;

/** Negative judgements of a person's character or mind (not of their argument: "wrong", "mistaken" are absent). */
const NEGATIVE_TRAITS =
  /\b(?:sick|evil|vile|pathetic|disgusting|sad|bitter|deluded|delusional|ridiculous|ignorant|naive|clueless|hypocritical|hypocrite|dishonest|shameless|heartless|cruel|twisted|mad|crazy|insane|nuts|deranged|unhinged|hysterical|paranoid|brainwashed|gullible|dense|thick|slow|lazy|useless|worthless|weak|spineless|cowardly|arrogant|smug|condescending|pompous|entitled|disgraceful|shameful|sickening|repulsive|revolting|foul|nasty|toxic|rude|obnoxious|pitiful|laughable|clown|joke|embarrassment|disgrace|traitor|crybaby|whiner|genius|einstein|sheeple|boomer|karen|libtard|snowflake|muppet|weirdo|creep|freak|nutter|lunatic)\b/;
const SECOND_PERSON_BE =
  /\b(?:you(?:'re| are| r)|u r|ur|you must be|you sound|you seem|you look|you're such|what are you|are you)\b|@\w/;
const DISMISSAL =
  /\b(?:stop (?:whining|crying|moaning|trolling|lying)|cry more|grow up|get over (?:it|yourself)|get a grip|get a job|wake up,? sheeple|do your (?:own )?research|educate yourself|nobody cares|no one cares|who cares what you|who asked|keep crying|boo hoo|cope|seethe)\b/;
const MENACE_WORDS =
  /\b(?:coffin|body bag|grave|target on (?:your|his|her) back|watch yourself|watch it|know people|your neighbourhood|your neighborhood|your family|your kids|your children|your address|be joining them|join them soon|you're next|in for a surprise|won't be so brave|accidents happen|need a doctor|need an ambulance|end up in hospital)\b/;

const SEXUAL =
  /\b(?:pervs?|perverts?|in bed together|get(?:ting)? laid|bent over|sexually obsessed|sex-obsessed|genitals|balls cut off|cut (?:his|their|off their) balls|whoring|screw(?:ing|ed|s)?|shag(?:ging|ged|s)?|bang(?:ing|ed)?|hump(?:ing|ed)?|grope\w*|sexy|naked|nudes?|horny|orgy|orgasm)\b/;

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;

function createSuspicionDetector(): Detector {
  return {
    id: "suspicion",
    detect({ norm }) {
      const findings: Finding[] = [];
      const add = (category: Category, rule: string, start: number, end: number) =>
        findings.push(makeFinding(norm, start, end, { category, rule, score: HOLD }));
      // One pass over the whole text first: most comments contain none of the vocabularies.
      const t = norm.text;
      if (
        !VIOLENCE.test(t) &&
        !INSULTS.test(t) &&
        !GROUP.test(t) &&
        !SEXUAL.test(t) &&
        !NEGATIVE_TRAITS.test(t) &&
        !DISMISSAL.test(t) &&
        !MENACE_WORDS.test(t)
      ) {
        return findings;
      }
      for (const m of matches(SENTENCE, norm.text, 200)) {
        const s = m[0];
        const start = m.index;
        const end = start + s.length;
        if (VIOLENCE.test(s) && (SECOND_PERSON.test(s) || FIRST_FUTURE.test(s))) {
          add("threat", "suspicion.violence-at-person", start, end);
        }
        if (INSULTS.test(s) && PERSON_REF.test(s))
          add("personal_attack", "suspicion.insult-near-person", start, end);
        // Quoting ("call refugees 'vermin'") and counter-speech are how people condemn abuse.
        const cited = /["“”]/.test(norm.original.slice(norm.starts[start] ?? 0, norm.ends[end - 1] ?? 0));
        const hostile = HOSTILE.test(s.replace(/\bsick (?:of|and tired)\b/g, ""));
        if (GROUP.test(s) && hostile && !NEGATION.test(s) && !cited && !COUNTER_SPEECH.test(s)) {
          add("identity_abuse", "suspicion.hostile-about-group", start, end);
        }
        if (SEXUAL.test(s)) add("vulgarity", "suspicion.sexual", start, end);
        if (NEGATIVE_TRAITS.test(s) && SECOND_PERSON_BE.test(s))
          add("personal_attack", "suspicion.you-negative-trait", start, end);
        if (DISMISSAL.test(s)) add("personal_attack", "suspicion.dismissal", start, end);
        if (MENACE_WORDS.test(s)) add("threat", "suspicion.menace-words", start, end);
      }
      return findings;
    },
  };
}

export { createSuspicionDetector };
