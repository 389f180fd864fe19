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
import { COUNTER_SPEECH, DEGRADING, GROUP_NAMES } from "../lexicon/groups.js";
import { INSULT_ADJECTIVES, MILD_INSULT_NOUNS, STRONG_INSULT_NOUNS } from "../lexicon/insults.js";
import { compileNatively } from "../native-compile.js";
import type { Span } from "./masked-groups.js";
import { maskedGroupSpans, maskedWithin } from "./masked-groups.js";
import { alternation, makeFinding, matches } from "./pattern-rule.js";
import { gatedTest, mayMatch, mayMatchWithin, requiredLiteralEnds } from "./rule-prefilter.js";

const HOLD = 0.55;

const VIOLENCE =
  /\b(?:kill\w*|murder\w*|shoot|shot|stab(?:s|bed|bing|bings|ber|bers)?|hang|hanged|hung|lynch\w*|behead\w*|bomb|bombs|burn|burned|burnt|knife|knives|bullets?|rope|noose|petrol|acid|slit|throat|strangle\w*|beat(?:en|ing)?|hurt|die|dies|bleed|torch|machetes?|run over|break your|smash|punch|hunt|visit)\b/;
const SECOND_PERSON = /\b(?:you|u|your|ya|yourself|ur)\b|@\w/;
const FIRST_FUTURE =
  /\b(?:i|we)(?:'ll| will|'m going to| am going to| are going to|'re going to|'m gonna| gonna| swear)\b/;

// "non-racist", "anti-fascist" name no insult.
const INSULTS = new RegExp(
  `(?<!\\b(?:non|anti)-)\\b(?:${alternation([...STRONG_INSULT_NOUNS, ...MILD_INSULT_NOUNS, ...INSULT_ADJECTIVES, "garbage", "rubbish", "trash", "nonsense", "disgrace", "shameful", "ridiculous", "laughable", "scum", "vermin", "worm", "filth", "pig", "rat"])})s?\\b(?! (?:mistake|mistakes|decision|decisions|error|errors|question|idea|ideas|thing to do|law|laws|rule|rules|policy|system|economics|move))`,
);
const PERSON_REF =
  /\b(?:you|u|your|ya|ur|author|writer|journalist|reporter|editor|columnist|commenter|poster|he|she|him|her|this guy|this woman|this man)\b|@\w/;

const GROUP = new RegExp(`\\b(?:${alternation(GROUP_NAMES)})\\b`);
const HOSTILE = new RegExp(
  `\\b(?:${alternation([...DEGRADING, "hate", "deport", "deported", "out", "ban", "banned", "invade", "invading", "invasion", "breed", "breeding", "rape", "raping", "terror", "crime", "flood", "flooding", "swarm", "swarming", "take over", "replace", "replacement"])})\\b`,
);
const NEGATION =
  /\b(?:not|never|no|isn't|aren't|don't|doesn't|nothing|nobody|wrong|myth|racist|racism|bigot\w*|hate speech|stereotype\w*)\b/;

/** Negative judgements of a person's character or mind (not of their argument: "wrong", "mistaken" are absent). */
const NEGATIVE_TRAITS =
  /\b(?:sick|evil|vile|pathetic|disgusting|sad|bitter|deluded|delusional|ridiculous|ignorant|naive|clueless|hypocritical|hypocrite|dishonest|shameless|heartless|cruel|twisted|mad|crazy|insane|nuts|deranged|unhinged|hysterical|paranoid|brainwashed|gullible|dense|dim|thick|slow|lazy|useless|worthless|weak|spineless|cowardly|arrogant|smug|condescending|pompous|entitled|disgraceful|shameful|sickening|repulsive|revolting|foul|nasty|toxic|rude|obnoxious|pitiful|laughable|clown|joke|embarrassment|disgrace|traitor|crybaby|whiner|genius|einstein|sheeple|boomer|karen|libtard|snowflake|muppet|weirdo|creep|freak|nutter|lunatic)\b/;
const SECOND_PERSON_BE =
  /\b(?:you(?:'re| are| r)|u r|ur|you must be|you sound|you seem|you look|you're such|what are you|are you)\b|@\w/;
const DISMISSAL =
  /\b(?:stop (?:whining|crying|moaning|trolling|lying)|cry more|grow up|get over (?:it|yourself)|get a grip|get a job|wake up,? sheeple|do your (?:own )?research|educate yourself|nobody cares|no one cares|who cares what you|who asked|keep crying|boo hoo|cope|seethe)\b/;
const MENACE_WORDS =
  /\b(?:coffin|body bag|grave|target on (?:your|his|her) back|watch yourself|watch it|know people|your neighbourhood|your neighborhood|your family|your kids|your children|your address|be joining them|join them soon|you're next|in for a surprise|won't be so brave|accidents happen|need a doctor|need an ambulance|end up in hospital)\b/;

const SEXUAL =
  /\b(?:pervs?|perverts?|in bed together|get(?:ting)? laid|bent over|sexually obsessed|sex-obsessed|genitals|balls cut off|cut (?:his|their|off their) balls|whoring|(?<!\b(?:get|gets|got|getting|being|been) )screw(?:ing|s)?(?! (?:up|over|around with)\b)|(?<!\b(?:get|gets|got|getting|being|been|was|were|is|are|am) )screwed(?! (?:up|over|around with)\b)|shag(?:ging|ged|s)?|(?<!big )bang(?:ing|ed)?(?![ -](?:on|for|the drum|up)\b)|hump(?:ing|ed)?|grop(?:e|es|ed|ing|er|ers)|sexy|naked|nudes?|horny|orgy|orgasm)\b/;

/**
 * People in public life and the press: violence or weapon words in the same sentence as one of these hold, whoever
 * the subject is ("plenty of rope for the minister", "one well-aimed shot at the judge"). Perpetrators (ISIS,
 * fighters, executioners) are not roles, so war reporting is untouched.
 */
const ROLE =
  /\b(?:minister|ministers|prime minister|pm|premier|president|mp|mps|senator|senators|governor|mayor|councillor|candidate|candidates|politicians?|officials?|judges?|lawyers?|ambassador|journalists?|reporters?|authors?|writer|editors?|columnist|commenter|poster|activists?|spokes(?:man|woman|person))\b/;
const ROLE_VIOLENCE =
  /\b(?:kill|kills|killed|murder|murdered|shoot|shot|shots|stab(?:s|bed|bing|bings|ber|bers)?|hang|hanged|hung|hanging|lynch\w*|behead\w*|rope|ropes|noose|bullets?|snipers?|assassins?|hitman|car bomb|blown (?:up|to bits|to pieces|apart)|tossed off|thrown off|knife|knives|brick|bricks|petrol|gasoline|molotov|acid|torch\w*|burn|burned|burnt|dragged|beaten (?:up|to death|senseless)|beat up|blood|bleed|dead|die|grave|coffin|bomb|bombs|explosives?|treated (?:its|their) prisoners|gave (?:the|its|their) (?:pilot|prisoners|hostages)|executed|execute|firing squad|guillotine|gallows|lamppost|lampposts|pitchforks?|window)\b/;
/** Veiled menace: idioms that promise something unpleasant without naming it. */
const VEILED =
  /\b(?:(?:party|lesson|welcome|visit|night|reception|day) (?:they|you|he|she)(?:'ll)? (?:won't|will never|never) forget|shame if something|something (?:bad )?(?:might|could|would|will) happen to (?:you|him|her|them|your|his|her|their|it)|(?:sleep|sleeps) with the lights on|welcome party|welcoming committee|a warm welcome|give (?:them|him|her) a (?:proper |warm |nice |real )?welcome home|long memories|longer knives|keep talking and|the old-fashioned way|the old fashioned way|proper send-off|send-off|easy to (?:recognise|recognize|find|spot|track down)|just saying|firing squad|same ditch|nice (?:house|home|car|family|kids|place)|it won't be with flowers|not with flowers|would fix (?:this|that|him|her|the problem)|solve (?:this|the problem) (?:quickly|permanently)|be careful what you|careful out there|lock (?:your|his|her) doors|on your way home|when (?:he|she|you) (?:visits?|comes|shows up|lands)|know what (?:happens|happened) to|getting a brick|through (?:her|his|your|their) window)\b/;
/** Hostile words about a group beyond the degrading list: crime and threat stereotypes, hordes, "genetically". */
const GROUP_HOSTILE_EXTRA =
  /\b(?:thief|thieves|rapists?|violent|hordes?|swarms?|genetically|by nature|inherently|breed\w*|filth|grateful|shut their mouths|know their place|can't be trusted|never trust|showed up|=|the problem|the reason|ruined|ruining|infest\w*|overrun|taking over|invaders?|diseased?|backward|primitive|inferior|too emotional|mentally ill|freaks?|degenerates?|groomers?)\b/;
/** Groups spelt with a masked letter ("m*slims", "j*ws") or named by colour: the evasion itself is the signal. */
const MASKED_GROUP =
  /\b(?:m\*+sl\w*|mu\*+l\w*|mus\*+\w*|musl\*+m\w*|j\*+ws?|is\*+am|immigr\*+nts?|r\*+fugees?|brown (?:people|hordes|folks|ones|men|invaders)|third worlders|foreign hordes|darkies)\b|m\*+slims?/;
const ESSENTIALISM =
  /\b(?:in (?:their|his|her) (?:blood|genes|dna|nature)|(?:their|that) kind of people|breed of (?:people|men)|those people always|these people always)\b/;
/**
 * A person's private sphere named to the reader (their kids, address, face, car, street): how doxxing and veiled
 * threats begin ("the minister's kids go to St. Mary's, right?"). Measured: 0.5 % of clean news comments.
 */
const PERSONAL_SPHERE =
  /\b(?:your|his|her|(?:the|that|this) (?:minister|judge|reporter|journalist|author|mayor|pm|premier|senator|candidate|mp|editor|columnist|writer|lawyer)'s) (?:kids|children|daughter|son|wife|husband|family|address|house|home|photo|face|car|street|school|neighbourhood|neighborhood|byline photo)\b/;
/** "The Chronicle keeps printing his home address": a complaint about the paper, not a pointer. */
const PRINTED_BY_THE_PAPER =
  /\b(?:print|prints|printed|printing|publish|publishes|published|publishing|name|names|named|naming)(?: out)? (?:his|her|their) (?:home address|address|street|house|face|kids|children|family)\b/;
/** "I'm a Muslim mum and I'm terrified of how easily those groomers got to these girls": the writer's own group. */
const SELF_IDENTIFIED =
  /\b(?:i'm|im|i am|as) an? (?:british |proud |practising |young |single )?(?:muslim|jew|jewish|black|asian|gay|lesbian|trans|kurd|kurdish|iraqi|syrian|afghan|immigrant|refugee|migrant|pakistani|bangladeshi|arab|somali|polish|sikh|hindu)\b/;
/**
 * "One morning won't kill you", "a bit of rain never hurt anyone": a thing, not a person, that will not harm; "the
 * bill will be shot down": a thing harmed in a figure of speech; wishes of luck and figures of speech about a
 * career ("knock 'em dead at the count", "a dead man walking politically", "shot himself in the foot", "you'll
 * kill yourself laughing").
 */
const HARMLESS_HARM_IDIOM =
  /\bknock (?:'em|em|them|him|her|us) dead\b|\bif looks could kill\b|\bdead (?:man|woman|men) walking\b|\b(?:kill|killed|killing) (?:yourself|myself|ourselves|himself|herself|themselves) (?:laughing|trying|working|over)\b|\b(?:shoot|shoots|shooting|shot) (?:yourself|myself|ourselves|himself|herself|themselves|itself) in the foot\b|\b(?!(?:i|we|he|she|they|someone|somebody|nobody|people|you)\b)[a-z]+ (?:won't|wouldn't|will not|would not|never) (?:kill|killed|hurt) (?:you|ya|u|anyone|anybody|them|him|her)\b|\b(?:silver|magic) bullets?\b|\bbit(?:e|ing|ten) the bullet\b|\bdodged? (?:a|the) bullet\b|\b(?:bill|motion|plan|proposal|idea|amendment|law|policy|deal|bid|request|application|appeal|scheme|argument|claim|theory|budget)s? (?:will|would|was|were|got|gets|is|are|'ll|has been|have been)(?: be| get)? shot down\b/;
/** Someone else posted a person's address and the writer wants it reported or it was taken down: a complaint. */
const DOXXING_REPORTED =
  /\b(?:posted|shared|leaked|put up|published)\b[^.!?]{0,40}\baddress\b[^\n]{0,160}\b(?:report(?:ed|ing)?\b[^.!?]{0,20}\bpolice|needs reporting|should be reported|took it down|taken down|deleted it|removed it)\b/;
/** Sweeping words that turn a mention of a group into a generalisation ("of course", "typical", "they all"). */
const SWEEPING =
  /\b(?:always|typical|get whatever|worth nothing|all the same|every time|of course|in their blood|those people|these people|their kind|their culture|they all)\b/;
/**
 * A generic claim with a bare-plural protected group as its subject and a sweeping verb ("Arabs only respect ...",
 * "Iraqi women belong ...", "Christians are a ..."): a human reads it. Neutral generics ("refugees should be
 * allowed to work", "refugees are people fleeing war") are not held.
 */
/** What a group is said to deserve in sympathy, not in threat ("refugees deserve our help", "Kurds deserve better"). */
const DESERVED_GOOD =
  "(?:our |their |a |the |full |equal |more )?(?:help|support|protection|respect|sympathy|compassion|dignity|safety|chance|fair|better|equal|justice|rights|thanks|welcome|a home|to be safe|to be heard|to live)\\b";
const GROUP_GENERIC = new RegExp(
  `(?:^\\s*|[,;:]\\s*|\\b(?:and|but|because|that|since) )(?:(?!(?:the|these|those|some|many|our|their|my|his|her|two|three|several|few|iraqi government|government)\\b)[a-z]+ )?(?:${alternation(GROUP_NAMES.filter((g) => /(?:s|men|people)$/.test(g)))}) (?:only|always|never|belong|shouldn't|can't|cannot|won't|breed|worship|hate|deserve(?! ${DESERVED_GOOD})|have no|are all|are just|are nothing but|are a|are the reason|are the problem|are behind|are to blame)\\b`,
);
/** Menace words that only need a role nearby ("any MP who votes for this won't be safe"). */
const ROLE_MENACE =
  /\b(?:safe(?! (?:and )?(?:legal|routes?|passages?|havens?|spaces?|seats?|bet|pair|zones?|houses?|harbou?rs?|places?|to say|levels?|hands|standards?|limits?|crossings?|countr(?:y|ies)|return|access|journey|drinking))|unsafe|legitimate target|careful|remember what happened|route to work|(?:his|her|their|home) address|know what to do|sort (?:it|them|him|her) out|car bomb|what happened to|pay the price|angry people|soon enough|publish (?:the|their) names|name and shame)\b/;
/** Innuendo: the sexual reading is signalled rather than said. */
const INNUENDO =
  /\b(?:if you know what i mean|know what i mean|if you get my meaning|get my drift|catch my drift|wink wink|nudge nudge|;\)|\(wink\)|bikini|lingerie|on (?:her|his) knees|between (?:her|his) legs|bedroom)\b/;
/** Belittling a person's mind or body ("your brain must be the size of a pea"). */
const BELITTLE =
  /\b(?:your|his|her|ur) (?:brain|brains|iq|brain cell|brain cells|head|skull|mind)\b[^.!?]{0,40}\b(?:size of|smaller|tiny|small|empty|hollow|pea|walnut|peanut|goldfish|single digits?|room temperature|dead)\b|\b(?:go back to your|crawl back (?:to|into|under)|back to your) (?:basement|mom's|mum's|mother's|cave|hole|bridge)\b/;

const ROLE_POSSESSION =
  /\b\w+'s (?:\w+ )?(?:plan|plans|proposal|bill|idea|ideas|policy|budget|record|career|chances|campaign|agenda|reform|law|argument|credibility|reputation)\b/g;
/** War reporting: "the journalist was killed by ISIS" reports a perpetrator's violence. */
const PERPETRATOR =
  /\b(?:isis|daesh|terrorists?|jihadis?|jihadists?|militants?|fighters?|executioners?|insurgents?|militias?|the regime|assad|al-qaeda|taliban|hamas|hezbollah)\b/;
/** Violence narrated in the past by a third party ("they beheaded journalists", "he was shot by"). */
const REPORTED_VIOLENCE =
  /\b(?:they|who|which|he|she|gunmen|soldiers|police|troops|was|were|been|had) (?:\w+ )?(?:killed|beheaded|shot|murdered|executed|hanged|burned|tortured|kidnapped|stabbed|bombed)\b/;
/** Trials and courts: violence words near a judge are usually about sentencing. */
const JUDICIAL =
  /\b(?:trial|tried|court|courts|convicted|sentenced|sentence|verdict|jury|prosecut\w*|charged|death penalty|life in prison)\b/;
/** A sentence that condemns a stereotype rather than using it. */
const CONDEMNING =
  /\b(?:racist|racism|bigot\w*|prejudice|stereotyp\w*|islamophob\w*|xenophob\w*|antisemit\w*|hate speech|myth|not all|isn't|aren't|wasn't (?:a|an) \w+ (?:problem|issue))\b/;

const SENTENCE = /[^.!?\n]+[.!?\n]*/g;
const THIRD_PERSON = /\b(?:she|her|he|him)\b/;
/** Expressions tested on each sentence as it stands (not on a rewritten sentence), none global. */
const SENTENCE_TESTS: readonly RegExp[] = [
  VIOLENCE,
  SECOND_PERSON,
  FIRST_FUTURE,
  INSULTS,
  PERSON_REF,
  GROUP,
  NEGATION,
  COUNTER_SPEECH,
  SEXUAL,
  NEGATIVE_TRAITS,
  SECOND_PERSON_BE,
  DISMISSAL,
  MENACE_WORDS,
  JUDICIAL,
  PERPETRATOR,
  REPORTED_VIOLENCE,
  VEILED,
  ESSENTIALISM,
  MASKED_GROUP,
  CONDEMNING,
  GROUP_HOSTILE_EXTRA,
  INNUENDO,
  BELITTLE,
  PERSONAL_SPHERE,
  GROUP_GENERIC,
  SWEEPING,
  THIRD_PERSON,
];

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
        !gatedTest(VIOLENCE, t) &&
        !gatedTest(INSULTS, t) &&
        !gatedTest(GROUP, t) &&
        !gatedTest(SEXUAL, t) &&
        !gatedTest(NEGATIVE_TRAITS, t) &&
        !gatedTest(DISMISSAL, t) &&
        !gatedTest(MENACE_WORDS, t) &&
        !gatedTest(VEILED, t) &&
        !gatedTest(ESSENTIALISM, t) &&
        !gatedTest(MASKED_GROUP, t) &&
        !gatedTest(INNUENDO, t) &&
        !gatedTest(BELITTLE, t) &&
        !gatedTest(PERSONAL_SPHERE, t) &&
        !gatedTest(ROLE, t)
      ) {
        return findings;
      }
      const wholeShort = t.length <= 200;
      // Group names read through a mask ("m*slims"): the mask is read as the masked-group signal too, found when
      // a sentence first asks.
      let masked: readonly Span[] | undefined;
      const maskedIn = (from: number, to: number) => {
        masked ??= maskedGroupSpans(norm);
        return maskedWithin(masked, from, to);
      };
      // A sentence is a stretch of the text between sentence marks, so an expression whose required literals the
      // whole text lacks cannot match any sentence: its per-sentence tests are skipped.
      // In a long text, likewise per sentence: one whose stretch holds none of an expression's literals is skipped.
      // Per expression: false (absent from the text), where its literals end (long text), or null (test).
      const present = new Map<RegExp, Int32Array | false | null>();
      for (const re of SENTENCE_TESTS) present.set(re, mayMatch(re, t) && requiredLiteralEnds(re, t));
      let from = 0;
      let to = 0;
      const test = (re: RegExp, sentence: string) => {
        const ends = present.get(re);
        return ends !== false && (ends == null || mayMatchWithin(ends, t, from, to)) && re.test(sentence);
      };
      // A role word absent from the whole text is absent from every sentence with possessions blanked out (the
      // blanking only removes words), so the sentences skip the possession rewrite and the role test.
      const roleInText = mayMatch(ROLE, t);
      // Likewise per sentence in a long text: a stretch where none of the role words' literals ends has no role.
      const roleEnds = roleInText ? requiredLiteralEnds(ROLE, t) : null;
      // Read on the whole text, so once per comment, and only when a sentence needs it.
      let doxxingReported: boolean | undefined;
      const doxxingWasReported = () => (doxxingReported ??= DOXXING_REPORTED.test(t));
      for (const m of matches(SENTENCE, norm.text, 200)) {
        const s = m[0];
        const start = m.index;
        const end = start + s.length;
        from = start;
        to = end;
        if (
          test(VIOLENCE, s) &&
          (test(SECOND_PERSON, s) || test(FIRST_FUTURE, s)) &&
          !HARMLESS_HARM_IDIOM.test(s)
        ) {
          add("threat", "suspicion.violence-at-person", start, end);
        }
        if (test(INSULTS, s) && test(PERSON_REF, s))
          add("personal_attack", "suspicion.insult-near-person", start, end);
        // Quoting ("call refugees 'vermin'") and counter-speech are how people condemn abuse. Read when needed.
        let quoted: boolean | undefined;
        const isCited = () =>
          (quoted ??= /["“”]/.test(norm.original.slice(norm.starts[start] ?? 0, norm.ends[end - 1] ?? 0)));
        if (
          test(GROUP, s) &&
          HOSTILE.test(s.replace(/\bsick (?:of|and tired)\b/g, "")) &&
          !test(NEGATION, s) &&
          !isCited() &&
          !test(COUNTER_SPEECH, s)
        ) {
          add("identity_abuse", "suspicion.hostile-about-group", start, end);
        }
        if (test(SEXUAL, s)) add("vulgarity", "suspicion.sexual", start, end);
        if (test(NEGATIVE_TRAITS, s) && test(SECOND_PERSON_BE, s))
          add("personal_attack", "suspicion.you-negative-trait", start, end);
        if (test(DISMISSAL, s)) add("personal_attack", "suspicion.dismissal", start, end);
        if (test(MENACE_WORDS, s)) add("threat", "suspicion.menace-words", start, end);
        // "Kill the minister's proposal": the possessed thing, not the person, is the target.
        const roleHere = roleInText && (roleEnds === null || mayMatchWithin(roleEnds, t, start, end));
        const roleText = roleHere ? s.replace(ROLE_POSSESSION, " ") : "";
        const role = roleHere && ROLE.test(roleText);
        if (
          role &&
          ROLE_VIOLENCE.test(roleText) &&
          !test(JUDICIAL, s) &&
          !test(PERPETRATOR, s) &&
          !test(REPORTED_VIOLENCE, s) &&
          !HARMLESS_HARM_IDIOM.test(s)
        )
          add("threat", "suspicion.violence-near-role", start, end);
        if (test(VEILED, s)) add("threat", "suspicion.veiled-menace", start, end);
        // Essentialism without a named group ("it's in their blood") is how group abuse hides its object.
        if (test(ESSENTIALISM, s) && !isCited()) add("identity_abuse", "suspicion.essentialism", start, end);
        // A short comment is one thought: "Keep talking, reporter. We have longer knives." splits role and weapon.
        if (
          wholeShort &&
          !findings.some((f) => f.rule === "suspicion.violence-near-role") &&
          role &&
          ROLE_VIOLENCE.test(t.replace(ROLE_POSSESSION, " ")) &&
          !JUDICIAL.test(t) &&
          !PERPETRATOR.test(t) &&
          !REPORTED_VIOLENCE.test(t) &&
          !HARMLESS_HARM_IDIOM.test(t)
        )
          add("threat", "suspicion.violence-near-role", start, end);
        const group = test(GROUP, s) || test(MASKED_GROUP, s) || maskedIn(start, end);
        if (
          group &&
          !isCited() &&
          !test(COUNTER_SPEECH, s) &&
          !test(CONDEMNING, s) &&
          !SELF_IDENTIFIED.test(s) &&
          (test(MASKED_GROUP, s) || maskedIn(start, end) || test(GROUP_HOSTILE_EXTRA, s))
        ) {
          add("identity_abuse", "suspicion.group-stereotype", start, end);
        }
        if (test(INNUENDO, s) && (test(SECOND_PERSON, s) || test(THIRD_PERSON, s)))
          add("vulgarity", "suspicion.innuendo", start, end);
        if (test(BELITTLE, s)) add("personal_attack", "suspicion.belittling", start, end);
        if (test(PERSONAL_SPHERE, s) && !PRINTED_BY_THE_PAPER.test(s) && !doxxingWasReported())
          add("threat", "suspicion.personal-sphere", start, end);
        if (role && ROLE_MENACE.test(wholeShort ? t : s) && !test(JUDICIAL, s))
          add("threat", "suspicion.menace-near-role", start, end);
        if (test(GROUP_GENERIC, s) && !isCited() && !test(COUNTER_SPEECH, s) && !test(CONDEMNING, s))
          add("identity_abuse", "suspicion.group-generic-claim", start, end);
        if (group && test(SWEEPING, s) && !isCited() && !test(COUNTER_SPEECH, s) && !test(CONDEMNING, s))
          add("identity_abuse", "suspicion.sweeping-generalisation", start, end);
      }
      return findings;
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(
  DOXXING_REPORTED,
  HARMLESS_HARM_IDIOM,
  HOSTILE,
  ROLE_VIOLENCE,
  SELF_IDENTIFIED,
  PERSONAL_SPHERE,
  PRINTED_BY_THE_PAPER,
  ROLE_MENACE,
  JUDICIAL,
  ROLE_POSSESSION,
);

export { createSuspicionDetector };
