/**
 * Normalisation: an ordered list of small transforms. Detectors read `text` (lower-case, folded, de-obfuscated)
 * and report spans in it; `toOriginal` maps them back into the text the reader wrote.
 */
import { collapseRepeats } from "./collapse-repeats.js";
import { collapseSpaces } from "./collapse-spaces.js";
import { foldCharacters } from "./fold-characters.js";
import { joinSeparatedLetters } from "./join-separated-letters.js";
import type { MappedText, Transform } from "./mapped-text.js";
import { identityMapped, toOriginalSpan } from "./mapped-text.js";
import { restoreMisspeltGroups } from "./misspelt-groups.js";
import { resolveLeetspeak } from "./resolve-leetspeak.js";

/** The order matters: folding makes "ｆ" an "f" before joining sees it; joining precedes leetspeak so "f u c k" is one word. */
const TRANSFORMS: readonly Transform[] = [
  foldCharacters,
  joinSeparatedLetters,
  resolveLeetspeak,
  collapseRepeats,
  restoreMisspeltGroups,
  collapseSpaces,
];

interface NormalizedText extends MappedText {
  readonly original: string;
}

function normalize(original: string): NormalizedText {
  let mapped = identityMapped(original);
  for (const transform of TRANSFORMS) mapped = transform(mapped);
  // Built field by field: a spread copies the shape of whichever transform ran last, and every detector reading
  // `norm.text` would then see several shapes (a generic property lookup on each read).
  return { text: mapped.text, starts: mapped.starts, ends: mapped.ends, original };
}

/** Original-text span for a span of the normalised text. */
function toOriginal(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  return toOriginalSpan(norm, start, end);
}

/** Whether the reader wrote the character behind `index` of the normalised text as a capital ("Frank", "Kurds"). */
function capitalisedAt(norm: NormalizedText, index: number): boolean {
  const c = norm.original[norm.starts[index] ?? 0] ?? "";
  return c !== c.toLowerCase();
}

export type { NormalizedText };
export { capitalisedAt, normalize, TRANSFORMS, toOriginal };
