/**
 * Curated single-word terms, matched whole-word on the normalised text (never inside other words, so
 * "Scunthorpe", "assassination", "cockpit", "Dickens", "Shell", "grape", "therapist", "analysis" stay clean).
 * `suffixes` lists the inflections accepted after the term; `inside: true` also matches the term inside a longer
 * word (only for roots with almost no innocent carrier word: "motherfucker", "bullshit", "sandnigger"; the few
 * there are start `INNOCENT_CARRIERS`).
 * Scores: >= 0.8 rejects under the default policy, 0.5..0.8 holds, below 0.5 is only reported.
 */
import type { Category, IdentitySubtype } from "../../domain/categories.js";

interface LexiconTerm {
  readonly term: string;
  readonly category: Category;
  readonly score: number;
  readonly suffixes?: readonly string[];
  readonly inside?: boolean;
  readonly subtype?: IdentitySubtype;
  /** The term is also a first name (Dick): skip it when written capitalised before another capitalised word. */
  readonly name?: boolean;
  /** Skip when the next word is one of these ("cum laude"). */
  readonly notBefore?: readonly string[];
  /** Forms that, written with a capital, are a place or a name ("Lesbos", the Greek island refugees land on). */
  readonly properNouns?: readonly string[];
  /**
   * Phrases (on the normalised text) in which the word is innocent: "a chink in the armour", "spick and span"
   * (searched near the word; made global if written without the flag).
   */
  readonly innocentIn?: RegExp;
}

const VERB = ["", "s", "es", "ed", "ing", "in", "er", "ers", "y", "ty"] as const;
const NOUN = ["", "s", "es"] as const;

const P = "profanity" as const;
const V = "vulgarity" as const;
const I = "identity_abuse" as const;

const LEXICON: readonly LexiconTerm[] = [
  // Profanity
  { term: "fuck", category: P, score: 0.95, suffixes: VERB, inside: true },
  { term: "fck", category: P, score: 0.9, suffixes: VERB },
  { term: "fuk", category: P, score: 0.9, suffixes: VERB },
  { term: "fuc", category: P, score: 0.85, suffixes: ["k", "king", "kin"] },
  { term: "fcuk", category: P, score: 0.9, suffixes: VERB },
  { term: "phuck", category: P, score: 0.9, suffixes: VERB },
  { term: "fk", category: P, score: 0.85 },
  { term: "fkn", category: P, score: 0.85 },
  { term: "fckn", category: P, score: 0.85 },
  { term: "fkin", category: P, score: 0.85 },
  // "f@ck", "f@cking" read "fack", "facking" once the @ is resolved; "feck" is the Irish spelling.
  { term: "fack", category: P, score: 0.85, suffixes: ["", "ing", "in", "ed", "er", "ers"] },
  { term: "feck", category: P, score: 0.8, suffixes: VERB },
  // Northern and Irish spellings: "fookin brilliant", "fokin hell".
  { term: "fook", category: P, score: 0.85, suffixes: ["", "s", "ing", "in", "ed", "er", "ers"] },
  { term: "fokin", category: P, score: 0.85 },
  { term: "fokking", category: P, score: 0.85 },
  { term: "fukn", category: P, score: 0.85 },
  { term: "effing", category: P, score: 0.6 },
  // "f'ing", "f'in": the swear word with its letters elided is still the swear word.
  { term: "f'ing", category: P, score: 0.85 },
  { term: "f'in", category: P, score: 0.85 },
  { term: "fking", category: P, score: 0.85 },
  { term: "fukin", category: P, score: 0.9 },
  { term: "wtf", category: P, score: 0.8 },
  { term: "wtaf", category: P, score: 0.8 },
  { term: "ffs", category: P, score: 0.8 },
  { term: "omfg", category: P, score: 0.8 },
  { term: "stfu", category: P, score: 0.85 },
  { term: "gtfo", category: P, score: 0.85 },
  { term: "fubar", category: P, score: 0.8 },
  { term: "shit", category: P, score: 0.85, suffixes: VERB, inside: true },
  { term: "shite", category: P, score: 0.8, suffixes: NOUN },
  { term: "shyt", category: P, score: 0.8, suffixes: NOUN },
  { term: "sheeit", category: P, score: 0.8 },
  { term: "cunt", category: P, score: 0.97, suffixes: [...NOUN, "y", "ish", "ing", "ed"] },
  {
    term: "twat",
    category: P,
    score: 0.9,
    suffixes: [...NOUN, "ted", "ting"],
    // The villages of Twatt in Orkney and Shetland (read with the doubled letter collapsed).
    innocentIn: /\btwatt,? (?:in |on )?(?:orkney|shetland)\b/g,
  },
  { term: "wank", category: P, score: 0.85, suffixes: VERB },
  { term: "wanker", category: P, score: 0.9, suffixes: NOUN },
  { term: "tosser", category: P, score: 0.75, suffixes: NOUN },
  { term: "tosspot", category: P, score: 0.75, suffixes: NOUN },
  { term: "bollocks", category: P, score: 0.8 },
  { term: "bellend", category: P, score: 0.85, suffixes: NOUN },
  { term: "knobhead", category: P, score: 0.85, suffixes: NOUN },
  { term: "dickhead", category: P, score: 0.9, suffixes: NOUN },
  { term: "dick", category: P, score: 0.7, suffixes: NOUN, name: true },
  {
    term: "prick",
    category: P,
    score: 0.8,
    suffixes: NOUN,
    // The verb: "should prick the conscience of", "pricks up their ears".
    // Not "what a prick the minister is".
    innocentIn:
      /(?<!\b(?:a|an|you|ya|u|such|little|absolute|total|utter|complete|right|the|that|this|some|massive|big|smug) )\bpricks? (?:the|their|his|her|its|our|your|my|a|up)\b/g,
  },
  { term: "asshole", category: P, score: 0.9, suffixes: NOUN },
  { term: "arsehole", category: P, score: 0.9, suffixes: NOUN },
  { term: "ass", category: P, score: 0.6, suffixes: NOUN },
  { term: "arse", category: P, score: 0.55, suffixes: NOUN },
  { term: "arsing", category: P, score: 0.55 },
  { term: "jackass", category: P, score: 0.8, suffixes: NOUN },
  { term: "dumbass", category: P, score: 0.85, suffixes: NOUN },
  { term: "smartass", category: P, score: 0.6, suffixes: NOUN },
  { term: "bastard", category: P, score: 0.8, suffixes: NOUN },
  { term: "bitch", category: P, score: 0.85, suffixes: ["", "es", "ed", "ing", "in", "y"] },
  { term: "motherfucker", category: P, score: 0.97, suffixes: NOUN },
  { term: "goddamn", category: P, score: 0.5, suffixes: ["", "ed", "it"] },
  { term: "damn", category: P, score: 0.2, suffixes: ["", "ed", "it"] },
  // Mild in Britain and not a violation written out; a reader who masks it ("bl**dy", "bl00dy") means it as a
  // swearword, and masked mild words are held (profanity.ts).
  { term: "bloody", category: P, score: 0.2 },
  { term: "crap", category: P, score: 0.35, suffixes: ["", "s", "py"] },
  { term: "piss", category: P, score: 0.5, suffixes: ["", "es", "ing"] },
  { term: "pissed", category: P, score: 0.3 },
  { term: "bugger", category: P, score: 0.5, suffixes: NOUN },
  // Vulgarity (sexual or obscene)
  {
    term: "cock",
    category: V,
    score: 0.7,
    suffixes: NOUN,
    innocentIn:
      /\bcocks? (?:crow\w*|and hens?|pheasants?|sparrows?|robins?)\b|\bcock-?a-?(?:hoop|doodle\w*|leekie)\b/g,
  },
  { term: "cocksucker", category: V, score: 0.95, suffixes: NOUN },
  { term: "blowjob", category: V, score: 0.9, suffixes: NOUN },
  { term: "handjob", category: V, score: 0.9, suffixes: NOUN },
  { term: "rimjob", category: V, score: 0.9, suffixes: NOUN },
  { term: "cum", category: V, score: 0.8, suffixes: ["", "s", "shot"], notBefore: ["laude"] },
  { term: "jizz", category: V, score: 0.9 },
  {
    term: "dildo",
    category: V,
    score: 0.9,
    suffixes: NOUN,
    // The town of Dildo in Newfoundland, on Trinity Bay.
    innocentIn: /\b(?:south )?dildo,? (?:in |on )?(?:newfoundland|trinity bay)\b/g,
  },
  { term: "porn", category: V, score: 0.6, suffixes: ["", "o", "os"] },
  {
    term: "tits",
    category: V,
    score: 0.8,
    // The birds: "blue tits and robins" (not "great tits", read as the other kind more often than as birds).
    innocentIn: /\b(?:blue|coal|marsh|willow|crested|bearded|penduline|long-tailed|long tailed) tits\b/g,
  },
  { term: "titties", category: V, score: 0.85 },
  { term: "boobs", category: V, score: 0.6 },
  { term: "boobies", category: V, score: 0.6 },
  // The band in the news: "Pussy Riot".
  { term: "pussy", category: V, score: 0.85, innocentIn: /\bpussy riot\b/g },
  { term: "pussies", category: V, score: 0.8 },
  { term: "whore", category: V, score: 0.85, suffixes: NOUN },
  { term: "slut", category: V, score: 0.85, suffixes: [...NOUN, "ty"] },
  { term: "skank", category: V, score: 0.8, suffixes: [...NOUN, "y"] },
  { term: "horny", category: V, score: 0.6 },
  { term: "milf", category: V, score: 0.8, suffixes: NOUN },
  { term: "anal", category: V, score: 0.6 },
  {
    term: "shag",
    category: V,
    score: 0.5,
    suffixes: ["", "s", "ging"],
    innocentIn: /\bshag (?:carpets?|pile|rugs?|tobacco)\b/g,
  },
  { term: "fannies", category: V, score: 0.6 },
  // Identity slurs
  { term: "nigger", category: I, score: 0.97, suffixes: NOUN, inside: true, subtype: "racism" },
  { term: "nigga", category: I, score: 0.85, suffixes: [...NOUN, "z"], subtype: "racism" },
  { term: "negroes", category: I, score: 0.6, subtype: "racism" },
  { term: "coon", category: I, score: 0.6, suffixes: NOUN, subtype: "racism" },
  {
    term: "spic",
    category: I,
    score: 0.85,
    suffixes: ["", "s", "k", "ks"],
    subtype: "racism",
    innocentIn: /\bspick and span\b/g,
  },
  {
    term: "chink",
    category: I,
    score: 0.85,
    suffixes: NOUN,
    subtype: "racism",
    // "The first chink in the government's armour", "a chink of light".
    innocentIn:
      /\bchinks? in (?:[\w']+ ){0,3}armou?r\b|\bchinks? (?:of|in the) (?:light|daylight|hope|curtains?|wall|fence)\b/g,
  },
  { term: "gook", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "wetback", category: I, score: 0.95, suffixes: NOUN, subtype: "xenophobia" },
  { term: "beaner", category: I, score: 0.85, suffixes: NOUN, subtype: "racism" },
  { term: "raghead", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "towelhead", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "paki", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "darkie", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "jigaboo", category: I, score: 0.95, suffixes: NOUN, subtype: "racism" },
  { term: "zipperhead", category: I, score: 0.95, suffixes: NOUN, subtype: "racism" },
  { term: "sambo", category: I, score: 0.8, suffixes: NOUN, subtype: "racism" },
  { term: "golliwog", category: I, score: 0.85, suffixes: NOUN, subtype: "racism" },
  { term: "gyppo", category: I, score: 0.9, suffixes: NOUN, subtype: "racism" },
  { term: "pikey", category: I, score: 0.85, suffixes: NOUN, subtype: "racism" },
  { term: "dago", category: I, score: 0.8, suffixes: NOUN, subtype: "xenophobia" },
  { term: "kike", category: I, score: 0.95, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "yid", category: I, score: 0.7, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "devilworshipper", category: I, score: 0.85, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "muzzie", category: I, score: 0.9, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "muzrat", category: I, score: 0.95, suffixes: NOUN, subtype: "religious_hatred" },
  // Misspellings of "Muslim" used as sneers ("m*zlem", "muzzlim").
  { term: "mozlem", category: I, score: 0.85, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "muzlem", category: I, score: 0.85, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "muzzlim", category: I, score: 0.85, suffixes: NOUN, subtype: "religious_hatred" },
  // The jihadists' sectarian slur for Shia Muslims ("rejecters"): rafida, rafidha, rafidi, the plural rawafid.
  { term: "rafida", category: I, score: 0.9, suffixes: ["", "h", "s", "hs"], subtype: "religious_hatred" },
  { term: "rafidha", category: I, score: 0.9, suffixes: ["", "s"], subtype: "religious_hatred" },
  { term: "rafidi", category: I, score: 0.9, suffixes: NOUN, subtype: "religious_hatred" },
  { term: "rawafid", category: I, score: 0.9, suffixes: ["", "h"], subtype: "religious_hatred" },
  { term: "faggot", category: I, score: 0.95, suffixes: [...NOUN, "ry"], subtype: "homophobia" },
  { term: "fag", category: I, score: 0.75, suffixes: NOUN, subtype: "homophobia" },
  { term: "dyke", category: I, score: 0.7, suffixes: NOUN, subtype: "homophobia" },
  { term: "tranny", category: I, score: 0.9, subtype: "homophobia" },
  { term: "trannies", category: I, score: 0.9, subtype: "homophobia" },
  { term: "shemale", category: I, score: 0.85, suffixes: NOUN, subtype: "homophobia" },
  { term: "poofter", category: I, score: 0.85, suffixes: NOUN, subtype: "homophobia" },
  { term: "poofs", category: I, score: 0.85, subtype: "homophobia" },
  { term: "rapefugee", category: I, score: 0.9, suffixes: NOUN, subtype: "xenophobia" },
  {
    term: "lesbo",
    category: I,
    score: 0.75,
    suffixes: NOUN,
    subtype: "homophobia",
    properNouns: ["lesbos"],
  },
  {
    term: "homo",
    category: I,
    score: 0.6,
    suffixes: NOUN,
    subtype: "homophobia",
    innocentIn:
      /\bhomo (?:sapiens|erectus|habilis|neanderthalensis|floresiensis|naledi|economicus|ludens|faber)\b/g,
  },
];

/**
 * Innocent words that start with a swear root or a slur's letters, read neither inside them nor with their doubled
 * letters collapsed, each with the guideline it would be misread as: "sniggered" (nigger), "mishit" (shit), "Shiite"
 * ("shite" collapsed), "annal" ("anal"); peoples, languages and books (Cushitic, Kushite, the Peshitta), plants
 * (shiitake spelt "shitake", shittim wood); names: Indian given names and surnames ending in "-shit" (Harshit,
 * Parikshit, Sheila Dikshit), Kshitij, Shitara; places.
 */
const INNOCENT_CARRIERS: readonly (readonly [string, Category])[] = [
  ["snigger", I],
  ["mishit", P],
  ["shiite", P],
  ["shi'ite", P],
  ["annal", V],
  ["hommos", I],
  ["cushit", P],
  ["kushit", P],
  ["peshit", P],
  ["shitak", P],
  ["shittah", P],
  ["shittim", P],
  ["harshit", P],
  ["parikshit", P],
  ["dikshit", P],
  ["rakshit", P],
  ["akshit", P],
  ["rishit", P],
  ["kshitij", P],
  ["shitara", P],
  // Places: Shitterton (Dorset), Bitchfield (Lincolnshire), Nipissing (Ontario).
  ["shitterton", P],
  ["bitchfield", P],
  ["nipissing", P],
];

/** Japanese names ending in "-shita" carry "shit" too (Matsushita, Yamashita, Kinoshita); no compound swear does. */
const INNOCENT_INSIDE = /shita(?:'s)?$/;

export type { LexiconTerm };
export { INNOCENT_CARRIERS, INNOCENT_INSIDE, LEXICON };
