/**
 * Relevance (off_topic): compares the comment with the article (title, tags, body) and with the vocabulary of
 * public-affairs discussion. Clearly unrelated text (about everyday topics, sharing nothing with the article or
 * with the news) is off_topic; a comment that shares nothing but shows no other topic either is only uncertain and
 * held, never rejected. Without an article, relevance is not judged (junk is, by its own detector).
 */
import type { ArticleToJudge } from "../../domain/guideline-engine.js";
import type { Detector } from "../finding.js";
import {
  CIVIC_WORDS,
  COMMUNITY_REQUEST,
  ENGLISH_STOPWORDS,
  OFF_DOMAIN_WORDS,
  PERSONAL_REQUEST,
} from "../lexicon/vocabulary.js";
import { gatedTest } from "./rule-prefilter.js";

function stem(word: string): string {
  let w = word.replace(/'s$/, "");
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ches|shes|xes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 7) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length >= 6) w = w.slice(0, -2);
  return w.slice(0, 6);
}

/** Stems of words already seen (bounded): comments share most of their words. */
const STEM_MEMO = new Map<string, string>();
const STEM_MEMO_MAX = 20_000;

/** Runs matching /[a-z][a-z']+/ (a letter, then at least one letter or apostrophe), scanned without a regex. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if ((d < 97 || d > 122) && d !== 39) break;
    }
    if (j - i >= 2) out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

function stemMemo(word: string): string {
  let s = STEM_MEMO.get(word);
  if (s === undefined) {
    if (STEM_MEMO.size >= STEM_MEMO_MAX) STEM_MEMO.clear();
    s = stem(word);
    STEM_MEMO.set(word, s);
  }
  return s;
}

/** At least a fifth of the words are English function words ("the", "and", "is"): English prose does that. */
function readsAsEnglish(text: string): boolean {
  const words = contentWords(text.length > 2000 ? text.slice(0, 2000) : text);
  let common = 0;
  for (const w of words) if (ENGLISH_STOPWORDS.has(w)) common++;
  return common * 5 >= words.length;
}

function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of contentWords(text.toLowerCase())) {
    if (w.length < 3 || ENGLISH_STOPWORDS.has(w)) continue;
    out.push(stemMemo(w));
  }
  return out;
}

const CIVIC_STEMS: ReadonlySet<string> = new Set(CIVIC_WORDS.split(/\s+/).filter(Boolean).map(stem));
const OFF_DOMAIN_STEMS: ReadonlySet<string> = new Set(
  OFF_DOMAIN_WORDS.split(/\s+/)
    .filter(Boolean)
    .map(stem)
    .filter((s) => !CIVIC_STEMS.has(s)),
);

interface ArticleVocabulary {
  readonly stems: ReadonlySet<string>;
  /** Stems the article only ever writes capitalised: the names of its places and people ("Oakmoor", "Quarry Hill"). */
  readonly names: ReadonlySet<string>;
  /** The article is itself about an everyday topic (football, a festival, food): two or more off-news stems. */
  readonly everyday: boolean;
  /** A headline sent without a body: too few words to say a comment shares nothing with the story. */
  readonly thin: boolean;
  /** Title and body padded with spaces, where a comment's figures are looked up (see `sharesFigure`). */
  readonly figureText: string;
}

function namesIn(text: string): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const word of text.match(/[A-Za-z][A-Za-z']+/g) ?? []) {
    const s = stemMemo(word.toLowerCase());
    if (word[0]! >= "A" && word[0]! <= "Z") capitalised.add(s);
    else lower.add(s);
  }
  for (const s of lower) capitalised.delete(s);
  for (const s of CIVIC_STEMS) capitalised.delete(s);
  return capitalised;
}

/**
 * Words that point back at the story without naming it ("took the dog along there on Saturday", "it went 36
 * hours later", "least we can do", "to show support"): sharing no word with the article, the comment may still
 * be about it, so relevance only holds.
 */
const POINTS_AT_THE_STORY =
  /\b(?:(?:along|down|up|over|round|around|went|go|going|been|walked|drove|drive|took \w+|take \w+) there\b(?! (?:is|are|was|were|'s)\b)|after reading (?:this|that|the (?:article|story|piece|report))|least (?:we|i|you) can do|to show (?:our |my |some )?support|(?:it|that|this) (?:happened|went|collapsed|closed|opened|started|ended)|whoever (?:did|done|does|is behind|was behind) (?:this|that|it)|whoever (?:wins|won|gets in|is elected|takes over)|parking (?:is|will be|'s) (?:going to be )?(?:a nightmare|hell|chaos|impossible|mental)|park and ride|(?:went|been|go|going|was|were) (?:to|at) the (?:meeting|vigil|protest|rally|march|hustings|service|funeral|memorial|consultation|drop-in|open day|parade)|on site|on the day|(?:download|print|buy|book|get) (?:the |our |my )?tickets|tickets? (?:on|at) the (?:gate|door)|is there (?:parking|wifi|a car park|disabled access|a bus)|(?:gates|doors) open|filmed (?:it|the whole|the moment))/;

/**
 * A reader's question whose subject is "they" or "it" ("anyone know if they're taking on older workers?", "will they
 * still do key cutting?") asks about the story's subject without naming it: the request is held, not rejected.
 */
const ASKS_ABOUT_THE_STORY =
  /\b(?:if|whether) (?:they|it)\b|(?:^|[.?!] )(?:do|will|are|did|is) (?:they|it)\b|\bwill they still\b|\bstill going ahead\b/;

/**
 * Praise or thanks for the piece itself ("Great piece", "thanks for this article"): a greeting that comes with it
 * ("first time commenting, long time reader") is about the story, so a noticeboard reading of it only holds.
 */
const PRAISES_THE_STORY =
  /\b(?:great|good|brilliant|excellent|fantastic|superb|important|thoughtful|balanced|fair|fine|interesting|well[- ]written|well[- ]researched) (?:piece|article|story|report|reporting|journalism|column|read|write-?up|coverage)\b|\bthanks? (?:you )?for (?:this|the|your) (?:piece|article|story|report|reporting|coverage|write-?up|column)\b/;

/** The relevance detector's rules: the merge weighs each against the chatter head (merge.ts `relevanceScore`). */
const RELEVANCE_RULE = {
  unrelated: "off_topic.unrelated-to-article",
  probablyUnrelated: "off_topic.probably-unrelated",
  pointsAtStory: "off_topic.unrelated-words-pointing-at-story",
  uncertain: "off_topic.relevance-uncertain",
  uncertainLanguage: "off_topic.relevance-uncertain-language",
  reply: "off_topic.relevance-of-reply-uncertain",
  request: "off_topic.unrelated-request",
  requestNamingPlace: "off_topic.unrelated-request-naming-place",
} as const;
const RELEVANCE_RULES: ReadonlySet<string> = new Set(Object.values(RELEVANCE_RULE));

/** A comment opening with a reader's @handle. */
const REPLY_TO_READER = /^\s*@\w/;

/** Stories whose subject is the weather's doing, and the weather words that are on topic under them. */
const WATER_STORY_STEMS = [
  "drought",
  "reservoir",
  "flood",
  "harvest",
  "crops",
  "farmer",
  "rationing",
  "heatwave",
  "wildfire",
  "storm",
  "rainfall",
].map(stem);
const WEATHER_STEMS = ["rain", "snow", "sunny", "weather"].map(stem);

/** Comments arrive in bursts per article: keep the stems of the last few articles (keyed by their text). */
const ARTICLE_CACHE = new Map<string, ArticleVocabulary>();
const ARTICLE_CACHE_MAX = 64;

function articleVocabulary(article: ArticleToJudge): ArticleVocabulary {
  const text = [article.title, ...(article.tags ?? []), article.body ?? ""].join(" ");
  let vocabulary = ARTICLE_CACHE.get(text);
  if (!vocabulary) {
    const stems = new Set(contentStems(text));
    let offDomain = 0;
    for (const s of stems) if (OFF_DOMAIN_STEMS.has(s)) offDomain++;
    // A story about drought, floods or harvests is about the weather too: "pray for rain" answers it. Added after
    // the count, so such a story does not become an everyday one.
    if (WATER_STORY_STEMS.some((w) => stems.has(w))) for (const w of WEATHER_STEMS) stems.add(w);
    vocabulary = {
      stems,
      names: namesIn(text),
      everyday: offDomain >= 2,
      // A headline (and tags) with no body: the SFU corpus's Globe and Mail headlines have 5 to 15 content words, and
      // a cabbie's complaint under "Yes to Uber. No to taxi cartels" shares none of them, yet is the story.
      thin: (article.body ?? "").trim().length === 0,
      figureText: ` ${article.title} ${(article.body ?? "").slice(0, 4000)} `,
    };
    if (ARTICLE_CACHE.size >= ARTICLE_CACHE_MAX)
      ARTICLE_CACHE.delete(ARTICLE_CACHE.keys().next().value as string);
    ARTICLE_CACHE.set(text, vocabulary);
  }
  return vocabulary;
}

/** What a comment shares with its article and with news talk: content stems (first 2,000 characters). */
interface Relatedness {
  /** Stems also in the article, plus stems of public-affairs vocabulary. */
  readonly related: number;
  /** Stems of everyday, off-news topics not in the article, plus one for a personal request. */
  readonly offDomain: number;
  readonly stems: number;
  /** Of `related`, the stems that are only the article's names: a place named is not the story discussed. */
  readonly relatedNames: number;
  readonly everydayArticle: boolean;
  /** The article is a headline alone (`ArticleVocabulary.thin`): relevance can only hold. */
  readonly thinArticle: boolean;
  /** The comment opens with a reader's @handle: it answers a comment, not the article. */
  readonly reply: boolean;
  /** The comment points back at the story ("whoever did this", "went down there"): never off topic for sure. */
  readonly pointsAtStory: boolean;
}

/** One-entry memo: the detector and the merge ask about the same comment one after the other. */
let lastRelatedness:
  | { text: string; original: string; article: ArticleToJudge; value: Relatedness }
  | undefined;

/** Figures of two or more characters ("4.99%", "640", "£48,000") as written in a comment or an article. */
const FIGURE = /\d[\d.,]*\d%?|\d%/g;
const HAS_FIGURE = /\d[\d.,]*\d|\d%/;

function sharesFigure(original: string, story: string): boolean {
  if (!HAS_FIGURE.test(original)) return false;
  for (const figure of original.slice(0, 2000).match(FIGURE) ?? []) {
    const at = story.indexOf(figure);
    // Whole figures only: "99" is not in "1999".
    if (at > 0 && !/[\d.,]/.test(story[at - 1]!) && !/\d/.test(story[at + figure.length]!)) return true;
  }
  return false;
}

/** `original`: the comment as written, where an @handle still reads as one (normalising turns "@" into "a"). */
function relatedness(text: string, article: ArticleToJudge, original = text): Relatedness {
  const last = lastRelatedness;
  if (last?.text === text && last.original === original && last.article === article) return last.value;
  const stems = contentStems(text.length > 2000 ? text.slice(0, 2000) : text);
  const { stems: known, names, everyday, thin, figureText } = articleVocabulary(article);
  let related = 0;
  let relatedNames = 0;
  let offDomain = gatedTest(PERSONAL_REQUEST, text) ? 1 : 0;
  for (const s of stems) {
    if (known.has(s) || CIVIC_STEMS.has(s)) {
      related++;
      if (names.has(s)) relatedNames++;
    } else if (OFF_DOMAIN_STEMS.has(s)) offDomain++;
  }
  // A figure from the story ("what is 4.99% for a band B?") is the story, though no word is shared.
  if (sharesFigure(original, figureText)) related++;
  const reply = REPLY_TO_READER.test(original);
  const pointsAtStory = gatedTest(POINTS_AT_THE_STORY, text);
  const value = {
    related,
    relatedNames,
    offDomain,
    stems: stems.length,
    everydayArticle: everyday,
    thinArticle: thin,
    reply,
    pointsAtStory,
  };
  lastRelatedness = { text, original, article, value };
  return value;
}

function createRelevanceDetector(): Detector {
  return {
    id: "relevance",
    detect({ norm, article }) {
      if (!article) return [];
      const found = relevanceFinding(relatedness(norm.text, article, norm.original), norm.text);
      if (found === null) return [];
      return [{ category: "off_topic", ...found, start: 0, end: norm.original.length, match: norm.original }];
    },
  };
}

/** What relatedness says of a comment: a rule and its score, or nothing. */
function relevanceFinding(r: Relatedness, text: string): { rule: string; score: number } | null {
  const found = unrelatedness(r, text);
  // A reply to another reader ("@Debbie gutted for you, will walk down for bread") answers a comment we do not
  // see: what it shares with that thread, not with the article, decides its relevance, so it is only held.
  if (found !== null && r.reply) return { rule: RELEVANCE_RULE.reply, score: 0.5 };
  return found;
}

function unrelatedness(r: Relatedness, text: string): { rule: string; score: number } | null {
  const { related, offDomain, stems } = r;
  if (stems === 0) return null;
  // A noticeboard request sharing nothing with the story is off topic whatever the model's chatter head says;
  // sharing only the story's place names ("a good dentist in Oakmoor" under an Oakmoor story), the merge asks
  // that head not to doubt it. One asking about "they" or "it" may be asking about the story: only held.
  const pointing = { rule: RELEVANCE_RULE.pointsAtStory, score: 0.5 };
  if (related === r.relatedNames && gatedTest(COMMUNITY_REQUEST, text)) {
    if (ASKS_ABOUT_THE_STORY.test(text) || PRAISES_THE_STORY.test(text)) return pointing;
    return {
      rule: related === 0 ? RELEVANCE_RULE.request : RELEVANCE_RULE.requestNamingPlace,
      score: 0.85,
    };
  }
  if (offDomain >= 1 && related === 0)
    return r.pointsAtStory ? pointing : { rule: RELEVANCE_RULE.unrelated, score: 0.85 };
  if (offDomain >= 2 && related === 1)
    return r.pointsAtStory ? pointing : { rule: RELEVANCE_RULE.probablyUnrelated, score: 0.6 };
  if (related === 0 && stems >= 8) {
    // Few English function words: maybe a language the guesser missed, which no English signal can clear.
    if (!readsAsEnglish(text)) return { rule: RELEVANCE_RULE.uncertainLanguage, score: 0.5 };
    return r.pointsAtStory ? pointing : { rule: RELEVANCE_RULE.uncertain, score: 0.5 };
  }
  return null;
}

export type { Relatedness };
export { contentWords, createRelevanceDetector, RELEVANCE_RULE, RELEVANCE_RULES, relatedness, stem };
