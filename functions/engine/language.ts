/**
 * Language gate: English rules must never reject a comment written in another language. Judged on the ORIGINAL
 * text: share of letters outside the Latin script, then function words of English against those of French,
 * Spanish, Dutch, German, Italian, Portuguese, Turkish and Kurmanji. Text mostly in the Arabic script (Arabic, Persian,
 * Sorani, Urdu) is `arabic-script`; other scripts are `non-latin`.
 */
import { ENGLISH_STOPWORDS, FOREIGN_STOPWORDS, LAUGHTER } from "./lexicon/vocabulary.js";
import { compileNatively } from "./native-compile.js";
import { isAscii } from "./normalize/fold-characters.js";

interface LanguageGuess {
  readonly english: boolean;
  /**
   * ISO 639-1 code when known, "arabic-script" or "non-latin" for other scripts. "und" when it cannot be told but
   * may be another language: a short text with a letter English lacks or another language's function word, or a
   * text whose English function words do not outnumber another language's ("Cállate, imbécil.", "Sei una
   * troia."); judged as English, and read by the other lexicons too, to hold (engine.ts).
   */
  readonly language: string;
}

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;
/** Per non-ASCII code point: bit 1 a letter, bit 2 Latin script (bounded; comments reuse few code points). */
const SCRIPT_BITS = new Map<number, number>();
const SCRIPT_BITS_MAX = 4096;

function scriptBits(cp: number): number {
  let bits = SCRIPT_BITS.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits = (LETTER.test(ch) ? 1 : 0) | (LATIN.test(ch) ? 2 : 0);
    if (SCRIPT_BITS.size < SCRIPT_BITS_MAX) SCRIPT_BITS.set(cp, bits);
  }
  return bits;
}

/**
 * How many code points of `text` are letters (\p{L}) and how many are in the Latin script: what
 * match(/\p{L}/gu) and match(/[\p{Script=Latin}]/gu) count, without an array of one-letter strings.
 */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    const bits = scriptBits(cp);
    letters += bits & 1;
    latin += bits >> 1;
  }
  return { letters, latin };
}

/** Letters of the Arabic script (Arabic, Persian, Sorani Kurdish, Urdu), presentation forms included. */
function arabicLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x0620 && c <= 0x064a) ||
      (c >= 0x066e && c <= 0x06d3) ||
      (c >= 0x06fa && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) ||
      (c >= 0x08a0 && c <= 0x08ff) ||
      (c >= 0xfb50 && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfefc)
    )
      n++;
  }
  return n;
}

/**
 * What /[\p{L}']+/gu finds in lower-cased ASCII text, where the only letters are a-z: runs of letters and
 * apostrophes, scanned by hand (a Unicode property expression is the slow path).
 */
function asciiWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || c === 39;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Runs of letters and apostrophes: the words of a text that is not all ASCII. */
const LETTER_RUNS = /[\p{L}']+/gu;

/**
 * Words that continue a link, an email or a spelt-out address ("x.com", "spam . com", "/watch", "@gmail") are not
 * language: "com" is Portuguese for "with", and link spam would read as Portuguese. "disse. Com isso" keeps its word.
 */
const ADDRESS_TAIL = /(?:[./@]| \. )[\p{L}']+/gu;

/** Each foreign function word with the languages (indices into FOREIGN_LANGUAGES) it belongs to: one lookup a word. */
const FOREIGN_LANGUAGES = Object.keys(FOREIGN_STOPWORDS);
const FOREIGN_BY_WORD = new Map<string, number[]>();
Object.values(FOREIGN_STOPWORDS).forEach((stop, k) => {
  for (const w of stop) {
    const langs = FOREIGN_BY_WORD.get(w);
    if (langs) langs.push(k);
    else FOREIGN_BY_WORD.set(w, [k]);
  }
});
const counts = new Int32Array(FOREIGN_LANGUAGES.length);

/** The first 1,000 characters are plenty to tell a language; long comments are not scanned to the end. */
const SAMPLE_CHARS = 1000;

const POLISH_LETTERS = /[łśćżźęą]/i;
const ROMANIAN_LETTERS = /[șțăȘȚĂ]/;
const POLISH = FOREIGN_LANGUAGES.indexOf("pl");
const ROMANIAN = FOREIGN_LANGUAGES.indexOf("ro");

/** Letters of the languages read here that English does not write. */
const ACCENTED = /[àâçéèêëîïôûùüÿñæœáíóúäößşğı]/i;

/** Laughter as the junk detector reads it, and "he" of "he he he". */
const LAUGH = new RegExp(`^(?:${LAUGHTER}|he)$`);

function guessLanguage(text: string): LanguageGuess {
  const original = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const ascii = isAscii(original);
  if (!ascii) {
    const { letters, latin } = countLetters(original);
    if (letters === 0) return { english: true, language: "und" };
    if (letters >= 3 && latin / letters < 0.5)
      return {
        english: false,
        language: arabicLetters(original) * 2 > letters ? "arabic-script" : "non-latin",
      };
  }
  // Single letters ("y o u", "a", "e") say nothing about the language.
  const lower = original.toLowerCase().replace(ADDRESS_TAIL, " ");
  const words = (ascii ? asciiWords(lower) : (lower.match(LETTER_RUNS) ?? [])).filter((w) => w.length >= 2);
  // Accented letters are rare in English; they tip short foreign sentences.
  const accented = !ascii && ACCENTED.test(original) ? 1 : 0;
  // Too short to tell: "und" where another language may be written (a letter English lacks, one of its function
  // words: "Cállate, imbécil."), else English.
  if (words.length < 3)
    return {
      english: true,
      language:
        accented === 0 && !words.some((w) => FOREIGN_BY_WORD.has(w) && !ENGLISH_STOPWORDS.has(w))
          ? "en"
          : "und",
    };
  // "ha ha ha" is laughter, not the Italian or Spanish "ha" three times.
  if (words.every((w) => LAUGH.test(w))) return { english: true, language: "und" };
  let en = 0;
  // Function words of another language that English does not also write ("no", "come", "do" do not count).
  let foreignOnly = 0;
  counts.fill(0);
  for (const w of words) {
    const english = ENGLISH_STOPWORDS.has(w);
    if (english) en++;
    const langs = FOREIGN_BY_WORD.get(w);
    if (langs !== undefined) {
      for (const k of langs) counts[k]!++;
      if (!english) foreignOnly++;
    }
  }
  // Letters only Polish (ł ś ć ż ź ę ą) or Romanian (ș ț ă) writes count as one more function word of it: they
  // tell either from Portuguese, whose short words ("na", "do", "a") they share.
  if (!ascii) {
    if (POLISH_LETTERS.test(original)) counts[POLISH]!++;
    if (ROMANIAN_LETTERS.test(original)) counts[ROMANIAN]!++;
  }
  // The first language (in FOREIGN_STOPWORDS order) with the most function words.
  let best = "";
  let bestCount = 0;
  for (let k = 0; k < FOREIGN_LANGUAGES.length; k++) {
    if (counts[k]! > bestCount) {
      best = FOREIGN_LANGUAGES[k]!;
      bestCount = counts[k]!;
    }
  }
  if (bestCount + accented >= 2 && bestCount + accented > en * 1.5) return { english: false, language: best };
  return { english: true, language: foreignOnly + accented >= Math.max(en, 1) ? "und" : "en" };
}

// Expressions this module runs itself whose bytecode would be large: to machine code at load (native-compile.ts).
compileNatively(LETTER, LETTER_RUNS, ADDRESS_TAIL);

export type { LanguageGuess };
export { asciiWords, guessLanguage };
