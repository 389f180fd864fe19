/**
 * Identity abuse (with subtype): slurs, and abuse aimed at a whole group: dehumanising generalisations ("all X are
 * vermin"), exclusion ("send them all back", "go back to your country"), violence against the group, classic
 * sexist and homophobic formulas. Neutral mentions of groups are clean, and counter-speech ("not all Muslims are
 * terrorists", "saying 'send them back' is heartless") or quoting a slur to condemn it scores low.
 */
import type { IdentitySubtype } from "../../domain/categories.js";
import type { Detector, Finding } from "../finding.js";
import { COUNTER_SPEECH, DEGRADING, DEROGATORY, GROUPS } from "../lexicon/groups.js";
import { LEXICON } from "../lexicon/terms.js";
import type { NormalizedText } from "../normalize/index.js";
import { createLexiconMatcher } from "./lexicon-matcher.js";
import type { PatternRule } from "./pattern-rule.js";
import { alternation, before, makeFinding, runPatternRules } from "./pattern-rule.js";

const QUANTIFIER =
  "(?:all|most|these|those|typical|every one of these|every single one of these|bloody|filthy|dirty|fucking|the|you|our|their|many|so many)";
const LINK =
  "(?:are|is|r|'re|are all|are just|are nothing but|are basically|are simply|are naturally|are genetically|are like|are a bunch of|are by nature|are inherently|are always|are literally|are really|are so|are such|are mostly|are all just|is just|is nothing but|is basically|is a bunch of|are the same|are all the same)";
const STRONG_PRED = `(?:${alternation(DEGRADING)})`;
const WEAK_PRED = `(?:${alternation(DEROGATORY)})`;
const HARM_VERB =
  "(?:kill|gas|exterminate|shoot|hang|burn|nuke|wipe out|slaughter|eradicate|lynch|genocide|bomb)";
const EXCLUDE_VERB = "(?:deport|kick out|send back|throw out|get rid of|round up|ban|expel|remove|ship back)";
const ALL = "(?:all|every|every last|every single|each and every|all of)";

function counter(score: number) {
  return (norm: NormalizedText, index: number) => (COUNTER_SPEECH.test(before(norm, index, 60)) ? 0.2 : score);
}

function groupRules(subtype: Exclude<IdentitySubtype, "other">, groups: readonly string[]): PatternRule[] {
  const g = `(?:${alternation(groups)})`;
  const quantified = new RegExp(`\\b(?:${QUANTIFIER}|${ALL}) `, "y");
  return [
    {
      id: `identity_abuse.${subtype}.dehumanising-generalisation`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(`\\b${g} ${LINK} ${STRONG_PRED}\\b`, "g"),
      adjust: counter(0.9),
    },
    {
      id: `identity_abuse.${subtype}.derogatory-generalisation`,
      category: "identity_abuse",
      subtype,
      score: 0.65,
      re: new RegExp(`\\b(?:(?:${QUANTIFIER}|${ALL}) )?${g} ${LINK} ${WEAK_PRED}\\b`, "g"),
      adjust: (norm, index, match) => {
        quantified.lastIndex = 0;
        const base = quantified.test(match) ? 0.85 : 0.65;
        return counter(base)(norm, index);
      },
    },
    {
      id: `identity_abuse.${subtype}.violence-against-group`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(`\\b${HARM_VERB}(?: ${ALL})?(?: of)?(?: the| these| those)? ${g}\\b`, "g"),
      adjust: counter(0.95),
    },
    {
      id: `identity_abuse.${subtype}.exclusion-of-group`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(`\\b${EXCLUDE_VERB} ${ALL}(?: of)?(?: the| these| those)? ${g}\\b`, "g"),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.exclusion-of-group.unquantified`,
      category: "identity_abuse",
      subtype,
      score: 0.5,
      re: new RegExp(`\\b${EXCLUDE_VERB}(?: the| these| those)? ${g}\\b`, "g"),
      adjust: counter(0.5),
    },
    {
      id: `identity_abuse.${subtype}.group-out`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(`\\b${g} (?:out|go home|go back|get out|not welcome)(?=\\s*(?:[.!,]|$))`, "g"),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.group-should-be-harmed`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(
        `\\b${g} (?:should|must|need to|ought to|deserve to)(?: all)?(?: just)? (?:be shot|be killed|die|burn|be gassed|be exterminated|be hanged|hang|be castrated|be sterilised|be sterilized|be locked up|be wiped out|be lynched|not be allowed|never be allowed|not have rights|have no rights|not vote|not be allowed to vote|be banned|be cured)\\b`,
        "g",
      ),
      adjust: counter(0.9),
    },
    {
      id: `identity_abuse.${subtype}.group-should-leave`,
      category: "identity_abuse",
      subtype,
      score: 0.6,
      re: new RegExp(
        `\\b${g} (?:should|must|need to|ought to)(?: all)? (?:be deported|be sent back|go back|be expelled|be removed|leave|get out)\\b`,
        "g",
      ),
      adjust: counter(0.6),
    },
    {
      id: `identity_abuse.${subtype}.hatred`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(`\\bi (?:hate|despise|detest|can't stand|cannot stand)(?: all)?(?: the| these| those)? ${g}\\b`, "g"),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.only-good-dead`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(`\\bthe only good ${g} (?:is|are) (?:a )?dead\\b`, "g"),
    },
    {
      id: `identity_abuse.${subtype}.group-ruins`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g} (?:ruin|ruins|destroy|destroys|infest|infests|invade|invades|breed like|bring nothing but|brings nothing but|only bring|only brings|bring|brings) (?:every|our|this|the country|crime|disease|terror|rape|violence|drugs|filth)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
  ];
}

const GROUP_RULES: readonly PatternRule[] = Object.entries(GROUPS).flatMap(([subtype, groups]) =>
  groupRules(subtype as Exclude<IdentitySubtype, "other">, groups),
);

const ANY_GROUP = new RegExp(`\\b(?:${alternation(Object.values(GROUPS).flat())})\\b`);

const FORMULA_RULES: readonly PatternRule[] = [
  {
    id: "identity_abuse.sexism.kitchen",
    category: "identity_abuse",
    subtype: "sexism",
    score: 0.9,
    re: /\b(?:women|woman|females|wives|she|girls)(?: should| must| need to)? (?:belong|belongs|stay|stays|get back|go back|be kept)(?: back)? (?:in|to) the kitchen\b|\bmake me a sandwich\b|\bknow (?:her|their) place\b|\bbarefoot and pregnant\b/g,
    adjust: counter(0.9),
  },
  {
    id: "identity_abuse.sexism.rights",
    category: "identity_abuse",
    subtype: "sexism",
    score: 0.85,
    re: /\b(?:women|females|wives)(?: should| must)(?:n't| not| never)(?: be allowed to)? (?:vote|work|drive|speak|testify|have rights|lead|be in charge|be educated)\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.religious_hatred.conspiracy",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: 0.85,
    re: /\b(?:the )?(?:jews|zionists) (?:are behind|control|run|own|rule)(?: all| everything| the| this| our)\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.xenophobia.go-back",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /\bgo back to (?:your|their|ur) (?:own )?(?:country|countries|homeland|desert|deserts|jungle|cave|caves|shithole|village)\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.xenophobia.your-kind",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /\b(?:don't|do not|dont) want (?:your|their|ur) kind\b|\b(?:your|their) kind (?:aren't|are not|is not|isn't) welcome\b/g,
    adjust: counter(0.85),
  },
];

const SEND_BACK = /\b(?:send|ship|kick|throw|deport|fly) (?:them|these people|those people|em|the lot of them|the lot)(?: all)? (?:back|out|home)\b/g;

/** A quoted slur, or one introduced as reported speech ("called me a ..."), is cited, not used. */
const CITED =
  /(?:["'`]\s*$)|\b(?:the word|the term|the slur|called (?:me|him|her|us|them|my \w+)(?: an?)?|calling (?:me|him|her|us|them)(?: an?)?|n-word|word like)\s*["'`]?\s*$/;
const CONDEMNATION =
  /\b(?:racist|racism|disgusting|unacceptable|hate|hateful|slur|offensive|abhorrent|vile|shameful|bigot|bigotry|wrong)\b/;

function createIdentityAbuseDetector(): Detector {
  const slurs = createLexiconMatcher(LEXICON.filter((t) => t.category === "identity_abuse"));
  return {
    id: "identity_abuse",
    detect({ norm }) {
      const findings: Finding[] = [];
      for (const hit of slurs.match(norm)) {
        const cited = CITED.test(before(norm, hit.token.start, 30));
        const score = cited ? (CONDEMNATION.test(norm.text) ? 0.2 : 0.5) : hit.term.score;
        findings.push(
          makeFinding(norm, hit.token.start, hit.token.end, {
            category: "identity_abuse",
            rule: cited ? "identity_abuse.slur.cited" : `identity_abuse.slur.${hit.how}`,
            score,
            ...(hit.term.subtype ? { subtype: hit.term.subtype } : {}),
          }),
        );
      }
      findings.push(...runPatternRules(GROUP_RULES, norm), ...runPatternRules(FORMULA_RULES, norm));
      SEND_BACK.lastIndex = 0;
      for (const m of norm.text.matchAll(SEND_BACK)) {
        const score = COUNTER_SPEECH.test(before(norm, m.index, 60)) ? 0.2 : ANY_GROUP.test(norm.text) ? 0.85 : 0.5;
        findings.push(
          makeFinding(norm, m.index, m.index + m[0].length, {
            category: "identity_abuse",
            subtype: "xenophobia",
            rule: "identity_abuse.xenophobia.send-them-back",
            score,
          }),
        );
      }
      return findings;
    },
  };
}

export { createIdentityAbuseDetector };
