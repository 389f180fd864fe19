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
  readonly categories: readonly Category[];
  readonly re: RegExp;
}

/** The model's swearing heads confuse the two on the same word ("Pussy Riot" scored as profanity). */
const SWEARING: readonly Category[] = ["profanity", "vulgarity"];

/**
 * One expression per group of guidelines (swearing, and each other guideline): the carriers at a word's start
 * (letters and apostrophes only), the -shita names, each term's innocent phrases.
 */
function readings(): InnocentReading[] {
  const groups = new Map<string, { categories: readonly Category[]; sources: string[] }>();
  const add = (category: Category, source: string) => {
    const categories = SWEARING.includes(category) ? SWEARING : [category];
    const key = categories.join("+");
    const group = groups.get(key) ?? { categories, sources: [] };
    group.sources.push(source);
    groups.set(key, group);
  };
  for (const [carrier, category] of INNOCENT_CARRIERS) add(category, `\\b${carrier}`);
  add("profanity", `\\w${INNOCENT_INSIDE.source.replace(/\$$/, "\\b")}`);
  for (const term of LEXICON) if (term.innocentIn) add(term.category, term.innocentIn.source);
  return [...groups.values()].map(({ categories, sources }) => ({
    categories,
    re: new RegExp(sources.join("|")),
  }));
}

const READINGS = readings();

/** The guidelines whose letters occur innocently in `text` (the normalised text the lexicon reads). */
function innocentlyWritten(text: string): ReadonlySet<Category> {
  const out = new Set<Category>();
  for (const { categories, re } of READINGS) if (gatedTest(re, text)) for (const c of categories) out.add(c);
  return out;
}

export { innocentlyWritten };
