/**
 * Position 2 (after folding). Joins letters written one by one with a repeated separator: "f u c k",
 * "f.u.c.k", "f-u-c-k", "h t t p s", "w w w". A run needs at least three single characters separated by the SAME
 * separator; a run of two is joined only when it touches an accepted run ("y o u  a r e  a n  i d i o t"), so the
 * wider gap between spelled-out words survives as a word boundary.
 * False-positive risk: enumerations such as "a, b, c" or initials "U.S.A." are joined ("abc", "usa"); harmless
 * because a joined run only matters when it spells a listed term.
 */
import type { MappedText } from "./mapped-text.js";
import { MappedTextBuilder } from "./mapped-text.js";

/** a-z, 0-9, "@", "$": characters that can stand for one letter. */
function isSingleChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36;
}
/** One of the separators [ .-_,/|~+:], by code unit (a regular expression per character cost more than the rest). */
function isSeparator(c: number): boolean {
  return (
    c === 32 ||
    c === 46 ||
    c === 45 ||
    c === 95 ||
    c === 44 ||
    c === 47 ||
    c === 124 ||
    c === 126 ||
    c === 43 ||
    c === 58
  );
}

interface Run {
  /** Indices of the single characters in the run. */
  readonly letters: number[];
  /** Index just after the run's last letter, and the index of the first letter. */
  readonly from: number;
  readonly to: number;
  accepted: boolean;
}

function isSingleAt(text: string, i: number): boolean {
  if (i >= text.length || !isSingleChar(text.charCodeAt(i))) return false;
  return (
    (i === 0 || !isSingleChar(text.charCodeAt(i - 1))) &&
    (i + 1 >= text.length || !isSingleChar(text.charCodeAt(i + 1)))
  );
}

function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    // Skip quickly over long words.
    if (isSingleChar(text.charCodeAt(i)) && i + 1 < text.length && isSingleChar(text.charCodeAt(i + 1))) {
      while (i < text.length && isSingleChar(text.charCodeAt(i))) i++;
      continue;
    }
    if (!isSingleAt(text, i)) {
      i++;
      continue;
    }
    const letters = [i];
    let sep: string | undefined;
    let j = i + 1;
    for (;;) {
      let k = j;
      while (k < text.length && k - j < 3 && isSeparator(text.charCodeAt(k))) k++;
      if (k === j || k >= text.length || !isSingleAt(text, k)) break;
      const s = text.slice(j, k);
      if (sep !== undefined && s !== sep) {
        // "a f.u.c.k": a two-letter run with another separator gives its last letter to the new run.
        if (letters.length !== 2 || s.trim() === "") break;
        const first = letters.shift()!;
        runs.push({ letters: [first], from: first, to: first + 1, accepted: false });
      }
      sep = s;
      letters.push(k);
      j = k + 1;
    }
    runs.push({
      letters,
      from: letters[0]!,
      to: letters[letters.length - 1]! + 1,
      accepted: letters.length >= 3,
    });
    i = letters[letters.length - 1]! + 1;
  }
  // A two-letter run joins when an accepted run is within a few separator characters of it.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.accepted || run.letters.length !== 2) continue;
    const prev = runs[r - 1];
    const next = runs[r + 1];
    const near = (a: Run | undefined, b: Run | undefined) =>
      a !== undefined && b !== undefined && a.accepted && b.from - a.to <= 3;
    if (near(prev, run) || (next?.accepted === true && next.from - run.to <= 3)) run.accepted = true;
  }
  return runs.filter((run) => run.accepted);
}

const ARTICLE_AFTER = /\b(?:are|is|was|were|be|what|such|quite|called|call|not|a|you're|he's|she's|it's)\s+$/;

/** A run starting with "a" right after a verb like "are" is the article followed by a spelled-out word. */
function articleLeads(text: string, run: Run): boolean {
  return (
    text[run.from] === "a" &&
    run.letters.length >= 4 &&
    ARTICLE_AFTER.test(text.slice(Math.max(0, run.from - 12), run.from))
  );
}

/**
 * Two single characters (alone between non-single characters) with one to three separators between them: every
 * run of two or more letters starts so. Without one, no run can be accepted and the text is left as it is.
 */
const TWO_SINGLES = /(?<![a-z0-9@$])[a-z0-9@$][ .\-_,/|~+:]{1,3}[a-z0-9@$](?![a-z0-9@$])/;

function joinSeparatedLetters(input: MappedText): MappedText {
  if (!TWO_SINGLES.test(input.text)) return input;
  const runs = findRuns(input.text);
  if (runs.length === 0) return input;
  const b = new MappedTextBuilder(input.text.length);
  let i = 0;
  for (const run of runs) {
    b.copyRange(input, i, run.from);
    i = Math.max(i, run.from);
    const [first, second] = run.letters;
    if (articleLeads(input.text, run) && first !== undefined && second !== undefined) {
      // "you are a m o r o n": the article "a" stays a word of its own.
      b.copy(input, first);
      b.push(" ", input.starts[first + 1]!, input.ends[second - 1]!);
      for (const l of run.letters.slice(1)) b.copy(input, l);
    } else {
      for (const l of run.letters) b.copy(input, l);
    }
    i = run.to;
  }
  b.copyRange(input, i, input.text.length);
  return b.build();
}

export { joinSeparatedLetters };
