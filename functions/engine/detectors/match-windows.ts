/**
 * Searches a regular expression only near the literals every match of it contains, with exactly the results of a
 * search of the whole text. On a long comment nearly every rule's literals occur somewhere, and a large
 * alternation tried at each of 5,000 positions costs more than the rest of the rule.
 *
 * Why it is the same: every match contains an occurrence of a required literal ending at some `q` and is at most
 * `longest` characters long, so it starts in [q - longest, q - 1]; an attempt starting anywhere else fails. An
 * attempt starting at `s` reads only characters within `longest + around + 1` of `s` (its consumed stretch, its
 * look-arounds, and the one character a `\b`, `^` or `$` looks at), so in a slice of the text that holds all of
 * them away from the slice's ends it reads the same characters, sees no false start or end of input, and ends the
 * same way. The windows are visited in text order and each is searched from the end of the previous match, as a
 * global search of the whole text proceeds; a match found starting past a window's last possible start is one the
 * slice's end invented, and is dropped.
 */
import { compileNatively } from "../native-compile.js";
import { isSpace } from "../normalize/collapse-spaces.js";
import type { Bound } from "./match-reach.js";
import { reachOf } from "./match-reach.js";

/** Called directly: texts come in several string representations (see literal-scanner.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** Windows covering more than this share of the text save too little for their extra calls. */
const MAX_COVER = 0.5;

/**
 * What searching one more window costs (a call, a slice, the expression's setup), counted in characters searched:
 * windows closer than this are merged, and many small windows can cost more than the whole text.
 */
const CALL_COST = 48;

/** Windows of the current search: first and last start tried, and the slice searched. Buffers reused. */
let firsts = new Int32Array(64);
let lasts = new Int32Array(64);
let froms = new Int32Array(64);
let tos = new Int32Array(64);

/** The last text measured by `shape`: whether no two whitespace characters are adjacent, and its longest word. */
let shapedText: string | null = null;
let spaced = false;
let longestRun = 0;

/** Measures `text` for the bounds of match-reach.ts (one pass, once per text). */
function shape(text: string): void {
  if (shapedText === text) return;
  shapedText = text;
  spaced = true;
  longestRun = 0;
  let run = 0;
  let blankBefore = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const blank = isSpace(charCodeAt.call(text, i));
    if (blank) {
      if (blankBefore) spaced = false;
      if (run > longestRun) longestRun = run;
      run = 0;
    } else run++;
    blankBefore = blank;
  }
  if (run > longestRun) longestRun = run;
}

function bound(b: Bound): number {
  return b.fixed + b.runs * longestRun;
}

function grow(size: number): void {
  if (firsts.length >= size) return;
  const bigger = (old: Int32Array) => {
    const next = new Int32Array(size * 2);
    next.set(old);
    return next;
  };
  firsts = bigger(firsts);
  lasts = bigger(lasts);
  froms = bigger(froms);
  tos = bigger(tos);
}

/**
 * Fills the window buffers for `re` on `text`, given the ascending end positions of its required literals, and
 * returns their number; -1 when the whole text must (or may as well) be searched.
 */
function windowsFor(re: RegExp, text: string, ends: Int32Array): number {
  // Sticky searches start only at lastIndex; match indices (flag d) would be the slice's.
  if (re.sticky || re.hasIndices) return -1;
  const reach = reachOf(re);
  if (reach === null) return -1;
  shape(text);
  const longest = Math.max(1, spaced ? bound(reach.longestSpaced) : reach.longest);
  const around = spaced ? bound(reach.aroundSpaced) : reach.around;
  if (!Number.isFinite(longest + around)) return -1;
  const n = text.length;
  const back = around + 2;
  const ahead = longest + around + 2;
  grow(ends.length);
  let count = 0;
  let cover = 0;
  for (let k = 0; k < ends.length; k++) {
    const first = Math.max(0, ends[k]! - longest);
    const last = ends[k]! - 1;
    // Slices that would overlap, or lie closer than a call costs, are one window.
    if (count > 0 && first - back <= lasts[count - 1]! + ahead + CALL_COST) {
      if (last > lasts[count - 1]!) lasts[count - 1] = last;
      continue;
    }
    if (count > 0) cover += Math.min(n, lasts[count - 1]! + ahead) - froms[count - 1]!;
    // Already too wide: stop counting.
    if (cover + count * CALL_COST > MAX_COVER * n) return -1;
    firsts[count] = first;
    lasts[count] = last;
    froms[count] = Math.max(0, first - back);
    count++;
  }
  if (count > 0) cover += Math.min(n, lasts[count - 1]! + ahead) - froms[count - 1]!;
  if (cover + count * CALL_COST > MAX_COVER * n) return -1;
  for (let k = 0; k < count; k++) tos[k] = Math.min(n, lasts[k]! + ahead);
  return count;
}

/** Window being searched by `nextMatch`. */
let cursor = 0;

/**
 * The first match of global `rx` starting at or after `pos` in the windows from `cursor` on, with its index and
 * input those of the whole text; `null` when there is none.
 */
function nextMatch(rx: RegExp, text: string, count: number, pos: number): RegExpExecArray | null {
  for (; cursor < count; cursor++) {
    const last = lasts[cursor]!;
    if (pos > last) continue;
    const from = froms[cursor]!;
    rx.lastIndex = Math.max(pos, firsts[cursor]!) - from;
    const m = rx.exec(text.slice(from, tos[cursor]!));
    if (m === null || m.index + from > last) continue;
    m.index += from;
    m.input = text;
    return m;
  }
  return null;
}

/**
 * What `matches()` returns for global `re` (its first `max` matches, `re.lastIndex` left as that loop leaves it),
 * searched near the literal ends `ends`; `null` when only the whole text can be searched.
 */
function windowedMatches(re: RegExp, text: string, ends: Int32Array, max: number): RegExpExecArray[] | null {
  if (!re.global) return null;
  const count = windowsFor(re, text, ends);
  if (count < 0) return null;
  const out: RegExpExecArray[] = [];
  cursor = 0;
  let m = nextMatch(re, text, count, 0);
  while (m !== null && out.length < max) {
    out.push(m);
    m = nextMatch(re, text, count, m.index + Math.max(1, m[0].length));
  }
  re.lastIndex = m === null ? 0 : m.index + m[0].length;
  return out;
}

/** Global copies of non-global expressions: a search can then start inside a slice. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** `re.test(text)` for non-global, non-sticky `re`, searched near `ends`; `null` when only the whole text can be. */
function windowedTest(re: RegExp, text: string, ends: Int32Array): boolean | null {
  if (re.global || re.sticky) return null;
  const count = windowsFor(re, text, ends);
  if (count < 0) return null;
  let rx = GLOBAL.get(re);
  if (rx === undefined) {
    rx = new RegExp(re.source, `${re.flags}g`);
    compileNatively(rx);
    GLOBAL.set(re, rx);
  }
  cursor = 0;
  return nextMatch(rx, text, count, 0) !== null;
}

export { windowedMatches, windowedTest };
