/**
 * Position 5. A group's name typed with one inner letter dropped or two letters swapped ("wmen", "muslms",
 * "imigrants", "balcks") is read as the name, so every rule about groups reads it: abuse aimed at a group is
 * typed that way to slip past filters, and an innocent typo of a group's name reads the same either way.
 * Only names of five letters or more; the first and last letters are never dropped (that spells a singular or a
 * country: "iraq", "refugee"). The first word of a two-word name ("gy people", "blck person", "disbled people")
 * is read only before the second. The words of hatred the group rules read ("I htae", "are disgsuting", "are
 * vremin") are read the same way, their first letter kept; of four letters, swaps only ("htae", not "hte").
 * A name with inner letters masked by asterisks ("m*slims", "k*rds") is read as the name too, and so is a plural
 * typed with a z ("kurdz").
 * False-positive risk: a variant that is itself a word. NOT_MISSPELT lists those found among 334,685 public and
 * fixture comments and read from the list of variants by hand: English words, names, possessives typed without
 * an apostrophe ("africas"), and words of other languages ("musim", "wies").
 */
import { DEGRADING, DEROGATORY, GROUP_NAMES } from "../lexicon/groups.js";
import { LEXICON } from "../lexicon/terms.js";
import { FNV_OFFSET, fnv1a, fnvStep } from "../model/hashing.js";
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

const NOT_MISSPELT = new Set(
  (
    "backs refuge refuges aras raabs pols poes whits latins lations hinds shites africas indias nigerias syrias " +
    "eritreas albanias romanias iraqs irai irais isam ilam kurs arbs asins asias asans gils turs tuks musim wies " +
    "shas shis sias shais tannies pakistans mexicas back tans tarns " +
    "garage pets lars rast lias sakes violet tash invades lathe lairs inbed plage apse insets animas leches"
  ).split(" "),
);

/** Shorter names have too many neighbours that are words ("jews": "jew", "jaws"). */
const MIN_NAME = 5;

/** Verbs of hatred and violence the group rules read, beside the predicates of lexicon/groups.ts. */
const HATRED_VERBS = [
  "hate",
  "despise",
  "detest",
  "loathe",
  "kill",
  "murder",
  "exterminate",
  "slaughter",
  "eradicate",
];
/** Words of hatred aimed at groups, one word each, four letters or more. */
const HATRED = [...new Set([...DEGRADING, ...DEROGATORY, ...HATRED_VERBS])].filter(
  (w) => /^[a-z]+$/.test(w) && w.length >= 4,
);

/**
 * A word with one inner letter dropped (when `dropping`), or two neighbouring letters swapped from position
 * `firstSwap` on: a word of hatred keeps its first letter (1), and one of four letters is only read through a swap.
 */
function variantsOf(word: string, firstSwap: number, dropping: boolean): string[] {
  const out: string[] = [];
  if (dropping) for (let i = 1; i + 1 < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = firstSwap; i + 1 < word.length; i++)
    out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** Misspelling -> word; a misspelling of two words ("womn": woman, women) is left as typed. */
function misspellings(): Map<string, string> {
  const names = GROUP_NAMES.filter((g) => /^[a-z]+$/.test(g) && g.length >= MIN_NAME);
  const known = new Set([...names, ...HATRED]);
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  const add = (word: string, variants: string[]) => {
    for (const v of variants) {
      if (known.has(v) || NOT_MISSPELT.has(v)) continue;
      if (out.has(v) && out.get(v) !== word) ambiguous.add(v);
      else out.set(v, word);
    }
  };
  for (const name of names) add(name, variantsOf(name, 0, true));
  for (const word of HATRED) add(word, variantsOf(word, 1, word.length >= MIN_NAME));
  // Plurals typed with a z ("kurdz", "muslimz", "jewz"): four letters or more, not only five, as the z only ever
  // stands for the s.
  for (const name of GROUP_NAMES) if (/^[a-z]{2,}[^s]s$/.test(name)) add(name, [`${name.slice(0, -1)}z`]);
  for (const v of ambiguous) out.delete(v);
  return out;
}

const MISSPELT = misspellings();

/**
 * Misspelt first word of a two-word name -> the word and the second words it is read before ("gy" -> "gay"
 * before "people" or "person"). Three-letter words too: only the second word makes them a name.
 */
function misspeltFirstWords(): Map<string, { word: string; before: Set<string> }> {
  const out = new Map<string, { word: string; before: Set<string> }>();
  for (const name of GROUP_NAMES) {
    const words = name.split(" ");
    if (words.length !== 2 || !/^[a-z]+$/.test(words[0]!) || words[0]!.length < 3 || words[0] === "the")
      continue;
    const [first, second] = words as [string, string];
    for (const v of variantsOf(first, 0, true)) {
      if (v === first || NOT_MISSPELT.has(v)) continue;
      const known = out.get(v);
      if (known === undefined) out.set(v, { word: first, before: new Set([second]) });
      else if (known.word === first) known.before.add(second);
    }
  }
  return out;
}

const MISSPELT_FIRST = misspeltFirstWords();

/** At least this many letters of a masked name must show ("k*rds", not "k*s"). */
const MIN_SHOWN = 3;

/**
 * A group's name with inner letters masked by asterisks ("m*slims", "k*rds", "imm*grants", "mu**ims"), keyed with
 * each run of asterisks written as one -> the name; a mask two names share is left as typed.
 */
function maskedNames(): Map<string, string> {
  const out = new Map<string, string>();
  const ambiguous = new Set<string>();
  const masksOf = (word: string) => {
    const keys: string[] = [];
    for (let i = 1; i + 1 < word.length; i++)
      for (let j = i + 1; j < word.length; j++)
        if (word.length - (j - i) >= MIN_SHOWN) keys.push(`${word.slice(0, i)}*${word.slice(j)}`);
    return keys;
  };
  for (const name of GROUP_NAMES) {
    if (!/^[a-z]+$/.test(name) || name.length < 4) continue;
    for (const key of masksOf(name)) {
      if (out.has(key) && out.get(key) !== name) ambiguous.add(key);
      else out.set(key, name);
    }
  }
  // A mask a slur or swearword shares ("nig**s") is that word's, not a group's name.
  for (const { term, suffixes } of LEXICON) {
    if (!/^[a-z]+$/.test(term)) continue;
    for (const form of [term, ...(suffixes ?? []).map((x) => term + x)])
      for (const key of masksOf(form)) if (out.has(key)) ambiguous.add(key);
  }
  for (const key of ambiguous) out.delete(key);
  return out;
}

const MASKED = maskedNames();

/**
 * The name a masked word starting at `i` spells, and where the word ends: letters and asterisks, starting and
 * ending with a letter, with at least one asterisk.
 */
function maskedNameAt(text: string, i: number): { name: string; end: number } | undefined {
  let key = "";
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isLower(c)) key += text[j];
    else if (c === 42) {
      if (!key.endsWith("*")) key += "*";
    } else break;
    j++;
  }
  if (text.charCodeAt(j - 1) === 42 || (j < text.length && joins(text.charCodeAt(j)))) return undefined;
  const name = MASKED.get(key);
  return name === undefined ? undefined : { name, end: j };
}
const LONGEST = Math.max(...[...MISSPELT.keys(), ...MISSPELT_FIRST.keys()].map((v) => v.length));

/**
 * FNV-1a of a word's letters, folded to 16 bits: a bit set for every misspelling lets the scan pass over other
 * words without cutting each out of the text and looking it up.
 */
function fold16(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}
const MAYBE = new Uint32Array(65536 / 32);
for (const v of [...MISSPELT.keys(), ...MISSPELT_FIRST.keys()]) {
  const bit = fold16(fnv1a(v));
  MAYBE[bit >>> 5]! |= 1 << (bit & 31);
}

/** The name a word starting at `i` and ending at `j` misspells, if any. */
function nameAt(text: string, i: number, j: number): string | undefined {
  const word = text.slice(i, j);
  const whole = MISSPELT.get(word);
  if (whole !== undefined) return whole;
  const first = MISSPELT_FIRST.get(word);
  if (first === undefined || text.charCodeAt(j) !== 32) return undefined;
  let k = j + 1;
  while (k < text.length && isLower(text.charCodeAt(k))) k++;
  return first.before.has(text.slice(j + 1, k)) ? first.word : undefined;
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Characters that make a run of letters part of something else: a number, a contraction, a mask, a handle. */
function joins(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 39 || c === 42 || c === 64 || c === 35 || c === 95;
}

function restoreMisspeltGroups(input: MappedText): MappedText {
  const { text } = input;
  const n = text.length;
  let b: MappedTextBuilder | undefined;
  let copied = 0;
  let i = 0;
  while (i < n) {
    if (!isLower(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let h = FNV_OFFSET;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (!isLower(c)) break;
      h = fnvStep(h, c);
      j++;
    }
    // A mask inside the word: "k*rds".
    if (text.charCodeAt(j) === 42 && (i === 0 || !joins(text.charCodeAt(i - 1)))) {
      const masked = maskedNameAt(text, i);
      if (masked !== undefined) {
        b ??= new MappedTextBuilder(n);
        b.copyRange(input, copied, i);
        b.push(masked.name, input.starts[i]!, input.ends[masked.end - 1]!);
        copied = masked.end;
        i = masked.end;
        continue;
      }
    }
    const length = j - i;
    const bit = fold16(h);
    if (
      (MAYBE[bit >>> 5]! & (1 << (bit & 31))) !== 0 &&
      length >= 2 &&
      length <= LONGEST &&
      (i === 0 || !joins(text.charCodeAt(i - 1))) &&
      (j === n || !joins(text.charCodeAt(j)))
    ) {
      const name = nameAt(text, i, j);
      if (name !== undefined) {
        b ??= new MappedTextBuilder(n);
        b.copyRange(input, copied, i);
        // The name stands for the whole word as typed.
        b.push(name, input.starts[i]!, input.ends[j - 1]!);
        copied = j;
      }
    }
    i = j;
  }
  if (b === undefined) return input;
  b.copyRange(input, copied, n);
  return b.build();
}

export { restoreMisspeltGroups };
