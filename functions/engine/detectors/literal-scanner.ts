/**
 * One pass over a text finds which of many literal strings occur in it (Aho-Corasick over a dense transition
 * table): the cost is linear in the text, whatever the number of literals, so hundreds of rules can be gated by
 * their required literals for the price of a single scan. The scanner reads the text with the BOUNDARY marker
 * inserted at every word boundary, as literals from required-literals.ts spell `\b`.
 */
import { BOUNDARY, isWordChar } from "./required-literals.js";

const BOUNDARY_CODE = BOUNDARY.charCodeAt(0);
/**
 * Texts come in several string representations (flat, sliced, concatenated; one- or two-byte), so `text.length`
 * and `text.charCodeAt` read per character went through a generic lookup; the length is read once and the method
 * called directly.
 */
const charCodeAt = String.prototype.charCodeAt;
/** States at most this many characters deep keep a full transition row (see below). */
const DENSE_DEPTH = 3;

interface LiteralScanner {
  readonly size: number;
  /**
   * Sets `found[id] = 1` for every literal id occurring in `text` (`found` cleared by the caller) and appends each
   * such id once to `hits`, so callers can visit what occurred without reading every literal. With `trail`, also
   * appends, for every position where a literal ends, the automaton's state and that position (exclusive end in
   * `text`): where each literal occurs, for `occurrences`.
   */
  scan(text: string, found: Uint8Array, hits: number[], trail?: number[]): void;
  /**
   * Groups the occurrences a scan recorded in `trail` by literal: fills `offsets` (length `size + 1`) and returns
   * `ends`, where the end positions of literal `id` are `ends[offsets[id]]` .. `ends[offsets[id + 1] - 1]`,
   * ascending.
   */
  occurrences(trail: readonly number[], offsets: Int32Array): Int32Array;
}

function createLiteralScanner(literals: readonly string[]): LiteralScanner {
  // Alphabet: every code unit used by a literal gets a class; all others are class 0 and lead back to the root.
  const classOf = new Uint8Array(65536);
  let classes = 1;
  for (const lit of literals) {
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      if (classOf[c] === 0) {
        if (classes === 255) throw new Error("literal alphabet too large");
        classOf[c] = classes++;
      }
    }
  }

  // Trie in a dense table (0: no edge, since the root is no one's child); at most one state per literal
  // character plus the root.
  let capacity = 1;
  for (const lit of literals) capacity += lit.length;
  const table = new Int32Array(capacity * classes);
  const own: number[][] = [[]];
  let states = 1;
  // The root and every state at most DENSE_DEPTH characters deep keep a full row (see below).
  let denseCount = 1;
  literals.forEach((lit, id) => {
    let state = 0;
    for (let i = 0; i < lit.length; i++) {
      const edge = state * classes + classOf[lit.charCodeAt(i)]!;
      if (table[edge] === 0) {
        table[edge] = states++;
        own.push([]);
        if (i < DENSE_DEPTH) denseCount++;
      }
      state = table[edge]!;
    }
    own[state]!.push(id);
  });
  if (states > 65535) throw new Error("too many literal states");

  // Breadth-first: failure links folded into the table; each state's output link is the nearest state on its
  // failure chain that ends a literal (-1: none), so a match reports every literal ending there. States are
  // renumbered in the order visited, so the shallow states most characters land on share a few cache lines of
  // the table read once per character; the renumbered table is written in the same pass.
  const fail = new Int32Array(states);
  const outputLink = new Int32Array(states).fill(-1);
  const queue = new Int32Array(states);
  const renumber = new Int32Array(states);
  // Breadth-first numbering puts the shallow states first: rows 0 .. denseCount - 1.
  const rows = new Uint16Array(denseCount * classes);
  // Trie edges (goto, not failure) by new number: [parent, class, child] triples.
  const edges: number[] = [];
  let tail = 0;
  for (let cls = 0; cls < classes; cls++) {
    const to = table[cls]!;
    if (to !== 0) {
      queue[tail++] = to;
      renumber[to] = tail;
      edges.push(0, cls, tail);
    }
    rows[cls] = renumber[to]!;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    if (f !== 0) outputLink[state] = own[f]!.length > 0 ? f : outputLink[f]!;
    const row = head + 1 < denseCount ? (head + 1) * classes : -1;
    for (let cls = 0; cls < classes; cls++) {
      const edge = state * classes + cls;
      const to = table[edge]!;
      const viaFail = table[f * classes + cls]!;
      if (to === 0) {
        table[edge] = viaFail;
        if (row >= 0) rows[row + cls] = renumber[viaFail]!;
      } else {
        fail[to] = viaFail;
        queue[tail++] = to;
        renumber[to] = tail;
        edges.push(head + 1, cls, tail);
        if (row >= 0) rows[row + cls] = tail;
      }
    }
  }

  // Only the shallow states (the first DENSE_DEPTH characters of a literal, where nearly every character of a text
  // lands) keep a full row; deeper states keep their few trie edges and their failure link. A table of every
  // state's row (~1.2 MB for the engine's literals) was evicted from the cache by the rest of a judgement and cost
  // a miss per character; the shallow rows (~115 KB) and the sparse edges stay warm.
  const failOf = new Uint16Array(states);
  for (let n = 1; n < states; n++) failOf[n] = renumber[fail[queue[n - 1]!]!]!;
  const deep = states - denseCount;
  const childStart = new Int32Array(deep + 1);
  const childClass = new Uint8Array(edges.length / 3);
  const childState = new Uint16Array(edges.length / 3);
  // Edges were pushed in parent order (breadth-first), so each deep parent's children are contiguous.
  let filledEdges = 0;
  for (let k = 0; k < edges.length; k += 3) {
    const parent = edges[k]!;
    if (parent < denseCount) continue;
    childClass[filledEdges] = edges[k + 1]!;
    childState[filledEdges] = edges[k + 2]!;
    childStart[parent - denseCount + 1] = ++filledEdges;
  }
  for (let d = 1; d <= deep; d++) childStart[d] = Math.max(childStart[d]!, childStart[d - 1]!);

  /** The automaton's move: a deep state's own edge, else its failure link's move (down to a dense row). */
  function next(state: number, cls: number): number {
    let s = state;
    while (s >= denseCount) {
      const d = s - denseCount;
      for (let k = childStart[d]!; k < childStart[d + 1]!; k++)
        if (childClass[k] === cls) return childState[k]!;
      s = failOf[s]!;
    }
    return rows[s * classes + cls]!;
  }

  const ownStart = new Int32Array(states + 1);
  const ownIds = new Int32Array(literals.length);
  const link = new Int32Array(states);
  const hasOutput = new Uint8Array(states);
  for (let n = 0, filled = 0; n < states; n++) {
    const old = n === 0 ? 0 : queue[n - 1]!;
    ownStart[n] = filled;
    for (const id of own[old]!) ownIds[filled++] = id;
    ownStart[n + 1] = filled;
    const out = outputLink[old]!;
    link[n] = out === -1 ? -1 : renumber[out]!;
    if (own[old]!.length > 0 || out !== -1) hasOutput[n] = 1;
  }
  // Every literal ending in each state (its own and those down its output links), flattened for `occurrences`.
  const endingStart = new Int32Array(states + 1);
  const endingIds: number[] = [];
  for (let n = 0; n < states; n++) {
    endingStart[n] = endingIds.length;
    for (let s = n; s !== -1; s = link[s]!)
      for (let k = ownStart[s]!; k < ownStart[s + 1]!; k++) endingIds.push(ownIds[k]!);
  }
  endingStart[states] = endingIds.length;
  const ending = Int32Array.from(endingIds);

  // A state whose outputs were reported during this scan is stamped: its whole output chain was reported too.
  const stamp = new Uint32Array(states);
  let epoch = 0;

  function report(state: number, found: Uint8Array, hits: number[]): void {
    for (let s = state; s !== -1 && stamp[s] !== epoch; s = link[s]!) {
      stamp[s] = epoch;
      for (let k = ownStart[s]!; k < ownStart[s + 1]!; k++) {
        const id = ownIds[k]!;
        if (found[id] === 0) {
          found[id] = 1;
          hits.push(id);
        }
      }
    }
  }

  return {
    size: literals.length,
    occurrences(trail, offsets) {
      // Two passes over every literal ending at each recorded state: count per literal, then place.
      offsets.fill(0);
      for (let t = 0; t < trail.length; t += 2) {
        const state = trail[t]!;
        for (let k = endingStart[state]!; k < endingStart[state + 1]!; k++) offsets[ending[k]! + 1]!++;
      }
      for (let id = 0; id < literals.length; id++) offsets[id + 1]! += offsets[id]!;
      const ends = new Int32Array(offsets[literals.length]!);
      const next = offsets.slice(0, literals.length);
      for (let t = 0; t < trail.length; t += 2) {
        const state = trail[t]!;
        const end = trail[t + 1]!;
        for (let k = endingStart[state]!; k < endingStart[state + 1]!; k++) ends[next[ending[k]!]!++] = end;
      }
      return ends;
    },
    scan(text, found, hits, trail) {
      if (epoch === 0xffffffff) {
        stamp.fill(0);
        epoch = 0;
      }
      epoch++;
      const boundary = classOf[BOUNDARY_CODE]!;
      let state = 0;
      let inWord = false;
      const n = text.length;
      for (let i = 0; i <= n; i++) {
        const code = i < n ? charCodeAt.call(text, i) : 32;
        const word = isWordChar(code);
        if (word !== inWord) {
          inWord = word;
          state = next(state, boundary);
          if (hasOutput[state] === 1) {
            report(state, found, hits);
            trail?.push(state, i);
          }
        }
        if (i === n) break;
        // A marker character typed in the text is not a boundary.
        state = next(state, code === BOUNDARY_CODE ? 0 : classOf[code]!);
        if (hasOutput[state] === 1) {
          report(state, found, hits);
          trail?.push(state, i + 1);
        }
      }
    },
  };
}

export type { LiteralScanner };
export { createLiteralScanner };
