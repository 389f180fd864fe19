/**
 * Where a comment holds words the lexicon knows to be innocent though they carry a swearword's or a slur's letters
 * ("Shiite", "Harshit", "Matsushita", "a chink in the armour", "Homo sapiens", "Pussy Riot"): the guidelines they
 * would be misread as. The lexicon skips them; the model's letter and word n-grams do not, so the merge hears its
 * heads for those guidelines below their hold level when no rule found anything there (merge.ts).
 */
import type { Category } from "../../domain/categories.js";
import { INNOCENT_CARRIERS, INNOCENT_INSIDE, LEXICON } from "../lexicon/terms.js";
import { gatedTest } from "./rule-prefilter.js";

interface InnocentReading {
  readonly category: Category;
  readonly re: RegExp;
}

/** The model's swearing heads confuse the two on the same word ("Pussy Riot" scored as profanity). */
const SWEARING: readonly Category[] = ["profanity", "vulgarity"];

/**
 * One expression per guideline: the carriers at a word's start (letters and apostrophes only), the -shita names,
 * each term's innocent phrases.
 */
function readings(): InnocentReading[] {
  const sources = new Map<Category, string[]>();
  const add = (category: Category, source: string) => {
    for (const c of SWEARING.includes(category) ? SWEARING : [category]) {
      const list = sources.get(c) ?? [];
      list.push(source);
      sources.set(c, list);
    }
  };
  for (const [carrier, category] of INNOCENT_CARRIERS) add(category, `\\b${carrier}`);
  add("profanity", `\\w${INNOCENT_INSIDE.source.replace(/\$$/, "\\b")}`);
  for (const term of LEXICON) if (term.innocentIn) add(term.category, term.innocentIn.source);
  return [...sources].map(([category, list]) => ({ category, re: new RegExp(list.join("|")) }));
}

const READINGS = readings();

/** The guidelines whose letters occur innocently in `text` (the normalised text the lexicon reads). */
function innocentlyWritten(text: string): ReadonlySet<Category> {
  const out = new Set<Category>();
  for (const { category, re } of READINGS) if (gatedTest(re, text)) out.add(category);
  return out;
}

export { innocentlyWritten };
