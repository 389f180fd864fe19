/** Runs of one repeated lower-case letter a-z, found with a loop (back-reference expressions are slow and recompile). */

/** Calls `visit(start, end)` for every maximal run of one letter a-z at least `min` long, left to right. */
function forEachLetterRun(text: string, min: number, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) === c) j++;
    if (c >= 97 && c <= 122 && j - i >= min) visit(i, j);
    i = j;
  }
}

/**
 * Cuts every run of one repeated letter a-z to at most `max` letters: what replace(/([a-z])\1{2,}/g, "$1$1") does
 * for 2 and replace(/([a-z])\1+/g, "$1") for 1.
 */
function capLetterRuns(text: string, max: number): string {
  let out = "";
  let copied = 0;
  forEachLetterRun(text, max + 1, (start, end) => {
    out += text.slice(copied, start + max);
    copied = end;
  });
  return copied === 0 ? text : out + text.slice(copied);
}

export { capLetterRuns, forEachLetterRun };
