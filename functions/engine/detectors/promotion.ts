/**
 * Promotion: links (plain or obfuscated: "dot com", "h t t p s", "www . x . com", "hxxp"), emails (also "name at
 * gmail dot com"), phone numbers, @handles next to a social-network cue, and commercial or self-promotional
 * phrases ("subscribe to my channel", "check out my", "vote for me", "work from home", "promo code").
 * Policy: a link to an allowed domain (reputable news, government, NGO; per site) is never counted; any other bare
 * link holds for a human; a link or contact together with a promotional phrase, a shortener, or a spam TLD rejects.
 * An "@Name" reply to another commenter is not promotion.
 */
import type { Detector, Finding } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import type { NormalizedText } from "../normalize/index.js";
import { insideQuotes } from "./citation.js";
import type { PatternRule } from "./pattern-rule.js";
import { matches, runPatternRules } from "./pattern-rule.js";
import { gatedTest } from "./rule-prefilter.js";

const TLD =
  "(?:com|net|org|biz|info|io|co|xyz|online|site|shop|store|top|club|me|tv|ly|gl|link|app|uk|de|fr|nl|ru|us|ca|au|eu|live|pro|click|win|vip|bet|cc|gov|edu|int|iq|ws|tk|ml|ga|cf|gq|ir)";
const BLOG_HOST = /\.(?:blogspot|wordpress|substack|medium|wixsite|weebly|tumblr)\.com$/;
const SPAM_TLD = /\.(?:xyz|biz|top|club|click|win|vip|bet|tk|ml|ga|cf|gq|ws|online|site|shop|store|live)$/;
/** A gambling site's address is an advert whatever the words around it ("Honest casino reviews: ..."). */
const GAMBLING_HOST = /casino|gambling|poker|slots|betting|freespins|sportsbook/;
const SHORTENER =
  /^(?:bit\.ly|tinyurl\.com|goo\.gl|t\.co|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at)$/;

const URL_RE = new RegExp(
  `(?:\\b(?:https?|hxxps?|h\\*\\*ps?)\\s*:\\s*/\\s*/\\s*[^\\s<>"]+|\\bwww\\s*\\.\\s*[a-z0-9-]+(?:\\s*\\.\\s*[a-z0-9-]+)*|(?<![a-z0-9.-])[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,62}){0,4}\\.${TLD}(?![a-z0-9-])(?:/[^\\s]*)?)`,
  "g",
);
/** "securevpn dot com", "bit . ly", "example(dot)net": the word "dot" or a spaced dot before a TLD. */
const OBFUSCATED_DOMAIN_RE =
  /(?<![a-z0-9-])([a-z0-9][a-z0-9-]{1,62})\s*(?:[([{]\s*dot\s*[)\]}]|\bdot\b|\s\.\s?)\s*(com|net|org|biz|info|xyz|ly|io|co(?:\.|\s*[([{]\s*dot\s*[)\]}]\s*|\s+dot\s+)uk|c o(?: ?\. ?| dot )u k|c o m|online|site|shop|app|tv|nl|eu|be)(?![a-z-])/g;
const EMAIL_RE =
  /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}\s*(?:@|\(at\)|\[at\]|\{at\})\s*[a-z0-9-]+\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*(?:com|net|org|biz|info|io|co|uk|de|fr|nl|me|ru|eu)\b|(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64} at (?:gmail|yahoo|hotmail|outlook|protonmail|proton|icloud|aol|gmx|yandex|mail)\s*(?:\.|\(dot\)|\[dot\]|\sdot\s)\s*(?:com|net|org|me|ru|de|fr|co\.uk)\b/g;
/**
 * What every e-mail match contains: an "@" (or "(at)", "[at]", "{at}"), or " at " right before a mail provider.
 * Plain " at " is in nearly every long comment, and the address pattern is costly to try at each position.
 */
const EMAIL_CUE =
  /@|\((?:at)\)|\[at\]|\{at\}| at (?:gmail|yahoo|hotmail|outlook|protonmail|proton|icloud|aol|gmx|yandex|mail)/;
const PHONE_RE = /(?<![\d+])(?:\+|\b00)?\d[\d\s().-]{7,18}\d\b/g;
const CALL_CUE = /\b(?:call|phone|tel|whatsapp|text|mobile|ring|contact)\b/;
/**
 * A public service named just before a number ("ring the planning line on 0116 ...", "Crimestoppers is
 * anonymous, 0800 ...", "40 minutes on hold at ...", "if you're struggling, StepChange is free on 0800 ..."): readers
 * pass on helplines; held for a human, not rejected.
 * "Our helpline" is a business's own and stays an advert.
 */
const PUBLIC_LINE_BEFORE =
  /(?<!\b(?:our|my) )\b(?:help ?line|hot ?line|(?:planning|phone|advice|enquiry|enquiries|customer services?|non-emergency|reporting|booking|bookings|emergency|information|tip-?off|confidential|free) line|crimestoppers|crime stoppers|action fraud|victim support|samaritans|childline|(?:a|the) line for|nhs|police|council|citizens advice|on hold|handed in|lost property|anonymous(?:ly)?|switchboard|hospital|surgery|office|gov|department|dvla|hmrc|foodbank|food bank|charity|support line|advice line|support|bereavement|carers direct|line (?:on|is)|gamcare|step ?change|floodline|national debtline|nspcc|age uk|if (?:you're|you are|anyone is|anyone's|someone is|you've been) (?:struggling|affected|worried|in debt|in crisis))\b[^.!?\n]{0,60}$/;
const MASKED_PHONE_RE = /(?<![\w+])\+?\d[\dx]{1,14}(?:[\s.-][\dx]{2,6}){0,3}(?![\w])/g;
const SPELLED_PHONE_RE =
  /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double \w+)[\s,-]+){6,}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/g;
const HANDLE_RE = /(?:^|[^\w@.])@([a-z0-9_.]{3,30})\b/g;
const SOCIAL_CUE =
  /\b(?:follow|dm|pm|instagram|insta|ig|twitter|tiktok|telegram|snapchat|snap|youtube|channel|subscribe|onlyfans|facebook|fb|x\.com|whatsapp|signal)\b/;

/** Asking readers to follow or message an account: a handle anywhere is then promotion. */
/** "Follow him" is an ask only as an imperative: "millions of people follow him" is not one. */
const ASKS_TO_FOLLOW =
  /\b(?:follow|dm|pm|message|add) (?:me|us|it|for|now)\b|\bfollow (?:my|our)\b|(?:^|[.!?,]\s*|\b(?:please|pls|go|and|just) )(?:follow|dm|pm|message|add) (?:them|him|her)\b/;

const WRITE_TO_REPRESENTATIVE =
  /\b(?:write to|contact|email|lobby) your (?:mp|ms|msp|mla|mep|councillors?|am)\b/;

const CUES: readonly PatternRule[] = [
  {
    id: "promotion.subscribe",
    category: "promotion",
    score: 0.9,
    re: /\b(?:subscribe to (?:my|our)|subscribe (?:now|today|here)|(?:and|please|pls|plz) subscribe|like and subscribe|my (?:youtube )?channel|my (?:blog|vlog|podcast|newsletter))\b/g,
  },
  {
    id: "promotion.check-out-mine",
    category: "promotion",
    score: 0.9,
    re: /\b(?:check out my|check my (?:channel|profile|page|blog|site|website|video|bio)|read my (?:blog|book|article|page)|visit (?:my|our)(?: \w+)? (?:stall|shop|store|page|website|site|salon|studio|showroom|channel|profile|blog)|visit us (?:at|on|in store|online|today)|see my profile|in my profile|on my profile|link in (?:my )?bio|click (?:here|the link|my profile|on my name|below)|join my team|join our team)\b/g,
  },
  {
    id: "promotion.follow-me",
    category: "promotion",
    score: 0.9,
    re: /\b(?:follow (?:me|us) (?:on|at|@)|follow (?:my|our)(?: \w+){0,2} (?:page|channel|account|instagram|twitter|tiktok|telegram|blog|podcast)|my (?:\w+ )?(?:youtube|telegram|tiktok|instagram|twitch|substack|patreon) (?:channel|page|account))\b/g,
  },
  {
    id: "promotion.my-channel",
    category: "promotion",
    score: 0.85,
    re: /\b(?:on|at|to|visit|see|check|watch|read|join) my (?:\w+ )?(?:youtube|channel|blog|podcast|substack|website|site|page|instagram|tiktok|twitter|telegram|profile|bio|vlog|patreon|onlyfans|twitch)\b|\bforget to (?:subscribe|follow|like and subscribe)\b/g,
  },
  {
    id: "promotion.share-and-truth",
    category: "promotion",
    score: 0.85,
    re: /\b(?:share this (?:post|video|page|link)|spread the word|like and share|please share|the truth they (?:hide|don't want)|what they don't want you to know|the real truth (?:at|on|here))\b/g,
    // "Please share and write to your MP": a cause passed on to representatives is a human's call.
    adjust: (norm) => (WRITE_TO_REPRESENTATIVE.test(norm.text) ? 0.5 : 0.85),
  },
  {
    id: "promotion.check-out-my-work",
    category: "promotion",
    score: 0.9,
    re: /\b(?:check|come check|go check|come watch|come and watch|watch|see|listen to|look up|search for|search)(?: out)? (?:my|our) (?:newest |new |latest |first |\w+ )?(?:songs?|tracks?|videos?|channel|music|rap|cover|playlist|mixtape|album|blog|site|website|podcast|stream|account|profile|book|art|work)\b|\b(?:subscribe to me|sub (?:to )?me|sub4sub|subscribe back|sub back|subscribe (?:plz|please|pls)|new youtuber|i(?:'m| am) a new youtuber|\d+ subscribers|get \d+ subs)\b/g,
  },
  {
    id: "promotion.selling",
    category: "promotion",
    score: 0.6,
    // A price, not a public sum ("net debt stood at $687.0 billion", "sold for £5m").
    re: /\b(?:(?:only|just|now|for|buy|order|price|at|from)\s*(?:\$|£|€)\s?\d[\d,]*(?:\.\d\d)?(?![\d.,]?\d)(?!\s?(?:bn|billion|million|mn|m|trillion|tn|thousand)s?\b)|\d+(?:[.,]\d\d)?\s?(?:usd|eur|gbp|dollars|euros|pounds) (?:only|each|per)|out now|available (?:now|on amazon|on kindle|in stores)|on amazon|on kindle|pre-?order|order (?:now|today|yours)|get yours|on sale now|sign up (?:at|here|now|today)|register (?:at|here|now))\b/g,
  },
  {
    // "My new book", "my business": promotion beside another cue ("out now on Amazon", a link), but on its own a
    // writer's life ("I interviewed them for my book", "my business was ruined by the lockdown", "in my book").
    id: "promotion.own-work",
    category: "promotion",
    score: 0.35,
    re: /(?<!\bin )\bmy (?:new |latest |first )?(?:book|ebook|album|course|product|app|shop|store|business|company|startup|agency|firm|services)\b/g,
  },
  {
    // The same offered to readers: "try my app", "support my shop", "my firm offers ...", "my company can help".
    id: "promotion.own-work-offered",
    category: "promotion",
    score: 0.6,
    re: /\b(?:try|support|use|visit|hire|buy|download|install|join|contact|recommend|pop into|pop in to|come to|shop at) my (?:new |latest |first |little |local |small )?(?:book|ebook|album|course|product|app|shop|store|business|company|startup|agency|firm|services)\b|\bmy (?:new |little |local |small )?(?:shop|store|business|company|startup|agency|firm) (?:offers|provides|sells|supplies|specialises|specializes|can help|can sort|can get|can arrange|is offering|is now open|are offering|has openings|is hiring)\b|\bmy services\b(?! (?:were|are|was|had|have|to (?:the|my|this|our) (?:country|nation|community)))/g,
  },
  {
    id: "promotion.contact-me",
    category: "promotion",
    score: 0.85,
    re: /\b(?:dm|pm|inbox|message|whatsapp|text|contact|call|email|e-mail) (?:me|us)(?: on| at| via| for| now| today)?\b/g,
    // "Call me heartless, but ...", "what they call us on the estate": "call me/us" is an idiom unless a way to
    // call follows (a number, "asap", "anytime", "back").
    adjust: (norm, index, match) =>
      !match.startsWith("call ") ||
      /^\s*(?:(?:on|at|via|now|today)\s*)?(?:[0-9+(]|asap\b|anytime\b|back\b|on whatsapp\b)/.test(
        norm.text.slice(index + "call me".length, index + 30),
      )
        ? 0.85
        : 0,
  },
  {
    id: "promotion.vote-for-me",
    category: "promotion",
    score: 0.9,
    re: /\b(?:vote for me|vote for my (?:party|list|campaign|nephew|niece|son|daughter|friend|mate|brother|sister|cousin|husband|wife|dad|mum|mom|uncle|aunt|auntie|partner|neighbour)|i am (?:a |the )?candidate|i'm (?:a |the )?candidate|my campaign|elect me)\b|#vote[a-z]{3,}\b/g,
    // A slogan in quotation marks is mocked or reported ("What a great campaign promise. 'Elect me and I won't do
    // my job'."): held, not rejected.
    adjust: (norm, index, match) =>
      insideQuotes(norm.original, norm.starts[index] ?? 0, norm.ends[index + match.length - 1] ?? 0)
        ? 0.5
        : 0.9,
  },
  {
    id: "promotion.money-making",
    category: "promotion",
    score: 0.9,
    re: /\b(?:(?:earn|earned|earning|make|made|making)(?: up to| over)? (?:\$|£|€|usd ?)?\d[\d,.]*k?(?: dollars| pounds| euros)?(?: \w+)? (?:a|per|every|each|last|this) (?:day|week|month|hour)|work(?:ing)? from home (?:and|to) (?:earn|make)|(?:job|jobs|opportunit(?:y|ies)|earn|earning|income)\b[^.!?]{0,25}\bwork(?:ing)? from home|work(?:ing)? from home (?:jobs?|opportunit(?:y|ies)|business)|from (?:my |your )?home (?:job|business)|make money (?:online|from home|fast)|passive income|financial freedom|be your own boss|(?:make|earn) (?:\$|£|€)+|(?:make|earn|making|earning)(?: [^.!?]{0,25})? from home(?! office| secretary)|text [a-z]+ to \d{4,6}|join (?:our|my) (?:facebook |whatsapp |telegram |discord |signal )?(?:group|page|channel|community|server)|invite your friends|earn while you sleep|vote (?:list|number|candidate|no\.?) ?\d+|share this(?=\s*[!.]*\s*$)|donate to my|my gofundme|my fundraiser|support my (?:campaign|channel|page|fundraiser)|ask me how|book (?:now|today)|(?<!\b(?:if you|you can|you could|can|could|to) )book online|sign (?:my|our) petition|my petition|looking for investors|(?<!\bup )(?<!\b(?:been|being|were|advertised|offered|sold) )for sale|serious (?:inquiries|enquiries)|inquiries (?:to|via|dm)|dm for (?:details|info|more|prices))\b/g,
  },
  {
    id: "promotion.commercial",
    category: "promotion",
    score: 0.85,
    re: /\b(?:free (?:shipping|delivery)|(?:worldwide|fast) (?:shipping|delivery)|(?<!\b(?:he|she|they|him|her|them|to|could|can|did|do|does) )buy(?: \w+){0,3} online|order online|(?<!\b(?:people|they|we|i|you|i'll|we'll|i will|we will|customers|shoppers|everyone|everybody|folk|folks|most|more|now|all|just) )shop online|promo code|discount code|use (?:my |the )?code|coupon|(?<!\b(?:wiped|wipes|wiping|knocked|knocks|knocking|shaved|shaves|took|takes|taken|taking|slashed|slashes|lopped|cut|cuts|cutting|shave|knock|wipe|take) )\d+ ?% (?:off(?! (?:my|our|his|her|their|its|your) )|discount)|free (?:gift|trial|iphone|giveaway|consultation|followers)|giveaway|limited (?:time )?offer|buy now|order now|shop now|(?<!\b(?:get|got|getting|gets|achieve|achieved|secure|secured|obtain) (?:the |a )?)best prices?|cheap (?:followers|likes|viagra|pills|vpn|flights|loans?)|buy (?:cheap )?(?:followers|likes|views)|crypto signals|forex|bitcoin (?:investment|trading|profit)|investment opportunity|sugar daddy|onlyfans|hot singles|(?:online|live|crypto|mobile) casinos?|casino (?:bonus(?:es)?|games|spins|sign[- ]?ups?|promo(?:tions?)?|offers?|codes?)|free spins|betting tips|seo services)\b/g,
  },
  {
    // An advert's call to act with nothing but a name: "enrol at ShutterSchool, Jan intake open", "places still
    // available, call us today". Held: a reader may pass on a course or a helpline in context.
    id: "promotion.advert-call",
    category: "promotion",
    score: 0.6,
    re: /\b(?:enrol(?:l)?(?: now| today| at| online| with us)|(?:jan|january|sept|september|spring|summer|autumn|new) intake|intake (?:now |is )?open|(?:limited|few) places (?:left|remaining|available)|places (?:still )?available|book (?:your (?:place|spot|session|table|seat|lesson)s?|in for)|call (?:us|now|today)(?: on| today| now)? ?[0-9+(]|call us for (?:a|your) free|learn to [a-z]+ like (?:the |a )?pros?|for beginners(?:,| and| -)? (?:learn|book|enrol|join|sign)|free (?:quote|quotes|valuation|estimate)s?|guaranteed (?:rent|returns|results))\b/g,
  },
];

/** One pre-check for every promotional cue: most comments contain none of these words. */
const PROMO_WORDS =
  /\b(?:donate|gofundme|fundraiser|support|watch|listen|search|look|sub|sub4sub|subscribers|subs|youtuber|join|invite|ask|book|petition|sign|text|looking|serious|inquiries|enquiries|dm|share|spread|truth|subscribe|my|our|visit|see|click|join|check|read|follow|dm|pm|inbox|message|whatsapp|text|contact|call|email|e-mail|vote|i am|i'm|elect|earn\w*|make|made|making|work\w*|from|passive|financial|be your|promo|discount|use|coupon|free|giveaway|limited|for sale|buy|order|shop|best|cheap|crypto|forex|bitcoin|investment|sugar|onlyfans|hot singles|casino|betting|seo|only|just|now|price|at|out now|available|on amazon|on kindle|pre-?order|get yours|on sale|sign up|register|forget|enrol\w*|intake|places|learn|beginners|quotes?|valuation|estimate|guaranteed)\b|\d ?%|[$£€]\s?\d/;

/**
 * A small ad posted as a comment: "Selling a kids bike, 20 inch, barely used, £40". The price is read in the
 * original (normalising reads "£40" as leetspeak).
 */
const CLASSIFIED_AD =
  /^\s*(?:selling|for sale|fs|wts)(?::|\s*-| (?:a|an|my|two|three|four|\d+)\b)[^\n]{0,160}\b(?:used|new|condition|collection|collect|ono|pm me|dm me|message me|inbox|boxed|unused|worn|inch|size|cash|pick up|pickup|bargain)\b/;
/** "My nephew is selling his PS5 if anyone wants it, barely used": an ad without a price. */
const SELLING_TO_READERS =
  /\b(?:is|am|i'm|are) selling (?:his|her|my|our|their|a|an) [^.!?\n]{1,40}\b(?:if anyone wants?|if anybody wants?|barely used|hardly used|good condition|ono|dm me|message me)\b/;
const ASKING_PRICE = /[$£€] ?\d|\b\d+ ?(?:quid|pounds|euros|dollars|ono)\b|\bono\b|\bo\.n\.o\b/;

const WEAK_COMMERCIAL =
  /\b(?:buy|discount|deal|deals|offer|price|prices|sale|cheap|free(?! (?:kurdistan|palestine|gaza|tibet|iran|syria|iraq|ukraine|speech|press|society|country|world|people|everyone|them|him|her|all|our|the (?:hostages|prisoners|people)|political|prisoners?|elections?|and fair|to (?:speak|say|leave|choose|protest|vote)))|consultation|experience|today|visit|call|order|shop|product|service|services|website)\b/g;

function hostOf(url: string): string {
  const cleaned = url
    .replace(/\s+/g, "")
    .replace(/^(?:https?|hxxps?|h\*\*ps?):\/\//, "")
    .replace(/\(dot\)|\[dot\]|dot(?=[a-z]{2,4}$)/g, ".");
  return (cleaned.split(/[/?#]/)[0] ?? "").replace(/^www\./, "").replace(/\.$/, "");
}

/** Pre-checks on the normalised text, as literals the prefilter can gate. */
const DOT = /\bdot\b|\s\./;
const SPELLED_SCHEME = /\bhttps?\s*:\s*\/\s*\//;

function isAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** The rule of a link to an allowed domain: evidence of a cited source, never of promotion. */
const ALLOWED_SOURCE = "promotion.link.allowed-source";
/** A link to what reads as a news story on a site the policy does not list: held, never rejected (see `ARTICLE_PATH`). */
const ARTICLE_LINK = "promotion.link.article";

/**
 * The path of a story: a dated path or a news section, then a slug of four or more words
 * ("/news/2951875/class-action-lawsuit-launched-against…", "/2016/03/31/sadiqs-personal-emails-to-extremist-imam/").
 * Readers cite local and foreign papers no default list can name; the model's promotion head reads any link as an
 * advert, so such a link alone is a human's call, not a rejection.
 */
const ARTICLE_PATH =
  /^[^/]+\/(?:[^?#\s]*\/)?(?:(?:19|20)\d\d\/[01]?\d\/|(?:news|politics|world|opinion|opinions|story|stories|article|articles|local|national|canada|business|uk-news|us-news|commentisfree)\/)[^?#\s]*?[a-z0-9]+(?:[-_][a-z0-9]+){3,}/;

function createPromotionDetector(allowedDomains: readonly string[]): Detector {
  const allowed = allowedDomains.map((d) => d.toLowerCase().replace(/^\.+/, ""));
  return {
    id: "promotion",
    detect({ norm }) {
      const findings: Finding[] = [];
      const lower = norm.original.toLowerCase();
      // Each cue rule is gated by its own literals; the one pre-check of every cue word (which has no literal of
      // its own and so ran on every comment) is read only when a cue matched.
      const found = runPatternRules(CUES, norm);
      const cues = found.length > 0 && gatedTest(PROMO_WORDS, norm.text) ? found : [];
      // Two different promotional cues together ("my new book" + "out now on Amazon") are an advert.
      const kinds = new Set(cues.map((c) => c.rule));
      // One offer read twice ("my firm" inside "my firm offers") is one cue.
      if (kinds.has("promotion.own-work-offered")) kinds.delete("promotion.own-work");
      if (kinds.size >= 2 || cues.filter((c) => c.rule === "promotion.selling").length >= 2) {
        const first = cues[0]!;
        cues.push({ ...first, rule: "promotion.combined-cues", score: Math.max(0.9, first.score) });
      }
      // Links and contacts: found in the lower-cased original (the normalised text folds "@" and digits inside words).
      const contacts = findContacts(lower, norm, allowed);
      // match() on a global expression starts and ends with lastIndex 0, so the gated test changes nothing.
      const weak = gatedTest(WEAK_COMMERCIAL, norm.text)
        ? (norm.text.match(WEAK_COMMERCIAL) ?? []).length
        : 0;
      for (const c of contacts) {
        // A public helpline's "free advice" is not an advert's vocabulary, nor a story's slug ("order-order.com/…
        // personal-emails…"): only an explicit cue makes either one.
        const piled = weak >= 2 && c.rule !== "promotion.phone.public-line" && c.rule !== ARTICLE_LINK;
        // A cited source stays a source beside an advert's words.
        const boosted =
          (cues.length > 0 || piled) && c.rule !== ALLOWED_SOURCE ? Math.max(c.score, 0.95) : c.score;
        findings.push({ ...c, score: boosted });
      }
      findings.push(...cues);
      if (
        (gatedTest(CLASSIFIED_AD, norm.text) && ASKING_PRICE.test(lower)) ||
        gatedTest(SELLING_TO_READERS, norm.text)
      )
        findings.push({
          category: "promotion",
          rule: "promotion.classified-ad",
          score: 0.85,
          start: 0,
          end: norm.original.length,
          match: norm.original,
        });
      // Commercial vocabulary piling up with no explicit cue: hold for a human.
      if (cues.length === 0 && contacts.length === 0 && weak >= 3) {
        findings.push({
          category: "promotion",
          rule: "promotion.commercial-vocabulary",
          score: 0.6,
          start: 0,
          end: norm.original.length,
          match: norm.original,
        });
      }
      return findings;
    },
  };
}

function findContacts(lower: string, norm: NormalizedText, allowed: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const add = (start: number, end: number, rule: string, score: number) =>
    out.push({ category: "promotion", start, end, rule, score, match: norm.original.slice(start, end) });
  const emailSpans: [number, number][] = [];
  for (const m of EMAIL_CUE.test(lower) ? matches(EMAIL_RE, lower) : []) {
    emailSpans.push([m.index, m.index + m[0].length]);
    add(m.index, m.index + m[0].length, "promotion.email", 0.9);
  }
  const insideEmail = (i: number) => emailSpans.some(([s, e]) => i >= s && i < e);
  for (const m of /https?|hxxp|h\*\*p|www|[a-z0-9]\.[a-z]{2}/.test(lower) ? matches(URL_RE, lower) : []) {
    if (insideEmail(m.index)) continue;
    const host = hostOf(m[0]);
    if (host.length === 0) continue;
    // A source cited: shown, scored 0, so the model's reading of a link as an advert can be discounted (merge.ts).
    if (isAllowed(host, allowed)) {
      add(m.index, m.index + m[0].length, ALLOWED_SOURCE, 0);
      continue;
    }
    // hxxp and spaced dots on both sides are evasions; a space after "www." is a typo.
    const obfuscated = /^hxxp|^h\*\*p|\s\.\s/.test(m[0]);
    const suspect =
      (SPAM_TLD.test(host) && !BLOG_HOST.test(host)) || GAMBLING_HOST.test(host)
        ? 0.85
        : SHORTENER.test(host) || obfuscated || BLOG_HOST.test(host)
          ? 0.7
          : undefined;
    if (suspect !== undefined) add(m.index, m.index + m[0].length, "promotion.link", suspect);
    else {
      // A plain link: to what reads as a story, a human's call (merge.ts never lets the model confirm it).
      const story = ARTICLE_PATH.test(m[0].replace(/^(?:https?:\/\/)?(?:www\.)?/, ""));
      add(m.index, m.index + m[0].length, story ? ARTICLE_LINK : "promotion.link", 0.6);
    }
  }
  // Obfuscated domains and "h t t p s" live in the normalised text (letters joined); map spans back.
  for (const m of gatedTest(DOT, norm.text) ? matches(OBFUSCATED_DOMAIN_RE, norm.text) : []) {
    // Letters of the suffix may be spaced apart too ("c o . u k").
    const suffix = m[2]?.replace(/ /g, "");
    const tld = suffix?.startsWith("co") && suffix !== "com" ? "co.uk" : suffix;
    const host = `${m[1]}.${tld}`;
    if (isAllowed(host, allowed)) continue;
    // "the dot com bubble", "a dot com millionaire": the era, not an address.
    if (
      /^(?:the|a|an|this|that|early|old|first|big)$/.test(m[1] ?? "") ||
      /^\s*(?:bubble|boom|crash|era|days|years|companies|company|firms?|startups?|millionaires?|mania)\b/.test(
        norm.text.slice(m.index + m[0].length, m.index + m[0].length + 14),
      )
    )
      continue;
    const start = norm.starts[m.index] ?? 0;
    const end = norm.ends[m.index + m[0].length - 1] ?? start;
    if (out.some((f) => f.start <= start && f.end >= end)) continue;
    // Letters spelled apart ("w w w", "h t t p", "c o . u k") and a bracketed "[dot]" are deliberate evasion;
    // "308 dot com" alone may be a citation.
    const evasive =
      suffix !== m[2] ||
      /\b(?:w\s+w\s+w|h\s+t\s+t\s+p)\b/.test(lower) ||
      /[[({<]\s*dot\s*[\])}>]/i.test(norm.original.slice(start, end + 1));
    add(start, end, "promotion.link.obfuscated", evasive ? 0.85 : 0.7);
  }
  if (gatedTest(SPELLED_SCHEME, norm.text) && !/\bhttps?:\/\//.test(lower)) {
    add(0, norm.original.length, "promotion.link.spelled-out", 0.85);
  }
  const phones = /\d{3}/.test(lower) ? matches(PHONE_RE, lower) : [];
  // A word asking to call makes a number an advert's; read once, and only when a number was found.
  let hasCallCue: boolean | undefined;
  const callCue = () => (hasCallCue ??= CALL_CUE.test(lower));
  // Spans of links, computed only when a phone number is a candidate (they are read nowhere else).
  const linkSpans =
    phones.length === 0
      ? []
      : out.filter((f) => f.rule.startsWith("promotion.link")).map((f) => [f.start, f.end] as const);
  const urlSpans =
    phones.length === 0
      ? []
      : [...lower.matchAll(/\bhttps?:\/\/\S+|\bwww\.\S+/g)].map(
          (m) => [m.index, m.index + m[0].length] as const,
        );
  for (const m of phones) {
    // Numbers inside links (article ids) and decimals in tables of figures are not phone numbers.
    if ([...linkSpans, ...urlSpans].some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (/\.\d/.test(m[0]) && !/^\+?\d{3}[.]\d{3}[.]\d{4}$/.test(m[0].trim())) continue;
    const digits = digitsOf(m[0]);
    if (digits.length < 9 || digits.length > 15) continue;
    // Lists of years ("2014 2015 2016") and ranges are not phone numbers.
    const groups = m[0]
      .trim()
      .split(/[\s().-]+/)
      .filter(Boolean);
    if (groups.every((g) => /^(?:19|20)\d\d$/.test(g))) continue;
    if (PUBLIC_LINE_BEFORE.test(lower.slice(Math.max(0, m.index - 120), m.index))) {
      add(m.index, m.index + m[0].length, "promotion.phone.public-line", 0.6);
      continue;
    }
    add(m.index, m.index + m[0].length, "promotion.phone", callCue() ? 0.95 : 0.85);
  }
  // A phone number with some digits masked ("0161 XXX XXXX", "07XXX XXXXXX"): an advert's number, redacted.
  for (const m of /\dx|xx/.test(lower) ? matches(MASKED_PHONE_RE, lower) : []) {
    const shown = m[0].replace(/[^\dx]/g, "");
    if (shown.length < 9 || shown.length > 15 || !/xx/.test(shown)) continue;
    add(m.index, m.index + m[0].length, "promotion.phone.masked", callCue() ? 0.9 : 0.6);
  }
  // A phone number spelled out in words ("oh seven seven zero one two ...").
  for (const m of /(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)/.test(lower)
    ? matches(SPELLED_PHONE_RE, lower)
    : []) {
    add(m.index, m.index + m[0].length, "promotion.phone.spelled", 0.9);
  }
  // Every handle has an "@": the cue words are read only when there is one.
  if (lower.includes("@") && SOCIAL_CUE.test(lower)) {
    for (const m of matches(HANDLE_RE, lower)) {
      const at = m.index + m[0].indexOf("@");
      if (insideEmail(at)) continue;
      // "@Lorna done, and sent it round the street's whatsapp": the handle a reply opens with names its addressee.
      if (lower.slice(0, at).trim() === "" && !ASKS_TO_FOLLOW.test(lower)) continue;
      add(at, at + 1 + (m[1]?.length ?? 0), "promotion.handle", 0.9);
    }
  }
  return out;
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(
  PUBLIC_LINE_BEFORE,
  ASKS_TO_FOLLOW,
  WRITE_TO_REPRESENTATIVE,
  SOCIAL_CUE,
  ASKING_PRICE,
  SELLING_TO_READERS,
);

export { ALLOWED_SOURCE, ARTICLE_LINK, createPromotionDetector };
