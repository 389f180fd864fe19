/**
 * Junk (off_topic): a whole comment that says nothing about anything: "first", "lol", "+1", laughter, keyboard
 * mashing ("asdfghjkl"), only emoji or punctuation. Judged on the whole comment only, so "lol" inside a real
 * sentence is never junk. Short meaningful replies ("Well said.", "Agreed", "Thank you") are not junk.
 */
import type { Detector } from "../finding.js";
import { LAUGHTER } from "../lexicon/vocabulary.js";
import { compileNatively } from "../native-compile.js";
import { capLetterRuns } from "../normalize/letter-runs.js";
import { gatedTest } from "./rule-prefilter.js";

const JUNK_PHRASES = new Set([
  "first",
  "frist",
  "firstt",
  "second",
  "me first",
  "first again",
  "lol",
  "lolol",
  "lmao",
  "lmfao",
  "rofl",
  "roflmao",
  "xd",
  "kek",
  "test",
  "testing",
  "test test",
  "bump",
  "asdf",
  "blah",
  "blah blah",
  "blah blah blah",
]);

/** Greetings and fillers that say nothing but are not spam: held for a human, not rejected. */
const WEAK_JUNK = new Set([
  "ok",
  "k",
  "kk",
  "ok ok",
  "yo",
  "hi",
  "hello",
  "hey",
  "meh",
  "omg",
  "yay",
  "woo",
  "wow",
  "hmm",
  "nice",
]);

const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "poiuytrewq", "lkjhgfdsa", "mnbvcxz"];

const LAUGH_WORD = new RegExp(`^(?:${LAUGHTER})$`);
/** Words that say nothing on their own; a comment of only these and mashed keys is junk ("jjjjj test test 123"). */
const FILLER_WORD = new RegExp(
  `^(?:${LAUGHTER}|test(?:ing)?|bump|blah|woo+|yay+|omg|gm|gn|(?:he)+h?|x+|\\d{1,3}|1st|first|comment|post|here)$`,
);

/** "hiiiii everyone xx", "zzzz boring", "lol what": said to nobody about nothing, held for a human. */
const GREETING =
  /^(?:(?:hi+|hello+|hey+|hiya|yo+|morning|evening)(?: (?:everyone|all|guys|folks|people|there|peeps))?(?: (?:is|are) (?:anyone|anybody)(?: (?:there|reading|out there))?)?|(?:so )?boring|what|wut)$/;

const BOT_PRAISE =
  /\bthanks? (?:you )?for sharing (?:this|the|such) (?:useful |great |nice |valuable )?(?:information|info|post|article|content)\b|\bvery (?:helpful|informative|useful) (?:for|to) me\b/;
/** "brb getting a brew", "gtg": the commenter stepping away from a chat. */
const STEPPING_AWAY = /^(?:brb|afk|gtg|g2g|ttyl|bbl)\b/;
const ACCIDENTAL_TYPING =
  /\b(?:phone (?:was )?in (?:my )?pocket|pocket (?:dial(?:led)?|typ(?:ed|ing))|butt dial(?:led)?|cat (?:walked |sat |stood )?(?:on|across|over) (?:the |my )?(?:keyboard|laptop|phone)|(?:toddler|baby|kid|son|daughter) (?:got|grabbed|had) (?:hold of )?my phone|wrong (?:thread|article|tab|window|post))\b/;
const LIKE_BAIT =
  /\b(?:can we get|let's get|lets get|get this to|get this comment to) \d+ (?:likes|upvotes|thumbs up)\b/;
/** Bots' praise of "your site", a shared game score, street preaching: about no article at all. */
const BOT_CHATTER =
  /\b(?:i have|i've|i) bookmarked (?:your|this) (?:site|blog|page|website)\b|\bvery informative\b[^\n]{0,40}\bregards\b|\bamazing content\b[^\n]{0,60}\bregards from\b|^wordle \d[\d,]* [1-6x]\/6\b|\brepent(?: and be saved| now| sinners| ye)\b/;

/** A run of one letter ("jjjjjjj", "kkkk"), read in the original: normalisation shortens runs to two letters. */
function isLetterRun(word: string): boolean {
  return word.length >= 4 && /^([a-z])\1+$/.test(word);
}

function isMash(word: string): boolean {
  if (word.length < 5) return false;
  // "sdkfj": five different consonants ("pffft", "hmmmm" repeat letters).
  if (word.length === 5 && !/[aeiouy]/.test(word) && new Set(word).size >= 4) return true;
  if (KEYBOARD_ROWS.some((row) => row.includes(word.slice(0, 4)) && row.includes(word.slice(-3))))
    return true;
  // No vowel at all, six consonants in a row, or a long word that is mostly consonants: not an English word.
  const vowels = word.replace(/[^aeiouy]/g, "").length;
  return (
    word.length >= 6 &&
    (vowels === 0 || /[^aeiouy]{6,}/.test(word) || (word.length >= 8 && vowels / word.length < 0.2))
  );
}

/** "zzzzzz", "hahahaha", "lololol": four or more letters drawn from at most two distinct ones. */
function fewLetters(original: string): boolean {
  const letters = original.toLowerCase().replace(/[^a-z]/g, "");
  const distinct = new Set(letters).size;
  return (
    !/\s/.test(original.trim()) &&
    ((letters.length >= 5 && distinct <= 2) || (letters.length >= 3 && distinct === 1))
  );
}

/** Only mourning and solidarity emoji (🕯️ 🙏 💔 🕊️ 🤲 🌹 ❤️ 😢 😭 🖤 🤍), variation selectors and spaces. */
const MOURNING_ONLY =
  /^(?:[\u{1F56F}\u{1F64F}\u{1F494}\u{1F54A}\u{1F932}\u{1F339}\u{2764}\u{1F622}\u{1F62D}\u{1F5A4}\u{1F90D}]|\u{FE0F}|\u{200D}|\s)+$/u;

/**
 * How many words the split in `detect` yields, counting no further than `max`: runs of [a-z0-9+] (every other
 * character becomes or is whitespace there). A long comment is never junk, so it skips building the word list.
 */
function countWords(text: string, max: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count < max; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43;
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

function createJunkDetector(): Detector {
  return {
    id: "junk",
    detect({ norm }) {
      const original = norm.original.trim();
      const whole = { start: 0, end: norm.original.length, match: norm.original };
      if (
        /^\s*(?:f+i+r+s+t+|1st|2nd|3rd)[\s!1.?]*$/i.test(original) ||
        /^(?:test(?:ing)?[\s\d!.]*)+$/i.test(original)
      ) {
        return [{ category: "off_topic", rule: "off_topic.junk.filler", score: 0.9, ...whole }];
      }
      if (original.length > 0 && !/[\p{L}\p{N}]/u.test(original)) {
        // Candles, prayers and broken hearts may be a reader's condolence under a story of loss: held, not rejected.
        if (MOURNING_ONLY.test(original))
          return [{ category: "off_topic", rule: "off_topic.junk.condolence-emoji", score: 0.5, ...whole }];
        return [{ category: "off_topic", rule: "off_topic.junk.no-words", score: 0.9, ...whole }];
      }
      // "Nice post. Thanks for sharing this information. Very helpful for me.": a spam bot's praise, held.
      if (gatedTest(BOT_PRAISE, norm.text))
        return [{ category: "off_topic", rule: "off_topic.junk.bot-praise", score: 0.6, ...whole }];
      // "jdjdjdkkk sorry phone in pocket": keys pressed by accident, and said so.
      if (
        countWords(norm.text, 9) <= 8 &&
        (STEPPING_AWAY.test(norm.text) || gatedTest(ACCIDENTAL_TYPING, norm.text))
      )
        return [{ category: "off_topic", rule: "off_topic.junk.accidental", score: 0.9, ...whole }];
      // "can we get 100 likes on this": engagement bait, about nothing.
      if (gatedTest(LIKE_BAIT, norm.text))
        return [{ category: "off_topic", rule: "off_topic.junk.like-bait", score: 0.85, ...whole }];
      if (gatedTest(BOT_CHATTER, norm.text))
        return [{ category: "off_topic", rule: "off_topic.junk.bot-chatter", score: 0.85, ...whole }];
      if (
        /^test(?:ing)?(?: test(?:ing)?)*(?: (?:does|is) (?:this|it)(?: thing)? work(?:ing|s)?)?[\s!.?]*$/.test(
          norm.text,
        )
      )
        return [{ category: "off_topic", rule: "off_topic.junk.filler", score: 0.9, ...whole }];
      const rawWords =
        countWords(norm.text, 7) <= 6
          ? original
              .toLowerCase()
              .split(/[^a-z0-9]+/)
              .filter(Boolean)
          : [];
      const onRow = (w: string) => w.length >= 3 && KEYBOARD_ROWS.some((row) => row.includes(w));
      const mashed = (w: string) => isMash(w) || onRow(w) || isLetterRun(w);
      if (
        rawWords.length > 0 &&
        rawWords.every((w) => FILLER_WORD.test(w) || mashed(w) || w.length === 1) &&
        (rawWords.some((w) => (mashed(w) && w.length >= 4) || /^(?:test(?:ing)?|1st|first)$/.test(w)) ||
          rawWords.filter((w) => LAUGH_WORD.test(w)).length >= 3) &&
        !rawWords.every((w) => /^\d+$/.test(w))
      ) {
        return [{ category: "off_topic", rule: "off_topic.junk.keyboard-mash", score: 0.9, ...whole }];
      }
      // "ha ha ha ha ha ha ha ha": laughter alone, however long (the test above reads six words at most).
      if (rawWords.length === 0 && countWords(norm.text, 41) <= 40) {
        const laughs = original
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter(Boolean);
        if (laughs.length >= 3 && laughs.every((w) => LAUGH_WORD.test(w) || w === "he"))
          return [{ category: "off_topic", rule: "off_topic.junk.filler", score: 0.9, ...whole }];
      }
      const meaningful = rawWords.filter((w) => !FILLER_WORD.test(w) && !isLetterRun(w));
      if (
        rawWords.length > 0 &&
        rawWords.length <= 6 &&
        GREETING.test(capLetterRuns(meaningful.join(" "), 2))
      )
        return [{ category: "off_topic", rule: "off_topic.junk.greeting", score: 0.6, ...whole }];
      if (countWords(norm.text, 5) > 4) return [];
      const words = norm.text
        .replace(/[^a-z0-9+\s]/g, " ")
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      if (words.length === 0 || words.length > 4) return [];
      const phrase = capLetterRuns(words.join(" "), 2);
      const collapsed = capLetterRuns(phrase, 1);
      if (
        JUNK_PHRASES.has(phrase) ||
        JUNK_PHRASES.has(collapsed) ||
        /^(?:ha|he|hi|ah|lo|l|o|x|d)+$/.test(collapsed.replace(/\s/g, "")) ||
        /^\+\d+$/.test(phrase) ||
        /^(?:1st|ist|first|2nd|second|3rd|third|erd|4th|fourth)(?: again| post| comment| here| time| lol)?(?: lads| guys| everyone| all| people| folks)?$/.test(
          phrase,
        ) ||
        /^(?:1st|2nd|3rd|4th)\b[\s!.]*$/.test(original.toLowerCase()) ||
        fewLetters(original)
      ) {
        return [{ category: "off_topic", rule: "off_topic.junk.filler", score: 0.9, ...whole }];
      }
      if (WEAK_JUNK.has(phrase) || WEAK_JUNK.has(collapsed)) {
        return [{ category: "off_topic", rule: "off_topic.junk.greeting", score: 0.6, ...whole }];
      }
      // "asdfgh jkl qwerty": every word is a run of one keyboard row (or a mash) and at least one is long.
      if (
        (words.length <= 2 && words.every(isMash)) ||
        (words.every((w) => isMash(w) || onRow(w)) && words.some((w) => w.length >= 5))
      ) {
        return [{ category: "off_topic", rule: "off_topic.junk.keyboard-mash", score: 0.9, ...whole }];
      }
      return [];
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(GREETING);

export { countWords, createJunkDetector };
