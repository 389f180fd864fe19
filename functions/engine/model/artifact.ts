/**
 * The committed model artifact: JSON with int8 weights in base64. Weights are companded (square-root law) before
 * rounding so the many small n-gram weights keep precision; decoding goes through a 256-entry table per head.
 */

interface HeadThresholds {
  /** At or above: hold for a human. */
  readonly review: number;
  /** At or above: reject. */
  readonly reject: number;
}

interface ModelArtifact {
  readonly format: "hashed-lr/1";
  readonly version: string;
  readonly heads: readonly string[];
  readonly bucketBits: number;
  readonly bias: readonly number[];
  /** Platt scaling per head: p = sigmoid(a * logit + b). */
  readonly platt: readonly (readonly [number, number])[];
  readonly thresholds: Readonly<Record<string, HeadThresholds>>;
  /** Largest absolute weight per head; int8 code q decodes to sign(q) * (q / 127)^2 * scale. */
  readonly scale: readonly number[];
  /** Word clusters (see word-clusters.ts), base64; absent when the model was trained without them. */
  readonly clusters?: string;
  /** base64 int8, bucket-major: weights[bucket * heads.length + head]. */
  readonly weights: string;
  readonly training: Readonly<Record<string, unknown>>;
}

function quantize(value: number, scale: number): number {
  if (scale <= 0 || value === 0) return 0;
  const q = Math.round(127 * Math.sqrt(Math.min(1, Math.abs(value) / scale)));
  return value < 0 ? -q : q;
}

function dequantizeTable(scale: number): Float32Array {
  const table = new Float32Array(256);
  for (let q = -128; q <= 127; q++) {
    const r = Math.max(-127, q) / 127;
    table[q & 0xff] = Math.sign(r) * r * r * scale;
  }
  return table;
}

/** Packs float weights (bucket-major) into int8 codes. */
function encodeWeights(weights: Float64Array, heads: number, scale: readonly number[]): string {
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = quantize(weights[i]!, scale[i % heads]!);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Unpacks int8 codes into float weights, same layout. */
function decodeWeights(base64: string, heads: number, scale: readonly number[]): Float32Array {
  const bytes = Buffer.from(base64, "base64");
  const tables = scale.map(dequantizeTable);
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = tables[i % heads]![bytes[i]!]!;
  return out;
}

interface QuantisedWeights {
  /** Unsigned int8 codes, bucket-major with 8 slots per bucket (heads padded to 8, unused slots decode to 0). */
  readonly codes: Uint8Array;
  /** Per head, 256 decoded values: lut[head * 256 + code]. */
  readonly lut: Float32Array;
  readonly stride: number;
}

/**
 * Unpacks int8 codes for scoring without expanding them to floats: 1 byte per weight keeps the whole table
 * (1 MiB at 2^17 buckets) cache-friendly, and decoding is a lookup in a 256-entry table per head.
 */
function decodeCodes(base64: string, heads: number, scale: readonly number[]): QuantisedWeights {
  const bytes = Buffer.from(base64, "base64");
  if (heads > 8) throw new Error("model artifact has more than 8 heads");
  const stride = 8;
  const buckets = bytes.length / heads;
  const codes = new Uint8Array(buckets * stride);
  for (let b = 0; b < buckets; b++) {
    for (let h = 0; h < heads; h++) codes[b * stride + h] = bytes[b * heads + h]!;
  }
  // Unused slots decode to 0, so the scorer can always add 8 lanes.
  const lut = new Float32Array(stride * 256);
  for (let h = 0; h < heads; h++) lut.set(dequantizeTable(scale[h]!), h * 256);
  return { codes, lut, stride };
}

/** Checks the shape of a parsed artifact, so a wrong or truncated file fails loudly at load, not with NaN scores. */
function parseArtifact(json: unknown): ModelArtifact {
  const a = json as Partial<ModelArtifact> | null;
  const heads = a?.heads;
  const ok =
    a?.format === "hashed-lr/1" &&
    typeof a.version === "string" &&
    Array.isArray(heads) &&
    typeof a.bucketBits === "number" &&
    a.bias?.length === heads.length &&
    a.platt?.length === heads.length &&
    a.scale?.length === heads.length &&
    typeof a.weights === "string" &&
    (a.clusters === undefined || typeof a.clusters === "string") &&
    typeof a.thresholds === "object";
  if (!ok) throw new Error("model artifact is malformed (expected format hashed-lr/1)");
  return a as ModelArtifact;
}

export type { HeadThresholds, ModelArtifact, QuantisedWeights };
export { decodeCodes, decodeWeights, encodeWeights, parseArtifact, quantize };
