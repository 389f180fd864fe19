/**
 * A veiled threat in another language told by its structure rather than its wording: someone knows, where, and a
 * person lives, works or parks ("sappiamo dove abita il giudice", "nerede oturduğunu biliyoruz", "ze weten waar
 * hij woont"), the three within eight words in any order, the knowing not negated ("non so dove vive mia zia" is
 * a question of directions). The lexicons list such sentences phrase by phrase, and phrases carry over little to
 * other writers (docs/engine.md, thirteenth session). Held, never rejected: a moderator reads the context.
 */
import type { Finding } from "../finding.js";
import type { Token } from "./foreign-lexicon.js";
import { fold } from "./foreign-lexicon.js";

interface Structure {
  readonly know: ReadonlySet<string>;
  readonly where: ReadonlySet<string>;
  readonly live: ReadonlySet<string>;
}

/** Words as the tokenizer reads them: folded (no case, accents or Arabic letter variants). */
function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(fold));
}

function structure(know: string, where: string, live: string): Structure {
  return { know: words(know), where: words(where), live: words(live) };
}

/**
 * Per language: only the guessed language's words are read, so that a word of one ("sa", French "his") is not
 * read as another's ("sa", Italian "knows").
 */
const STRUCTURES: Readonly<Record<string, Structure>> = {
  fr: structure(
    "sais sait savons savez savent connais connait",
    "où",
    "habite habites habitez habitent vit vis vivent travaille travailles travaillent dort dors gare garent",
  ),
  de: structure(
    "weiß weißt wissen wisst kennen",
    "wo",
    "wohnt wohnst wohnen lebt lebst leben arbeitet arbeitest parkt parkst schläft",
  ),
  es: structure(
    "sabemos saben sabe sabes conozco conocemos",
    "dónde donde",
    "vive vives viven trabaja trabajas trabajan aparca aparcas duerme duermes",
  ),
  it: structure(
    "so sai sa sappiamo sanno",
    "dove",
    "abita abiti abitano vive vivi vivono lavora lavori lavorano parcheggia dorme",
  ),
  pt: structure(
    "sei sabemos sabem sabe sabes",
    "onde",
    "mora moras moram vive vives vivem trabalha trabalhas trabalham estaciona dorme",
  ),
  nl: structure("weet weten", "waar", "woont wonen woon werkt werken parkeert slaapt"),
  pl: structure(
    "wiem wiemy wiedzą wiecie",
    "gdzie",
    "mieszka mieszkasz mieszkają mieszkacie pracuje pracujesz",
  ),
  ro: structure(
    "știu știm știe știți",
    "unde",
    "locuiește locuiești locuiesc stă stai lucrează lucrezi doarme",
  ),
  tr: structure(
    "biliyoruz biliyorum biliyorlar biliriz",
    "nerede nerde",
    "oturduğunu oturduğunuzu yaşadığını yaşadığınızı çalıştığını kaldığını",
  ),
  "arabic-script": structure(
    "نعرف أعرف نعلم يعرفون عارفين دانیم دانم",
    "وين أين فين كجا كجاست",
    "بيته بيتك بيتها بيتهم تسكن يسكن ساكن خانه خانش خونش",
  ),
};

/** The knowing denied: "non so dove", "je ne sais pas où", "ich weiß nicht, wo", "nie wiem gdzie". */
const NEGATION_BEFORE = words("non no não nu nie ne n niet");
const NEGATION_AFTER = words("pas nicht niet");

const WINDOW = 8;

function knowsWhereTheyLive(tokens: readonly Token[], text: string, language: string): Finding | undefined {
  const s = Object.hasOwn(STRUCTURES, language) ? STRUCTURES[language] : undefined;
  if (s === undefined) return undefined;
  const word = (i: number) => tokens[i]?.reading.word ?? "";
  for (let k = 0; k < tokens.length; k++) {
    if (!s.know.has(word(k))) continue;
    if (NEGATION_BEFORE.has(word(k - 1)) || NEGATION_AFTER.has(word(k + 1))) continue;
    const from = Math.max(0, k - WINDOW);
    const to = Math.min(tokens.length - 1, k + WINDOW);
    let where = -1;
    let live = -1;
    for (let i = from; i <= to; i++) {
      if (where < 0 && s.where.has(word(i))) where = i;
      if (live < 0 && s.live.has(word(i))) live = i;
    }
    if (where < 0 || live < 0 || Math.max(k, where, live) - Math.min(k, where, live) > WINDOW) continue;
    const start = tokens[Math.min(k, where, live)]!.start;
    const end = tokens[Math.max(k, where, live)]!.end;
    return {
      category: "threat",
      rule: `foreign.${language}.knows-where-they-live`,
      score: 0.6,
      start,
      end,
      match: text.slice(start, end),
    };
  }
  return undefined;
}

export { knowsWhereTheyLive };
