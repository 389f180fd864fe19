/**
 * Has V8 compile every regular expression to machine code on its first run instead of starting it in its
 * bytecode interpreter ("tier-up"). The worker and the classify CLI call this once at startup, before the engine is
 * built; it sets a process-wide V8 flag, so a library leaves it to the program that embeds it.
 *
 * Why: measured on Node 20, many of the engine's ~880 expressions stayed at the interpreter's speed for the life of
 * the process, though V8 should move an expression to machine code after one run. One of them took 0.17 ms on a
 * 5,000-character comment inside the engine (the same as under `--regexp-interpret-all`) and 0.02 ms with tier-up
 * off. Judgements do not change: the flag changes how an expression runs, never what it matches. Figures:
 * docs/engine.md, "Speed".
 */
import { setFlagsFromString } from "node:v8";

/** Sets `--no-regexp-tier-up`; false when V8's flags are frozen (the engine then runs as before, only slower). */
function compileRegexpsOnFirstRun(): boolean {
  try {
    setFlagsFromString("--no-regexp-tier-up");
    return true;
  } catch {
    return false;
  }
}

export { compileRegexpsOnFirstRun };
