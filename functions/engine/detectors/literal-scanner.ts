/**
 * One pass over a text finds which of many literal strings occur in it (Aho-Corasick over a dense transition
 * table): the cost is linear in the text, whatever the number of literals, so hundreds of rules can be gated by
 * their required literals for the price of a single scan.
 */

interface LiteralScanner {
  readonly size: number;
  /** Sets `found[id] = 1` for every literal id occurring in `text`. */
  scan(text: string, found: Uint8Array): void;
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

  // Trie.
  const next: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  literals.forEach((lit, id) => {
    let state = 0;
    for (let i = 0; i < lit.length; i++) {
      const cls = classOf[lit.charCodeAt(i)]!;
      let to = next[state]!.get(cls);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state]!.set(cls, to);
      }
      state = to;
    }
    outputs[state]!.push(id);
  });

  // Breadth-first: failure links folded into a dense table, outputs inherited along failure links.
  const states = next.length;
  const table = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (const [cls, to] of next[0]!) {
    table[cls] = to;
    queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    if (outputs[f]!.length > 0) outputs[state] = outputs[state]!.concat(outputs[f]!);
    for (let cls = 0; cls < classes; cls++) {
      const to = next[state]!.get(cls);
      if (to === undefined) table[state * classes + cls] = table[f * classes + cls]!;
      else {
        fail[to] = table[f * classes + cls]!;
        table[state * classes + cls] = to;
        queue.push(to);
      }
    }
  }
  const hasOutput = new Uint8Array(states);
  for (let s = 0; s < states; s++) if (outputs[s]!.length > 0) hasOutput[s] = 1;

  return {
    size: literals.length,
    scan(text, found) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = table[state * classes + classOf[text.charCodeAt(i)]!]!;
        if (hasOutput[state] === 1) for (const id of outputs[state]!) found[id] = 1;
      }
    },
  };
}

export type { LiteralScanner };
export { createLiteralScanner };
