/**
 * Disguised words: an ordinary word written so a filter will not read it ("k1ll", "dr0ne", "w@tching",
 * "h.u.n.t.e.d", "c l o w n"). Normalisation already reads such words for every rule; this detector reads the
 * disguise itself. A reader who hides a word from filters is hiding it from us, so the comment is held for a
 * human, never approved unread, whatever the word.
 *
 * Measured 28 Nov 2026 on the 273 unsealed fresh sets: 3,795 of 54,080 violations have such a word, and 3 of
 * 68,868 clean comments (each quoting someone else's disguised slur); 24 of the 596 violations those sets still
 * approved are held by it. Among 7,592 clean Globe and Mail comments, 5 have one ("c0fFeE cReAm", "i$lom",
 * "cr@ppy", "a$$es", a typed "pre0adolescent").
 *
 * Not disguises: @handles and #tags, amounts ("£900k"), codes and usernames ending in digits ("A417", "RickT1",
 * "PSmith1966"), two different digits side by side ("F18s"), capitals with digits ("H1B", "MP3s"), textspeak
 * ("2day", "l8r", "4get", "1step"), anything in a link, and capitals spelt apart (acronyms such as "N.A.T.O.",
 * shouting).
 */
import type { Category } from "../../domain/categories.js";
import type { Detector, Finding } from "../finding.js";
import { compileNatively } from "../native-compile.js";
import { isSpace } from "../normalize/collapse-spaces.js";
import { normalize } from "../normalize/index.js";
import { condemned, insideQuotes } from "./citation.js";

/** The rule's name; merge.ts holds the comment at the policy's hold level and lets the finding do nothing else. */
const DISGUISED_WORD = "evasion.disguised-word";
/** The finding's score, for the evidence: a hold. */
const HOLD = 0.5;

/**
 * A run of non-space characters can be a disguise only if it holds a stand-in next to a lower-case letter, or opens
 * with "0" or "$" before three letters (see STAND_IN_INSIDE). Runs are found from their stand-ins (`candidateRuns`),
 * so the words of ordinary prose are never visited: a Unicode expression tried at every position cost ~0.25 ms
 * per 5,000 characters.
 */
const CANDIDATE_RUN = /^(?:\S*?(?:\p{Ll}[013$@]|[013$@]\p{Ll})|[0$]\p{L}{3})/u;
/** Longer than any word: a run of that length is a code, a link or a pasted string. */
const LONGEST_WORD = 40;
/** A comment repeating a disguise 500 times needs no 500 findings to be held. */
const MAX_FINDINGS = 10;
/**
 * Letters spelt apart by one separator each, four letters or more: "c l o w n", "h.u.n.t.e.d", "t-e-r-r-o-r".
 * Anchored: `speltApart` tries it only where a match can begin.
 */
const SPELT_APART = /(?<![\p{L}\p{N}])\p{L}(?:([ .\-_*])\p{L})(?:\1\p{L}){2,}(?![\p{L}\p{N}])/uy;
/**
 * Characters written for letters: "0" o, "1" i or l, "3" e, "@" a, "$" s. Not "2", "4", "6", "8" or "9", which
 * textspeak writes for sounds ("2day", "4get", "l8r"), nor "!", which also joins two sentences typed without a
 * space ("Scary!check").
 */
const STAND_IN = /[013@$]/;
/** The same characters, searched for through a text (`candidateRuns`). */
const STAND_IN_CHAR = new RegExp(STAND_IN.source, "g");
/**
 * A stand-in between two lower-case letters ("k1ll", "t@lking"; "im@USER" is a handle glued on), or "0" or "$"
 * opening a word of three letters or more ("0perators").
 */
const STAND_IN_INSIDE = /\p{Ll}[013$]+\p{L}|\p{Ll}@+\p{Ll}|^[0$]\p{L}{3,}/u;
/** Two different digits side by side: a number or a code ("F18s", "B6120"), not letters disguised. */
const MIXED_DIGITS = /(\d)(?!\1)\d/;
const LINK_LIKE = /:\/\/|^www\.|\.(?:com|org|net|co|uk|ca|io|png|jpe?g|gif|html?|php)\b|[=?/&]/i;

/** The guideline a disguised word points to, for the moderator: violence, a group, else an insult. */
const VIOLENCE_WORD =
  /^(?:kill\w*|murder\w*|shoot\w*|shot|stab\w*|hunt\w*|dead|die|dies|drones?|bombs?|bombed|boom|burn\w*|guns?|bullets?|knife|knives|blood|coffin|grave|hole|hang\w*|rope|mercy|visit\w*|execut\w*|watching|collect|find|found|explo\w*|attack\w*|revenge|payback|targets?)$/;
const GROUP_WORD =
  /^(?:isis|daesh|race|rats?|terrorists?|jihadis?|sympathis\w*|sympathiz\w*|muslims?|jews?|immigrants?|refugees?|migrants?|kurds?|arabs?|blacks?|gays?)$/;

function categoryOf(word: string): Category {
  if (VIOLENCE_WORD.test(word)) return "threat";
  if (GROUP_WORD.test(word)) return "identity_abuse";
  return "personal_attack";
}

/** The word a disguised span stands for: its letters once normalised ("d0ne" -> "done"). */
function readAs(span: string): string {
  return normalize(span).text.replace(/[^a-z]/g, "");
}

function substituted(token: string): boolean {
  if (/^[@#£$€¥]/.test(token) || /\d$/.test(token) || LINK_LIKE.test(token)) return false;
  if (!STAND_IN.test(token) || MIXED_DIGITS.test(token) || /[2456789]/.test(token)) return false;
  // Capitals with digits are codes and names ("H1B", "D3R", "R3KT", "MP3s"), not a word hidden.
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (/\d/.test(token) && letters.replace(/[^\p{Lu}]/gu, "").length * 2 >= letters.length) return false;
  return STAND_IN_INSIDE.test(token);
}

/** The maximal runs of non-space characters that may be disguises, in order: those holding a stand-in. */
function* candidateRuns(text: string): Generator<{ start: number; end: number }> {
  STAND_IN_CHAR.lastIndex = 0;
  for (let m = STAND_IN_CHAR.exec(text); m !== null; m = STAND_IN_CHAR.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (CANDIDATE_RUN.test(text.slice(start, end))) yield { start, end };
    STAND_IN_CHAR.lastIndex = end;
  }
}

/** What SPELT_APART's look-behind refuses, for ASCII: most starts in prose fail there ("is a b"). */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

function isSeparator(code: number): boolean {
  return code === 32 || code === 46 || code === 45 || code === 95 || code === 42;
}

/**
 * SPELT_APART's matches, in order. The expression tried at every position of a long comment cost ~0.2 ms per
 * 5,000 characters; it is tried only before a separator that recurs one letter later ("c l", "h.u"), where every
 * match begins: the letter before that separator is one code unit, or two for a letter outside the Basic
 * Multilingual Plane.
 */
function speltApart(text: string): { start: number; end: number; separator: string }[] {
  const out: { start: number; end: number; separator: string }[] = [];
  let from = 0;
  for (let i = 1; i + 2 < text.length; i++) {
    const sep = text.charCodeAt(i);
    if (!isSeparator(sep)) continue;
    const pair = text.charCodeAt(i + 1) >= 0xd800 && text.charCodeAt(i + 1) <= 0xdbff;
    if (text.charCodeAt(i + (pair ? 3 : 2)) !== sep) continue;
    const low = text.charCodeAt(i - 1);
    const start =
      i >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(i - 2) >= 0xd800 ? i - 2 : i - 1;
    if (start < from || (start > 0 && isAsciiLetterOrDigit(text.charCodeAt(start - 1)))) continue;
    SPELT_APART.lastIndex = start;
    const m = SPELT_APART.exec(text);
    if (m === null) continue;
    out.push({ start, end: start + m[0].length, separator: m[1]! });
    from = start + m[0].length;
    i = from - 1;
  }
  return out;
}

function disguisedWords(original: string): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  for (const run of candidateRuns(original)) {
    if (out.length >= MAX_FINDINGS) break;
    if (run.end - run.start > LONGEST_WORD) continue;
    const text = original.slice(run.start, run.end);
    // Quotes and punctuation around a word are not part of it.
    const core = /^[("'“‘[]*(.*?)[)"'”’\].,;:!?]*$/.exec(text);
    const token = core?.[1] ?? text;
    if (token.length < 3 || !substituted(token)) continue;
    const word = readAs(token);
    if (word.length < 3) continue;
    const start = run.start + text.indexOf(token);
    out.push({ start, end: start + token.length, word });
  }
  for (const m of speltApart(original)) {
    if (out.length >= MAX_FINDINGS) break;
    const matched = original.slice(m.start, m.end);
    // "is a c l o w n": the article before the spaced letters is a word of its own.
    const article = m.separator === " " && /^[aAI] /.test(matched) && matched.length >= 9 ? 2 : 0;
    const run = matched.slice(article);
    // Capitals spelt apart are acronyms ("N.A.T.O") or shouting ("L I T E R A L L Y"), not a word hidden.
    if (run === run.toUpperCase()) continue;
    const start = m.start + article;
    out.push({ start, end: start + run.length, word: run.replace(/[^\p{L}]/gu, "").toLowerCase() });
  }
  return out;
}

function createDisguiseDetector(): Detector {
  return {
    id: "disguise",
    detect({ norm }) {
      const original = norm.original;
      const words = disguisedWords(original);
      if (words.length === 0) return [];
      const findings: Finding[] = [];
      const condemning = condemned(original.toLowerCase());
      for (const d of words) {
        // Someone else's disguised word quoted and condemned ("called them 'k3bab munchers'. Reported it.").
        if (condemning && insideQuotes(original, d.start, d.end)) continue;
        findings.push({
          category: categoryOf(d.word),
          rule: DISGUISED_WORD,
          score: HOLD,
          start: d.start,
          end: d.end,
          match: original.slice(d.start, d.end),
        });
      }
      return findings;
    },
  };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(LINK_LIKE, VIOLENCE_WORD, GROUP_WORD, SPELT_APART, CANDIDATE_RUN);

export { candidateRuns, createDisguiseDetector, DISGUISED_WORD, disguisedWords, speltApart };
