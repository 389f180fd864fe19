/**
 * One pass over a text finds which of many literal strings occur in it (Aho-Corasick over a dense transition
 * table): the cost is linear in the text, whatever the number of literals, so hundreds of rules can be gated by
 * their required literals for the price of a single scan. The scanner reads the text with the BOUNDARY marker
 * inserted at every word boundary, as literals from required-literals.ts spell `\b`.
 */
import { BOUNDARY, isWordChar } from "./required-literals.js";

const BOUNDARY_CODE = BOUNDARY.charCodeAt(0);

interface LiteralScanner {
  readonly size: number;
  /**
   * Sets `found[id] = 1` for every literal id occurring in `text` (`found` cleared by the caller) and appends each
   * such id once to `hits`, so callers can visit what occurred without reading every literal.
   */
  scan(text: string, found: Uint8Array, hits: number[]): void;
}

function record(ids: readonly number[], found: Uint8Array, hits: number[]): void {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (found[id] === 0) {
      found[id] = 1;
      hits.push(id);
    }
  }
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

  // Trie in a dense table (-1: no edge yet); at most one state per literal character plus the root.
  let capacity = 1;
  for (const lit of literals) capacity += lit.length;
  const table = new Int32Array(capacity * classes).fill(-1);
  const outputs: number[][] = [[]];
  let states = 1;
  literals.forEach((lit, id) => {
    let state = 0;
    for (let i = 0; i < lit.length; i++) {
      const edge = state * classes + classOf[lit.charCodeAt(i)]!;
      if (table[edge] === -1) {
        table[edge] = states++;
        outputs.push([]);
      }
      state = table[edge]!;
    }
    outputs[state]!.push(id);
  });

  // Breadth-first: failure links folded into the table, outputs inherited along failure links.
  const fail = new Int32Array(states);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let cls = 0; cls < classes; cls++) {
    const to = table[cls]!;
    if (to === -1) table[cls] = 0;
    else queue[tail++] = to;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    if (outputs[f]!.length > 0) outputs[state] = outputs[state]!.concat(outputs[f]!);
    for (let cls = 0; cls < classes; cls++) {
      const edge = state * classes + cls;
      const to = table[edge]!;
      if (to === -1) table[edge] = table[f * classes + cls]!;
      else {
        fail[to] = table[f * classes + cls]!;
        queue[tail++] = to;
      }
    }
  }
  if (states > 65535) throw new Error("too many literal states");
  // 16-bit states halve the table, which is read once per character.
  const dense = Uint16Array.from(table.subarray(0, states * classes));
  const hasOutput = new Uint8Array(states);
  for (let st = 0; st < states; st++) if (outputs[st]!.length > 0) hasOutput[st] = 1;

  return {
    size: literals.length,
    scan(text, found, hits) {
      const boundary = classOf[BOUNDARY_CODE]!;
      let state = 0;
      let inWord = false;
      for (let i = 0; i <= text.length; i++) {
        const code = i < text.length ? text.charCodeAt(i) : 32;
        const word = isWordChar(code);
        if (word !== inWord) {
          inWord = word;
          state = dense[state * classes + boundary]!;
          if (hasOutput[state] === 1) record(outputs[state]!, found, hits);
        }
        if (i === text.length) break;
        // A marker character typed in the text is not a boundary.
        state = dense[state * classes + (code === BOUNDARY_CODE ? 0 : classOf[code]!)]!;
        if (hasOutput[state] === 1) record(outputs[state]!, found, hits);
      }
    },
  };
}

export type { LiteralScanner };
export { createLiteralScanner };
