/**
 * Comment ids: `c_` + 26 lowercase Crockford base32 characters. Without a clientRef the id is time-ordered
 * (48-bit milliseconds + 80 random bits, like a ULID); with one it is a hash of the clientRef and of what the
 * reader wrote, so a site that retries a POST gets the same id back and the conditional write stores the comment
 * once, while a different comment sent under a reused clientRef gets an id of its own instead of being dropped.
 */
import { createHash, randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const ID_CHARS = 26;

/** Encodes bytes as base32, most significant bits first, `chars` characters long. */
function toBase32(bytes: Uint8Array, chars: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (out.length < chars && bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

function newCommentId(now: number = Date.now(), random: Uint8Array = randomBytes(10)): string {
  const time = new Uint8Array(6);
  let t = now;
  for (let i = 5; i >= 0; i--) {
    time[i] = t % 256;
    t = Math.floor(t / 256);
  }
  // 6 time bytes + 10 random bytes = 128 bits; 26 base32 characters carry 130, the last two bits are zero.
  return `c_${toBase32(new Uint8Array([...time, ...random]), ID_CHARS)}`;
}

/** What a retry repeats: the reader's words and name, under one article and clientRef. */
interface RetriedSubmission {
  readonly articleId: string;
  readonly clientRef: string;
  readonly text: string;
  readonly author: { readonly name: string };
  readonly parentId?: string | undefined;
}

function commentIdForClientRef(submission: RetriedSubmission): string {
  const { articleId, clientRef, text, author, parentId } = submission;
  // Not the e-mail: the id is public, and with the text and name public too, a guessable clientRef would let anyone
  // test candidate addresses against it. NUL cannot occur in any field (validation refuses control characters), so
  // the fields cannot run together.
  const fields = [articleId, clientRef, text, author.name, parentId ?? ""];
  const digest = createHash("sha256").update(fields.join("\u0000")).digest();
  return `c_${toBase32(digest, ID_CHARS)}`;
}

export type { RetriedSubmission };
export { commentIdForClientRef, newCommentId };
