/**
 * Coded language: phrases that carry abuse, a threat or innuendo without a single abusive word ("Brenmoor used to
 * be a nice town before it got imported", "a lot of old wood in that building", "take your tablets"). A word list
 * cannot see them and the model rarely has the words to; each phrase here is specific enough to be worth a
 * moderator's look. They HOLD (0.6) so a human reads the comment, and the model may confirm one to a rejection;
 * the few that have no civil reading reject. Quoting a dog whistle to condemn it lowers the score (counter-speech).
 * Written from the misses of a hand-written development set (docs/engine.md), each with civil counterparts in
 * test/unit/engine/coded.test.ts.
 */
import type { Detector } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import { capitalisedAt } from "../normalize/index.js";
import { asCited, citedScore, condemned, insideQuotes, reportedSpeech } from "./citation.js";
import { counter } from "./identity-abuse.js";
import type { PatternRule } from "./pattern-rule.js";
import { before, runPatternRules } from "./pattern-rule.js";
import { topLevelAlternatives } from "./regex-source.js";

/** Who finishes the airstrikes' job in a menace: a reader or "someone", not the army. */
const MENACE_SPEAKER =
  /\b(?:i'll|i will|someone|somebody|we'll|we will|people will|someone in \w+(?: \w+)? will|i'd|we'd)\b[^.!?\n]{0,30}$/;
/** Who waits at the gate in a menace: a crowd promised, in the future or now. */
const WAITING_CROWD =
  /(?:\bthere(?:'s| are| will be) (?:\w+ ){0,2}?(?:parents|people|lads|families|plenty|folk|a few)\b[^.!?\n]{0,25}?|\b(?:will|'ll) be )$/;
/** Whom the menace says will not last ("they won't be living here much longer"): a person or their house. */
const WONT_LAST = /^(?:won't|wont|will not)/;
const MENACE_TARGET = /\b(?:they|he|she|you|the house) $/;
/** "Their time will come": whose time. */
const TIME_WILL_COME = /^(?:time|day|turn)/;
const OWNER_BEFORE = /\b(?:their|your|his|her) $/;
/** Capitalised words after "ask for" that are not a contact's name ("ask for Help", "ask for More"). */
const ASK_FOR_COMMON = /^(?:help|more|less|details|information|advice|support|justice|answers|change)$/;
/** A comment opening with a reader's @handle. */
const REPLY_OPENING = /^\s*@\w/;
const HOLD = 0.6;
/** A taunt reported as shouted or chanted at someone: "a man yelled ching chong at the nurse". */
const SHOUTED_AT = /\b(?:shout|yell|scream|chant|mutter|jeer)(?:ed|ing|s)?(?: out)?\s*["'`]?\s*$/;
const REJECT = 0.85;

/** Vermin words about ISIS and its fighters are war talk, not abuse of a group. */
const PERPETRATOR_WORDS =
  /\b(?:isis|daesh|terrorists?|jihadis?|jihadists?|fighters?|militants?|caliphate|taliban|hamas)\b/;

/** Places a town is said to have "turned into" ("a little Karachi", "Kurdistan for the day"). */
const ELSEWHERE =
  "(?:raqqa|mosul|mogadishu|baghdad|kabul|islamabad|karachi|lahore|mirpur|dhaka|sylhet|tirana|lagos|beirut|tehran|erbil|duhok|kirkuk|sulaymaniyah|pakistan|africa|syria|iraq|somalia|kurdistan|afghanistan|bangladesh|damascus|aleppo|kandahar|calcutta|mumbai|delhi|the third world|the middle east)";

/**
 * Real places ending in "-istan", and Kurdish and Turkish words and country names with the suffix ("zivistan" is
 * winter, "dibistan" a school, "Yunanistan" Greece): "Londonistan" and "Brackenfordistan" are coinages, these not.
 */
/** Real places ending in a consonant + "stan" ("Caldermoorstan" is a coinage, these not). */
const REAL_STAN = "(?:kazakh|kazak|tatar|kyrgyz|khuzestan|sei)stan";
const REAL_ISTAN =
  "(?:pak|afghan|afgan|kurd|kürd|uzbek|özbek|ozbek|turkmen|türkmen|tajik|tacik|kazak|kırgız|kirgiz|baluch|baloch|beluch|wazir|lur|nur|koh|gul|gül|arab|kafir|turk|shahr|reg|hind|khurd|dagh|bost|goli|tur|absurd|ziv|zim|dib|bulgar|macar|yunan|gürc|gurc|ermen|moğol|mogol|gurj|lubn|sudan)istan";

/** Real cities ending in "-abad": "Kellingabad" is a coinage, Islamabad is not. */
const REAL_ABAD =
  "(?:islam|hyder|ahmed|allah|jalal|faisal|abbott|morad|ghazi|aurang|jahan|mahmud|khorram|shah|najaf|ali|eslam|farrukh|ferroz|firoz|sikandar|haidar|hussain|murad|raza|zafar|mirpur|fateh|kamal)abad";

/** Invasions that are history or war, not migration ("the US invasion of Iraq", "Russia's invasion"). */
const HISTORIC_INVASION =
  /\b(?:us|u\.s\.|american|russian|russia's|putin's|soviet|israeli|turkish|iraqi|allied|coalition|german|nazi|japanese|norman|roman|viking|1990|2003) invasion|\binvasions? of (?:iraq|kuwait|ukraine|afghanistan|poland|normandy|gaza|lebanon|syria|crimea|privacy|the pitch)\b/;

/** A reader's own family or pet blessed ("my grandad marched again at 96, bless him"): no sneer. */
const OWN_FAMILY =
  /\b(?:my|our) (?:gran|granny|grandma|grandad|grandpa|nan|nana|mum|mam|dad|son|daughter|lad|girl|boy|kids?|wife|husband|neighbour|dog|cat)\b/;

/** A negation or a question just before "raised a terrorist" ("no parent thinks they raised a monster"). */
const DENIED_BEFORE =
  /\b(?:never|not|no one|nobody|no parent|didn't|don't|doesn't|wonder(?:s|ing)? (?:if|whether|how))\b[^.!?]{0,25}$/;

/** The accused or the court just before "was a terrorist sympathiser": a finding about the attacker, no label. */
const ABOUT_THE_ACCUSED =
  /\b(?:attacker|bomber|gunman|killer|suspect|defendant|accused|fighter|convicted|jailed|sentenced|court|jury|trial)\b/;

/** Places a security argument calls breeding grounds: the camps of north-east Syria, prisons. */
const CAMPS_AND_PRISONS = /\b(?:camps?|al[- ]?hol|roj|prisons?|jails?|detention)\b/;

/** A writer standing up for a perpetrator's family. */
/** A service praised as a customer would: "did our extension", "worth every cent", "were excellent". */
const RECOMMENDED =
  /\b(?:did (?:our|my)|best decision i (?:ever )?made|switched to|checkatrade|trustpilot|sorted (?:it|us|me|everything) out|got (?:it|me|us) (?:thrown out|off|sorted)|highly recommend|can't recommend|cannot recommend|worth every (?:cent|penny|euro|pound)|(?:were|was) (?:excellent|brilliant|fantastic|superb))\b/;
const FAMILY_DEFENDED =
  /\b(?:leave (?:her|him|them|the family) alone|(?:she|he|they) (?:didn't|did not|never) do (?:it|anything)|(?:has|have) done nothing|gets? abuse|(?:is|are) innocent|not (?:her|his|their) fault)\b/;

const WRITTEN_RULES: readonly PatternRule[] = [
  // --- xenophobia and racism without slurs ---
  {
    id: "identity_abuse.coded.imported",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:keep|kept|keeps|stop|carry on|busy|keep on) importing (?:them|more of them|these people|those people|people like (?:that|them)|the third world|their problems|crime)\b|\b(?:town|place|area|street|country|city|estate|village|high street|neighbou?rhood) (?:got|has been|have been|was|is being|being) imported\b|\b(?:before|since|until|till) it (?:got|was) imported\b(?! from)/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.invasion",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\binvasion\b[^.!?\n]{0,60}\b(?:asylum|refugees?|migrants?|immigra\w*|small boats|boats|border|channel)\b|\b(?:military|fighting)[- ]age (?:males|men)\b[^\n]{0,100}\binvasion\b|\b(?:asylum|refugees?|migrants?|immigra\w*|small boats|channel crossings?)\b[^.!?\n]{0,60}\binvasion\b/g,
    adjust: (norm, index, match) =>
      HISTORIC_INVASION.test(norm.text.slice(Math.max(0, index - 20), index + match.length + 30))
        ? 0
        : counter(HOLD)(norm, index),
  },
  {
    id: "identity_abuse.coded.replacement",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:great replacement|what replacement looks like|replacing us|(?:we|we're|we are|natives?|locals|the english|the british|white (?:people|folk|families)|our (?:people|kids|children|culture)) (?:are |is |being |getting |will be )*(?:replaced|swapped out|outbred|outnumbered)|(?:town|street|country|estate|village|area)(?:'s| is) being swapped out|swapped out one street at a time)\b/g,
    adjust: counter(HOLD),
  },
  {
    // Sarcastic "enrichment" about newcomers; uranium enrichment and school enrichment activities are news.
    id: "identity_abuse.coded.enrichment",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /(?<!\b(?:uranium|nuclear|iran's|iranian|plutonium|fuel) )\b(?:cultural )?enrichment\b(?! (?:programme|program|facility|facilities|activities|activity|sites?|levels?|plants?|centrifuges?|capacity|fund|classes|sessions|day|week|scheme))/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.country-back",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:want|get|take|taking|getting) (?:our|my) (?:country|town|city|streets|nation) back\b|\btake back our (?:country|town|streets)\b|\bused to be (?:ours|english|british|white)\b|\bwhat(?:'s)? next,? sharia\b|\bkeep (?:[a-z]+ )?(?:british|english|white|christian)(?=[^a-z0-9]*$|\s*[.!?])/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.one-way-ticket",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bone[- ]way tickets? (?:for|to) (?:the lot|them|all|every|these|those)\b|\b(?:give|buy|book) (?:them|the lot|em) (?:a |all )?one[- ]way tickets?\b/g,
    adjust: counter(HOLD),
  },
  {
    // "Deport the lot" (the send-them-back rule needs "back", "home" or "out").
    id: "identity_abuse.coded.deport-the-lot",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:deport|expel|repatriate) (?:the lot|them all|all of them|every (?:last )?one of them|the whole lot)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.what-they-do-back-home",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bwhat they do (?:back home|where they come from|in their (?:own )?countr(?:y|ies))\b|\b(?:idea of fun|way of life|how they do things) back home\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.fighting-age",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:fighting|military)[- ]age (?:imports|arrivals|migrants|refugees|asylum seekers|newcomers|foreigners|invaders)\b|\b(?:fighting|military)[- ]age (?:men|males|lads)\b[^.!?\n]{0,60}\b(?:phones?|asylum|refugees?|migrants?|boats?|hotels?|benefits|housing)\b|\b(?:refugees?|asylum seekers?|migrants?)\b[^.!?\n]{0,40}\b(?:of )?(?:fighting|military)[- ]age\b|\b(?:fighting|military)[- ]age (?:men|males|lads)\b[^\n]{0,60}\b(?:unvetted|undocumented|no id|no papers|we all know|how this ends|ask germany|ask sweden)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.no-english-names",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\b(?:not|is there) (?:a|one) single (?:english|british|white|local|christian|brown|black|asian|foreign) (?:name|face|person)\b|\bat least (?:they're|they are|he's|she's|he is|she is|these are|those are|they were) (?:all )?(?:white|christians?|english|british)\b|\b(?:no|hardly any|not many) (?:english|british|white) (?:names|faces)\b|\bfor being too (?:white|english|british|christian)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.little-elsewhere",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: new RegExp(
      `\\b(?:a |like a )?little ${ELSEWHERE}\\b|\\blike being in ${ELSEWHERE}\\b|\\b(?:you'd|you would|you'll|you) think (?:you were|you're|you are|you'd landed|it was) in ${ELSEWHERE}\\b|\\bturned into (?:a |an )?(?:mini |little )?${ELSEWHERE}\\b|\\bnow (?:it's|it is|its) (?:just )?(?:a |like )?${ELSEWHERE}(?: and ${ELSEWHERE})?(?: with| but| in| on)\\b|\\b${ELSEWHERE} for the day\\b|\\bis (?:this|it) [a-z]+ or ${ELSEWHERE}\\b|\\b(?:isn't|isnt|is not|not) [a-z]+,? (?:it's|its|it is) ${ELSEWHERE}\\b|\\b${ELSEWHERE}-on-[a-z]+\\b|\\bthis is (?:england|britain|scotland|wales|the uk|[a-z]+),? not ${ELSEWHERE}\\b|\\b${ELSEWHERE},? not (?:here|in (?:our|this|my) (?:town|town hall|streets?|country|square|park|city|high street))\\b|\\bgo and [a-z]+ (?:your|their) [a-z]+ in ${ELSEWHERE}\\b|\\bin ${ELSEWHERE} where (?:he|she|they) belongs?\\b`,
      "g",
    ),
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.full-of-foreigners",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:full of|overrun (?:with|by)|swarming with|crawling with|infested with) (?:foreigners|immigrants|migrants|refugees|asylum seekers|muslims|africans|arabs|poles|romanians|eastern europeans|travellers|gypsies)\b|\btypical (?:traveller|gypsy|gyppo|pikey|roma|immigrant|migrant|refugee|muslim|foreigner|asylum seeker|pole|romanian|albanian)s?\b/g,
    adjust: counter(HOLD),
  },
  {
    // "Great, more Muslims. Because that's worked out so well": welcoming a group with a sneer at what it brings.
    id: "identity_abuse.coded.more-of-them-sneer",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:great|brilliant|fantastic|wonderful|lovely|perfect|marvellous|excellent|oh good|just what we need)[,.!]* (?:just what we need[,.!]* )?(?:even |yet )?more (?:muslims|immigrants|migrants|refugees|asylum seekers|foreigners|africans|arabs|somalis|pakistanis|afghans|eritreans|albanians|romanians|poles|eastern europeans|syrians|iraqis)\b[^\n]{0,60}?\b(?:(?:has|have|that's|that has|it's|thats|that) (?:worked|gone|turned) out so well|what could (?:possibly )?go wrong|because that always (?:works|ends well))/g,
    adjust: counter(HOLD),
  },
  // --- religious hatred ---
  {
    id: "identity_abuse.coded.no-moderate-muslims",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\bno such thing as (?:a )?moderate (?:muslims?|islam)\b|\bmoderate muslims? (?:is|are) (?:a myth|just|one who|the ones who)\b/g,
    adjust: counter(REJECT),
  },
  {
    id: "identity_abuse.coded.taqiyya",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /\btaqi+y+a+h?\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.sharia-next",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /\bsharia\b[^.!?\n]{0,30}\b(?:next|coming|town hall|by 20\d\d|in our (?:town|streets|schools))\b/g,
    adjust: counter(HOLD),
  },
  {
    // Mocking the call to prayer.
    id: "identity_abuse.coded.call-to-prayer",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\b(?:screech\w*|wail\w*|howl\w*|racket|caterwaul\w*)\b[^.!?\n]{0,40}\bfive times a day\b|\bfive times a day\b[^.!?\n]{0,40}\b(?:screech\w*|wail\w*|howl\w*|racket|caterwaul\w*)\b/g,
    adjust: counter(REJECT),
  },
  {
    // The niqab mocked: "our women will have to start wearing the tent".
    id: "identity_abuse.coded.niqab-jibe",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    // Worn, walked about or dressed in: "every Muslim woman walking round in a bin bag" (probing, twentieth session).
    re: /\bwear(?:ing|s)? (?:a |the )?(?:tent|tents|bin bags?|bin liners?|letter ?box(?:es)?)\b|\b(?:walk(?:ing|s)?|go(?:ing|es)?|parad(?:e|es|ing)) (?:round|around|about) in (?:a |their |them |those )?(?:tents?|bin bags?|bin liners?|letter ?box(?:es)?)\b|\b(?:dressed|covered|wrapped)(?: up)? in (?:a |their |them |those )?(?:bin bags?|bin liners?)\b/g,
    adjust: counter(HOLD),
  },
  {
    // Contempt for a people or faith said by what it "knows" or "says": "they know exactly how to work our system,
    // these people", "says everything about that religion", "one less Moroccan thug", "keep it Dutch".
    id: "identity_abuse.coded.those-people",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bknow (?:exactly )?how to (?:work|play|milk|game) (?:our|the) system\b[^.!?\n]{0,10}\b(?:these people|those people|that lot|their sort|their kind)\b|\b(?:these people|those people|that lot|their sort|their kind)\b[^.!?\n]{0,30}\bknow (?:exactly )?how to (?:work|play|milk|game) (?:our|the) system\b|\bsays (?:everything|it all|a lot|all you need to know) about (?:that|their|this) (?:religion|faith|culture|community)\b|\bone less (?:moroccan|somali|albanian|romanian|polish|pakistani|afghan|eritrean|syrian|iraqi|kurdish|turkish|muslim|arab|african|black|asian|foreign|immigrant|migrant)\b|\bkeep (?:it|\w+) (?:english|british|dutch|white|christian)\b|\b(?:strip|revoke|remove|take away) (?:the )?citizenship (?:from|of) (?:all|every|any) (?:muslims|immigrants|migrants|arabs|refugees|foreigners|dual nationals)\b|\bknow (?:exactly )?where the free (?:stuff|money|houses|handouts|benefits) (?:is|are)\b/g,
    adjust: counter(HOLD),
  },
  {
    // A whole sect or people blamed for ISIS: "Sunni Arabs welcomed ISIS with flowers", "every Sunni there was
    // cheering when ISIS rolled in". Historians' "some Sunni tribes welcomed ISIS at first" is qualified.
    id: "identity_abuse.coded.sect-blamed-for-isis",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /(?<!\b(?:some|many|a few|certain|several|most|few|of the|that|those) )\b(?:sunni arabs|sunnis|moslawis|the sunnis|sunni tribes)\b(?: (?:in|of) [a-z]+(?: and [a-z]+)?| [^.!?\n]{0,40}?\bwhen they)? (?:welcomed|cheered|invited|embraced|supported|celebrated) (?:isis|daesh|the caliphate)\b|\bevery (?:sunni|moslawi|arab)\b[^.!?\n]{0,20}\b(?:was cheering|cheered|welcomed|celebrated)\b/g,
    adjust: counter(HOLD),
  },
  {
    // The banana thrown at a black player, in words or emoji: "someone chuck him a 🍌", "the m0nkey 🍌🍌".
    id: "identity_abuse.coded.banana",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\b(?:throw|chuck|give|toss|hand|pass)(?:s|ing)? (?:him|her|them|the lad|that lad) (?:a |some )?(?:bananas?\b|🍌)|\bmonkeys?\b[^.!?\n]{0,30}🍌|🍌[^.!?\n]{0,30}\bmonkeys?\b/g,
    adjust: counter(HOLD),
  },
  {
    // A sect named with vermin: "those sunni rats", "shia dogs". The sect words alone are everyday politics here
    // ("a Shia prime minister, a Sunni speaker"), so only the pair is read.
    id: "identity_abuse.coded.sect-as-vermin",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: 0.9,
    re: /\b(?:sunni|shia|shiite|shi'ite|alawite)s? (?:rats|dogs|pigs|vermin|scum|filth|animals|cockroaches|savages|apes|swine|snakes)\b/g,
    adjust: counter(0.9),
  },
  // --- homophobia and transphobia framed as concern ---
  {
    id: "identity_abuse.coded.lifestyle",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\b(?:parad\w*|promot\w*|push\w*|flaunt\w*|rams?|ramming) (?:\w+ ){0,2}(?:that|their|this|the gay|the trans|the lgbt\w*) lifestyle\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.men-in-dresses",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\b(?:men|blokes|grown men|males) in (?:dresses|frocks|skirts)\b|\ba word for (?:people|men|blokes|folk) like (?:that|them|him)\b|\bsodom(?:y|ites?)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.grooming",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\b(?:drag|pride|gay|trans|lgbt\w*|lifestyle|storytime|story time)\b[^.!?\n]{0,60}\bgroom(?:ing|ers?)\b|\bgroom(?:ing|ers?)\b[^.!?\n]{0,30}\b(?:drag|pride|gay|trans|lgbt\w*)\b/g,
    adjust: counter(HOLD),
  },
  // --- sexism ---
  {
    id: "identity_abuse.coded.woman-to-the-kitchen",
    category: "identity_abuse",
    subtype: "sexism",
    score: HOLD,
    re: /\bleave (?:the \w+|it|politics|the running of \w+|the (?:big|important) decisions) to the men\b|\b(?:she|her|woman|women)\b[^.!?\n]{0,50}\b(?:manages? (?:her|the) kitchen|stick to (?:baking|cooking|knitting|the ironing|making tea)|(?:baking|cooking) for the wi|(?:back|home) in time to (?:make|cook|do) (?:the|his|their|our) (?:tea|dinner|ironing|washing))\b|\bstick to (?:baking|cooking|knitting|the ironing|making tea)\b[^.!?\n]{0,40}\b(?:leave|and let)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.no-job-for-a-woman",
    category: "identity_abuse",
    subtype: "sexism",
    score: REJECT,
    re: /\b(?:never|not|no) (?:a )?(?:job|place|role) for (?:a )?wom[ae]n\b|\bwom[ae]n (?:shouldn't|should not|can't|cannot) (?:be in|do|run|lead) (?:politics|charge|power|the council|government)\b|\b(?:go|get) home and (?:have|make|raise) (?:some )?(?:kids|babies|children)\b|\bwom[ae]n (?:should|ought to|need to|belong)(?: stay| be)? (?:focus(?:ing)? on (?:raising (?:kids|children|a family|families|their)|their (?:kids|children|families|husbands|homes))|at home|in the kitchen|stick(?:ing)? to (?:the kitchen|cooking|raising))\b/g,
    adjust: counter(REJECT),
  },
  {
    id: "identity_abuse.coded.time-of-the-month",
    category: "identity_abuse",
    subtype: "sexism",
    score: HOLD,
    re: /\b(?:emotional|hormon\w*|moody|hysteric\w*)\b[^\n]{0,80}\bonce a month\b|\bonce a month\b[^\n]{0,60}\b(?:emotional|hormon\w*|moody|hysteric\w*)\b|\b(?:that|wrong) time of (?:the )?month\b/g,
    adjust: counter(HOLD),
  },
  // --- threats with no violent word ---
  {
    // "The Grange has a lot of old wood in it. Would be a shame if ..."
    id: "threat.coded.arson-hint",
    category: "threat",
    score: HOLD,
    re: /\b(?:lot of|lots of|full of|all that|plenty of) (?:old |dry )?(?:wood|timber|paper|thatch)\b[^!?\n]{0,80}\b(?:shame|accident|careful|fit for use|match|matches|spark)\b|\b(?:would|it'd|it would) be a (?:real |terrible |crying |great )?shame if (?:it|that|the \w+|something)\b[^.!?\n]{0,40}\b(?:burn\w*|fire|caught|went up|wasn't (?:fit|there|standing)|weren't (?:fit|there|standing)|happened)\b|\bwith the heating off\b[^\n]{0,30}\band a match\b/g,
  },
  {
    id: "threat.coded.mob-justice",
    category: "threat",
    score: HOLD,
    re: /\b(?:rope|noose)\b[^.!?\n]{0,20}\b(?:lamppost|lamp post|tree|beam|bridge)\b|\b(?:will|should|must|gonna|going to|deserve to|ought to) (?:hang|swing)\b[^.!?\n]{0,30}\blamp ?posts?\b|\blamp ?post each\b|\b(?:hang|string) (?:them|him|her|the \w+|every \w+) (?:up )?(?:from|on) (?:a |the |every |the nearest )?lamp ?posts?\b|\b(?:no need for|won't need|wouldn't need|doesn't need|don't need) a trial\b/g,
  },
  {
    // The neo-Nazi fantasy of mass lynching ("the day of the rope" from The Turner Diaries): no civil reading
    // beyond discussing it, which the counter-speech test lets through.
    id: "threat.coded.day-of-the-rope",
    category: "threat",
    score: REJECT,
    re: /\bday of (?:the )?(?:rope|ropes|noose)\b|\brope day\b/g,
    adjust: counter(REJECT),
  },
  {
    id: "threat.coded.beyond-the-police",
    category: "threat",
    score: HOLD,
    re: /\bpeople (?:won't|will not|wouldn't|can't) wait for (?:the )?police\b|\btake (?:matters|the law|things) into (?:their|our|my) own hands\b|\b(?:need|want) (?:a lot )?more than (?:security|a bodyguard|bodyguards|police protection)\b/g,
  },
  {
    id: "threat.coded.not-welcome",
    category: "threat",
    score: HOLD,
    re: /\b(?:some|certain) (?:places|parts of (?:town|the city)|streets|estates|pubs)\b[^.!?\n]{0,20}\b(?:not welcome|won't be welcome|wouldn't be safe|won't be safe)\b|\bwill make (?:its|their|our) feelings (?:very )?(?:clear|known)\b/g,
  },
  {
    id: "threat.coded.nobody-would-ask",
    category: "threat",
    score: HOLD,
    re: /\b(?:a few|couple of|the odd) accidents?\b[^.!?\n]{0,50}\b(?:solves? itself|nobody would|no one would|no questions)\b|\bnobody would (?:ask (?:any )?questions|miss (?:him|her|them))\b/g,
  },
  {
    id: "threat.coded.left-in-pieces",
    category: "threat",
    score: HOLD,
    re: /\b(?:won't|will not|wouldn't|would not) be standing (?:the next morning|by morning|in the morning|much longer|for long|by (?:monday|friday|the weekend))\b|\b(?:come|go|going|coming|sent|send (?:him|her|them)) (?:home|back) in (?:a box|a body ?bag|pieces|a coffin|an ambulance|a wheelchair)\b|\b(?:goes|go|going|leaves?|leaving) (?:home )?in an ambulance\b|\bone piece or (?:several|many|bits)\b/g,
  },
  {
    id: "threat.coded.things-happen",
    category: "threat",
    score: HOLD,
    re: /\bthings have a way of (?:going wrong|happening|catching fire)\b|\bways? of making (?:a |an |his |her |their |the )?(?:\w+(?:'s)? )?life (?:very )?(?:short|shorter|difficult|hell|a misery|unbearable)\b|\bfires? (?:spread|can spread)\b[^!?\n]{0,60}\b(?:cars?|homes?|houses?|hotel|mosque|of people who)\b/g,
  },
  {
    // "Londonistan", "Brackenfordistan", "Eurabia": a town renamed as if it were a Muslim country.
    id: "identity_abuse.coded.istan",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: new RegExp(
      `\\b[a-z]{3,}istan\\b(?<!${REAL_ISTAN})|\\b[a-z]{4,}-istan\\b|\\b[a-z]{4,}[b-df-hj-np-tv-z]stan\\b(?<!${REAL_STAN})|\\b[a-z]{4,}abad\\b(?<!${REAL_ABAD})|\\beurabia\\b`,
      "g",
    ),
    adjust: counter(HOLD),
  },
  {
    // The antisemitic "echo" around a name or a pronoun: "(((they))) control both parties".
    id: "identity_abuse.coded.echo",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\({3}[^()\n]{1,30}\){3}/g,
    adjust: counter(REJECT),
  },
  {
    id: "identity_abuse.coded.remigration",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /(?<!['‘"“])\bremigration\b/g,
    adjust: counter(HOLD),
  },
  {
    // "If they love Kurdistan so much they can go and live there."
    id: "identity_abuse.coded.go-live-there",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bso much\b[^.!?\n]{0,40}\b(?:they|he|she|you|them|people)\b[^.!?\n]{0,12}\b(?:can|should|could|ought to|may as well|might as well) (?:go|move|clear off|piss off|bugger off|sod off)(?: back)?(?: and live)?(?: (?:there|home|back there))?\b|\bso much,? (?:go|move) (?:back )?(?:and )?live there\b|\bmass deportations? now\b|\b(?:they|he|she) can (?:go|move) (?:back )?(?:and )?live (?:over )?there\b|\bif your heart is (?:over )?there,? (?:your body|you) can follow\b|\b(?:they|he|she) can go back there\b|\b(?:they|he|she) can (?:go|fuck off|piss off|clear off|sod off) back (?:home|there)\b/g,
    adjust: counter(HOLD),
  },
  {
    // Mocking a name or an accent as foreign: "Onwuka? Can't even pronounce it."
    id: "identity_abuse.coded.cannot-pronounce",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bcan'?t (?:even )?pronounce (?:it|his name|her name|their names?|the name|half (?:of )?them)\b|\b(?:speak|talk) proper english\b/g,
    adjust: counter(HOLD),
  },
  {
    // Arrival as contempt: "someone whose family came over on a dinghy", "back on the banana boat".
    id: "identity_abuse.coded.came-over-on",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\b(?:came|come|comes|arrived|turned up|washed up|washes up|rowed) (?:over |here |in )?(?:on|in) (?:a |the )?(?:dinghy|dinghies|rubber boat|back of a lorry)\b|\bwhoever washes up\b|\bbanana boats?\b/g,
    adjust: counter(HOLD),
  },
  {
    // Whiteness by euphemism: "nicer when it was, shall we say, a bit less colourful".
    id: "identity_abuse.coded.less-colourful",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\bless colou?rful\b|\b(?:not (?:even )?from (?:here|round here|around here)|originally|names?|background|english|british|white)\b[^.!?\n]{0,40}\bif you (?:get|catch) my (?:drift|meaning)\b|\b(?:was|used to be) (?:a )?(?:white|english|british|christian) (?:village|town|city|area|estate|street|country|ground)\b|\bconquered without a (?:shot|fight)\b|\b(?:barely|hardly|couldn't|could not|can't|cannot|never) hear (?:a word of )?english(?: spoken)?\b|\bimport the culture\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.grandfathers-fought",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:grand(?:fathers|dads|parents|father|dad)|granddad|grandad|(?:our|my) (?:fathers|forefathers|ancestors))\b[^.!?\n]{0,40}\b(?:didn't|did not|never) (?:fight|die|bleed)\b[^.!?\n]{0,40}\bfor this\b/g,
    adjust: counter(HOLD),
  },
  {
    // A faith's buildings or scripture as a weapon: "every mosque is a bomb factory", "a religion of savages".
    id: "identity_abuse.coded.faith-as-terror",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\b(?:every|all|each|any) (?:single |last )?(?:mosques?|madrass?as?|islamic (?:schools?|centres?)|mosque collection box(?:es)?|imams?)\b[^.!?\n]{0,30}\b(?:is|are) (?:a |an |just )?(?:bomb|terror|jihad|recruit|breeding|isis)\w*|\breligion of (?:savages|hate|death|terror|violence|barbarians|murderers|paedophiles|pedophiles)\b|\b(?:the )?(?:koran|quran|qur'an|islam|torah|talmud|bible) (?:is|was) (?:just |nothing but |basically |literally )?(?:a|an|the) (?:terror(?:ist)? |jihad(?:i|ist)? |killing |murder )?(?:manual|handbook|blueprint|textbook|instruction manual|recipe|licence|license|how-to guide|guide) (?:for|to) (?:terror|terrorism|terrorists|murder|murderers|killing|killers|violence|hate|rape|rapists|jihad|war|genocide)\b/g,
    adjust: counter(REJECT),
  },
  {
    id: "identity_abuse.coded.their-book",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /\btheir (?:holy )?book (?:tells|says|commands|orders|teaches|wants) them\b|\bit's in (?:the|their) book\b|\breligion of peace(?:tm|™)|\brop\.? strikes again\b|\breligion of peace (?:lol|lmao)\b|['‘"“]religion of peace['’"”]|\b(?:these|those|such) people (?:only|just) understand\b|\bthey only understand (?:force|violence|bombs|the whip|one thing|a bullet)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.swamped",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:town|country|area|village|city|estate|street) (?:is|was|being|has been|getting|gets) swamped\b(?! (?:with|by) (?:tourists|traffic|visitors|water|flood\w*|cars|shoppers|fans|work|calls|applications|complaints|orders|requests|patients))|\bswamped (?:by|with) (?:foreigners|immigrants|migrants|refugees|asylum seekers|muslims|africans|arabs|them)\b/g,
    adjust: counter(HOLD),
  },
  {
    id: "identity_abuse.coded.limp-wristed",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\blimp[- ]?wrist(?:ed|s)?\b/g,
    adjust: counter(HOLD),
  },
  {
    // White-nationalist slogans and tropes with no civil reading: "14 words", "Britain for the British".
    id: "identity_abuse.coded.slogans",
    category: "identity_abuse",
    subtype: "racism",
    score: REJECT,
    re: /\b(?:14 ?\/ ?88|1488)\b|\b14 words\b(?! (?:long|or (?:less|fewer)|limit))|\b(?:britain|england|scotland|wales|europe|ireland|ulster) for the (?:british|english|scottish|welsh|europeans|whites?|irish|ulster (?:folk|people))\b|\bborn in a stable doesn't make (?:you|him|her|them|someone|somebody) a horse\b|\bwhite power\b|\brahowa\b|\b(?:their|the muslim|the islamic|muslim) (?:religion|faith) is a (?:death )?cult\b|\bislam is (?:a |the )?(?:death cult|cancer|disease|plague)\b|\bgoat[- ]?(?:botherers?|shaggers?|fuckers?)\b|\bcamel[- ]?(?:jockeys?|fuckers?|shaggers?)\b/g,
    adjust: counter(REJECT),
  },
  {
    id: "identity_abuse.coded.old-contempt",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:mohammedans?|moslems?|mussulmans?|papists?|goat[- ]?herders?|mud huts?|deus vult|camel vote)\b|\bremember 1683\b|\bin the blood with (?:that|this|them|those) lot\b|\bit's in (?:their|the) blood\b|\b\w+ for the (?:english|british|whites?|\w+-born)(?: only)?(?= *(?:[.!]|$))|\b(?:a lot|much|bit|far|lot) whiter\b|\b(?:these people|those people|muslims|immigrants|migrants|foreigners|refugees|asylum seekers|arabs|africans)\b[^.!?\n]{0,20}\bbreed(?:s|ing)?\b|\bthey breed (?:faster|like)\b|\blet them breed\b|\bcockroaches\b[^.!?\n]{0,60}\bfumigat\w*|\bdinghy (?:crowd|divers?|mob|lot|brigade|people)\b|\b(?:community|communities|they|muslims)\b[^.!?\n]{0,20}\b(?:stop|keep|keeps) producing (?:them|terrorists|bombers|jihadis)\b|\bcultures? (?:that|which) (?:don't|do not|doesn't|does not) respect women\b|\bdiversity (?:hires?|quotas?|appointments?|box ticked|box-ticking)\b|\b(?:doesn't|don't|does not) (?:even )?look (?:like (?:she's|he's|they're|she is|he is|they are) from (?:this country|here|round here)|english|british)\b|\bwith a name like that\b|\bcan't move for (?:them|foreigners|immigrants|migrants)\b|\b(?:minority|outnumbered|strangers) (?:in|on) (?:our|their) own (?:streets|town|country|city|land)\b|\bdumping ground for (?:the third world|foreigners|migrants|refugees|asylum seekers)\b|\b(?:baghdad|kabul|karachi|mogadishu|lagos|islamabad|tehran|damascus|raqqa|mosul) (?:west|east|north|south)\b|\bsand ?(?:land|people)\b|\bboat people\b|\block (?:up )?your daughters\b|\b(?:this is how|slowly,? slowly,?) they take over\b|\balways them first\b|['‘"“]they['’"”] win\b|\bbiradari\b|\bpostal vote factor(?:y|ies)\b/g,
    adjust: counter(HOLD),
  },
  {
    // "Canada was fine before the brown hordes showed up": a people as a horde. Quoted to condemn ("the paper
    // called them 'Hungarian hordes'") it is held by the quotation rule below, or lowered as counter-speech.
    id: "identity_abuse.coded.hordes",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: REJECT,
    re: /\b(?:brown|black|muslim|moslem|islamic|foreign|migrant|immigrant|asylum|arab|african|asian|hungarian|polish|romanian|syrian|afghan|iraqi|kurdish|turkish) hordes?\b|\bhordes? of (?:foreigners|migrants|immigrants|muslims|refugees|asylum seekers|africans|arabs)\b/g,
    adjust: counter(REJECT),
  },
  {
    // "These cockroaches should be put back in a dinghy": people named as vermin and removal called for.
    id: "identity_abuse.coded.vermin-removed",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: REJECT,
    re: /\b(?:these|those|the|all the|all these|all those) (?:cockroaches|vermin|rats|parasites|savages|locusts|maggots|invaders)\b[^.!?\n]{0,40}\b(?:should|must|need to|ought to|will) be (?:put|sent|shipped|pushed|thrown|kicked|dumped|gassed|exterminated|wiped out|deported|drowned)\b/g,
    adjust: (norm, index) => (PERPETRATOR_WORDS.test(norm.text) ? 0.3 : counter(REJECT)(norm, index)),
  },
  {
    // A monkey or a camel for a person: "decent for a 🐒", "Baghdad West 🐪🐪".
    id: "identity_abuse.coded.animal-emoji",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /🐒|🐵|🦍|🐪|🐫/g,
    adjust: counter(HOLD),
  },
  {
    // "Maybe it's time someone did." after naming who "got away with it".
    id: "threat.coded.time-someone-did",
    category: "threat",
    score: HOLD,
    re: /\btime (?:someone|somebody|people|we) (?:did|made (?:them|him|her) pay|balanced the books|settled the score)(?= *(?:[.!…]|$))|\b(?:someone|somebody) (?:should|could|ought to|needs to|will) finish the job\b|\b(?:plenty|lots|loads) of us would (?:volunteer|gladly|happily|help (?:him|her|them) along)(?= *(?:[.!…]|$))|\bone of these (?:days|years|nights) someone will\b/g,
  },
  {
    // "Onwuka should remember what happened to Jo Cox." Murdered MPs named as a warning.
    id: "threat.coded.remember-what-happened",
    category: "threat",
    score: HOLD,
    re: /\b(?:should|better|had better|might want to|want to|needs? to|ought to) remember what happened to\b|\bwhat happened to (?:jo cox|david amess|sir david amess)\b|\b(?:should|better|had better|might want to|needs? to) (?:remember|not forget) (?:that )?(?:she|he|they) (?:has|have|still has|still have|got) (?:kids|children|a (?:son|daughter|wife|husband|family))\b/g,
  },
  {
    // "Tisdall should be careful canvassing on the Eastfield estate. Not everyone there is as polite."
    id: "threat.coded.be-careful-there",
    category: "threat",
    score: HOLD,
    re: /\b(?:should|better|had better|might want to|wants? to|ought to) be (?:very )?careful (?:canvassing|knocking on doors|campaigning|showing (?:his|her|their|its) faces?)\b|\bnot everyone (?:there|round there|around there|round here|on that estate|on the \w+ estate|in \w+) is as (?:polite|friendly|nice|forgiving|patient|understanding)\b/g,
  },
  {
    // "Boats sink sometimes." "Good to know where they are being kept." "There are people keeping a list. Sleep well."
    id: "threat.coded.sinister-aside",
    category: "threat",
    score: HOLD,
    re: /\b(?:boats|cars|houses|sheds|vans|windows|brakes|people|places|shops|buildings|mosques|old (?:men|women|people|boys|ladies|fellas)) (?:like that |like this |like him |like her )?(?:sink|catch fire|burn down|go missing|fail|disappear|fall down (?:the )?stairs|have accidents|slip and fall) (?:sometimes|all the time|every day|easily)\b|\b(?:had )?better not (?:show (?:his|her|their|your) faces? (?:round|around|down|in|near|here)|set foot (?:in|round|around|down|near)|come (?:down|round|around|near) (?:here|the \w+)[^\n]{0,120}?\b(?:tempers?|deep|accidents?|dark|lonely|quiet|remember))\b|\bgood to know (?:exactly )?(?:where|which house|which street) (?:the|they|he|she|those|these|his|her|their|that|this)\b[^.!?\n]{0,40}\b(?:are|is|live|lives|kept|staying|stays|sleeps?|works?)\b|\b(?:people|we|some of us|someone|somebody)(?: are| is|'re|'s| have been| has been)? keeping (?:a )?list\b|\bsleep (?:well|tight)\W{0,4}$|\bno (?:cctv|cameras|security)\b[^\n]{0,100}\b(?:just (?:an observation|saying|a thought|sayin)|for anyone who|worth (?:remembering|knowing|noting)|bear (?:that|it) in mind|food for thought)\b|\bthe (?:house|flat) with the (?:green|red|blue|black|white|yellow|grey|gray|brown|purple) (?:door|gate|van|car)\b|\b(?:mates|friends|family|lads|brothers|cousins|people round here|people here|town)(?: \w+)? (?:haven't|have not|hasn't|has not|won't|will not|never) (?:forgotten|forget)\b|\b(?:long time|long enough) to leave (?:them|her|him|his family|her family|the kids|his kids|her kids) (?:unprotected|alone|on their own)\b|\bexpect (?:a few of |some of )?(?:them|him|her|a few|some) to (?:get|be) (?:tipped|thrown|dumped|pushed|kicked|hurt|burned|torched|smashed)\b|\bfair warning\W{0,4}$/g,
  },
  {
    // "Someone should do to that family what ISIS did to the Yazidis."
    id: "threat.coded.do-what-they-did",
    category: "threat",
    score: HOLD,
    re: /\b(?:do|done|did) to (?:him|her|them|(?:that|this|the|their|his|her) (?:\w+(?:'s)? )?(?:family|families|lot|lad|man|woman|people|kids?|children)) what (?:isis|daesh|they|he|she|the taliban|hamas|the bomber) did\b|\b(?:i'll|i will|we'll|we will) do to (?:them|him|her) what (?:they|he|she) did\b/g,
  },
  {
    // Arson, a lorry, an ambulance: harm promised or called for without a listed target word.
    id: "threat.coded.harm-promised",
    category: "threat",
    score: HOLD,
    re: /\b(?:someone|somebody|people|we|anyone)(?: really| just)? (?:should|needs? to|ought to|must|could|will|'ll|is going to|gonna) (?:torch|burn down|firebomb|petrol bomb|set fire to|smash up) (?:the|their|his|her|that|this|those|these) (?:\w+(?:'s)? ){0,3}(?:house|home|office|offices|headquarters|hq|depot|site|building|car|van|shop|hotel|hostel|mosque|church|centre|hall|yard|stall|caravan|surgery)s?\b|\bput (?:him|her|them|the \w+(?: \w+)?) under (?:a|the|the next) (?:lorry|bus|train|truck)\b|\b(?:someone|somebody) should run (?:him|her|them|the \w+) (?:off the road|over|down)\b|\b(?:i'm|im|i am) (?:going to|gonna) run (?:him|her|them|one of them|you|that \w+) over\b|\bi (?:can )?promise (?:you )?(?:she|he|they)(?: won't| will not| wouldn't) (?:make it|last|survive)\b|\bi swear (?:they|he|she|you)(?:'ll| will)? (?:won't|will not|wouldn't) walk away\b|\b(?:not|won't be) (?:leaving|walking out|going home) with (?:his|her|their|all (?:his|her|their)) teeth\b|\b(?:likes?|like) (?:a|the) kerb\b|\bkerb ?stomp\w*/g,
  },
  {
    // "Would be nice if one [drone] found its way to Market Square next March."
    id: "threat.coded.stray-strike",
    category: "threat",
    score: REJECT,
    re: /\b(?:would be nice|be nice|shame|pity|wouldn't mind|won't mind|fingers crossed|here's hoping|hope) (?:if )?(?:one|a drone|a bomb|a missile|a stray one|a rocket|a shell|a grenade|one of them) (?:found|finds|find) (?:its|it's) way (?:to|into|onto|over)\b/g,
  },
  {
    // "Someone should go in there with a can of petrol", "their turn to find out what a van can do".
    id: "threat.coded.weapon-in-hand",
    category: "threat",
    score: REJECT,
    re: /\b(?:someone|somebody|we|people|i) (?:should|needs? to|ought to|could|will|'ll) (?:go|turn up|walk|pop|head) (?:in|round|over|down|up)(?: there)? with (?:a |some |an )?(?:can|jerry ?can|canister|bottle|gallon) of (?:petrol|diesel|paraffin)\b|\b(?:find out|see|learn|show (?:them|him|her|you)) what (?:a|an|my) (?:van|lorry|truck|car|bat|baseball bat|brick|knife|machete|petrol bomb|shotgun) can do\b/g,
  },
  {
    // "Pity the drone missed the rest of his family. Give me the coordinates and I'll finish the job."
    // "Murdering a Muslim like you should be decriminalised."
    id: "threat.coded.finish-the-job",
    category: "threat",
    score: REJECT,
    re: /\b(?:i'll|i will|let me|i'd|i would|happy to|we'll|we will) (?:gladly |happily )?finish (?:the|that) job\b|\b(?:pity|shame) the (?:drone|bomb|missile|bullet|strike|shell|blast|sniper) missed\b|\b(?:murdering|killing|shooting|hanging|lynching|stabbing) (?:you|(?:an? |the )?(?:\w+ ){0,2}like you) should be (?:legal|legalised|legalized|decriminalised|decriminalized|allowed|encouraged|a sport)\b/g,
  },
  {
    // "Whoever signed off that strike deserves the same thing dropped on their own house."
    id: "threat.coded.same-on-their-house",
    category: "threat",
    score: REJECT,
    re: /\bdeserves? (?:the same|the same thing|the same treatment|a taste of (?:it|the same|their own medicine))\b[^.!?\n]{0,30}\b(?:on|through|to) (?:their|his|her|your) (?:own )?(?:house|home|roof|street|family|kids|children|head)\b/g,
  },
  {
    // "Maybe one day someone will make sure it happens." "I wouldn't want to be the officer who ... next time he
    // takes his dog along Canal Street."
    id: "threat.coded.made-to-happen",
    category: "threat",
    score: HOLD,
    re: /\b(?:someone|somebody|people|we) (?:will|'ll|is going to|are going to|should|needs? to) make sure (?:it|that) happens\b|\bi wouldn't want to be (?:the|that|him|her|them|in (?:his|her|their) shoes)\b[^.!?\n]{0,120}\b(?:next time (?:he|she|they)|when (?:he|she|they) (?:walks?|takes?|leaves?|gets? home)|of an evening|late at night|on (?:his|her|their) own)\b/g,
  },
  {
    // "Farrow's family will be hearing from us", "people will know where to find her", "we've got his reg number".
    id: "threat.coded.we-are-watching",
    category: "threat",
    score: HOLD,
    re: /\bwill (?:be )?hear(?:ing)? from us\b|\bknow where to find (?:her|him|them|you)\b|\b(?:lifetime|rest of (?:his|her|their|your) lives?|long time) (?:of |to )?look(?:ing)? over (?:your|their|his|her) shoulders?\b|\b(?:i|we)(?:'ve| have)? got (?:his|her|their|your) (?:name|names|faces?|reg(?: number)?|number plate|address|details)\b|\bwe'?ll deliver (?:it|the message) (?:another|a different) way\b|\b(?:maybe |perhaps )?(?:she|he|they) needs? (?:a )?remind(?:ing|er)\b|\bsomeone should remind (?:him|her|them)\b|\bshame if (?:a few |some |the )?\w+ (?:came loose|caught fire|went up|broke|got damaged|got smashed)\b|\b(?:best|better|should|might want to) (?:wear|get|buy) (?:a )?stab ?vest\b|\bwindows\b[^.!?\n]{0,40}\beasy to (?:break|smash)\b|\b(?:lives|door|house|street|road)\b[^\n]{0,80}\bshould (?:all )?go (?:and|round and|over and|round to) (?:say hello|'?consult\w*'?|have a (?:word|chat)|visit|pay)\b|\bif (?:he|she|they) (?:ever )?(?:comes?|shows?|turns? up)\b[^.!?\n]{0,40}\b(?:won't|will not) (?:walk|leave|get) (?:out|away|home)\b|\bgive me (?:\w+ ){0,2}minutes? alone with\b|\bgates (?:don't|won't|wouldn't|do not|will not) (?:stop|help|keep)\b|\bshould watch (?:himself|herself|themselves|his back|her back|their backs)\b|\bplenty of us (?:are )?(?:ready|waiting)\b|\byou (?:all )?know what needs (?:doing|to be done)\b|\b(?:people|they|we) (?:back home )?(?:have|got) long arms\b|\b(?:should|must|need to|needs to|will) be found and (?:gutted|killed|hanged|shot|strung up|beaten|dealt with)\b|\bif i see (?:him|her|them|that \w+|the \w+)\b[^.!?\n]{0,40}\b(?:he's|she's|he is|she is|they're) getting (?:a )?(?:slap|smack|kicking|hiding|beating|good hiding)\b|\bshame if\b[^.!?\n]{0,40}\b(?:found (?:that |it )?out|turned up|happened to|history repeated|happened again)\b|\bwouldn't take much for (?:someone|somebody|those tyres|his tyres|her tyres|the tyres|a few)\b|\b(?:isn't|is not|aren't|not) alarmed\b|\bparks (?:his|her)\b[^.!?\n]{0,50}\bevery (?:night|morning|day|evening)\b|\bbonfire waiting for\b|\blearn what happens to (?:people|those|anyone|women|men)\b|\blet (?:him|her|them) know\b[^.!?\n]{0,50}\bin person\b|\bshould(?:'ve| have) been (?:the owner|him|her|them) (?:not|instead of)\b|\b(?:is|are) going to pay personally\b|\bpayback (?:starts|will start|begins)\b|\bknow the back (?:entrance|door|way in)\b|\bbet (?:his|her|their) (?:tyres|windows|car|house|van) (?:don't|won't|doesn't|wouldn't) (?:last|survive)\b|\bexplain (?:things|it|a few things) to (?:him|her|them) properly\b|\bif the (?:courts?|police|law|council) (?:don't|won't|doesn't|can't)\b[^.!?\n]{0,40}\b(?:someone else will|we will|we'll|people will)\b|\bthere(?:'ll| will) be (?:a body|bodies|blood) (?:on|in)\b|\bknows? how to deal with (?:unwanted visitors|the likes of (?:them|him|her)|people like (?:them|him|her)|outsiders|their sort)\b|\banswer for (?:this|it|that) one way or another\b|\bwhere (?:he|she|they) (?:locks? up|parks?|sleeps?)\b|\bbring (?:extra |some |plenty of )?bandages\b|\b(?:reg|number plate|registration)\b[^\n]{0,60}\byou know what to do\b|\bnobody(?:'s| has) paid (?:him|her|them) a visit\b|\bwon't be asking questions first\b|\b(?:might|may|will) be needing new windows\b|\bwindows (?:break|smash) easily\b/g,
  },
  {
    // "Keep him locked up, cos outside he's dead", "the rope's next": death promised to a target ("dead to me" is not).
    id: "threat.coded.dead-once-out",
    category: "threat",
    score: HOLD,
    re: /\b(?:outside|once (?:he|she|they)(?:'s|'re| is| are| gets?)? (?:out|released)|when (?:he|she|they)(?:'s|'re| is| are| gets?)? (?:out|released)|the day (?:he|she|they)(?:'s|'re| is| are| gets?)? (?:out|released))[,]? (?:he's|she's|they're|he is|she is|they are|hes|shes|theyre) (?:dead(?! to (?:me|us|him|her|them|the|his|their|everyone)| (?:broke|tired|set|right|wrong|serious|certain|on|against|keen|lucky|chuffed|easy|quiet|in the water)\b)|a dead (?:man|woman)|dead meat|done for)\b|\bthe (?:rope|noose)(?:'s| is) next\b/g,
  },
  {
    // Menace that names no act, in forms many writers share: someone will "finish what the airstrikes didn't",
    // people "will be waiting at the gate for him", "they won't be living here much longer", "we know who they are
    // too", "names are being collected", "people remember faces", "their time will come", "should think twice before
    // walking home", "angry men with nothing left to lose".
    id: "threat.coded.menace-unsaid",
    category: "threat",
    score: HOLD,
    re: /\bfinish (?:what|the job)(?: that)? (?:the )?(?:coalition|airstrikes?|drones?|bombs?|army|raf|americans|peshmerga)\b|\bwaiting (?:at the (?:gate|door)\b(?! to)|for (?:that|the) day\b)|\b(?:won't|wont|will not) (?:be living (?:here|there|in \w+) (?:much )?longer|(?:see|make it to|live to see) (?:the next|another|his next|her next|their next) (?:anniversary|birthday|christmas|eid|ramadan|summer|winter|new year)|see next (?:week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|christmas|summer)|make it (?:out of|past|home|to)|be standing (?:long|much longer))\b|\b(?:we know who (?:they|you) are too|some of us know (?:which|who|where)|(?:we saw|we know|i saw) who (?:went in|liked|voted|signed)|names are being (?:collected|taken|noted|written down)|we have lists)\b|\b(?:remember|never forget) (?:usernames|faces|your face)\b|\b(?:time|day|turn) will come\b|\bshould know (?:that )?(?:people|we|the town|folk)\b[^.!?\n]{0,20}\b(?:haven't|have not|won't|will not|never) forg(?:o|e)t(?:ten)?\b|\bshould think twice before (?:walking|going|coming|leaving|stepping) (?:home|out|outside|alone)\b|\bangry (?:men|people|lads|young men)\b[^.!?\n]{0,40}\bnothing (?:left )?to lose\b|\bha(?:s|ve) (?:a )?famil(?:y|ies) too\.? (?:worth remembering|remember that|just saying|think about (?:it|that))\b|\bdeserves? to have an? (?:truck|car|lorry|van|bomb|brick|molotov)\b[^.!?\n]{0,20}\b(?:driven|thrown|put|planted)\b|\bshould remember how (?:ceausescu|gaddafi|mussolini|saddam|the tsar|marie antoinette|charles i)\b|\bdeserves? a (?:little )?visit from (?:some|a few|the) [^.!?\n]{0,30}\b(?:explosives|bats|baseball bats|petrol|knives|guns|bricks|molotovs?)\b|\buntil (?:he|she|they) stops? (?:moving|breathing|twitching)\b|\b(?:visit|find|get|deal with) (?:them|you|each of them|every one of them) one by one\b|\b(?:find|track down|hunt down) the (?:families|relatives|wives|kids|children) of\b[^.!?\n]{0,60}\b(?:make them pay|do the same to them)\b|\b(?:knows?|remembers?) what happened to (?:his|her|their|your) (?:car|house|windows?|shop|van|office|business|tyres|garage|front door)\b|\bpatient,? but not forever\b|\b(?:our boys|the boys|the lads|our lads|we|people|some of us|a few of us|everyone) know (?:the|his|her|their|which) (?:house|address|flat|street|front door|car)(?=\s*(?:[.!,;]|$)| (?:he|she|they|you)\b)|\b(?:funny|interesting|amazing) how safe (?:they|he|she|you|those \w+|these \w+) (?:must )?(?:feel|are)\b|\b(?:wouldn't|would not) (?:want to|wanna|like to) be (?:them|him|her|you|in (?:his|her|their|your) shoes) (?:if|when|once)\b/g,
    // Who says it decides: a reader finishing the airstrikes' job, people waiting at the gate, "they" not living
    // here much longer, "their" time coming. The phrases are searched first (their words are rare), the speaker
    // read before them.
    adjust: (norm, index, match) => {
      const lead = before(norm, index, 50);
      if (match.startsWith("finish")) return MENACE_SPEAKER.test(lead) ? HOLD : 0;
      if (match.startsWith("waiting")) return WAITING_CROWD.test(lead) ? HOLD : 0;
      if (WONT_LAST.test(match)) return MENACE_TARGET.test(lead) ? HOLD : 0;
      if (TIME_WILL_COME.test(match)) return OWNER_BEFORE.test(lead) ? HOLD : 0;
      return HOLD;
    },
  },
  // --- sexual innuendo ---
  {
    // Aubergine, peach, droplets, tongue: in a news comment about people these are innuendo.
    id: "vulgarity.coded.sexual-emoji",
    category: "vulgarity",
    score: HOLD,
    re: /🍆|🍑|💦|👅/g,
  },
  {
    id: "vulgarity.coded.innuendo",
    category: "vulgarity",
    score: HOLD,
    re: /\b(?:a |proper |good |decent )?seeing[- ]to\b|\bphwoa+r+\b|\bblowies?\b|\bgoing at it like rabbits\b|\b(?:girls|lasses|ladies|women|birds|lads|blokes|mums|nurses)\b[^.!?\n]{0,80}(?:;\)|😏|😉)|\bopen (?:house and open )?legs\b|\blegs open\b|\blost (?:their|her|his|your) virginity\b|\b(?:biggest|largest|impressive|massive|huge|proudest|only) erection\b|\b(?:wife|missus|missis|girlfriend|she)\b[^.!?\n]{0,20}\b(?:stopped|stops|won't|wont|doesn't|doesnt|isn't|isnt|never|not) (?:putting|puts|put) out\b(?=\s*(?:$|[.!?,;)]|for (?:him|you|me)\b))|\b(?:bought|buying|buy) (?:them|us|me|her|him|you) dinner first\b|\b(?:going|about) to climax\b|\bpassed (?:a)?round (?:half |all )?(?:the|of the) (?:fighters|lads|team|town|estate|squad|barracks)\b|\blooks? like (?:a )?(?:giant|massive|huge|big) (?:penis|penises|willy|dick|cock|phallus)\b/g,
  },
  {
    // Sexual acts and arousal named in plain words that no single swearword carries ("go down on him", "a hard-on
    // for cuts"); "went down on one knee" and "down on her luck" are not.
    id: "vulgarity.coded.sexual-act",
    category: "vulgarity",
    score: REJECT,
    re: /\b(?:go|goes|going|gone|went) down on (?:him|her|them|you|me|each other)\b(?! (?:knees?|hands|luck|own|feet|back|side|list|record|register)\b)|\bhard-ons?\b|\bhardons?\b|\bboners?\b/g,
  },
  {
    // Prison rape as a joke about a defendant: "hope he drops the soap every day".
    id: "vulgarity.coded.drop-the-soap",
    category: "vulgarity",
    score: REJECT,
    re: /\bdrops? the soap\b|\bdropping the soap\b|\b(?:a )?(?:great|fun|good|nice|lovely|warm) (?:time|welcome) in the (?:prison )?showers\b|\bthe lads in there will show (?:him|her|them) (?:some )?love\b|\b(?:to |wanted to |went [a-z ]{0,20}to )get (?:ridden|banged|shagged|railed) by\b|\b(?:his|her) cellmate(?:s)? will (?:enjoy|love|like) (?:him|her)\b/g,
  },
  {
    // Leering at women in the news or the neighbourhood: "a proper eyeful", "I'd give her more than my vote".
    id: "vulgarity.coded.leering",
    category: "vulgarity",
    score: HOLD,
    re: /\b(?:smashable|shaggable|bangable|rideable)\b|\b(?:a |proper |good |an )eyeful\b|\byummy mumm(?:y|ies)\b|\bbikini babes?\b|\b(?:total|absolute|proper|real) (?:babe|stunners)\b|\bhot and bothered\b|\bdirty weekends?\b|\bpair of (?:baubles|melons|jugs|puppies|bangers|headlights|knockers|hooters|baps|coconuts)\b|\b(?:lovely|nice|great|big|fine|massive|huge|impressive) (?:set of )?(?:jugs|knockers|hooters|baps)\b|\bbest pair (?:i've|ive|i have|we've) seen\b|\band i (?:don't|dont|do not) mean the (?:goals|football|food|view|cakes?|game|match|scenery|flowers|veg|vegetables|pies|produce|horses|cows|dancing|music|singing|bowls|rugby|cricket)\b|\btotty\b|\b(?:her|his) (?:knickers|undies|underwear|bra|panties)\b|\b(?:a bit of|could do with some) talent\b|\bthe talent (?:out in force|on show)\b|\b(?:she|he|girl|woman|lad|one)(?: in the [a-z]+ [a-z]+)? (?:was|is) a (?:right )?ride\b|\b(?:a |for a )quickie\b(?! divorce)|\bfondl(?:e|es|ed|ing) (?:their|his|her|my|your) (?:balls|bits|jewels|melons)\b|\bin (?:her |their |those |that |them |the )?(?:tight|skimpy|skin-tight|clingy)(?: \w+)? (?:lycra|scrubs|leggings|shorts|skirts?|dress(?:es)?|tops?|uniforms?|jeans|trousers)\b|\bi'?d (?:give|show) (?:her|him|them) (?:more than (?:my|a|just) \w+|a good time|one)\b|\b(?:women|girls|ladies|her|she|mums|wives|nurses|lasses)\b[^.!?\n]{0,60}\bif you (?:catch|get) my (?:meaning|drift)\b/g,
  },
  {
    // "Cllr Nandakumar can audit my accounts any time 😉": a person's job turned into a sexual offer.
    id: "vulgarity.coded.any-time",
    category: "vulgarity",
    score: HOLD,
    re: /\bcan (?!(?:call|contact|email|e-mail|ring|phone|text|message|count on|rely on|have|borrow|use|share|take|join|visit|quote|see|meet)\b)(?:\w+ ){1,3}(?:my|me)\b[^.!?\n]{0,30}\bany ?(?:time|day|night)\b(?! (?:soon|now|before|after|this|next|of the year))|\b(?:wouldn't mind|would love|i'd love|i'd like|fancy|i'd give you|give you) (?:a |some )?private (?:performance|consultation|lesson|lessons|dance|show|session|examination|tuition)\b|\b(?:earning|earned|earn|got|get|gets|getting|spent|spends) [^.!?\n]{0,30}\bon (?:her|his|their) backs?\b|\b(?:hot|fit|sexy) (?:young |\w+ )?(?:girls|ladies|women|nurses|mums|lifeguards|vicar|reporter|teacher|physio|nurse|doctor|barmaid|waitress)\b|\bsex (?:toy|doll)s?\b|\b(?:someone's|somebody's|the) (?:girlfriend|bitch|wife) in (?:\w+ )?(?:prison|jail|nick)\b|\bdrop the soap\b|\bget(?:ting)? (?:their|his|your|my) end away\b|\bslept (?:her|his) way (?:to|into|up)\b|\bsleeping with\b[^.!?\n]{0,40}\bhow else\b|\ball grown up now,? eh\b|\bi'?d (?:comfort|keep|warm|console) (?:her|him) (?:all night|up at night|in bed)\b|\bcleavage\b|\bnice pair\b(?! of \w)|\bass on (?:her|them|him)\b|\b(?:well developed|mature) for (?:their|her|his) age\b[^.!?\n]{0,20}\bif you know\b/g,
  },
  // --- off topic, said so ---
  {
    id: "off_topic.coded.says-so",
    category: "off_topic",
    score: HOLD,
    re: /(?:^|[.!?]\s+)(?:ot|off[- ]topic|(?:slightly|completely|totally|a bit|bit|somewhat) (?:off[- ]topic|unrelated)|unrelated|sorry to go off[- ]topic)\b\W{0,3}(?:but\b|[,:.-])|\bwrong (?:thread|article|story|page),? sorry\b|\bsorry,? wrong (?:thread|article|story|page)\b|\bmeant to (?:post|put) (?:this|that) (?:on|under|in) (?:the|another|a different)\b|\b(?:btc|bitcoin|crypto|eth|ethereum|doge(?:coin)?|xrp|solana)\b[^.!?\n]{0,20}\bto the moon\b/g,
  },
  {
    // A short hello from elsewhere ("Greetings from Paramaribo, love reading this site", "Checking in from Ghent!"):
    // chat, not a comment on the story. A long comment that opens so ("hello from Kidderminster, we had a hotel
    // used for asylum seekers...") goes on to the story.
    id: "off_topic.coded.greeting-from",
    category: "off_topic",
    score: HOLD,
    re: /^\W*(?:greetings|hello|hi|hey|hiya|howdy|waving|love|checking in|big hello|shout ?out|salutations|cheers) (?:all |everyone |everybody |folks )?from\b/g,
    adjust: (norm) => (norm.text.length < 140 ? HOLD : 0),
  },
  {
    // A reader steering the thread elsewhere ("Speaking of sieges, my neighbours' builders...", "While we're
    // talking about the council, when are they fixing the lights?", "Random question, ..."): held for a human.
    id: "off_topic.coded.changes-subject",
    category: "off_topic",
    score: HOLD,
    re: /(?:^|[.!?]\s+)(?:random question|on a (?:different|separate|totally different|lighter|unrelated) note|changing the subject\s*[,:-]|(?:speaking|talking) of (?:[a-z'-]+ ){0,2}[a-z'-]+,|while we'?re (?:on the subject of|talking about|at it|on)(?: [a-z'-]+){0,4},|can we (?:talk|chat) about [^.?!\n]{1,60} instead\b)/g,
  },
  // --- contempt for a person without insult words ---
  {
    // A reply that guesses at the reader's life instead of answering, or calls the reader a clown: "@Rick let me
    // guess, you left school at 15", "@Hawraz easy to say when your own kid probably failed anyway", "@Jo 🤡".
    id: "personal_attack.coded.reply-insinuation",
    category: "personal_attack",
    score: HOLD,
    re: /\blet me guess\b[,:. -]*(?:you|your|ur|no (?:job|car|kids|life|friends))\b|\byour (?:own )?(?:kids?|family|mum|mom|wife|husband|son|daughter|dad|children)(?:'s| has| have| is| are)? probably (?:failed|been|never|can't|cannot|couldn't|didn't|doesn't|don't|got|gets|sold|selling|on benefits|hates?|drinks?|lies?|lied)\b|🤡|\b(?:it's|that's|how|so|you're|ur) adorable\b|[.!] adorable\b/g,
    // Only in a reply (normalising reads "@" as "a": the original text tells), "let me guess" near its start.
    adjust: (norm, index, match) =>
      REPLY_OPENING.test(norm.original) && (index < 40 || !match.startsWith("let me")) ? HOLD : 0,
  },
  {
    id: "personal_attack.coded.take-your-tablets",
    category: "personal_attack",
    score: HOLD,
    re: /\b(?:take|taken|forgot|forgotten|off) (?:your|ur) (?:tablets|meds|medication|pills)\b(?! (?:with|as|before|after|to|on|at|every|each|regularly|if|when)\b)|\b(?:that|your|his|her|ur) (?:tiny|little|small|empty|pea-sized) (?:head|brain|mind|skull)\b|\bnothing between (?:the|his|her|their|your) ears\b/g,
  },
  {
    id: "personal_attack.coded.iq",
    category: "personal_attack",
    score: HOLD,
    re: /\biq (?:of |about |around |below |under |lower than |in the )?(?:\d{1,2}|single digits?|room temperature|a (?:potato|plant|goldfish|gnat|carrot|cabbage|turnip))\b|\biq\b[^.!?\n]{1,50}?\b(?:room temperature|single (?:digits?|figures)|(?:that|those) of an? (?:potato|plant|goldfish|gnat|carrot|cabbage|turnip|houseplant|lettuce))\b/g,
  },
  {
    id: "personal_attack.coded.cannot-read",
    category: "personal_attack",
    score: HOLD,
    re: /\blearn to read\b|\bwithout moving (?:his|her|their|your) lips\b|\byou (?:clearly |obviously |just )?can'?t read\b|\b(?:can't|cannot|can barely|could barely|can hardly|couldn't) string (?:a|two) (?:sentence|words|coherent sentence)s? together\b|\b(?:people skills|personality|charisma|charm|warmth|sense of humou?r) of (?:a|an) (?:parking meter|wet|damp|brick|plank|lettuce|fridge|traffic cone|lamp ?post|potato|speed bump|spreadsheet)\b|\b(?:skills?|sense|range|capacity|intellect|intelligence|brains?|wit|judgement|judgment|awareness|conversation|depth|imagination|confidence in|appeal) of an? (?:traffic cone|parking meter|wet lettuce|lettuce|plank|brick|potato|goldfish|houseplant|wet weekend|damp sponge|lamp ?post|bollard)\b/g,
  },
  {
    id: "personal_attack.coded.empty-head",
    category: "personal_attack",
    score: HOLD,
    re: /\bgene pool\b[^.!?\n]{0,30}\b(?:lifeguard|chlorine|deep end|shallow end)\b|\blights are on,? but (?:no ?one|nobody|no-one)(?:'s| is| has)? (?:been )?(?:home|in)\b|\bevolution (?:clearly |must have |has |seems to have |obviously )?(?:skipped|passed (?:him|her|them|that family|that lot) by|gave up on)\b|\bwith both hands and a (?:torch|map|sat ?nav|search party)\b|\b(?:mush|sawdust|cotton wool|rocks|porridge|mashed potato|jelly) for (?:a )?brains?\b|\bprofessional victim\b/g,
  },
  {
    // "What do you expect with a woman running the show." "Job for a man."
    id: "identity_abuse.coded.expect-from-a-woman",
    category: "identity_abuse",
    subtype: "sexism",
    score: REJECT,
    re: /\bwhat (?:do|did|else do|else did) you expect (?:with|from|when you (?:put|have|get|let)) (?:a |another |some )?(?:woman|women|female|females|girl|girls|bird|birds)\b(?! (?:who|that|whose|which|like|after|in (?:her|that|this|such)|with (?:no|two|three|four|a sick|a disabled))\b)|\b(?:a |the )?job for a (?:man|real man|bloke)(?= *[.!?]| *$)|\b(?:women|she|woman) (?:should|belongs?|ought to) (?:be|stay) (?:at home|in the kitchen)\b/g,
    adjust: counter(REJECT),
  },
  {
    // "A squad that looks like the United Nations": a team or a street counted by how foreign it looks.
    id: "identity_abuse.coded.united-nations",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:looks?|looking|looked) like (?:the )?(?:united nations|un|a un (?:summit|meeting|convention))\b/g,
    adjust: counter(HOLD),
  },
  {
    // The "noticing" dog whistle: "pattern recognition isn't a crime".
    id: "identity_abuse.coded.pattern-recognition",
    category: "identity_abuse",
    subtype: "racism",
    score: REJECT,
    re: /\b(?:pattern recognition|noticing(?: patterns)?) (?:isn't|is not|ain't) (?:a crime|racism|racist|hate|bigotry|illegal)(?: yet)?\b/g,
    adjust: counter(REJECT),
  },
  {
    // Collective blame by appearance: "the people who look like the attacker were nowhere to be seen".
    id: "identity_abuse.coded.look-like-the-attacker",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\b(?:people|those|men|lads|folk|anyone|ones) who look like (?:the |that )?(?:attackers?|bombers?|terrorists?|killers?|gunm[ae]n|groomers?|rapists?)\b(?! (?:in|from|at|on the) (?:cctv|footage|photo|picture|e-?fit))/g,
    adjust: counter(HOLD),
  },
  {
    // A group's euphemism in sneer quotes: how many of our 'new neighbours' were in Mosul, the 'family reunion' route.
    id: "identity_abuse.coded.sneer-quotes",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /(?<=\b(?:\d+|these|those|such|so-called|the) )['‘"“](?:people|humans)['’"”](?![a-z])|['‘"“](?:new neighbours|new communities|diversified|new arrivals|communities|community|refugees|asylum seekers|young men|youths|family reunions?|cultural enrichment|enrichment|vibrant|doctors and engineers|engineers and doctors|children|kids|minors|teenagers|vulnerable|lone children|them|passengers)['’"”](?! (?:programme|scheme|fund|grant|project|policy|route is|charity))/g,
    // A word named as a word is not a sneer: "your headline says 'migrants', the article says 'asylum seekers'".
    adjust: (norm, index) =>
      /\b(?:says|said|say|calls?|called|the words?|the terms?|the phrase|labels?|labelled|describes?|described as)\s*$/.test(
        before(norm, index, 30),
      )
        ? 0
        : counter(HOLD)(norm, index),
  },
  {
    // "... You know who I mean.": the group left unnamed so the reader names it (and not named after it).
    id: "identity_abuse.coded.you-know-who",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\byou know (?:exactly )?(?:who i(?:'m| am)? (?:mean|talking about|on about)|which ones|the ones i mean|which lot|what sort|which sort|what kind|what type)(?= *[.!?…]| *$)/g,
  },
  {
    // Body-shaming a named person: "doesn't look like she's missed many meals".
    id: "personal_attack.coded.missed-meals",
    category: "personal_attack",
    score: REJECT,
    re: /\b(?:doesn't|does not|don't|do not) look like (?:he|she|they|you)(?:'s|'ve| has| have| is) (?:ever )?missed (?:many|a|any|too many) (?:meals?|dinners?|pies)\b|\b(?:he|she|they)(?:'s| has| have)n'?t missed (?:many|too many) (?:meals|dinners|pies)\b/g,
  },
  {
    // Contempt made small: "a nasty little bigot", "smug little careerist", "pathetic little man".
    id: "personal_attack.coded.contempt-little",
    category: "personal_attack",
    score: REJECT,
    re: /\b(?:nasty|greasy|pathetic|smug|vile|spineless|jumped-up|jumped up|stuck-up|self-important|power-tripping|patronising|patronizing|slimy|sneaky|snivell?ing|weaselly|sad|odious|horrible|sanctimonious|two-faced|nasty old|bitter|spiteful|vindictive|lying|cynical|grubby|shameless|grasping|venal|oily|shifty|conniving|scheming|treacherous) little (?:man|woman|weasel|bigot|dictator|careerist|opportunist|grifter|chancer|charlatan|toad|rat|worm|hitler|snake|sneak|creep|troll|jobsworth|nobody|oik|twerp|squirt|tyrant|napoleon|coward|shit|prick|cretin|bureaucrat|busybody|lickspittle|gobshite|upstart|pen-pusher|liar|hypocrite|fraud)s?\b/g,
  },
  {
    // "you sanctimonious cow", "..., miserable old bag.": the commenter called a cow, a bag, a witch.
    id: "personal_attack.coded.you-old-cow",
    category: "personal_attack",
    score: REJECT,
    re: /\b(?:you|ya)(?: (?:miserable|sanctimonious|stupid|silly|daft|nasty|bitter|old|fat|lazy|smug|moany|ugly|vile|mardy|dozy|ignorant|snotty|stuck-up|pompous|two-faced|sour|sad|deluded|dim|silly old|bitter old|miserable old|sad old)){1,2} (?:cow|bag|witch|trout|crone|hag|bat)\b|, (?:(?:miserable|sanctimonious|bitter|nasty|sad|sour|silly|stupid|daft|deluded|smug|moany|mardy|pompous|vile|shameless|useless|wretched|horrible|lazy|fat|ugly|nosy|interfering|senile|batty|dozy|brainless) )(?:old )?(?:cow|bag|witch|trout|crone|hag|bat)[.!?]*\s*$/g,
  },
  {
    // A promise dressed as a visit: "next time she holds a surgery I'll be bringing more than questions".
    id: "threat.coded.bringing-more-than",
    category: "threat",
    score: HOLD,
    re: /\b(?:i'll|i will|we'll|we will|i'm|we're) (?:be )?(?:bringing|bring|coming with|turning up with) (?:a lot )?more than (?:questions|a placard|placards|a banner|banners|flowers|words|a petition|my vote|a complaint|a letter)\b/g,
  },
  {
    // Justice taken into one's own hands: "men in this town who'll make sure he never makes it to court",
    // "the next lot will get a tyre iron, not a court date", "scuttle that rust bucket with the directors on board".
    id: "threat.coded.never-makes-it",
    category: "threat",
    score: REJECT,
    re: /\b(?:make sure|see to it|ensure)(?: that)? (?:he|she|they|him|her|them) (?:never|doesn't|does not|don't|won't|will not) (?:makes? it|gets?|reach(?:es)?|live to see) (?:to court|to trial|to the station|out|home|a trial|court)\b|\b(?:tyre iron|tire iron|baseball bat|crowbar|machete|cricket bat|hammer|knuckle ?duster|golf club|bat|bullet|beating|kicking)s?,? not (?:a |an )?(?:court date|court case|warning|fine|lecture|caution|trial|day in court)\b|\b(?:sink|scuttle|torch|burn|blow up|ram) (?:that|the|this|his|her|their) [a-z ]{1,30}? with (?:the|him|her|them|those|all the|all of them|every) ?[a-z ]{0,40}?(?:on board|onboard|aboard|inside|in it)\b/g,
  },
  {
    // "She should get what Daniel got": the same fate as a victim, wished on a person.
    id: "threat.coded.get-what-they-got",
    category: "threat",
    score: HOLD,
    re: /\b(?:he|she|they|him|her|them|you) (?:should|ought to|deserves? to|needs? to|will|'ll) get what (?:the |that |poor |young |old )?[a-z]+ got\b|\bcut (?:his|her|their|the) hands? off\b[^.!?\n]{0,80}\b(?:appropriate|fitting|deserves?|should|fair)\b/g,
  },
  {
    // Anti-LGBT dog whistles with no civil reading: "the alphabet people", "the alphabet mafia".
    id: "identity_abuse.coded.alphabet-people",
    category: "identity_abuse",
    subtype: "homophobia",
    score: REJECT,
    re: /\balphabet (?:people|mafia|brigade|crowd|lot|soup brigade|cult|activists)\b/g,
  },
  {
    // "We've lost our country to these people": belonging taken from a group said to have taken it.
    id: "identity_abuse.coded.lost-our-country",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: REJECT,
    re: /\b(?:lost|losing|lose|given away|handed over|surrendered) (?:our|the) (?:country|town|city|streets|nation|culture|high street) to (?:these|those|them|this lot|that lot|foreigners|outsiders|migrants|immigrants|muslims|islam)\b/g,
  },
  {
    // A group named only by a knowing nod: "that particular community", "a certain community".
    id: "identity_abuse.coded.particular-community",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:that|one|a certain|a particular|this) particular (?:community|group|religion|lot|crowd)\b|\ba certain (?:community|religion|demographic|crowd)\b|\bcertain communities\b|\byou (?:all )?know what (?:sort|kind|type) of (?:people|folk) (?:live|lives|come|comes|hang)\b/g,
  },
  {
    // "Double-barrelled name, single-figure IQ", "a day trip from a care home for the terminally thick".
    id: "personal_attack.coded.feral-and-thick",
    category: "personal_attack",
    score: REJECT,
    re: /\bsingle[- ]figure iq\b|\broom[- ]temperature iq\b|\biq of (?:a|an) (?:\w+ )?(?:gnat|goldfish|potato|doorknob|brick|plank|lettuce|houseplant|turnip|toaster)\b|\bterminally (?:thick|stupid|dim)\b|\b(?:your|ur) (?:own )?feral (?:kids|children|brats|offspring|sprogs)\b/g,
  },
  {
    // Arson and worse, spelt out: "burn it down with him inside", "burn it down before they move in",
    // "out of a plane and forget the parachute".
    id: "threat.coded.burn-it-down",
    category: "threat",
    score: REJECT,
    re: /\b(?:burn|torch|firebomb|petrol bomb|blow up)(?: it| the place| the shop| the house| the hotel| the mosque| the building)?(?: down)? (?:with (?:him|her|them|the family|his family|her family|the lot of them|everyone) (?:still )?(?:inside|in it|in there)|before (?:they|the \w+|any of them) (?:move|moves|get|arrive|arrives) in)\b|\b(?:out of|from) a (?:plane|helicopter)\b[^.!?\n]{0,40}\b(?:forget the parachute|without a parachute|no parachute)\b/g,
  },
  {
    // Veiled calls and warnings: "Somebody should let them know he's coming", "let people deal with them",
    // "we kept screenshots and addresses", "a few of us waiting outside the count", "court or no court".
    id: "threat.coded.deal-with-them",
    category: "threat",
    score: HOLD,
    re: /\b(?:somebody|someone) should (?:let|tell) (?:them|isis|the [a-z]+) (?:know )?(?:he's|she's|he is|she is|where (?:he|she|they))\b|\blet (?:people|us|the public|the town|locals|the locals|the lads) deal with (?:them|him|her)\b|\b(?:we|i)(?:'ve| have)? (?:kept|got|have|saved) (?:the )?(?:screenshots and addresses|names and addresses|addresses)\b|\b(?:a few|some|plenty|a lot|loads|lots) of us (?:will be |'ll be )?waiting (?:outside|for (?:him|her|them))\b|\bcourt or no court\b|\bgive (?:them|him|her) a taste of (?:it|their own medicine)\b|\b(?:won't|will not|wont|never) walk (?:back )?out of (?:the|this|our|that) (?:village|town|estate|street|pub|area|place)\b/g,
  },
  {
    // Belonging and loyalty questioned by origin: "whose country it is now", "first loyalty's obvious",
    // "a man called Imran", "the foreign one with the funny name", "picked because he's Asian", "ends with a
    // caliphate", "deport every last one".
    id: "identity_abuse.coded.whose-country",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bwhose country (?:it is|this is) now\b|\b(?:first|real|true|dual) loyalt(?:y|ies)(?:'s| is| lies| are)? (?:obvious|elsewhere|with)\b|\b(?:won't|wouldn't|will never|would never|never) vote for (?:a|the) (?:man|woman|bloke|candidate|guy|lad|lass) (?:called|named) [a-z]+\b|\bthe foreign one\b|\bwith the funny name\b|\bonly (?:gets?|got) (?:picked|selected|the job|hired|elected|chosen|promoted) because (?:he's|she's|he is|she is|they're|they are) (?:asian|black|muslim|a woman|gay|indian|pakistani|female|foreign|an immigrant)\b|\b(?:ends|end up|finish(?:es)?) (?:with|as) (?:a |the )?caliphate\b|\bdeport (?:every last one|the lot|them all|all of them)\b|\bthe rest of (?:the )?(?:iraqis|syrians|afghans|somalis|pakistanis|muslims|migrants|refugees|asylum seekers|foreigners) (?:follow|go|leave|go home|go back)\b/g,
  },
  {
    // Sectarian abuse in Northern Ireland: "Huns out", "taigs", "bog-trotting".
    id: "identity_abuse.coded.sectarian",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\b(?:huns|taigs|fenians|prods|papists|orangies) out\b|\btaigs?\b|\bfenian (?:bastards?|scum|bigots?|vermin)\b|\bbog[- ]?trott(?:er|ers|ing)\b|\bleprechaun language\b/g,
    adjust: counter(REJECT),
  },
  {
    // The commenters insulted as a class: "the idiot who commented 'fair trial'".
    id: "personal_attack.coded.the-idiot-who",
    category: "personal_attack",
    score: REJECT,
    re: /\bthe (?:idiots?|morons?|clowns?|fools?|muppets?|halfwits?|imbeciles?|eejits?|numpties|numpty) (?:who|that) (?:commented|posted|wrote|said|replied|thinks?|keeps? posting)\b|\b(?:you're|you are|youre|ur|u r) (?:a |such a )?(?:right |proper |total |complete |absolute )?mug\b/g,
  },
  {
    // Antisemitic tropes with the group half-named: "the Ashkenazi bankers", "they control the media".
    id: "identity_abuse.coded.bankers",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\b(?:ashkenazi|jewish|zionist|rothschild|khazar) (?:bankers?|financiers?|money|lobby|elites?|globalists?|media)\b/g,
  },
  {
    // Found by probing (28 Nov 2026, twentieth session): praise of Hitler or the Nazis, the Holocaust wished back.
    // Quoted, it is held; cited to condemn it, counter-speech.
    id: "identity_abuse.coded.nazi-praise",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: REJECT,
    re: /\b(?:hitler|adolf|the nazis)(?: really| clearly| definitely| honestly| obviously)? (?:had|has|was|were) (?:the right idea|a point|onto something|on to something|right(?: all along| about (?:them|the jews|the yids))?)(?! about (?:the (?:economy|autobahn|motorways?|roads)|dogs|smoking)| of\b| wing\b|-wing\b)\b|\bhitler did nothing wrong\b|\b(?:bring back|we need(?: another)?|time for another|where(?:'s| is)) (?:hitler|the gas chambers|auschwitz|zyklon b)\b|\b(?:6|six) million (?:wasn't|was not|weren't|were not|isn't|is not) enough\b/g,
    adjust: (norm, index, match) =>
      citedScore(norm, index, index + match.length) ?? counter(REJECT)(norm, index),
  },
  {
    // Same-sex parents denied a family or called a danger: "two dads is not a family", "gay couples adopting is an
    // experiment on children" (probing, twentieth session). Not "two mums are a family like any other".
    id: "identity_abuse.coded.same-sex-parents",
    category: "identity_abuse",
    subtype: "homophobia",
    score: REJECT,
    re: /\b(?:two (?:dads|mums|moms|mummies|mommies|fathers|mothers)|gay (?:couples?|parents|dads|mums)|same[- ]sex (?:couples?|parents))(?: [a-z]+){0,3}? (?:(?:isn't|aren't|is not|are not|will never be|can never be|never) (?:a |an )?(?:real |proper |normal )?family|(?:is|are) (?:an experiment|a social experiment|grooming|unnatural|child abuse|abuse))\b/g,
    adjust: counter(REJECT),
  },
  {
    // The mock-Chinese taunt "ching chong" (probing, twentieth session).
    id: "identity_abuse.coded.mock-chinese",
    category: "identity_abuse",
    subtype: "racism",
    score: REJECT,
    re: /\bching[- ]?(?:chang[- ]?)?chong\b/g,
    // Shouted at someone, or in quotes: cited, held (approved when the comment condemns it).
    adjust: (norm, index, match) =>
      citedScore(norm, index, index + match.length) ??
      (SHOUTED_AT.test(before(norm, index, 30))
        ? condemned(norm.text)
          ? 0.2
          : 0.5
        : counter(REJECT)(norm, index)),
  },
  {
    id: "identity_abuse.coded.they-control",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /\b(?:they|them)(?: [a-z]+)? (?:control|controls|controlling|own|owns|run|runs|running) (?:the |all the )?(?:media|banks|press|money|world)\b[^\n]{0,60}\b(?:just asking|ask yourself|follow the money|wake up)\b/g,
  },
  {
    // A perpetrator's relatives placed at their door: "his parents still live at number 14", "the family of the
    // bomber who still live on Ashgrove Terrace". The address given is the menace; a human reads it.
    id: "threat.coded.family-address",
    category: "threat",
    score: HOLD,
    re: /\b(?:his|her|their|the (?:bomber|killer|attacker|terrorist|accused|murderer|jihadi)'s) (?:family|parents|mum|mam|mother|dad|father|brothers?|sisters?|wife|kids|children|relatives|in-laws)(?: [a-z]+){0,3}? (?:still )?(?:live|lives|living|stay|stays) (?:on|at|in) (?:number \d+|no\.? ?\d+|\d+ [a-z]+|(?!(?:our|my|the|this|that|your|a|an) )[a-z]+ (?:road|street|terrace|row|hill|lane|avenue|close|drive|crescent|way|gardens|court|place|grove|walk|estate))\b|\bthe family of the (?:bomber|killer|attacker|terrorist|accused|murderer|jihadi)\b[^.!?]{0,30}\b(?:live|lives|living) (?:on|at|in) [a-z]+ (?:road|street|terrace|row|hill|lane|avenue|close|drive|crescent|way|gardens|court|place|grove|walk|estate)\b/g,
    // "... Whatever he did she didn't do it. Leave her alone": the family defended, not pointed at.
    adjust: (norm) => (FAMILY_DEFENDED.test(norm.text) ? 0.3 : HOLD),
  },
  {
    // Vigilante justice offered: "I know a few lads who'd save the courts the trouble", "I'll sort them out myself",
    // "drive them straight into the harbour, problem solved", "teach these managers what happens when ...".
    id: "threat.coded.vigilante",
    category: "threat",
    score: HOLD,
    re: /\b(?:lads|men|people|blokes|we|i|us|few of us)\b[^.!?]{0,30}\bsave the (?:courts?|taxpayers?|judges?|police|cps) (?:the )?(?:trouble|bother|time|expense|cost)\b|\b(?:i'll|i will|we'll|we will|i'd|we'd) sort (?:them|him|her|the lot of them|those \w+) out (?:myself|ourselves)\b|\b(?:drive|push|throw|tip|dump|tow) (?:them|him|her|the lot|the boats?)(?: all)? (?:straight |right )?(?:into|in) the (?:harbour|sea|river|canal|channel|docks?)\b[^.!?]{0,30}\bproblem solved\b|\bteach (?:these|those|the|them|him|her)(?: [a-z]+){0,3}? what happens when\b|\bif the police (?:won't|will not|wont|can't|cannot|don't|aren't going to)\b[^.!?]{0,40}\b(?:we|the dads|some of (?:us|the \w+)|locals|the lads|people round here|someone|somebody)\b[^.!?]{0,25}\bwill\b/g,
  },
  {
    // Dehumanising breeding talk about a group's children: "these people breed terrorists", "a breeding ground for
    // little terrorists".
    id: "identity_abuse.coded.breed-terrorists",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: REJECT,
    re: /\b(?:these people|those people|they all|their lot|that lot|them lot|their kind|their sort) (?:just )?breed (?:terrorists|jihadis|extremists|criminals|rapists|suicide bombers|bombers)\b|\bbreeding grounds? for (?:little|baby|future|tomorrow's|the next generation of) (?:terrorists|jihadis|bombers|extremists|suicide bombers)\b/g,
    // Camps and prisons called breeding grounds for the next extremists is the security case for repatriation
    // (al-Hol, in the UN's and aid agencies' words), not a slur on a people.
    adjust: (norm, index) =>
      CAMPS_AND_PRISONS.test(before(norm, index, 80)) ? 0 : counter(REJECT)(norm, index),
  },
  {
    // Belonging and worth judged by origin, sex or name: "we don't need them running our council", "if the council
    // workers spoke English", "foreign mothers using up the beds", "a diversity hire", "stop being so dramatic
    // ladies", "called Abdul or whatever", "remember it was a Muslim who did this".
    id: "identity_abuse.coded.origin-judged",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\bwe (?:don't|do not|dont) need (?:them|their sort|their kind|that sort|that lot|foreigners|outsiders|immigrants|incomers) (?:running|in charge of|on|telling|deciding)\b|\bif (?:they|the [a-z]+(?: [a-z]+)?) (?:spoke|could speak|learned|learnt|bothered to learn) (?:proper |some |decent )?english\b|\b(?:foreign|immigrant|migrant|refugee|asylum) (?:mothers|mums|women|families|patients|people)\b[^.!?]{0,30}\b(?:using up|taking up|hogging|clogging up|bed[- ]blocking|scrounging)\b|\b(?:diversity|token|quota|box[- ]ticking) (?:hire|candidate|appointment|pick)\b|\bcalled (?:abdul|mohammed|muhammad|mohammad|ahmed|ali|mustafa)(?: or whatever| or something)\b|\bremember it was (?:a|an) (?:muslim|immigrant|migrant|refugee|asylum seeker|foreigner|iraqi|syrian|afghan|pakistani|somali|kurd) (?:who|that) did (?:this|it)\b|\bwhile (?:they're |they are )?(?:planning|plotting) the next (?:one|attack|bombing)\b|\bthe (?:iqbals|mohammeds|muhammads|ahmeds|alis|khans|patels|husseins|abduls|mustafas|hassans) of this (?:country|town|city|world)\b|\blooks? like (?:they're|they are|he's|she's|he is|she is) (?:actually |really )?from (?:round|around) here\b|\b(?:our|the) (?:city|town|country|village) (?:being|is being|has been|getting|was) handed over\b|\b(?:pakistani|muslim|foreigner|immigrant|nigerian|somali|polish|romanian|asian|black|kurd|iraqi|syrian|afghan)\b[^.!?]{0,15},? (?:enough said|nuff said|say no more|vote accordingly)\b|\bthe whole of (?:the middle east|africa|pakistan|syria|iraq|kurdistan|poland|romania|albania|bangladesh) (?:turning up|coming|arriving|moving in|over here)\b|\bsharia (?:patrols?|zones?|police|law (?:next|is coming|here))\b|\bsharia [a-z]+ strikes again\b|\b[a-z]+ today,? (?:[a-z]+ )?(?:sharia|caliphate)(?: [a-z]+)? tomorrow\b|\bbuild a wall (?:round|around) [a-z]+ (?:street|road|estate|lane)\b|\bone[- ]way (?:ticket|trip|flight|coach)\b[^.!?]{0,40}\b(?:back|home)\b|\b(?:back|home) (?:there|to [a-z]+)(?: too)?,? one[- ]way\b|\bwho(?:'s| is) living in (?:their|our|his) (?:town|country|streets|houses) now\b|\blooks? like the people who (?:live|lives) here\b|\blearn (?:the )?english or (?:leave|go home|get out|go back|clear off)\b|\b(?:foreign|immigrant|migrant|polish|eastern european|romanian) (?:workers|labour|labourers|builders|drivers)\b[^.!?]{0,40}\b(?:can't|cannot|can not) (?:read|speak|understand)\b|\b(?:load|bunch|team|lot) of coconuts\b|\b(?:every one of them|all of them|each of them|every single one of them)(?:'s| is| are)? (?:a |all )?ticking (?:time ?)?bombs?\b|\b(?:polish|muslim|paki|asian|kurdish|immigrant|foreign|romanian|eastern european) ghettos?\b|\b(?:housing|house|feeding|paying for|importing) half of (?:kurdistan|poland|africa|pakistan|the middle east|romania|albania|syria|iraq|afghanistan)\b|\bthey(?:'re| are) not our neighbours\b|\b(?:every one of them|all of them|they all) (?:agrees?|sympathises?|supports?) with (?:isis|daesh|the terrorists|hamas)\b|\ball one bomb away\b|\bstart with a call to prayer\b|\bif (?:they|you) love (?:it|kurdistan|iraq|pakistan|syria|afghanistan|africa|poland|romania|their country|that country|their homeland|their own country|home) (?:so|that) much\b|\bthe ['"‘’]?diverse['"‘’]? (?:candidate|hire|pick|applicant|one)\b|\bsend (?:him|her|them) back to [a-z]+,? or further\b|\bhow many generations\b[^.!?]{0,30}\bbeen here\b|\b(?:koran|quran) is a (?:terror|terrorist|hate|war) (?:manual|handbook|book)\b|\bvery local name\b|\bbrit(?:s|ish)? last\b|\b(?:kurd|kurdish|muslim|polish|paki|asian|migrant|immigrant|foreign) colon(?:y|ies)\b|\btoo many ['"‘]?imports\b|\bforeign incompetence\b|\b(?:this country|we|britain|england) (?:is|are) being replaced\b|\btheir country,? their rules\b|\bfewer to house\b|\bvote for your own\b|\bjust a passport\b|\breal british [a-z]+ for a change\b|\bgive it \d+ years and\b[^.!?]{0,30}\bwon't tell the difference\b|\bimport them (?:here|over here)\b|\bterrorist spawn\b|\bsterilis(?:e|ed|ing) (?:the lot|them all|all of them)\b|\bthen go (?:and )?live (?:in|there)\b|\braised to hate us\b|\bdeport the (?:whole|entire) (?:family|lot|clan|tribe)\b|\btry(?:ing)? to live like us\b|\bstrangers in our own\b|\bforeign muck\b|\b(?:everyone|everybody|we all) knows? which (?:community|communities|group|lot|mosque)\b|\bwe all know who (?:the|this|that) [a-z ]{1,20}? (?:is|was) (?:really )?for\b|\b(?:church|churches|chapel|chapels|pub|pubs|street|streets|town|school|schools)(?: [a-z]+){0,2} lost to them\b|\bnot (?:exactly )?(?:local|british|english) faces\b|\b(?:let|letting|lets|allowed|allow) half (?:of )?(?:eastern europe|africa|the middle east|the third world|asia|pakistan|romania|albania|poland)\b|\bis (?:that|it|he|she) a [a-z]+ or a (?:disease|sneeze|skin condition|cough|rash)\b|\bmore mosques than (?:pubs|churches|schools|chippies)\b|\btraditions (?:are|is) being (?:erased|cancelled|banned|scrapped) (?:for|because of) (?:them|those people|these people|muslims|migrants|immigrants)\b|\bhow many of them are (?:actually |even |really )?(?:english|british|from here)\b|\brun by outsiders\b|\b(?:should|must|need to|ought to) all be sent back\b|\bwhat (?:his|her|their) (?:religion|lot|sort|kind|people) did to\b|\b(?:these|those) people are at war with us\b|\bkick (?:every|all the|the) mosques? out\b|\barrived (?:last week |yesterday |last month )?on a (?:rubber )?dinghy\b|\b(?:is|are|'s) (?:basically|practically|now|just) (?:mumbai|karachi|kabul|baghdad|mogadishu|lagos|islamabad|dhaka|delhi|bucharest|tirana|calcutta|kolkata|lahore)\b|\b(?:asian|muslim|pakistani|bangladeshi|somali|polish|romanian) streets\b|\bcultures? (?:just |simply )?(?:don't|do not|doesn't|does not|will never|won't|can't|cannot) (?:ever )?(?:fit in|integrate)\b|\bpaid into the system\b[^\n]{0,50}\b(?:question|allowed to ask|nobody|wonder)\b|\bterritory marker\b|\block up your\b[^.!?]{0,40}\btravell(?:ers|ing (?:community|lot|folk))\b|\b(?:their|that|a) dead language\b|\bmonkey\b[^\n]{0,80}\bbanana\b|\bbanana\b[^\n]{0,80}\bmonkey\b|\btook (?:it|the town|the place|this town) over street by street\b|\bsome cultures (?:are|just|simply)\b|\bcompared to where (?:they|he|she) (?:come|comes|came) from\b|\b(?:a|another) (?:karim|mohammed|muhammad|ahmed|khan|patel|hussain|hussein|abdul|ali|singh) (?:standing|running|elected|as mayor|on the council|in charge)\b|\b(?:a|an) (?:pakistani|muslim|asian|immigrant|migrant|somali|romanian|polish|kurdish|roma|gypsy|traveller|afghan|iraqi|syrian) problem\b|\bwhy you (?:don't|do not|dont) let them in(?:to)?\b|\b(?:should|can|could|better) go back to (?:mumbai|delhi|karachi|lahore|islamabad|pakistan|india|bangladesh|dhaka|somalia|nigeria|lagos|syria|iraq|afghanistan|kabul|baghdad|erbil|africa|poland|romania|jamaica|kurdistan|turkey)\b|\bwhat the r\.?o\.?p\.? did\b|\bwhat's in the (?:koran|quran)\b|\bno surrender\b[^\n]{0,40}\b1690\b|\b1690\b[^\n]{0,40}\bno surrender\b|\blooks? like (?:mirpur|karachi|kabul|baghdad|mogadishu|lagos|islamabad|dhaka|lahore|mumbai|delhi|bucharest|tirana|kinshasa) (?:now|these days)\b|\b(?:end(?:s|ed)?|ending) up (?:looking )?like (?:mirpur|karachi|kabul|baghdad|mogadishu|lagos|islamabad|dhaka|lahore|mumbai|delhi|bucharest|tirana|kinshasa)\b|\b(?:foreigners|people|families|migrants|immigrants|them)\b[^.!?]{0,40}\bnever (?:paid in|contributed a penny|paid a penny)\b|\bnot exactly [a-z]+ born and bred\b|\bcount(?:s|ing)? the spoons\b|\barrived five minutes ago\b|\b(?:they'd|they had|we'd|we have|we've|they've) been replaced\b|\bnobody voted to be replaced\b|\bfor all the foreign (?:kids|children|families|workers)\b|\b(?:he's|she's|they're|you're|he is|she is|they are) a guests? in (?:this|our) country\b|\bbring their (?:war|wars|conflict|conflicts|fight|feuds?) (?:here|over here)\b|\bforeign carers\b|\bbritain last\b|\bstill building mosques\b|\bgo back to (?:erbil|kurdistan|baghdad|mosul|kabul|damascus|lagos|karachi|mirpur|dhaka|bucharest|tirana|warsaw|kyiv|kiev)\b|\bshould go back and work there\b|\bfrom them people\b|\binvasion\.? call it what it is\b|\bdeport (?:him|her|them) and the (?:whole|entire) family\b|\bdoesn't need their kind\b|\bdon't need their kind\b/g,
    adjust: counter(HOLD),
  },
  {
    // Leering without a rude word: "the girl reading the names had a great pair", "the missionary position",
    // "going at it behind the wassail tree", "my vote and a lot more if she asked nicely".
    id: "vulgarity.coded.sexual-allusion",
    category: "vulgarity",
    score: HOLD,
    re: /\b(?:had|has|got|have|what) (?:a |such a )?(?:great|nice|lovely|fine|cracking|smashing|decent|massive|huge) pair\b(?! of\b| (?:they|we|you|those|these|them)\b)|\bmissionary position\b|\bhook(?:ing|ed)? up (?:in|behind|at|round|by) the (?:back|bushes|toilets|car park|bins)\b|\bgoing at it (?:behind|like rabbits|in broad daylight|in the back)\b|\b(?:a lot more|more than (?:that|my vote)|anything) if (?:she|he) asked nicely\b|\baphrodisiac\b[^.!?]{0,40}\b(?:ladies|girls|love|darling)\b|\b(?:was|is|looks?|looking|were) (?:well|proper|dead) fit\b|\b(?:girls|women|lasses|birds)\b[^.!?]{0,40}\bwill (?:take|shag|sleep with|go with|go home with) anyone\b|\b(?:those|her|them|nice|lovely|big|great) udders\b|\b(?:girls|women|lasses|ladies)\b[^.!?]{0,60}\bfresh meat\b|\blittle skirts\b[^.!?]{0,40}\b(?:say no more|binoculars|phwoar)\b|\bbring(?:ing)? (?:my )?binoculars\b|\bunder the desk\b[^.!?]{0,60}\b(?:governors|boss|promotion|keep doing)\b|\bwhat (?:they're|she's|she is|they are) hiding under (?:there|those|that|her)\b|\b(?:fillies|girls|women)\b[^.!?]{0,20}\bgetting mounted\b|\b(?:women|girls|ladies|lasses)\b[^.!?]{0,40}\b(?:were|are|was|is) (?:well |proper |dead |so |bare )?fit\b(?! and| to| for| enough| as)|\b(?:play|playing|compete|competing|serve) in (?:bikinis|their underwear|lingerie)\b|\beye up the\b[^.!?]{0,30}\b(?:girls|women|ladies|lasses)\b|\bin their short skirts\b|\b(?:she's|she is) (?:filthy|dirty|a goer|a freak) (?:once|when|after|in bed)\b|\btopless (?:shoots?|photos?|pics?|modelling)\b|\bgetting hard (?:about|over)\b|\btrouser department\b|\bstaring at (?:her|[a-z]+'s) (?:chest|boobs|cleavage|bust)\b|\bsince i (?:got|had) any\b|\b(?:she was|she's|she is) a (?:right |proper )?goer\b|\bdogging\b|\bridden by half (?:of )?(?:the )?[a-z]+\b|\bwhat (?:she|he) did under the desk\b|\b(?:ladies|girls|lasses) of [a-z]+ (?:road|street|lane|avenue)\b[^.!?]{0,40}\broaring trade\b|\beye candy\b|\bat mine any ?time\b|\b(?:can|could) (?:\w+ ){0,2}my (?:balls|knob|cock)\b|\bno clothes required\b|\b(?:women|girls|ladies|lasses)\b[^.!?]{0,40}\b(?:proper|well|dead|bare) tasty\b|\bgetting lucky with\b|\bhappy endings? (?:funded|paid|on|at|for)\b|\bwhat i'?d do to (?:her|him)\b|\bwithout (?:even )?a kiss first\b|\bbent (?:them|the [a-z]+|us|him|her) over\b|\bgot (?:his|her|their) hole\b|\bget(?:s|ting)? (?:his|her|their|your) hole\b|\b(?:fancied|fancy|fancies|tried|try) a different position\b|\bbend over for\b|\bbe fondled\b|\btruck stop hooker\b|\b(?:close|keep|shut) (?:her|their) legs\b|\bbuggered senseless\b/g,
  },
  {
    // Menace left unsaid: "he had the right idea, just the wrong day. Next time.", "people back home read the papers
    // too", "prisons have their own justice", "worth letting them know how the village feels. Face to face.", "let's
    // see how he likes visitors of his own", "see how many windows the council offices have left".
    id: "threat.coded.unsaid",
    category: "threat",
    score: HOLD,
    re: /(?:^|[.!?]\s+)next time[.!]*\s*$|\bhad the right idea,? (?:just|but|only) (?:the )?wrong (?:day|time|target|place|people)\b|\b(?:wants?|needs?|should|had better|better|ought) to be careful,? (?:shouting|talking|mouthing|posting|speaking|going on)\b|\bpeople back home (?:read|watch|know|see|hear)\b|\b(?:someone|somebody|they|the lads) (?:on the inside|inside) (?:will|'ll|should|can) sort (?:him|her|them) out\b|\bprisons? (?:have|has) (?:their|its) own (?:justice|rules) for\b|\b(?:let|letting|tell|telling) (?:them|him|her) know how (?:the village|the town|the estate|we|people|everyone|locals|the community) feels?\b[^\n]{0,12}\b(?:face to face|in person)\b|\bplenty of targets\b|\btargets? (?:already )?lined up\b|\bsee how (?:he|she|they|you) (?:likes?|enjoys?) (?:visitors|company|a visit|callers|it when)\b|\bhow many windows\b[^.!?]{0,40}\bleft\b|\b(?:maybe|perhaps) (?:he|she|they) (?:needs?|deserves?) a (?:little |friendly |quiet )?visit\b|\bnext time (?:someone|somebody|we|they)\b[^.!?]{0,40}\b(?:actually do it|do it for real|won't miss|finish the job)\b|\bwants? to hope (?:he|she|they) never\b|\btick[ ,-]?tock\b|\bdelivered to (?:that|their|his|her) (?:flat|house|door|home|address)\b|\btrained to find people\b|\bgives? (?:him|her|them) the same treatment\b|\bthink (?:carefully|twice) about showing (?:his|her|their|your) faces?\b|\banger finds a way\b|\b(?:should|better|had better|wants? to) be careful what (?:she|he|they) says?\b|\b(?:brothers?|family|cousins|relatives)(?: back)? (?:in|home)\b[^.!?]{0,30}\bmight hear\b|\bwe haven't forgotten which\b|\bdancing in the streets\b[^\n]{0,80}\b(?:families|forgotten)\b|\bi know (?:it's|its) the [a-z]+ door\b|\bi know which (?:ward|house|street|school|room|bed|shift|car park|bay) (?:he|she|they|you)(?:'s|'re| is| are)? ?(?:on|in|at|lives?|works?|parks?)\b|\bwho (?:shows?|turns?) up\b[^.!?]{0,40}\bgets? (?:it|the [a-z]+ treatment|what's coming|done|battered|a kicking|a hiding)\b|\bgets? the [a-z]+ treatment from us\b|\bwe know (?:which (?:houses|house|doors|families|flats)|who (?:two|three|some|a few|several) of them are)\b|\b(?:someone|somebody) should find (?:him|her|them) and (?:finish it|finish the job|sort it|deal with (?:him|her|them))\b|\b(?:will|'ll) need (?:her|his|their) own\b[^.!?]{0,30}\bif (?:she|he|they) (?:ever )?(?:comes?|shows?|sets? foot)\b|\bknow every road round (?:his|her|their)\b|\bexplain [^.!?]{0,30} to (?:him|her|them),? properly\b|\b(?:drinks|drink) in the [a-z]+ (?:most|every) (?:fridays|saturdays|nights|evenings|weekends|friday|saturday|night)\b|\bknocking on (?:his|her|their|your) door at \d|\bwhen the courts? fails?\b[^.!?]{0,40}\b(?:the town|we|people|this town) won't\b|\bnot everyone will settle for\b|\bdon't say you weren't (?:told|warned)\b|\bbetter bring (?:helmets|a helmet|body armour|stab vests?)\b|\bbetter shut (?:early|up shop)\b|\bwon't be sleeping (?:well|easy|soundly)\b|\bsee if (?:he|she|they) makes? it back\b|\bsomeone(?:'s| is) getting hurt\b|\b(?:should|better|had better|wants? to) be careful\.? [a-z]+ is a small (?:town|village|place)\b|\bmates who (?:don't|do not) bother with the police\b|\b(?:handbrakes?|brakes|brake lines?|wheel nuts) (?:fail|can fail|come loose|give out)\b|\bshould check (?:their|his|her|your) (?:tyres|tires|brakes|brake lines|wheel nuts)\b|\b(?:i'm|i'll|i will|we'll|we're|we will) (?:dragging|drag|pulling|pull) (?:him|her|them|the [a-z]+) out of (?:the|his|her|their) (?:cab|car|van|lorry|house|bed|seat|office)\b|\bif the (?:law|courts?|police|system|state|government) (?:won't|will not|can't|cannot|doesn't|don't|fails? to)\b[^.!?]{0,25}\b(?:someone|somebody|people|we)(?: else)? (?:eventually |soon |else |one day )?will\b|\bnames are out there\b|\bexpect the same treatment\b|\bof the (?:more )?permanent kind\b|\bdark (?:in|down|up|round|out) there\b(?: now| these days| at night)|\bget hurt\b[^.!?]{0,60}\bi hope (?:it's|it is|its) (?:him|her|them|the|that|those|you)\b|\beasy enough to find\b|\bif (?:they're|they are|theyre) in the way,? (?:that's|thats|that is) their (?:problem|lookout)\b|\bbring something (?:heavier|harder|stronger|sharper) than (?:placards|banners|signs|words|a placard|flags)\b|\b(?:someone|somebody) should send (?:them|him|her) a message\b|\bi know (?:which|who)\b[^.!?]{0,60}\band where (?:they|he|she) lives?\b|\b(?:someone|somebody) should (?:drive|run) (?:straight )?(?:through|into|over) (?:the middle of )?(?:them|the crowd|the march|the protesters|the lot)\b|\bcleared on the street\b|\b(?:people have|we have|we've|someone has|someone's) got (?:his|her|their) (?:car )?reg(?:istration)?\b|\b(?:plenty|some|a few|lots) of us will make sure of it\b|\buseful (?:info|information|to know) for (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday|the weekend|later|tonight)\b|\bif anyone wants to tell (?:him|her|them) [^.!?]{0,60}\bin person\b|\bdo(?:es)? to (?:her|him|them) what (?:isis|they|he|she) did\b|\b(?:shame|pity) the (?:fire|bomb|blast|arson|flames) didn't (?:finish the job|get (?:them|him|her))\b|\b(?:plenty of (?:people|us|folk)|lots of (?:people|us))(?: [a-z]+){0,4} (?:still )?know where (?:they|he|she) lives?\b|\b(?:would be|is|are) well advised to think (?:carefully|twice|hard)\b|\bways of making (?:their|our) displeasure felt\b|\bnot every(?:body|one) (?:in [a-z]+ )?is as tolerant as\b|\bcrowds can turn\b|\bpatriots? (?:dropped|dropping|drop|popped|pop|went|go|going) round\b|\b(?:someone|somebody) should sort (?:him|her|them) out\b|\bshame if (?:they|he|she) had a bad day\b|\bbring a bat\b|\bif a few [a-z ]{1,30}? get damaged\b[^.!?]{0,30}\bso be it\b|\b(?:[0-9,]+|hundreds of|thousands of) angry (?:neighbours|residents|locals|people) know that now\b|\bhe'?d better not come into\b|\ba rope,? from us\b|\bgo say it to (?:her|his|their) face\b/g,
  },
  {
    // A beating wished on people ("these protesters want a good hiding", "he'll be picking his teeth up off the
    // platform"): held, the model confirms; "the policy needs a good kicking" is held at most.
    id: "threat.coded.beating",
    category: "threat",
    score: HOLD,
    re: /\b(?:wants?|needs?|deserves?|could do with|(?:is|are|was|were) asking for|(?:should|ought to|will|'ll) get|due) (?:a )?(?:good |proper |right |bloody )?(?:hiding|kicking|thumping|pasting|leathering|shoeing|slapping|smack in the (?:mouth|face|teeth))\b(?! (?:majority|win|victory|lead|defeat|margin|result|(?:at|in) the (?:polls|ballot box|ballot|election|next election|by-election)))|\b(?:should|ought to|needs? to|deserves? to|must) (?:all )?(?:be|get) (?:[a-z]+ ){0,8}?given a (?:good |proper |right |bloody )?(?:hiding|kicking|thumping|pasting|leathering|shoeing|beating)\b(?! (?:(?:at|in) the (?:polls|ballot box|ballot|election|next election|by-election)))|\bpick(?:s|ing)? (?:his|her|their|your) teeth (?:up )?(?:off|from|out of)\b|\b(?:knock|kick|smash|punch)(?:ing)? (?:his|her|their|your) (?:teeth|head|face) (?:in|out)\b/g,
  },
  {
    // An execution wished on people: "line them all up against a wall", "should be put up against the wall". A
    // report in the past tense ("ISIS lined the men up against a wall") is not matched.
    id: "threat.coded.against-the-wall",
    category: "threat",
    score: REJECT,
    re: /\b(?:line|stand|put) (?:them|'em|em|him|her|the lot|that lot|these|those|every one of them|all of them)(?: all)? up against (?:a|the) wall\b|\b(?:should|ought to|needs? to|deserves? to|must) (?:all )?be (?:lined|stood|put) up against (?:a|the) wall\b/g,
  },
  {
    // Harm promised for good: "someone should sort her out permanently", "silence him permanently". Held.
    id: "threat.coded.permanently",
    category: "threat",
    score: HOLD,
    re: /\b(?:sort|sorted|sorting) (?:him|her|them) out permanently\b|\b(?:silence|silenced|deal with|dealt with|take care of|taken care of) (?:him|her) permanently\b/g,
  },
  {
    // Homophobic tropes: "Adam and Eve, not Adam and Steve", "read what happened to Sodom", "it's about getting to
    // the kids", "why do they want access to children so badly".
    id: "identity_abuse.coded.homophobic-trope",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\badam and steve\b|\bwhat happened to sodom\b|\b(?:it's|its|it is|all) about getting (?:to|at) the kids\b|\baccess to (?:the )?(?:children|kids)\b[^.!?]{0,20}\bso (?:badly|much)\b|\bnormalis(?:e|ing) it for the kids\b|\bleviticus 20:?13\b|\bleviticus 18:?22\b|\bperversion\b[^.!?]{0,30}\b(?:children|kids)\b|\b(?:these|those|the|all|bloody|all these|all those) lgbt\w* (?:freaks|perverts|weirdos|nutters|degenerates|mob|lot|brigade)\b|\blgbt\w*\b[^.!?]{0,30}\b(?:an abomination|abominations|unnatural|perverted|degenerates?|freaks)\b|\bfestival of perversion\b|\bkeep them away from (?:the )?(?:kids|children|school|schools)\b|\b(?:picked|chose|selected|elected|voted for) ['‘"“]it['’"”]|\b(?:push(?:ing)?|ram(?:ming)?|shov(?:e|ing)|forc(?:e|ing)) (?:it|this|that|their (?:agenda|lifestyle|ideology)|the (?:lgbt\w*|gay|trans) agenda) (?:on|onto|down the throats of) (?:children|kids|our kids|our children)\b|\b(?:they|people like that|gays?) can do what(?:ever)? they (?:want|like) in private\b/g,
    adjust: counter(HOLD),
  },
  {
    // Women judged as women: "this is what happens when you put a woman in charge", "calm down ladies", "women have
    // been giving birth in fields for thousands of years", "only there because the party needed a woman on the list".
    id: "identity_abuse.coded.sexist-trope",
    category: "identity_abuse",
    subtype: "sexism",
    score: HOLD,
    re: /\b(?:this is what happens|that's what happens|that is what happens|that's what you get) when (?:you )?(?:put|let|elect|vote for|give) (?:a )?(?:woman|women|female|females) (?:in charge|in power|into office|the job)\b|\bneeded a (?:woman|black (?:face|person)|brown face|token \w+) on the (?:list|ticket|panel|board)\b|\b(?:(?:stop being so|calm down|so) (?:dramatic|emotional|hysterical)|calm down),? (?:ladies|love|dear|girls|darling|sweetheart)\b|\bwomen (?:have been|been) giving birth in (?:fields|caves|the fields|ditches)\b|\b(?:should be|back) (?:at home )?doing the ironing\b|\bwomen in charge is how\b|\b(?:women|girls|females|ladies)\b[^\n]{0,80}\bleave (?:politics|it|government|the \w+|decisions) to the (?:adults|men|grown-?ups|blokes|lads)\b|\bleave (?:politics|government) to the (?:men|blokes|lads)\b|\b(?:women|woman|females)\b[^.!?]{0,30}\b(?:never a good mix|not a good mix|don't mix|do not mix|never mix)\b/g,
    adjust: counter(HOLD),
  },
  {
    // Stock put-downs a battery of subtle attacks found approved (28 Nov 2026, twentieth session): a sarcastic
    // "sharp as a marble" (not the sincere tack, razor, button, whip), "you must be the reason they print DO NOT EAT",
    // "living proof they'll hand a GCSE to anyone", "how do you remember to breathe", "when they were handing out
    // brains", "did you come up with that all by yourself", "move your lips if it helps", "is there a minimum IQ".
    id: "personal_attack.coded.stock-put-down",
    category: "personal_attack",
    score: HOLD,
    re: /\b(?:sharp|bright|quick|smart|clever) as an? (?!(?:new )?(?:tack|razor|razor blade|button|whip|knife|needle|pin|flash|fox|hawk|bee|lark|cricket|wink|bullet|diamond|star|daisy|blade|sword|scalpel|penny|beacon|lamp|laser|fiddle)\b)[a-z]+\b|\bthe reason (?:they|we|there are|shops|manufacturers|companies) (?:print|put|need|have|write|stick) (?:warnings?|instructions|labels?|["'“]?do not)\b|\bliving proof (?:that )?(?:they(?:'ll| will)|anyone can|you don't need|evolution|natural selection|the education system)\b|\bhow do (?:you|they|he|she) (?:remember|manage|know) (?:how )?to (?:breathe|blink|tie (?:your|his|her|their) (?:shoe)?laces|dress (?:yourself|himself|herself|themselves)|walk and talk)\b|\bwhen (?:they|god|the lord|nature) (?:was|were) (?:handing|giving|dishing) out (?:brains|common sense|intelligence|wits|sense)\b|\bdid you come up with (?:that|this|it) all by yourself\b|\bmove your lips if (?:it|that) helps\b|\bis there a minimum iq\b/g,
    adjust: counter(HOLD),
  },
  {
    // Put-downs with no insult word: "hasn't done a day's work since 1998", "couldn't balance his own chequebook".
    id: "personal_attack.coded.put-down",
    category: "personal_attack",
    score: HOLD,
    re: /\bhas(?:n't| not) done a (?:day's|days|single day's|honest day's) (?:work|graft)\b|\b(?:would|will|'d|'ll|wouldn't) (?:sell|flog) (?:his|her|their|your) (?:own )?(?:granny|grandmother|gran|nan|nana|mother|mum|mam)\b|\bface (?:like a (?:smacked|slapped) (?:arse|bottom|backside|bum)|like a bulldog chewing a wasp|made for radio|only a mother could love|like a wet weekend)\b|\b(?:in search of|survived contact with) a brain\b|\ballergic to (?:anything (?:resembling|like) )?(?:hard |honest |actual |real |proper )?(?:work|graft)\b|\bcould(?:n't| not) find (?:his|her|their|your) (?:own )?(?:arse|backside|bum)\b|\bcould(?:n't| not) find (?:his|her|their|your) own (?:[a-z]+ ){1,2}in (?:a|an|the) (?:empty|single|small|tiny|locked|[a-z]+-space)\b|\bcould(?:n't| not) organi[sz]e a (?:[a-z-]+ ){1,3}(?:for|in|at) an? (?:goldfish|sweet shop|chip shop)\b|\b(?:our|the) resident ["“']?(?:[a-z]+ ){0,3}(?:expert|genius|know-it-all|professor|scholar|einstein)\b|\b(?:emotional range|charisma|personality|warmth) of an? (?:fridge|teaspoon|plank|wet lettuce|lamp ?post|brick|potato|traffic cone)\b|\b(?:rehearsed )?(?:sincerity|charm|people skills|tact|subtlety|bedside manner|conviction|enthusiasm) of an? (?:[a-z'-]+ ){0,3}?(?:rep|salesman|estate agent|traffic warden|robot|dalek|parking meter|hostage|sat ?nav)\b|\b(?:an? )?(?:opinion|view|answer) (?:on|for|about) everything and (?:a clue|knowledge|the facts|a brain)(?: cell)? (?:about|on|of) nothing\b|\bexpert on everything\b|\bwouldn't (?:recognise|recognize|spot) an? [a-z]+(?: [a-z]+)? if (?:it|one) (?:tackled|bit|hit|slapped|kicked|punched|sat on|ran over|smacked|landed on)\b|\b(?:i've|i have) met more (?:competent|intelligent|capable|organised|honest|articulate|convincing) [a-z]+\b|\b(?:your|his|her) (?:grammar|spelling|punctuation) is (?:a crime scene|a car crash|a disaster|an embarrassment|atrocious|a war crime)\b|\bcolou?r(?:ed)? (?:it|them) in for (?:him|her|them)\b|\bread (?:it to )?(?:him|her|them)(?: the [a-z]+)? (?:slowly|very slowly|with pictures)\b|\b(?:whose|his|her) entire (?:[a-z]+ )?(?:education|knowledge|expertise|experience) (?:is|comes from|consists of) \w+|\b(?:twelve|some|all|a bunch|one|two|three) of the thickest (?:people|men|women|folk)\b|\bthe thickest (?:people|men|women|folk|bunch|lot) (?:in|on)\b|\bhow much (?:are|do|did|does) (?:they|the [a-z]+) (?:pay|paying) you (?:per|a|for (?:each|every)) (?:comment|post)\b|\b(?:do|does) (?:they|the [a-z]+) pay you (?:per|by the|for each|for every) (?:comment|post)\b|\bdid you (?:ever )?(?:actually )?(?:finish|leave|go to) school\b|\bcould(?:n't| not) (?:find (?:his|her|their|your) way|fight (?:his|her|their|your) way) out of a (?:wet )?paper bag\b|\bcould(?:n't| not) (?:balance|run|organise|manage) (?:his|her|their) own (?:chequebook|bath|diary|piss-up)\b|\bcould(?:n't| not) organise a piss[- ]up in a brewery\b|\bthick as (?:two short planks|mince|a brick|pig shit|a plank)\b|\bnothing (?:going on )?between (?:your|his|her|their) ears\b|\bdropped on (?:their|his|her|your) heads?\b|(?<!\b(?:council|office|government|department|trust|authority|nhs|party|club|ministry|board|they|it|we) )\bcould(?:n't| not) organise a (?:queue|raffle|whip-round|sock drawer|bus queue|fish supper|two-car funeral|school trip)\b|\bcould(?:n't| not) find (?:the|his|her|their) (?:[a-z]+ ){0,5}without a (?:sat ?nav|map|compass)\b|\bcould(?:n't| not) find (?:his|her|their) way out of a paper bag\b|\bleave (?:the )?(?:[a-z]+ ){1,3}to (?:people|those|folk|the grown-?ups|the adults) who(?:'ve| have)? actually\b|\b(?:maybe|just) leave (?:the )?(?:[a-z]+ ){1,3}to (?:people|those|folk|the grown-?ups|the adults) who\b|\bsays the (?:woman|man|person|bloke|guy|lad|lady|one|fella|muppet) who\b|(?:^|[.!?]\s+)sit down[.!]*\s*$|\b(?:it's|its|how) adorable (?:that|how) you\b|\badorable really\b|\bhave you considered (?:that )?the problem (?:might|may|could) be you\b|\btells (?:us|me|everyone|you) (?:all|everything) (?:we|i|you|they) need to know about (?:you|your|him|his|her)\b|\bthe last book you read\b|\bmust be nice living in (?:that|your|his|her) (?:little )?(?:world|bubble)\b|\bnobody(?:'s| has)? ever taken (?:you|him|her) seriously\b|\bnobody (?:takes|took) you seriously\b|\bexplain(?: [a-z]+){0,3} to you slowly\b|\bdon't let the door hit you\b|\bmilking it (?:again )?for (?:attention|sympathy)\b|\blet go of (?:their|his|her) fifteen minutes\b|\bwould attend the opening of an envelope\b|\b(?:he|she|woman|man) could(?:n't| not) find [a-z]+ on a map\b|\bspoken like (?:someone|somebody|a man|a woman|a person) (?:who|whose)\b|\bdo you ever stop (?:whinge?ing|moaning|whining|complaining|crying)\b|\bcould(?:n't| not) [a-z]+ a fish to swim\b|\bwashed[- ]up has[- ]been\b|\b(?:hasn't|has not|never|hasnt) had an original thought\b|\bcheck (?:he's|she's|he is|she is) still breathing\b|\bpromoted (?:well |way |far )?(?:beyond|above) (?:his|her|their) (?:comfort zone|ability|abilities|competence|pay grade)\b|\bhas the (?:urgency|charisma|personality|energy|warmth|charm|presence|intelligence|brains|backbone|spine|judgement|timing|tact|people skills) of a\b|\bmust be nice to have (?:nowhere to be|nothing better to do)\b|\bsays (?:everything|it all|all we need to know) about you\b|\bread to (?:him|her) slowly\b|\bcollective intelligence of\b|\bcan't control (?:his|her|their) own staff\b|\bpeaked at school\b|\bdid you need help with the (?:long|big) words\b|\bdon't strain yourself\b|\bwhatever fantasy (?:land|world) you live in\b|\b(?:degree|qualifications?|diploma|law degree|phd|certificate) (?:from|out of) a (?:cereal (?:packet|box)|christmas cracker|crisp packet|cornflakes (?:packet|box))\b|(?:^|[.!?] )(?:dinosaur|has-been|relic|fossil)[.!]|\b(?:has|have|'s|'ve)(?: never| not| n't)(?: once)? (?:had|held|done) (?:a|one) (?:real|proper) job\b|\bnever had a (?:real|proper) job\b|\bpractise in the mirror\b|\bpractice in the mirror\b|\b(?:ethics|morals|moral compass|brains?|intelligence|personality|charisma|spine|backbone|emotional range|attention span|charm|integrity|conscience|empathy|self-awareness|warmth) of an? (?:[a-z-]+ ){0,2}(?:tapeworm|goldfish|gnat|slug|rat|weasel|snake|fridge|toaster|brick|potato|plank|lamp ?post|dead fish|jellyfish|amoeba|houseplant|cabbage|rock|turnip|teaspoon|lettuce|cockroach|leech|hyena|vulture|parasite|sponge|doorknob|traffic cone|spreadsheet|filing cabinet|sea cucumber)\b/g,
  },
  {
    // Corruption insinuated about a named local without an accusation: "funny how his nephew works at Serco. Just
    // putting it out there", "nice work if you can get it. Ask who signed it off", "worth someone checking the books".
    id: "personal_attack.coded.insinuation",
    category: "personal_attack",
    score: HOLD,
    re: /\bdraw your own conclusions\b|\bjust putting it out there\b|\bnice work if you can get it\b|\bfunny how (?:his|her|their) (?:nephew|niece|brother|sister|wife|husband|son|daughter|mate|mates|cousin|in-laws|brother-in-law|sister-in-law|pal|pals|missus|partner|best mate)\b|\bask who signed (?:it|that|this|them) off\b|\b(?:worth|time) (?:someone|somebody) (?:checking|checked|looking at|looked at|went through) (?:the|his|her|their) (?:books|accounts|expenses)\b|\bsmall (?:valley|town|village|place),? people talk\b|\bwho (?:they|he|she) knows? at the (?:council|town hall)\b|\bnothing to see here\b|\b(?:work it out for yourselves|you work it out|work it out yourselves)\b|\byou heard it here\b(?! first)|\bfunny that,? since\b|\bask where (?:the|last year's|this year's|all the) (?:[a-z]+ ){0,3}money went\b|\bask around,? everyone knows\b|\bmakes you wonder why (?:[a-z]+'s )?(?:husband|wife|son|daughter|brother|nephew|sister|cousin|partner)\b|\binteresting that (?:[a-z]+'s )?(?:husband|wife|son|daughter|brother|nephew|sister|cousin|partner|mate)\b|\bsome families get lucky\b|\b(?:was|is) a crook and everyone knows it\b|\bwas a snake and every(?:body|one)\b/g,
  },
  {
    // "Everybody in the community knows what you are": an insult left for the reader to fill in.
    id: "personal_attack.coded.knows-what-you-are",
    category: "personal_attack",
    score: HOLD,
    re: /\b(?:everyone|everybody|the whole town|we all)(?: in [a-z ]{1,20}?)? knows? what (?:you|he|she) (?:are|is|really are|really is)\b/g,
  },
  {
    id: "personal_attack.coded.lonely-life",
    category: "personal_attack",
    score: HOLD,
    re: /\bmust be (?:a )?(?:lonely|sad|boring|empty) (?:life|existence)\b|\bnobody reads (?:it|them|your \w+)\b/g,
  },
  {
    // Menace with no violent word: a person told to lie low, kept awake, taken aside, or to change the route they
    // take every day ("she'd better keep her head down", "explain things to him in the car park").
    id: "threat.coded.lie-low",
    category: "threat",
    score: HOLD,
    re: /\b(?:he|she|they|you)(?:'d| had| would) better keep (?:his|her|their|your) heads? down\b|\bmake sure (?:he|she|they|you) (?:never |don't |doesn't |do not |does not |can't |cannot )?sleeps? (?:easy|easily|soundly|at night)\b|\bexplain (?:things|it|a few things|the facts of life|how it works) to (?:him|her|them|[a-z]+) (?:in the car park|outside|round the back|behind the)\b|\b(?:have|had|having) a (?:quiet |little |proper |friendly )?word with (?:him|her|them|[a-z]+) (?:in the car park|round the back|after dark)\b|\b(?:might|may|should|would|'d) want to (?:rethink|change|vary|reconsider) (?:his|her|their|your) (?:morning |evening |daily |usual |school )?(?:jog(?:ging)? |run(?:ning)? |walk(?:ing)? |dog[- ]walking |cycling )?(?:route|routine)\b/g,
  },
  {
    // Gay and trans people cast as unnatural, sick or sinful ("two dads, it's not natural", "nobody is born that
    // way"): held, counter-speech reads the same words.
    id: "identity_abuse.coded.unnatural",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\b(?:gay|gays|lesbians?|trans|transgender|lgbt\w*|homosexual\w*|two dads|2 dads|two mums|2 mums|same[- ]sex)\b[^\n]{0,120}?\b(?:not natural|unnatural|a disease|a sickness|a mental illness|brokenness|an abomination|sinful|a sin)\b|\b(?:nobody|no one|no-one) is born (?:that way|gay|trans)\b/g,
  },
  {
    // Gay and trans people cast as perverts or predators ("keep the drag queens off the floats, that perverted
    // nonsense"): held, counter-speech ("calling gay men perverts is bigotry") reads the same words.
    id: "identity_abuse.coded.perversion-trope",
    category: "identity_abuse",
    subtype: "homophobia",
    score: HOLD,
    re: /\b(?:drag queens?|drag acts?|gays|gay (?:men|people|couples?)|lesbians|trans (?:people|women|men|kids)|transgenders?|lgbt\w*|homosexuals?)\b[^.!?\n]{0,80}\b(?:perver(?:ted|ts?|sion)|deviants?|deviancy|degenerates?|degeneracy|groomers?)\b|\b(?:perver(?:ted|ts?|sion)|deviants?|degenerates?|groomers?)\b[^.!?\n]{0,60}\b(?:drag queens?|gays|gay (?:men|people)|trans (?:people|women|men)|lgbt\w*|homosexuals?)\b/g,
  },
  {
    // Coded prejudice with no slur: a group's "background" or birthplace blamed, "you'd think you were in a
    // different country", "if they love Rojava so much there's a flight every day". Held for a human.
    id: "identity_abuse.coded.polite-prejudice",
    category: "identity_abuse",
    subtype: "xenophobia",
    score: HOLD,
    re: /\b(?:men|lads|youths|people|families|types|folk|groups|gangs) (?:of|from) a (?:certain|particular) (?:background|persuasion|community|culture|ethnicity|origin|extraction)\b|\b(?:most|half|all|many) of them (?:weren't|were not|aren't|are not) (?:even )?born here\b|\bsome (?:communities|cultures) (?:taught|teach|raised|raise|brought up|bring up) their\b|\bif they (?:love|like|miss) (?:[a-z]+ ){0,2}so much\b[^.!?\n]{0,40}\b(?:flights?|planes?|boats?|go back|move back|leave|off they go)\b|\byou'?d think you (?:were|was) in (?:a different|another|a foreign) country\b|\b(?:enough|more) of (?:that|their) kind\b|\b(?:immigrants?|migrants?|refugees?) breeding\b|\bbreed(?:ing)? like (?:rabbits|rats|flies)\b|\b(?:hasn't|has not|isn't|is not|aren't|are not|haven't|have not) been (?:english|british) (?:for|in|since)\b|\bthey all stick together\b|\b(?:from|like|by|with|about|towards|against) (?:that|his|her|their) sort\b(?! of\b)|\b(?:his|her|their|that) sort (?:aren't|are not|isn't|is not|don't|do not) (?:welcome|wanted)\b|\b(?:actual|real|native|proper) (?:dutch|british|english|scottish|welsh|irish|french|german|belgian|swedish|danish|norwegian) (?:people|folk|families|citizens|kids|children|taxpayers|residents)\b|\bproblems? in every (?:country|place|town|city) (?:they|they've|they have)(?: ever)? (?:go|gone|went|live|lived|settle|settled|been)\b|\bput (?:locals|local people|our own|british people|brits|the english|our people|the dutch|dutch people) first\b/g,
  },
  {
    // The same, by race: "race card", "of a certain complexion".
    id: "identity_abuse.coded.polite-racism",
    category: "identity_abuse",
    subtype: "racism",
    score: HOLD,
    re: /\brace card\b|\bbrown (?:monopoly|takeover|invasion)\b|\b(?:men|lads|youths|people|families|types|folk) (?:of|from) a (?:certain|particular) (?:complexion|hue|colour|color)\b/g,
  },
  {
    // The same, by faith: "the religion itself is the problem", "people of that faith", "Islamic breeding".
    id: "identity_abuse.coded.polite-religious-hatred",
    category: "identity_abuse",
    subtype: "religious_hatred",
    score: HOLD,
    re: /\b(?:the religion|their religion|their faith|that faith|islam) itself is the problem\b|\b(?:their|that|the) (?:whole|entire) (?:religion|faith) is (?:the (?:real )?problem|a cancer|poison|evil|a disease|a death cult)\b|\b(?:they're|they are|theyre) all (?:[a-z]+ )?(?:and )?(?:isis|terrorist|jihadi|extremist|taliban) (?:sympathi[sz]ers|supporters|apologists)\b|\bpeople of that (?:faith|religion|persuasion)\b|\b(?:little|baby|mini|future|junior) (?:jihadis?|jihadists?|terrorists?|bombers?|extremists?)(?: in training)?\b|\b(?:islamic|muslim) breeding\b|\b(?:men|lads|people|families) (?:of|from) a (?:certain|particular) (?:faith|religion)\b|\b(?:islam|muslims|sharia|the quran|the koran|their religion|their faith)\b[^.!?]{0,40}\b(?:don't|do not|doesn't|does not|can't|cannot|will never|never) mix\b|\b(?:islam|sharia|their religion|their faith)\b[^.!?]{0,40}\b(?:is|are) (?:fundamentally |simply |just )?incompatible with (?:a free|our|democracy|western|the west|freedom|british|european|dutch|citizenship)|\b(?:doing|does|did|do) (?:exactly )?what (?:his|their|her) (?:book|holy book|prophet|religion|faith) (?:tells|told|says|said|commands|teaches)\b|\banyone who(?:'s| has) (?:actually )?read their (?:book|holy book)\b|\bislam (?:doesn't|does not|will never|won't|never) change\b|\b(?:mosques?|madrassas?)\b[^\n]{0,120}\b(?:they're|they are|are) (?:all )?(?:incubators?|breeding grounds?)\b|\b(?:islam|muslims)\b[^.!?]{0,30}\b(?:never a good mix|not a good mix)\b/g,
  },
  {
    // Stock sneers at another commenter: "our resident constitutional scholar", "did the degree come free with a
    // box of cereal?", "do you have a life?", "the council's unpaid PR man", "slow on the uptake". Held.
    id: "personal_attack.coded.sneer",
    category: "personal_attack",
    score: HOLD,
    re: /\b(?:wouldn'?t know|(?:couldn'?t|could not|wouldn'?t) (?:spot|recogni[sz]e)) (?:a|an|the|his|her|their) [a-z-]+(?: [a-z-]+)? (?:if (?:it|one|she|he|they) (?:\w+ )?(?:hit|bit|fell|slapped|played|smacked|kicked|landed|came|walked|jumped|sat|ran)|from (?:a|an|his|her|their) )|\bself[- ]appointed\b|\bimagine being this [a-z]+\b|\bdo you practi[cs]e being\b|\bis it a talent or do you practi[cs]e\b|(?:^|^\w+ |[.!?]\s+|,\s*)(?:go and |go |maybe |just )?(?:have|take) a (?:little |nice )?lie[- ]down\b|\bgo (?:and )?lie down\b|\b(?:would|will|'d|'ll) (?:say|do) anything for a (?:headline|photo|photo op)\b|\bour resident (?:[a-z-]+ ){0,2}(?:expert|scholar|genius|lawyer|economist|professor|historian|philosopher|strategist|general|oracle|know-it-all|comedian|comic|pundit)\b|\bcome free (?:with|in) a (?:box of cereal|cereal box|christmas cracker|cracker|lucky bag|happy meal)\b|\bdo you (?:even )?have a life\b|\btakes a special kind of (?:courage|bravery|stupid|idiot|person|genius)\b|\bslow on the uptake\b|\bunpaid (?:pr|press officer|spokes\w+|mouthpiece|cheerleader|spin doctor)\b|\bdo they (?:give you|pay you in) (?:a badge|sweets|biscuits|gold stars?)\b|\bnot that anyone expected (?:independent thought|anything|much|better|intelligence|sense) from you\b|\bfrom behind (?:a|your) (?:keyboard|cartoon avatar|avatar|fake name)\b|\buniversity of (?:facebook|youtube|google|tiktok|twitter|life)\b|\b(?:maybe|perhaps|just) stick to (?:[a-z]+ing|your day job|the day job)\b|\bprofessional (?:offence|offense)[- ]takers?\b|\b(?:sad|bitter|pathetic|silly|daft|deluded) old (?:leftie|lefty|fool|codger|bat|hippy|hippie|trot|bigot)\b|\b(?:conscience|morals|brains?|personality|charisma|backbone|spine|empathy) of a (?:tapeworm|slug|gnat|amoeba|plank|potato|cabbage|lettuce|sewer rat|cockroach|brick)\b/g,
  },
  {
    // "Bless him, he must think we can't read": the sneer, not the blessing of a gran or a dad ("my dad cried,
    // bless him") nor "God bless her".
    id: "personal_attack.coded.bless-him",
    category: "personal_attack",
    score: HOLD,
    re: /(?<!\bgod )\bbless (?:him|her|them)\b(?! (?:and|for)\b)/g,
    adjust: (norm, index) => (OWN_FAMILY.test(before(norm, index, 120)) ? 0 : HOLD),
  },
  {
    // A perpetrator's family blamed for him: "stupid, weak people who raised a terrorist", "the apple doesn't fall
    // far from the tree". Held; "no parent thinks they raised a monster" is not.
    id: "personal_attack.coded.raised-a-terrorist",
    category: "personal_attack",
    score: HOLD,
    re: /\braised (?:a|an) (?:terrorist|jihadi|bomber|killer|murderer|monster|extremist)\b|\bapple (?:doesn'?t|does not|never) falls? far from the tree\b/g,
    adjust: (norm, index) =>
      FAMILY_DEFENDED.test(norm.text) || DENIED_BEFORE.test(before(norm, index, 40)) ? 0 : HOLD,
  },
  {
    // Where a perpetrator's family lives or works, or a politician's office is, told to the town: "the bomber's
    // brother still runs the phone shop on Gate Street", "her constituency office is on the high street with a
    // glass front". Held; a comment defending the family is not.
    id: "threat.coded.told-where-they-are",
    category: "threat",
    score: HOLD,
    re: /\b(?:bomber|gunman|killer|terrorist|attacker|jihadi|murderer)(?:'s|s') (?:family|brother|sister|parents|mum|mother|dad|father|wife|husband|cousins?|relatives|uncle|son|daughter)(?: are| is)? still\b|\b(?:constituency |surgery |campaign )?office is on (?:the )?[a-z' ]{0,25}(?:street|road|lane|high street|avenue|row|square|parade)\b/g,
    adjust: (norm) => (FAMILY_DEFENDED.test(norm.text) ? 0 : HOLD),
  },
  {
    // A reader or a local named a terrorist sympathiser: "Stuart in the comments is a terrorist sympathiser". Not the
    // attacker himself ("the attacker was an ISIS sympathiser").
    id: "personal_attack.coded.sympathiser-label",
    category: "personal_attack",
    score: HOLD,
    re: /\b(?:is|are|was|you're|you are|he's|she's) (?:a|an|just an?) (?:terrorist|isis|jihadi) (?:sympathi[sz]er|apologist)s?\b/g,
    adjust: (norm, index) => (ABOUT_THE_ACCUSED.test(before(norm, index, 60)) ? 0 : HOLD),
  },
  {
    // Menace left to the reader: "that church has no guard at night", "the roads out of Hasakah are long and
    // empty", "when people catch up with him", "he'd understand it better up close", "good to know for when he's
    // back". Held.
    id: "threat.coded.left-to-reader",
    category: "threat",
    score: HOLD,
    re: /\b(?:has|have|there's|there is) no (?:guard|security|cameras?|lights?) (?:there )?at night\b|\broads? (?:out of|to|from) [a-z]+ (?:are|is) (?:long|dark|lonely|quiet) and (?:empty|dark|quiet|lonely)\b|\bwhen (?:people|someone|somebody|they|the lads|locals) catch(?:es)? up with (?:him|her|them)\b|\b(?:a lot |much |far )?better up close\b|\bgood to know for (?:when|if) (?:he|she|they)(?:'s| is| are|'re| gets?| comes?) (?:back|out|home)\b|\bplenty more where (?:that|those) came from\b|\bfinish (?:off )?what (?:isis|daesh|the terrorists|hitler|the nazis) started\b|\bhope (?:the|your|their|his|her) [a-z' ]{1,30}?(?:has|have|'s) got (?:good|strong|decent) (?:locks|insurance|cctv)\b|\bwe know who (?:voted|you are|did it|signed|complained|reported)\b/g,
  },
  {
    // Sexual slurs on women in the story with no explicit word: "another jihadi to keep them warm at night".
    id: "vulgarity.coded.keep-warm",
    category: "vulgarity",
    score: HOLD,
    re: /\b(?:another|a new|some) (?:[a-z]+ )?(?:husband|man|bloke|jihadi|fighter|boyfriend) to keep (?:her|them) warm(?: at night)?\b/g,
  },
  {
    // Marketing hooks: "get in touch for a free site survey", "comment GOLD and I'll send it over", "mention this
    // comment", "tell him Sandra sent you".
    id: "promotion.coded.hook",
    category: "promotion",
    score: HOLD,
    re: /\b(?:get in touch|contact us|call us|message us|dm us) for (?:a|your) free (?:quote|survey|site survey|consultation|trial|estimate|valuation|assessment)\b|\bcomment ["'“]?[a-z]+["'”]? (?:below )?and i'?ll (?:send|dm|message)\b|\bfree beginner'?s guide\b|\bworth every penny\b[^.!?\n]{0,40}[.!,]?\s*(?:just )?(?:google (?:them|us|it)|look (?:them|us) up|check (?:them|us) out|give (?:them|us) a (?:call|ring|bell))\b|\b(?:got|have|having|running) an? (?:[a-z]+ )?sale on\b|\bmention (?:this|my|the) (?:comment|post)\b|\btell (?:him|her|them) (?:[a-z]+ ){0,2}sent you\b|\b(?:meets|meeting|meet up) every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\b[^\n]{0,80}\bbring (?:your|a) (?:friends|mates|family|neighbours)\b/g,
  },
  {
    // A named contact at a business: "ask for Tom at VeloCenter", "ask for Rêbaz and he'll give you a discount".
    // The name is capitalised as written ("ask for help" is not one); "ask for Karen" at the rec is not a shop.
    id: "promotion.coded.ask-for-name",
    category: "promotion",
    score: HOLD,
    re: /\bask for [a-z\u00e0-\u024f]+(?= at (?:the )?[a-z]+| and (?:he|she|they)(?:'ll| will) (?:give|sort|do|look after|see you right))/g,
    adjust: (norm, index, match) => {
      return capitalisedAt(norm, index + 8) && !ASK_FOR_COMMON.test(match.slice(8)) ? HOLD : 0;
    },
  },
  {
    // Swearing abbreviated in capitals: "this POS", "a load of BS", "did sweet FA". Lower case or another
    // sense is not it: "the POS system" in a shop, "BS 7671" (a British Standard), "the FA Cup".
    id: "profanity.coded.abbreviation",
    category: "profanity",
    score: HOLD,
    re: /\b(?:this|that|you|what an?|absolute|total|utter|complete|lying|worthless|useless) pos\b(?! (?:system|systems|terminal|terminals|machine|machines|software|data|device|devices|tag|tags|till|tills))|\b(?:loads? of|utter|total|complete|absolute|pure|more|such|full of) bs\b(?! ?\d)|\b(?:sweet|did|do|does|done|doing|know|knows|knew|care|cares|achieved|achieve) fa\b(?! (?:cup|trophy|vase|youth|charter|rules?|regulations|coaching|level|badge|registered|approved|licen[cs]e|women'?s|board|chair\w*|chief|council|says|said|has|have|will|would|should))/g,
    adjust: (norm, index, match) => {
      const size = match.length - match.lastIndexOf(" ") - 1;
      const at = index + match.length - size;
      const written = norm.original.slice(norm.starts[at] ?? 0, norm.ends[at + size - 1] ?? 0);
      return written.length === size && written === written.toUpperCase() ? HOLD : 0;
    },
  },
  {
    // A provider recommended and the reader told how to find them: "Meester De Wilde in Ghent, honestly look him
    // up, worth every cent", "Aydin Bouw did our extension and were excellent... just google the name". "Look
    // them up on the government website" recommends nothing.
    id: "promotion.coded.recommend-and-find",
    category: "promotion",
    score: HOLD,
    re: /\b(?:just google|google (?:the name|them|him|her|us)|look (?:him|her|them|us) up|search for (?:him|her|them))\b|\blook (?:up|them up|us up|him up|her up) [^.!?]{0,30}\bon (?:checkatrade|trustpilot|yell|rated people|mybuilder|bark)\b/g,
    adjust: (norm) => (RECOMMENDED.test(norm.text) ? HOLD : 0),
  },
  {
    // Campaign and job-ad spam: "RT and share", "delivery driver wanted, good pay".
    id: "promotion.coded.spread-or-hire",
    category: "promotion",
    score: HOLD,
    re: /\b(?:rt|retweet) (?:and|&) share\b|\bshare (?:and|&) (?:rt|retweet)\b|\bplease (?:rt|retweet)\b|\b(?:drivers?|staff|cleaners?|carers?|labourers?|workers?|helpers?|couriers?) (?:wanted|needed)\b[^\n]{0,60}\b(?:good pay|great pay|cash in hand|per hour|an hour|p\/h|dm me|message me|whatsapp|apply (?:now|today|here))\b/g,
  },
];

/**
 * The longest lists of phrases run as one expression per phrase: written as one alternation, their literals
 * together (common words among them) would pass nearly every comment, so the whole alternation would be tried
 * at every position of every comment; apart, each phrase runs only where its own literals occur.
 */
const SPLIT = new Set([
  "threat.coded.menace-unsaid",
  "personal_attack.coded.reply-insinuation",
  "identity_abuse.coded.old-contempt",
  "threat.coded.we-are-watching",
  "identity_abuse.coded.origin-judged",
  "identity_abuse.coded.little-elsewhere",
  "threat.coded.unsaid",
  "threat.coded.vigilante",
  "vulgarity.coded.sexual-allusion",
  "identity_abuse.coded.sexist-trope",
  "identity_abuse.coded.homophobic-trope",
  "personal_attack.coded.put-down",
  "personal_attack.coded.insinuation",
  "threat.coded.beating",
  "threat.coded.lie-low",
  "identity_abuse.coded.perversion-trope",
  "promotion.coded.spread-or-hire",
  "identity_abuse.coded.polite-prejudice",
  "identity_abuse.coded.polite-religious-hatred",
  "identity_abuse.coded.unnatural",
  "personal_attack.coded.sneer",
  "threat.coded.left-to-reader",
  "promotion.coded.hook",
]);
const RULES: readonly PatternRule[] = WRITTEN_RULES.flatMap((rule) =>
  SPLIT.has(rule.id)
    ? topLevelAlternatives(rule.re.source).map((source) => ({
        ...rule,
        re: new RegExp(source, rule.re.flags),
      }))
    : [rule],
);

function createCodedLanguageDetector(): Detector {
  return {
    id: "coded",
    detect({ norm }) {
      // A rejecting phrase in quotation marks may be cited ("objections include 'Islam is a death cult'"): held.
      // A threat in reported speech ("jailed for posting that people should...") is cited the same way.
      return runPatternRules(RULES, norm).map((f) =>
        f.category === "threat" && reportedSpeech(norm.original, f.start)
          ? asCited(f, 0.5)
          : f.score >= REJECT && insideQuotes(norm.original, f.start, f.end)
            ? f.category === "threat"
              ? asCited(f, HOLD)
              : { ...f, score: HOLD }
            : f,
      );
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(
  HISTORIC_INVASION,
  FAMILY_DEFENDED,
  WAITING_CROWD,
  OWN_FAMILY,
  PERPETRATOR_WORDS,
  DENIED_BEFORE,
);

export { createCodedLanguageDetector, RULES as CODED_RULES };
