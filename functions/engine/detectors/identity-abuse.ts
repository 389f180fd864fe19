/**
 * Identity abuse (with subtype): slurs, and abuse aimed at a whole group: dehumanising generalisations ("all X are
 * vermin"), exclusion ("send them all back", "go back to your country"), violence against the group, classic
 * sexist and homophobic formulas. Neutral mentions of groups are clean, and counter-speech ("not all Muslims are
 * terrorists", "saying 'send them back' is heartless") or quoting a slur to condemn it scores low.
 */
import type { IdentitySubtype } from "../../domain/categories.js";
import type { ArticleToJudge } from "../../domain/guideline-engine.js";
import type { Detector, Finding } from "../finding.js";
import { COUNTER_SPEECH, DEGRADING, DEROGATORY, GROUP_NAMES, GROUPS } from "../lexicon/groups.js";
import { LEXICON } from "../lexicon/terms.js";
import { compileNatively } from "../native-compile.js";
import type { NormalizedText } from "../normalize/index.js";
import { citedScore, condemned, insideQuotes } from "./citation.js";
import { CONSEQUENCE_BEFORE } from "./consequence.js";
import { createLexiconMatcher } from "./lexicon-matcher.js";
import { maskedGroupSpans } from "./masked-groups.js";
import type { PatternRule } from "./pattern-rule.js";
import { alternation, before, makeFinding, matches, runPatternRules } from "./pattern-rule.js";
import { gatedTest } from "./rule-prefilter.js";

const QUANTIFIER =
  "(?:all|most|these|those|typical|every one of these|every single one of these|bloody|filthy|dirty|fucking|the|you|our|their|many|so many)";
/** Plural groups take "are", singular ones ("islam", "a woman") take "is": "about refugees is disgusting" is not a claim about refugees. */
const ARE =
  "(?:are|r|'re|=|are all|are just|are nothing but|are basically|are simply|are naturally|are genetically|are like|are a bunch of|are by nature|are inherently|are always|are literally|are really|are so|are such|are mostly|are all just)";
const IS =
  "(?:is|'s|is just|is nothing but|is basically|is simply|is by nature|is inherently|is always|is literally|is really|is so|is such)";
const STRONG_PRED = `(?:${alternation(DEGRADING)})`;
/** Up to two words between the verb and the predicate ("are a bunch of lazy parasites"), never a negation. */
const FILLER = "(?: (?!not\\b|never\\b|no\\b|nothing\\b|n't\\b)[a-z'-]+){0,3}";
const DEGRADING_ADJ =
  "(?:bloody|dirty|filthy|stinking|stinky|smelly|greedy|savage|subhuman|disgusting|vile|inbred|fucking|f\\*+ing|worthless|primitive|backward|parasitic|scrounging|thieving|lying)";
const INABILITY =
  "(?:can't|cannot|can not|are incapable of|are unable to|don't know how to|will never|could never|never could)(?: even)? (?:govern|handle|integrate|be trusted|think|control themselves|behave|assimilate|lead|rule|be civilised|be civilized|adapt)";
const HABIT =
  "(?:lie|lies|cheat|cheats|steal|steals|rape|rapes|breed|breeds|scrounge|scrounges|leech|leeches|sponge|whine|whines|exaggerate|exaggerates|manipulate|manipulate|can't be trusted|cannot be trusted)";
const WEAK_PRED = `(?:${alternation(DEROGATORY)})`;
const HARM_VERB =
  "(?:kill|gas|exterminate|shoot|hang|burn|nuke|wipe out|slaughter|eradicate|lynch|genocide|bomb)";
const EXCLUDE_VERB = "(?:deport|kick out|send back|throw out|get rid of|round up|ban|expel|remove|ship back)";
const ALL = "(?:all|every|every last|every single|each and every|all of)";

/**
 * Who is meant before a group word, in threats and in denials of life (below): a determiner, "those kinds of",
 * "you" ("you immigrants") and one adjective ("those filthy Muslims").
 */
const MEMBERS =
  "(?:(?:all(?: of)?(?: the| these| those)?|every|each|any|those|these|that|this|a|an|the|some|their|you)(?: (?:kinds?|sorts?|types?) of)? )?(?:[a-z]+ )?";
/**
 * The group word is the target, not an adjective of another noun ("bomb the Syrian airbases", "attack Muslim
 * countries"): what follows ends the clause or continues it.
 */
const AS_TARGET =
  "(?=(?:'s|s'|')? (?:throats?|lives|life)\\b|\\s*(?:[.!?,;:)\"&/]|$)| [a-z]+ly\\b| (?:today|tonight|tomorrow|now|and|or|like|who|that|in|on|at|with|if|when|because|until|first|again|too|so|here|there|everywhere|alive|slowly|one by one|myself|ourselves|but|without|i|we|you|he|she|they)\\b)";
/** A group word that ends its clause, or is followed only by words that keep it the object of the feeling. */
const CLAUSE_END =
  '(?=\\s*(?:[.!?,;:)"]|$)| (?:like you|so much|more than|around here|in this country|here|any ?more|already|too)\\b)';
/** Violence a writer can announce against people. */
const VIOLENCE =
  "(?:kill|murder|shoot|stab|rape|torture|hang|lynch|burn|drown|gas|slaughter|exterminate|eradicate|execute|behead|butcher|strangle|massacre|hurt|beat(?: up)?|attack|wipe out|get rid of|knife|run over|hunt down)";
const VIOLENCE_ING =
  "(?:killing|murdering|shooting|stabbing|raping|torturing|hanging|lynching|burning|drowning|gassing|slaughtering|exterminating|executing|beheading|butchering|strangling|hurting|beating|attacking|hunting)";
/**
 * Words between "I"/"we" and the act that keep it the writer's announcement: auxiliaries and adverbs, never a
 * negation ("I would never hurt a woman") nor a verb of perceiving ("I saw a video where they kill women").
 */
const ANNOUNCING =
  "(?:really|just|actually|seriously|honestly|literally|definitely|totally|genuinely|personally|gladly|happily|finally|all|also|soon|then|now|will|shall|would|should|must|am|are|gonna|wanna|going|to|want|love|like|have|need|keep|can't|wait|about|intend|plan|be|go|come|and|round|try|eventually|today|tonight|tomorrow|on)";
/** The writer's intent among those words: "we can't kill" and "we see women suffer" announce nothing. */
const INTENT_MARK =
  /\b(?:will|shall|going to|gonna|wanna|want to|love to|like to|have to|need to|must|should|can't wait to|about to|intend to|plan to|keep|would|enjoy|hope to)\b|'(?:ll|d)\b/;
/** A third party's act described: "they kill women", "the fighters who burn Yazidis", "ISIS will slaughter". */
const REPORTED_ACT =
  /\b(?:they|who|isis|daesh|he|she|it|fighters|militants|jihadis|jihadists|soldiers|troops|regime|army|police|gangs?|which|that)(?: (?:still|also|just|even|often|routinely|openly|would|will|could|can|did|do|does|then|now|regularly|systematically))?\s*$/;
/**
 * A third party's aim or attempt reported in the past: "their plan was to kill all the Yazidis", "they tried to wipe
 * out the Christians". A bare "was to" is not enough ("the answer was to kill all ..."), and the writer's own past
 * wish ("I wanted to ...", "my plan was to ...") is not reporting.
 */
const REPORTED_AIM =
  /(?<!\b(?:i|we|i've|we've|i'd|we'd|i really|we really|i just|we just|i always|we always)) (?:tried|attempted|wanted|planned|sought|aimed|vowed|set out|intended|threatened|managed|failed|began|started|continued|went on)(?: not)? to\s*$|(?<!\b(?:my|our) )\b(?:plan|aim|goal|intention|idea|order|mission|policy|objective|strategy|purpose)s? (?:was|were|had been) to\s*$/;
/** The subject of the consequence right before the act: "... we will kill women", "... you'd kill Iraqis". */
const CONSEQUENCE_SUBJECT =
  /\b(?:we|you|they|it|that|this|which)(?:'ll| will| would|'d| could| might| may)?\s*$/;
/** A proposal put as a question: "how about we cut their throats?", "what if we just killed all women?". */
const PROPOSAL_BEFORE = /\b(?:how about|what if|why don't|why not|maybe|perhaps|time|let's|lets)\s*$/;

/** Adjectives that name a group before "lives" or "life" ("black lives", "a gay life"). */
const GROUP_ADJECTIVES: Readonly<Record<Exclude<IdentitySubtype, "other">, string>> = {
  racism: "black|brown|asian|white|african",
  homophobia: "gay|trans|queer|lesbian",
  disability: "disabled",
  sexism: "female|women's|woman's",
  religious_hatred: "muslim|jewish|christian|hindu|sikh",
  xenophobia: "immigrant|migrant|refugee",
};

/** A determiner or possessive before a harm verb makes it a noun ("the genocide of"). */
const NOUN_USE = /\b(?:the|a|an|this|that|their|its|his|her|our)\s*$/;

/** War reporting: "the ISIS men who raped these girls should be ..." is about perpetrators, not the group. */
const PERPETRATORS =
  /\b(?:isis|daesh|terrorists?|jihadis?|jihadists?|executioners?|fighters?|militants?|rapists?|captors?|slavers?|militias?)\b/;

/** Someone else's words reported and condemned: "people say Muslims breed like rats; that's hateful nonsense". */
const REPORTING =
  /\b(?:say|says|said|saying|claim|claims|claimed|call|calls|called|calling|hear|heard|wrote|writes|chant\w*)\b/;
const CONDEMNED =
  /\b(?:hateful|racist|racism|bigot\w*|nonsense|disgusting|condemn\w*|a lie|myth|slur|propaganda|shameful|xenophob\w*|islamophob\w*|antisemit\w*|sexist|homophob\w*|hate speech|ugly|horrible|awful|appalling|disgraceful|despicable|unacceptable|not (?:okay|ok|acceptable))\b/;

/**
 * Being called a bigot, feared or complained of, which a dog whistle often comes wrapped in ("I'll be called racist
 * for saying this", "before anyone calls me a bigot"): not the comment condemning anything (probing, twentieth
 * session).
 */
const LABEL_FEARED =
  /\b(?:(?:be|being|get|gets|getting|got|is|are|am|was|were|been) (?:called|labelled|labeled|branded|accused of being)|(?:call|calls|calling) (?:me|us|you|anyone|people|them)) (?:a |an )?(?:racist|bigot|bigoted|xenophobe|xenophobic|homophobe|homophobic|islamophobe|islamophobic|nazi|fascist|sexist)s?(?: for (?:saying|noticing|pointing out|asking) (?:this|that|it|so))?\b/g;

/** "Not all Albanians are criminals": the match opens with the quantifier the negation before it denies. */
/** A party's or a government's stated plan, right before the act it names. */
const POLICY_DESCRIBED =
  /\b(?:promised|promises|pledged|pledges|vowed|vows|plans|planned|planning|proposed|proposes|campaigned|campaigns|threatened|threatens) to\s*$/;
const NEGATED_QUANTIFIER_LEAD = /\bnot\s*$/;
const QUANTIFIER_OPENING = /^(?:all|every|most|many)\b/;

function counter(score: number) {
  return (norm: NormalizedText, index: number) => {
    const lead = before(norm, index, 60).replace(LABEL_FEARED, " ");
    if (COUNTER_SPEECH.test(lead)) return 0.2;
    if (NEGATED_QUANTIFIER_LEAD.test(lead) && QUANTIFIER_OPENING.test(norm.text.slice(index, index + 6)))
      return 0.2;
    // The speaker's own fear of the label is no condemnation: "anyone who notices is called a bigot".
    const around = norm.text.slice(Math.max(0, index - 60), index + 140).replace(LABEL_FEARED, " ");
    if (REPORTING.test(around) && CONDEMNED.test(around)) return 0.2;
    // "The candidate who said Sunnis are terrorists should be disqualified", "critics who say the Koran is ...":
    // someone else's words, held.
    if (
      /\b(?:said|says|claimed|claims|tweeted|declared|argued|argues|insisted|suggested)(?: that)?\s*$|\b(?:who|people|those|anyone|critics) (?:say|claim|think|believe|argue|insist)(?: that)?\s*$/.test(
        before(norm, index, 25),
      )
    )
      return Math.min(score, 0.5);
    // Describing someone else's bigotry ("he is racist ... as long as they know their place").
    if (
      /\b(?:racist|racism|bigot\w*|sexist|sexism|misogyn\w*|homophob\w*|xenophob\w*|islamophob\w*|antisemit\w*)\b/.test(
        lead,
      )
    ) {
      return Math.min(score, 0.5);
    }
    return PERPETRATORS.test(lead) ? Math.min(score, 0.3) : score;
  };
}

/** "Not because I hate refugees, but ...": the writer denies the hatred the words spell out. */
const DENIAL =
  /\b(?:not because|not that|isn't that|it's not that|doesn't mean|does not mean|not saying|nobody(?:'s| is) saying|no one(?:'s| is) saying)\s*$/;

function deniedOr(adjust: (norm: NormalizedText, index: number) => number) {
  return (norm: NormalizedText, index: number) =>
    DENIAL.test(before(norm, index, 30)) ? 0 : adjust(norm, index);
}

/** "Or because Muslims' lives don't matter?": a question put to the reader, not a claim, is held. */
function unlessAsked(adjust: (norm: NormalizedText, index: number) => number) {
  return (norm: NormalizedText, index: number, match: string) => {
    const end = index + match.length;
    return /^[\s!]{0,3}\?/.test(norm.text.slice(end, end + 4))
      ? Math.min(adjust(norm, index), 0.5)
      : adjust(norm, index);
  };
}

function withTrigger(trigger: RegExp, rules: PatternRule[]): PatternRule[] {
  return rules.map((rule) => ({ ...rule, trigger }));
}

function isPlural(group: string): boolean {
  return (
    /(?:s|men|people)$/.test(group) || group === "roma" || group === "chinese" || group === "the disabled"
  );
}

/** "Iraqi men", "Muslim women", "Arab people": a plural group built from the singular form. */
function peopleOfSingular(singular: readonly string[]): string[] {
  return singular.length > 0
    ? [
        `(?:${alternation(singular)}) (?:men|women|people|guys|boys|girls|immigrants|migrants|refugees|families|males|youths)`,
      ]
    : [];
}

/** Any of `groups`, or people named by a singular one ("Muslim women"). */
function groupPattern(groups: readonly string[]): string {
  return `(?:${[...peopleOfSingular(groups.filter((x) => !isPlural(x))), alternation(groups)].join("|")})`;
}

function groupRules(subtype: Exclude<IdentitySubtype, "other">, groups: readonly string[]): PatternRule[] {
  const singular = groups.filter((x) => !isPlural(x));
  const peopleOf = peopleOfSingular(singular);
  const g = groupPattern(groups);
  const plural = `(?:${[...peopleOf, alternation(groups.filter(isPlural))].join("|")})`;
  const LINKED = `(?:${plural}(?: in \\w+| of \\w+)? ${ARE}${singular.length > 0 ? `|(?:${alternation(singular)}) ${IS}` : ""})`;
  const quantified = new RegExp(`\\b(?:${QUANTIFIER}|${ALL}) `, "y");
  compileNatively(quantified);
  const trigger = new RegExp(`\\b(?:${alternation(groups)})\\b`);
  const countered = counter(0.85);
  return withTrigger(trigger, [
    {
      id: `identity_abuse.${subtype}.dehumanising-generalisation`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      // "Are not human shields", "are vermin control": the predicate begins a compound noun.
      re: new RegExp(
        `\\b${LINKED}${FILLER} ${STRONG_PRED}\\b(?! (?:shields?|rights|trafficking|traffickers|resources|capital|error|control)\\b)`,
        "g",
      ),
      adjust: counter(0.9),
    },
    {
      id: `identity_abuse.${subtype}.derogatory-generalisation`,
      category: "identity_abuse",
      subtype,
      score: 0.65,
      re: new RegExp(`\\b(?:(?:${QUANTIFIER}|${ALL}) )?${LINKED} ${WEAK_PRED}\\b`, "g"),
      adjust: (norm, index, match) => {
        quantified.lastIndex = 0;
        const base = quantified.test(match) || ESSENTIALIST.test(match) ? 0.85 : 0.65;
        return counter(base)(norm, index);
      },
    },
    {
      id: `identity_abuse.${subtype}.degrading-epithet`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(`\\b${DEGRADING_ADJ} ${g}\\b`, "g"),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.group-epithet`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(
        `\\b${g}(?:,| -| are| r)?(?: (?!in\\b|of\\b|from\\b|by\\b|into\\b|with\\b|among\\b|through\\b|like\\b|as\\b|than\\b|not\\b|no\\b)[a-z'-]+){0,3}? (?:scum|filth|vermin|trash|garbage|rats|pigs|dogs|animals|savages|parasites|cockroaches|subhumans|invaders|scroungers|leeches|apes|monkeys)\\b`,
        "g",
      ),
      adjust: counter(0.9),
    },
    {
      id: `identity_abuse.${subtype}.deserve-harm`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g} (?:all )?(?:deserve|deserved|should get|should suffer) (?:the same fate|to die|death|to suffer|what they get|what they got|what's coming|to burn|hell|to be \\w+ed|nothing|no rights|no mercy|no pity|no sympathy)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.kept-out`,
      category: "identity_abuse",
      subtype,
      score: 0.7,
      re: new RegExp(
        `\\b${g}${FILLER} (?:who |that )?(?:should|must|need to) (?:all )?be (?:kept out|banned|excluded|barred|removed|kicked out|thrown out)\\b`,
        "g",
      ),
      adjust: counter(0.7),
    },
    {
      id: `identity_abuse.${subtype}.send-group-back`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b(?:send|ship|fly|deport|kick|throw) (?:(?:every (?:last |single )?one|all|each|the lot|every last) of |every (?:last |single )?|each )?(?:the |these |those |all )?${g} (?:back|home|away|out)\\b`,
        "g",
      ),
      // "Every party promised to send Syrians home": a policy described, held for a human, not a call.
      adjust: (norm, index) =>
        POLICY_DESCRIBED.test(before(norm, index, 30)) ? 0.5 : countered(norm, index),
    },
    {
      id: `identity_abuse.${subtype}.throw-off`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(`\\bthrow (?:the |these |those |all )?${g} (?:off|from|into)\\b`, "g"),
      adjust: counter(0.95),
    },
    {
      id: `identity_abuse.${subtype}.violence-also-group`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(
        `\\b${HARM_VERB}\\b[^.!?]{0,25}\\b(?:and|&|too|also|with) (?:the |all the |all |those |these )?${g}\\b`,
        "g",
      ),
      adjust: counter(0.9),
    },
    {
      id: `identity_abuse.${subtype}.never-trust`,
      category: "identity_abuse",
      subtype,
      score: 0.8,
      re: new RegExp(
        `\\bnever trust (?:a |an |the |any )?${g}\\b|\\b${g}[^.!?]{0,30}\\bnever trust (?:them|one)\\b`,
        "g",
      ),
      adjust: counter(0.8),
    },
    {
      id: `identity_abuse.${subtype}.only-understand-force`,
      category: "identity_abuse",
      subtype,
      score: 0.8,
      re: new RegExp(
        `\\b${g} (?:only|just) (?:understand|respect|respond to) (?:the stick|force|violence|the whip|a beating|fear|the boot|a boot|the gun|the sword|an iron fist|a strongman|the lash)\\b|\\b${g}[^.!?]{0,40}\\b(?:had it coming|asked for it|deserved it|got what they (?:got|deserved)|got what was coming)\\b|\\b${g}[^.!?]{0,30}\\b(?:both|all|equally) (?:sick|evil|vermin|scum|filth|animals|savages|subhuman)\\b`,
        "g",
      ),
      adjust: counter(0.8),
    },
    {
      id: `identity_abuse.${subtype}.incapable`,
      category: "identity_abuse",
      subtype,
      score: 0.8,
      re: new RegExp(`\\b${g} ${INABILITY}\\b`, "g"),
      adjust: counter(0.8),
    },
    {
      id: `identity_abuse.${subtype}.habitual-vice`,
      category: "identity_abuse",
      subtype,
      score: 0.8,
      re: new RegExp(
        `\\b${g}(?: all| always| just| only| only ever| constantly| will always)? ${HABIT}\\b`,
        "g",
      ),
      adjust: counter(0.8),
    },
    {
      id: `identity_abuse.${subtype}.no-more`,
      category: "identity_abuse",
      subtype,
      score: 0.6,
      re: new RegExp(`\\b(?:no more|stop letting in|stop importing|too many|enough) ${g}\\b`, "g"),
      adjust: counter(0.6),
    },
    {
      id: `identity_abuse.${subtype}.violence-against-group`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(`\\b${HARM_VERB}(?: ${ALL})?(?: of)?(?: the| these| those)? ${g}${AS_TARGET}`, "g"),
      // "The genocide of the Yazidis was recognised": the verb used as a noun names a crime, it calls for none.
      // "A video where they kill women", "if we bomb Raqqa we will kill women and children": an act reported or
      // a consequence weighed, which only the model may hold.
      adjust: (norm, index) => {
        const lead = before(norm, index, 60);
        if (NOUN_USE.test(lead.slice(-12))) return 0;
        if (
          REPORTED_ACT.test(lead) ||
          REPORTED_AIM.test(lead) ||
          (CONSEQUENCE_BEFORE.test(lead) && CONSEQUENCE_SUBJECT.test(lead))
        )
          return 0.3;
        return counter(0.95)(norm, index);
      },
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
      re: new RegExp(
        `\\b${g} (?:out|go home|go back|get out|not welcome)(?: of (?:our|this|my|the) (?:country|city|town|neighbourhood|neighborhood|continent|land|street|streets))?(?=\\s*(?:[.!,]|$))`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.group-should-be-harmed`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(
        `(?<!\\b(?:no|not|never)(?: a| an| one| all| every)? )\\b${g}(?: in \\w+)?(?: (?:are|is) (?!not\\b)[\\w' -]{1,40}? and)? (?:should|must|need to|ought to|deserve to)(?: all)?(?: just)? (?:be shot|be rounded up|be kept away from (?:our |your |the )?(?:children|kids|schools)|be killed|be executed|be stoned|be (?:thrown|tossed|pushed) (?:off|from) (?:a |the )?(?:roofs?|buildings?|bridges?|cliffs?|towers?)|die|burn|be gassed|be exterminated|be hanged|hang|be castrated|be sterilised|be sterilized|be locked up|be wiped out|be lynched|have no rights|be banned|be cured|be euthani[sz]ed|be put to sleep|be put down(?! (?:as|in|on|for|to|by|under|at|and)\\b)|be left to (?:die|rot|starve|drown)|be wiped off the (?:map|face of the earth))\\b|(?:^|[.!?]\\s*)(?:just |simply )?let (?:the |all (?:the |of the )?|those |these )?${g} (?:drown|die|rot|starve|burn)\\b|\\b${g}(?: in \\w+)? (?:need|needs) (?:putting down|putting to sleep|shooting|hanging|gassing|exterminating|wiping out)\\b|\\b${g} (?:should|must)(?:n't| not| never)(?: ever)? (?:be allowed|have (?:any |equal )?rights|vote|be trusted|be citizens|be let in)\\b`,
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
      // Hatred said outright: "I hate Muslims", "I absolutely loathe women like you", "the contempt I feel for
      // immigrants", "these gay people disgust me", "sick of all these refugees", "women are the absolute worst".
      // The group must end the clause or be its subject: "sick of immigrants being blamed", "men who beat women
      // disgust me" and "the Taliban's contempt for women" say something else.
      re: new RegExp(
        `\\bi (?:really |absolutely |truly |just |honestly |fucking |so |still )?(?:hate|despise|detest|loathe|can't stand|cannot stand)(?: all)?(?: the| these| those)? ${g}\\b(?! (?:being|getting|treated|harassed|abused|hurt|suffering|who|that|when|whenever|to be)\\b)|\\bnothing (?:worse|lower|more disgusting|more pathetic) than (?:a|an|the) ${g}${CLAUSE_END}|\\bi (?:feel|have) (?:nothing but |so much |such |utter |pure |only )?(?:contempt|disdain|hatred|disgust|loathing|scorn) for (?:all |the |these |those |you )?${g}${CLAUSE_END}|\\b(?:contempt|disdain|hatred|disgust|loathing|scorn) i (?:feel|have) for (?:all |the |these |those |you )?${g}${CLAUSE_END}|(?:^|[.!?]\\s*|\\b(?:these|those|all|the|you) )${g} (?:disgust|sicken|repulse|revolt) me\\b|(?:^|[.!?]\\s*|\\b(?:these|those|all|the|you) )${g} make me (?:sick|ill|want to (?:puke|vomit|throw up))\\b|\\b(?:sick|tired|sick and tired) of (?:being around |seeing |all )?(?:these |those |the |all )?${g}(?: like you)?${CLAUSE_END}|(?:^|[.!?]\\s*|\\b(?:these|those|all|the) )${g} (?:are|is) the (?:absolute |very |actual )?worst${CLAUSE_END}|(?:^|[.!?]\\s*|\\b(?:these|those|all|the) )${g} (?:will|shall|are going to|are gonna)(?: all)? (?:burn|rot|roast) in hell\\b|(?:^|[.!?]\\s*|\\b(?:these|those|all|the) )${g} (?:are|is) (?:all )?going to hell\\b`,
        "g",
      ),
      adjust: deniedOr(counter(0.85)),
    },
    {
      id: `identity_abuse.${subtype}.only-good-dead`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(`\\bthe only good ${g} (?:is|are) (?:a )?dead\\b`, "g"),
    },
    {
      // Exclusion of a group from a place or from society: "Pakistanis don't belong in this country", "Jews have
      // no place in Europe". Deprivation places ("refugees don't belong in camps") are the opposite claim.
      id: `identity_abuse.${subtype}.does-not-belong`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g}(?: [a-z']+){0,3}? (?:don't|do not|dont|doesn't|does not|never) belong\\b(?! (?:in|at|on|behind|under) (?:the |a |any |our )?(?:camps?|cages?|detention|prisons?|jails?|tents?|limbo|poverty|margins|shadows|streets|hiding|fear|closet|chains|boats?|the back)\\b)|\\b${g}(?: [a-z']+){0,3}? (?:have|has|should have) no (?:place|business|right to be|right to live|future|home) (?:in|here|there|among|anywhere|on)\\b|\\bno (?:place|room|home) for (?:the |any |these |those )?${g} (?:in|here|there|among|anywhere)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // Silencing a group: "immigrants like her should be grateful and shut their mouths".
      id: `identity_abuse.${subtype}.silence-group`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g}(?: like (?:her|him|them|that|this \\w+))?[^.!?]{0,30}?\\b(?:should|must|need to|needs to|ought to|had better|better|can) (?:just )?(?:be grateful and |be thankful and )?(?:shut (?:their|up|the hell up|her|his)|keep (?:quiet|their mouths shut|their heads down|their opinions to themselves)|know their place|be seen and not heard)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // A universal claim in disguise: "never met a Somali who wasn't a thief".
      id: `identity_abuse.${subtype}.never-met-one`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\bnever (?:met|seen|known|heard of) (?:a|an|one|any) ${g} (?:who|that) (?:wasn't|was not|isn't|is not|didn't|did not|doesn't|does not)(?: a| an)? (?:[a-z]+ )?(?:thief|liar|criminal|crook|scrounger|terrorist|rapist|lazy|violent|dirty|cheat|animal|savage|parasite|leech|beggar|dishonest|stupid|scammer|fraud|lie|steal|cheat|beg)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // Extermination imagery aimed at a group: "gas chambers for the Jews", "ovens for the refugees".
      id: `identity_abuse.${subtype}.extermination-imagery`,
      category: "identity_abuse",
      subtype,
      score: 0.95,
      re: new RegExp(
        `\\b(?:gas chambers?|ovens?|concentration camps?|final solution|death camps?|mass graves?) (?:for|with) (?:the |all |all the |these |those |every )?${g}\\b|\\b${g}(?: [a-z']+){0,3}? (?:in|into|to) (?:the )?(?:gas chambers?|ovens)\\b`,
        "g",
      ),
      adjust: counter(0.95),
    },
    {
      // One member standing for the group: "every Afghan here is a rat", "any Muslim is a snake", "every Muslim who
      // came here is a potential ISIS member" (a migration clause only: "every refugee who joined ISIS" names deeds).
      id: `identity_abuse.${subtype}.each-one-degraded`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `(?<!\\bnot )\\b(?:every|each|any|each and every|every single|every last) ${g}(?: who (?:came|comes|come|arrived|arrives|moved|moves|settled|lives|live) (?:here|over|in|to)(?: [a-z']+)?)?(?: [a-z']+){0,2}? (?:is|'s) (?:a |an |just a |nothing but a |like a )?(?:[a-z]+ )?(?:rat|animal|parasite|cockroach|roach|pig|dog|snake|savage|leech|vermin|subhuman|terrorist|criminal|rapist|invader|scrounger|disease|cancer|plague|jihadi|extremist|bomber|(?:terror|terrorist|pkk|isis|daesh|jihadi|taliban|hamas) (?:supporter|sympathi[sz]er|member|fighter|recruit|operative))\\b(?! of\\b)`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      id: `identity_abuse.${subtype}.group-ruins`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g} (?:are |have )?(?:ruin|ruins|ruining|ruined|destroy|destroys|destroying|infest|infests|infesting|invade|invades|invading|taking over|take over|flood|flooding|breed like|spread|spreads|spreading|bring nothing but|brings nothing but|only bring|only brings|bring|brings) (?:every\\w*|our|this|the country|europe|britain|the west|crime|disease|terror|rape|violence|drugs|filth)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // A group's voice or life declared worthless: "a woman's opinion is worth nothing".
      id: `identity_abuse.${subtype}.worthless-voice`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g}'s? (?:opinion|opinions|word|vote|votes|voice|voices|views?|life|lives|testimony)(?: (?:on|about|in|at|for) [a-z]+(?: [a-z]+)?)? (?:is|are|isn't|aren't)(?: \\w+)?? (?:worth nothing|worth less|worthless|meaningless|irrelevant|cheap|not worth|don't count|doesn't count|half)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // Violence as a favour withheld: "refugees should be grateful we don't shoot them at the border".
      id: `identity_abuse.${subtype}.grateful-not-harmed`,
      category: "identity_abuse",
      subtype,
      score: 0.9,
      re: new RegExp(
        `\\b${g}[^.!?]{0,20}\\b(?:grateful|thankful|lucky)(?: that)? (?:we|they|nobody|no one)(?: \\w+)?? (?:don't|do not|haven't|didn't|doesn't|not) (?:shoot|kill|deport|hang|drown|gas|bomb|burn|lynch|sink)\\b`,
        "g",
      ),
      adjust: counter(0.9),
    },
    {
      // Crime as a group's shadow: "wherever Muslims go, crime follows".
      id: `identity_abuse.${subtype}.crime-follows`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b(?:wherever|everywhere|anywhere) (?:the )?${g} (?:go|goes|are|settle|settles|live|lives|show up|move)\\b[^.!?]{0,25}\\b(?:crime|terror|terrorism|violence|rape|rapes|trouble|disease|poverty|chaos|filth|bombs)(?: rates?)? (?:follows|follow|rises|rise|goes up|go up|explodes|explode|comes|come)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    {
      // A group's supposed habit: "Irish troublemaker stirring things up like they always do". Held for the model.
      id: `identity_abuse.${subtype}.like-they-always-do`,
      category: "identity_abuse",
      subtype,
      score: 0.6,
      re: new RegExp(
        `\\b${g}[^.!?]{0,60}\\b(?:like|as) (?:they|those people|that lot|their lot|them lot) always do\\b`,
        "g",
      ),
      adjust: counter(0.6),
    },
    {
      // Belonging denied for good: "an army of young Muslim men who will never be British".
      id: `identity_abuse.${subtype}.never-belong`,
      category: "identity_abuse",
      subtype,
      score: 0.85,
      re: new RegExp(
        `\\b${g}[^.!?]{0,60}\\b(?:will|can|could|would) never (?:be|become) (?:british|english|scottish|welsh|irish|european|french|german|dutch|one of us|integrated)\\b`,
        "g",
      ),
      adjust: counter(0.85),
    },
    ...(singular.length > 0
      ? [
          {
            // One member named as a beast: "some Chechen or Arab animal" (not "Muslim animal welfare").
            id: `identity_abuse.${subtype}.member-epithet`,
            category: "identity_abuse" as const,
            subtype,
            score: 0.85,
            re: new RegExp(
              `\\b(?:${alternation(singular)}) (?:animal(?! (?:welfare|rights|charity|charities|shelter|sanctuary|lovers?|cruelty|testing|husbandry|feed|products|fats|slaughter|sacrifice|markets?|hospital|park|farm))|savage|vermin|cockroach|parasite)\\b`,
              "g",
            ),
            adjust: counter(0.85),
          },
        ]
      : []),
  ]);
}

/**
 * Life denied through an adjective that names the group, where no group word occurs: "black lives do not matter",
 * "a gay life is not worth anything".
 */
const LIFE_DENIED_BY_ADJECTIVE: readonly PatternRule[] = Object.entries(GROUP_ADJECTIVES).map(
  ([subtype, adjectives]) => ({
    id: `identity_abuse.${subtype}.life-denied`,
    category: "identity_abuse",
    subtype: subtype as IdentitySubtype,
    score: 0.9,
    re: new RegExp(
      `\\b(?:${adjectives}) lives (?:do not|don't|doesn't|does not) matter\\b(?! to (?!me\\b|us\\b|most of us\\b|anyone\\b|anybody\\b))|\\b(?:a|an|one|every|any) (?:${adjectives}) (?:life|person's life) (?:is not|isn't|is never) worth (?:anything|living|saving|a thing|much|a penny)\\b`,
      "g",
    ),
    adjust: unlessAsked(counter(0.9)),
  }),
);

/** Named per subtype once the group is known (see `withSubtype`). */
const LIFE_DENIED = "identity_abuse.life-denied";

/**
 * Rules over every group at once (one expression each, not one per subtype: on a long comment nearly every group
 * word occurs, and each expression costs a search); identity findings get their subtype from the group matched.
 */
function anyGroupRules(g: string): PatternRule[] {
  return [
    {
      // Violence announced against a group or its members: "I really am just going to murder that woman", "we
      // will keep attacking you immigrants", "I'd love to see those Muslims suffer", "I will cut their Muslim
      // throats". The words between the writer and the act must announce it (see ANNOUNCING, INTENT_MARK); seeing a
      // group suffer must be wished for, not witnessed ("we see women suffer under the Taliban").
      id: "threat.against-group",
      category: "threat",
      score: 0.9,
      re: new RegExp(
        `\\b(?:i|we)(?:'ll|'d|'m|'re)?(?: ${ANNOUNCING}){0,6}? (?:${VIOLENCE} ${MEMBERS}${g}${AS_TARGET}|keep(?: on)? ${VIOLENCE_ING} ${MEMBERS}${g}${AS_TARGET}|cut ${MEMBERS}(?:${g})?(?:'s|s'|')? ?throats?\\b|end ${MEMBERS}${g}(?:'s|s'|') (?:life|lives)\\b|end the lives of ${MEMBERS}${g}${AS_TARGET}|put an end to ${MEMBERS}${g}${AS_TARGET}|make ${MEMBERS}${g} (?:suffer|bleed|beg|scream|pay)\\b|(?:killed|murdered|shot|hanged|hung|gassed|drowned|executed|exterminated|slaughtered|burned|lynched|got rid of|wiped out) ${MEMBERS}${g}${AS_TARGET})|\\b(?:i|we)(?:'d|'ll)?(?: (?:really|just|would|so|all|also|truly))* (?:love to|like to|want to|wanna|can't wait to|enjoy|hope to) (?:see|watch|seeing|watching) ${MEMBERS}${g} (?:suffer|die|burn|bleed|hang|drown|rot|scream|beg)\\b`,
        "g",
      ),
      adjust: (norm, index, match) =>
        !(INTENT_MARK.test(match) || PROPOSAL_BEFORE.test(before(norm, index, 16))) ||
        CONSEQUENCE_BEFORE.test(before(norm, index, 60))
          ? 0
          : counter(0.9)(norm, index),
    },
    {
      // Calls for a group's death: "death to all Muslims", "it would be best to just drown those kinds of women",
      // "execution is the only solution for those immigrants", "I wish all gay people would be shot".
      id: "threat.death-called-on-group",
      category: "threat",
      score: 0.9,
      re: new RegExp(
        `\\bdeath to ${MEMBERS}${g}${AS_TARGET}|\\b(?:it would be|it'd be|it is|it's|would be) (?:best|better|for the best|a good idea|the answer|the solution) (?:to|if we) (?:just |simply )?${VIOLENCE} ${MEMBERS}${g}${AS_TARGET}|\\b(?:execution|extermination|death|genocide|killing them|killing them all|a bullet|the rope|the gas chamber) is the (?:only |best |final )?(?:solution|answer|cure|way|option) (?:for|to|with) ${MEMBERS}${g}${AS_TARGET}|\\b(?:wish|hope|pray)(?: that)? ${MEMBERS}${g} (?:would|will|could|get|got|were) (?:all )?(?:be )?(?:shot|killed|executed|hanged|hung|gassed|burned|burnt|drowned|exterminated|wiped out|slaughtered|murdered|die|drown|burn|suffer)\\b`,
        "g",
      ),
      adjust: (norm, index) => counter(0.9)(norm, index),
    },
    {
      // Life or humanity denied to a group: "these Muslims have no right to be alive", "disabled people do not
      // deserve to live", "black lives do not matter", "we must not let any gay person live", "the world would be
      // better off without Muslims like you". A place after the verb is another claim ("no right to live here").
      id: LIFE_DENIED,
      category: "identity_abuse",
      score: 0.9,
      re: new RegExp(
        `(?<!\\b(?:no|not|never) )\\b${MEMBERS}${g}(?: like (?:you|him|her|them|that|this one))? (?:(?:do not|don't|dont|does not|doesn't|did not|didn't) deserve to (?:live|exist|be alive|breathe|be born)|(?:have|has) no right to (?:live|exist|be alive|breathe|life)|(?:are|is) not (?:worthy of (?:living|life|being alive|existing)|(?:even |really |fully )?(?:human|humans|human beings))|(?:lives|life) (?:do not|don't|does not|doesn't) matter(?! to (?!me\\b|us\\b|most of us\\b|anyone\\b|anybody\\b)))(?=\\s*(?:[.!?,;:)"]|$)| (?:and|or|at all|any ?more|like)\\b)|\\b(?:not|never) let (?:any|a single|another|one more|a|an|those|these|that|the) (?:[a-z]+ )?${g} (?:live|survive|breathe)\\b|\\b(?:would|will|'d) be (?:much |so much |far )?(?:better off|a better place|better|safer|cleaner) (?:without ${MEMBERS}${g}(?: like (?:you|him|her|them))?(?=\\s*(?:[.!?,;:)"]|$| (?:and|or|like|in it|around)\\b))|if ${MEMBERS}${g} (?:were|was|are|got|had been) (?:all )?(?:eradicated|exterminated|gone|dead|wiped out|eliminated|killed|erased|removed|shot|gassed|deported))`,
        "g",
      ),
      adjust: unlessAsked(counter(0.9)),
    },
  ];
}

const ANY_GROUP_RULES: readonly PatternRule[] = anyGroupRules(groupPattern(GROUP_NAMES));

/** A life-denied finding named and typed by the group it matched ("identity_abuse.racism.life-denied"). */
function withSubtype(f: Finding, norm: NormalizedText): Finding {
  if (f.rule !== LIFE_DENIED) return f;
  const subtype = subtypeOf(f.match?.toLowerCase() ?? "") ?? subtypeOf(norm.text) ?? "other";
  const { category, score, start, end, match } = f;
  return { category, rule: `identity_abuse.${subtype}.life-denied`, score, subtype, start, end, match };
}

const GROUP_RULES: readonly PatternRule[] = Object.entries(GROUPS).flatMap(([subtype, groups]) =>
  groupRules(subtype as Exclude<IdentitySubtype, "other">, groups),
);

const ANY_GROUP = new RegExp(`\\b(?:${alternation(GROUP_NAMES)})\\b`);
const GROUP_BY_SUBTYPE = Object.entries(GROUPS).map(
  ([subtype, groups]) =>
    [subtype as IdentitySubtype, new RegExp(`\\b(?:${alternation(groups)})\\b`)] as const,
);

function subtypeOf(text: string): IdentitySubtype | undefined {
  return GROUP_BY_SUBTYPE.find(([, re]) => re.test(text))?.[0];
}

const FORMULA_RULES: readonly PatternRule[] = [
  {
    id: "identity_abuse.sexism.stay-home",
    category: "identity_abuse",
    subtype: "sexism",
    score: 0.9,
    re: /\b(?:women|woman|females|wives|girls)(?: should| must| need to| ought to)(?: just)? (?:stay (?:at )?home|stay in the kitchen|shut up|be seen and not heard|obey|submit|keep quiet|be silent|stick to cooking)\b/g,
    adjust: counter(0.9),
  },
  {
    id: "identity_abuse.trope-attribution",
    category: "identity_abuse",
    score: 0.85,
    re: /\b(?:corrupt|greedy|stingy|cheap|liar|lying|thief|thieving|dirty|violent|terrorist|criminal|lazy|stupid|rich|scheming)\b[^.!?]{0,40}\b(?:he's|she's|he is|she is|they're|because he's|because she's|typical) (?:a |an )?(?:jew|muslim|arab|gypsy|paki|mexican|iraqi|kurd|immigrant|refugee|woman)\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.sexism.kitchen",
    category: "identity_abuse",
    subtype: "sexism",
    score: 0.9,
    re: /\b(?:women|woman|females|wives|she|girls)(?: should| must| need to)? (?:belong|belongs|stay|stays|get back|go back|be kept)(?: back)? (?:(?:in|to) the kitchen|at home|in the home|in the bedroom)\b|\bmake me a sandwich\b|\bknow (?:her|their) place\b|\bbarefoot and pregnant\b|\b(?:get|go|back) (?:back )?(?:to|in|into) (?:the|your|her) kitchen\b|\b(?:a )?wom[ae]n (?:has|have) no (?:business|place) (?:being|in|running|leading)\b/g,
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
    re: /\b(?:the )?(?:jews|zionists)(?: and their \w+| \w+){0,2} (?:are behind|is behind|control|controls|run|runs|own|owns|rule|rules)(?: all| every\w*| the| this| our| most| world| media| banks)\b|\b(?:the )?(?:jews|zionists) (?:always )?(?:get|gets|getting) (?:whatever|everything|anything) they want\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.religious_hatred.jewish-trope",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: 0.85,
    re: /\b(?:jewish|jew|zionist) (?:bankers?|money|lobby|media|elites?|cabal|puppet ?masters?)\b|\b(?:jews|jewish \w+|zionists)\b[^.!?]{0,30}\bpull(?:s|ing)? (?:the )?(?:\w+'s )?strings\b/g,
    adjust: counter(0.85),
  },
  {
    id: "identity_abuse.xenophobia.where-they-came-from",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /\bback (?:to )?where (?:they|you|he|she|u|it|the lot of them) (?:came|crawled|slithered|crept|come|crawl) (?:from|out of)\b|\b(?:crawled|slithered|crept) (?:here )?(?:from|out of) (?:their|your)\b|\bback to (?:their|your|ur) (?:own )?(?:country|countries|homeland|desert|deserts|jungle|cave|caves|shithole|village)\b/g,
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
    // "Go back to Pakistan if you don't like how we vote", "should go back to Africa where he came from", "go back
    // to Bombay, love": told
    // to leave for where they (supposedly) come from. A plain "refugees hope to go back to Syria" never matches.
    id: "identity_abuse.xenophobia.go-back-to-place",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /(?:^|[.!?,;] *|\b(?:just|so|then|and|should|can|could|must|need to|ought to|better) |\bif (?:you|u|they) (?:want|wanna|love|like|prefer|miss|care about)\b[^.!?]{0,40}?\b(?:africa|pakistan|india|bangladesh|syria|iraq|iran|somalia|afghanistan|nigeria|morocco|algeria|turkey|poland|romania|albania|mexico|jamaica|china|israel|eritrea|sudan|ethiopia|kurdistan|the philippines|bombay|mumbai|karachi|lahore|islamabad|delhi|dhaka|lagos|mogadishu|kabul|baghdad|damascus|mosul|raqqa|asmara|manila|warsaw|bucharest|tirana)(?: so much| that much)?,? )(?:go|get|fly|swim|piss off|sod off|clear off) back to (?:africa|asia|the middle east|arabia|pakistan|india|bangladesh|syria|iraq|iran|somalia|afghanistan|nigeria|morocco|algeria|turkey|poland|romania|albania|mexico|jamaica|china|israel|eritrea|sudan|ethiopia|kurdistan|the philippines|bombay|mumbai|karachi|lahore|islamabad|delhi|dhaka|lagos|mogadishu|kabul|baghdad|damascus|mosul|raqqa|asmara|manila|warsaw|bucharest|tirana|the desert|where (?:you|he|she|they) (?:came|come) from)\b(?! to (?:face|stand)| for (?:trial|justice))/g,
    adjust: counter(0.85),
  },
  {
    // People named by their papers: "half that block were illegals". The adjective ("illegal crossings") and the
    // word in quotation marks ("calling them 'illegals' is wrong") are not it.
    id: "identity_abuse.xenophobia.illegals",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /(?<!['‘"“])\b(?:the|these|those|were|are|all|more|by|with|of|full of|packed with|bloody) illegals\b(?!['’"”])/g,
    adjust: counter(0.85),
  },
  {
    // Sarcastic dog whistles whose only use is contempt for a faith: "the religion of peace strikes again".
    id: "identity_abuse.religious_hatred.dog-whistle",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: 0.85,
    re: /\bislam did (?:it|this|that)\b|\breligion of (?:peace|pieces) (?:strikes again|at it again|in action|does it again|delivers again|doing what it does)\b|\breligion of pieces\b|\b(?:for|to|from|by|of) the religion of peace\b(?! (?:is|was|has been) (?:a )?(?:slur|smear|sneer|taunt))|\bone womb at a time\b|\b(?:breeding|breed) (?:more |the next generation of |future )?(?:little )?(?:jihadis|jihadists|terrorists|suicide bombers|muzzies)\b/g,
    adjust: counter(0.85),
  },
  {
    // Contempt by origin: "third world doctors are a danger", "these backward people", "every third world tribe".
    id: "identity_abuse.xenophobia.third-world",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: 0.85,
    re: /\bthird[- ]world (?:doctors?|nurses?|tribes?|savages|peasants|hordes?|scum|invaders|rubbish|trash|filth|migrants are|people are|immigrants are)\b|\b(?:these|those) backward (?:people|tribes|savages|peasants|cultures?|religions?|lot)\b/g,
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

/** "They are animals" when the comment names a group: the pronoun stands for it. */
const THEY_SHOULD_GO =
  /\b(?:they|them)(?: all)? should (?:all )?(?:be deported|be sent back|be kicked out|be thrown out|go back|be removed|be expelled|leave|be exterminated|be killed|be gassed|be wiped out|be shot|be eradicated|die)\b/g;
const THEY_ARE = new RegExp(
  `\\b(?:they(?:'re| are)|(?:these|those|such) people (?:are|is)|their kind (?:are|is))(?: all| just| nothing but| basically| simply)?${FILLER} ${STRONG_PRED}\\b`,
  "g",
);
const BREED_LIKE =
  /\b(?:breed|breeding|breeds|multiply|multiplying|multiplies|spread|spreading|swarm|swarming) like (?:rabbits|rats|cockroaches|roaches|flies|animals|vermin|locusts|insects|lice|mice|a disease|a plague|a virus|cancer|bacteria)\b/g;
/** A group name with a masked letter ("m*slims", "j*ws", "immigr*nts"): the writer knows it is abuse. */
const MASKED_GROUP =
  /(?<![a-z])(?:m\*+sl\w*|mu\*+l\w*|mus\*+\w*|musl\*+m\w*|j\*+ws?|je\*+s|is\*+am\w*|immigr\*+nts?|r\*+fugees?|g\*+ys|a\*+abs)/g;
/** "They don't belong here": exclusion through a pronoun that stands for the group named in the comment. */
const THEY_DONT_BELONG =
  /\b(?:they|them|these people|those people|their kind)(?: [a-z']+)?? (?:don't|do not|dont|never) belong (?:here|there|in (?:this|our|my) (?:country|city|town|neighbourhood|neighborhood|continent)|in (?:canada|europe|the west|britain|america|the uk|the us|iraq|mosul|syria)|among us|anywhere)\b|\b(?:they|these people|those people|their kind) (?:have|has) no place (?:here|in (?:this|our) (?:country|society|city))\b/g;

const FORMULA_WORDS =
  /\b(?:islam|illegals|jewish|jew|women|woman|females|wives|girls|she|sandwich|place|barefoot|jews|zionists|back|kind|kitchen|corrupt|greedy|stingy|cheap|liar|lying|thief|thieving|dirty|violent|terrorist|criminal|lazy|stupid|rich|scheming|religion|womb|breeding|breed|third|backward)\b/;

const DEGRADING_ANYWHERE = new RegExp(`\\b(?:${STRONG_PRED})\\b`);

const SEND_BACK =
  /\b(?:send|ship|deport|fly|kick|throw) (?:them|these people|those people|em|the lot of them|the lot)(?: all)? (?:back|home|out)\b/g;

/**
 * "Send them all back" is xenophobic when "them" is a group: named in the comment (reject), or only in the
 * article's title and tags (hold). "Throw them out" without a group is usually about politicians (not counted).
 */
function sendBackScore(norm: NormalizedText, index: number, match: string, article?: ArticleToJudge): number {
  if (COUNTER_SPEECH.test(before(norm, index, 60))) return 0.2;
  if (ANY_GROUP.test(norm.text)) return 0.85;
  if (/^(?:kick|throw)|out$/.test(match)) return 0.3;
  const context = article ? `${article.title} ${(article.tags ?? []).join(" ")}`.toLowerCase() : "";
  return ANY_GROUP.test(context) || /\b(?:asylum|immigration|migration)\b/.test(context) ? 0.7 : 0.5;
}

/** Essentialism ("genetically violent", "by nature thieves", "Refugees = rapists"): a claim about all. */
const ESSENTIALIST = /\b(?:all|every one of them|always|genetically|by nature|inherently|naturally)\b| = /;

/** "Faggots and peas", "a faggot sandwich": the Black Country dish, not the slur. */
const FAGGOT_DISH =
  /^faggots? (?:and|an|&|n|'n'|with) (?:peas|mushy peas|gravy|mash|chips)\b|^faggots? (?:sandwich|sandwiches|roll|batch|dinner|supper)\b/;
const EATEN_BEFORE =
  /\b(?:ate|eat|eating|eats|had|have|cook|cooked|cooking|make|made|order|ordered|plate of|tray of)(?: (?:some|a|the|three|two|four|his|her|my))? $/;

function servedAsFood(text: string, start: number, end: number): boolean {
  if (!/^faggot/.test(text.slice(start, end))) return false;
  return (
    FAGGOT_DISH.test(text.slice(start, start + 40)) ||
    EATEN_BEFORE.test(text.slice(Math.max(0, start - 30), start))
  );
}

/** A slur denied of a group ("Yazidis are not devil worshippers, that's an old slur"): named, not used. */
const DENIED_BEFORE = /\b(?:are|is|were|was) not (?:an? )?$|\b(?:aren't|isn't|weren't|wasn't) (?:an? )?$/;

/** Exclusion or harm words that make a masked group's name abuse ("m*slims out"). */
const EXCLUSION_OR_HARM =
  /\b(?:out|deport\w*|ban|banned|hate|kill|gas|burn|back|get rid|invad\w*|filth|scum)\b/;

/**
 * A group's name typed masked ("m*slims"): a mask the normaliser left as typed, or a name it read through one
 * ("k*rds" read as "kurds"). With degrading, exclusion or harm words in the comment it is abuse; alone it is held.
 */
function maskedGroupFindings(norm: NormalizedText): Finding[] {
  const spans: (readonly [number, number])[] = matches(MASKED_GROUP, norm.text).map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
  spans.push(...maskedGroupSpans(norm));
  if (spans.length === 0) return [];
  const hostile = DEGRADING_ANYWHERE.test(norm.text) || EXCLUSION_OR_HARM.test(norm.text);
  return spans.map(([start, end]) =>
    makeFinding(norm, start, end, {
      category: "identity_abuse",
      rule: "identity_abuse.masked-group",
      score: COUNTER_SPEECH.test(before(norm, start, 60)) ? 0.2 : hostile ? 0.85 : 0.55,
    }),
  );
}

/**
 * Its own detector, not a step of the one below: measured 28 Nov 2026 (cachegrind, 1,000 fixture comments), a
 * call to read names read through a mask, added inside that detector's `detect`, cost ~87k instructions per
 * comment (618k -> 705k), though it returns at once on a comment without an asterisk; V8 optimises the larger
 * function differently.
 */
function createMaskedGroupDetector(): Detector {
  return { id: "identity_abuse.masked-group", detect: ({ norm }) => maskedGroupFindings(norm) };
}

function createIdentityAbuseDetector(): Detector {
  const slurs = createLexiconMatcher(LEXICON.filter((t) => t.category === "identity_abuse"));
  return {
    id: "identity_abuse",
    detect({ norm, article }) {
      const findings: Finding[] = [];
      for (const hit of slurs.match(norm)) {
        if (servedAsFood(norm.text, hit.token.start, hit.token.end)) continue;
        const cited =
          citedScore(norm, hit.token.start) ??
          (DENIED_BEFORE.test(before(norm, hit.token.start, 24)) ? 0.2 : undefined);
        // A mild slur ("homo", "coon") next to degrading words ("same filth") is unambiguous.
        const degraded = cited === undefined && hit.term.score >= 0.6 && DEGRADING_ANYWHERE.test(norm.text);
        const score = cited !== undefined ? cited : degraded ? Math.max(hit.term.score, 0.9) : hit.term.score;
        findings.push(
          makeFinding(norm, hit.token.start, hit.token.end, {
            category: "identity_abuse",
            rule: cited !== undefined ? "identity_abuse.slur.cited" : `identity_abuse.slur.${hit.how}`,
            score,
            ...(hit.term.subtype ? { subtype: hit.term.subtype } : {}),
          }),
        );
      }
      // One test for any group word gates the ~80 group rules; one for the formulas' words gates those.
      if (gatedTest(ANY_GROUP, norm.text)) {
        findings.push(...runPatternRules(GROUP_RULES, norm));
        for (const f of runPatternRules(ANY_GROUP_RULES, norm)) findings.push(withSubtype(f, norm));
      }
      if (gatedTest(FORMULA_WORDS, norm.text)) findings.push(...runPatternRules(FORMULA_RULES, norm));
      findings.push(...runPatternRules(LIFE_DENIED_BY_ADJECTIVE, norm));
      SEND_BACK.lastIndex = 0;
      for (const m of matches(SEND_BACK, norm.text)) {
        const score = sendBackScore(norm, m.index, m[0], article);
        findings.push(
          makeFinding(norm, m.index, m.index + m[0].length, {
            category: "identity_abuse",
            subtype: "xenophobia",
            rule: "identity_abuse.xenophobia.send-them-back",
            score,
          }),
        );
      }
      for (const re of [THEY_ARE, BREED_LIKE, THEY_SHOULD_GO, THEY_DONT_BELONG]) {
        re.lastIndex = 0;
        for (const m of matches(re, norm.text)) {
          const grouped = ANY_GROUP.test(norm.text);
          // Animal-breeding imagery, and "these people are a disease" with no perpetrators in sight, are about
          // people whoever "they" are: held even without a named group.
          const alone =
            re === BREED_LIKE || (re === THEY_ARE && !PERPETRATORS.test(norm.text) && !/^they/.test(m[0]))
              ? 0.6
              : 0.4;
          const sentenceAfter = norm.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
          const condemned =
            COUNTER_SPEECH.test(before(norm, m.index, 60)) ||
            (/^[^.!?]{0,40}\b(?:hateful|racist|bigoted|bigotry|nonsense|disgusting|a lie|a myth|a slur|propaganda)\b/.test(
              sentenceAfter,
            ) &&
              /\b(?:say|says|said|claim|claims|call|calls|called|hear|heard)\b/.test(
                before(norm, m.index, 40),
              ));
          const score = condemned ? 0.2 : grouped ? 0.85 : alone;
          const subtype = subtypeOf(norm.text);
          findings.push(
            makeFinding(norm, m.index, m.index + m[0].length, {
              category: "identity_abuse",
              ...(subtype ? { subtype } : {}),
              rule:
                re === THEY_ARE
                  ? "identity_abuse.pronoun-generalisation"
                  : re === BREED_LIKE
                    ? "identity_abuse.breed-like"
                    : re === THEY_DONT_BELONG
                      ? "identity_abuse.pronoun-does-not-belong"
                      : "identity_abuse.pronoun-exclusion",
              score,
            }),
          );
        }
      }
      // Words in quotation marks are cited ("someone wrote 'Afghans = rapists' on the shelter"): held at most, and
      // let through when the words around the quotation condemn it ("he should be in jail for wishing 'death to
      // all women'"); words of condemnation inside the quotation ("'I hate Muslims'") do not count.
      return findings.map((f) => {
        if (f.score <= 0.5 || !insideQuotes(norm.original, f.start, f.end)) return f;
        const around = `${norm.original.slice(0, f.start)} ${norm.original.slice(f.end)}`.toLowerCase();
        return { ...f, score: condemned(around) ? 0.2 : 0.5 };
      });
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(
  REPORTING,
  CONDEMNED,
  DEGRADING_ANYWHERE,
  ...GROUP_BY_SUBTYPE.map(([, re]) => re),
  FAGGOT_DISH,
  EATEN_BEFORE,
  ESSENTIALIST,
  REPORTED_ACT,
  PERPETRATORS,
);

export { counter, createIdentityAbuseDetector, createMaskedGroupDetector };
