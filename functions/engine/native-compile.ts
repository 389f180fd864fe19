/**
 * Compiles regular expressions straight to machine code, skipping V8's bytecode tier.
 *
 * Why: V8 (Node 20 and 22 alike) first compiles an expression to bytecode, and counts that bytecode's full size
 * against a per-process budget of 1 MB (a machine-code compile counts only its ~88-byte header). Once past it,
 * with over 16 MB of executable code in the process, every expression compiled afterwards gets unoptimised
 * "slow-safe" machine code: no skipping ahead, one character read at a time. The engine's ~900 rule expressions
 * made ~17 MB of bytecode, so all but the first few dozen, and every library's compiled after them, ran slowly: a
 * fresh copy of one rule expression took 4.2 µs per 5,000-character comment before the engine ran, 16.6 µs after.
 * V8 skips the bytecode when an expression first runs on a text of 1,000 characters or more; running each one
 * once on `SAMPLE` before its first real run does that. What an expression matches is unchanged.
 * test/unit/engine/regexp-budget.test.ts fails when the engine interprets too much bytecode again.
 */

/** ~1,100 characters of ordinary comment prose (V8 also samples the text for character frequencies). */
const SAMPLE =
  "the government says the new policy will cut waiting times, but people in the north have heard that before. " +
  "i read the whole article and i think the minister should answer the questions about the budget instead of " +
  "blaming the last lot. my neighbour waited two years for a hip operation and she is not the only one. " +
  "the council voted on tuesday and the report is on their website if anyone wants to check the figures. " +
  "we should be asking why the money went to consultants when the schools are falling apart. " +
  "it's a fair point about the roads, though the bridge was finished on time, to be fair to them. " +
  "what happened in mosul was terrible and the families deserve the truth about who was responsible. " +
  "i don't agree with everything in this piece, but it's well written and the reporter did the work. " +
  "thanks for covering the election properly; most outlets only repeat what the parties say. " +
  "the police statement doesn't explain why it took three hours for anyone to arrive at the scene. " +
  "good luck to the new editor, and please keep the comments open on stories like this one.";

const compiled = new WeakSet<RegExp>();

/**
 * Compiles each expression to machine code unless done already; `lastIndex` is kept. Call it before an
 * expression's first run: the rule gates do for the expressions they admit, and modules do at load for the large
 * expressions they run themselves (58 of them: 9-15 ms).
 */
function compileNatively(...expressions: RegExp[]): void {
  for (const re of expressions) {
    if (compiled.has(re)) continue;
    compiled.add(re);
    const lastIndex = re.lastIndex;
    re.lastIndex = 0;
    re.exec(SAMPLE);
    re.lastIndex = lastIndex;
  }
}

export { compileNatively, SAMPLE };
