/**
 * Names a regular expression by its flags and source without storing the source: two independent 32-bit hashes
 * plus the length. The precomputed literal table is keyed by it, so a changed expression simply misses the table.
 */
import { FNV_OFFSET, fmix32, fnv1a } from "../model/hashing.js";

/** Second hash, unrelated to FNV: a multiplicative (Java-style) string hash. */
function polyHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h >>> 0;
}

function expressionKey(re: RegExp): string {
  const text = `${re.flags}/${re.source}`;
  const a = fmix32(fnv1a(text, FNV_OFFSET)).toString(16).padStart(8, "0");
  const b = fmix32(polyHash(text)).toString(16).padStart(8, "0");
  return `${a}${b}:${text.length}`;
}

export { expressionKey };
