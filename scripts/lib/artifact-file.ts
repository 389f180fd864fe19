/**
 * Versions and writes the model artifact deterministically. The version is `<date>.<content hash>`; retraining
 * on the same data with the same seed yields the same hash, and then the existing date is kept, so the file is
 * byte-identical and git shows no change.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ModelArtifact } from "../../functions/engine/model/artifact.js";
import type { UnversionedArtifact } from "./trainer.js";

function serialize(artifact: ModelArtifact): string {
  // Fixed key order; the large weights string goes last so the head of the file stays readable.
  const ordered: ModelArtifact = {
    format: artifact.format,
    version: artifact.version,
    heads: artifact.heads,
    bucketBits: artifact.bucketBits,
    bias: artifact.bias,
    platt: artifact.platt,
    thresholds: artifact.thresholds,
    scale: artifact.scale,
    training: artifact.training,
    ...(artifact.clusters === undefined ? {} : { clusters: artifact.clusters }),
    weights: artifact.weights,
  };
  return `${JSON.stringify(ordered, null, 1)}\n`;
}

function contentHash(artifact: UnversionedArtifact): string {
  return createHash("sha256")
    .update(serialize({ ...artifact, version: "" }))
    .digest("hex")
    .slice(0, 12);
}

function existingVersion(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const version = (JSON.parse(readFileSync(path, "utf8")) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** `date` is YYYY-MM-DD; it is only used when the content changed. */
function versionArtifact(
  artifact: UnversionedArtifact,
  date: string,
  previousVersion?: string,
): ModelArtifact {
  const hash = contentHash(artifact);
  const keep = previousVersion?.endsWith(`.${hash}`) ? previousVersion : undefined;
  return { ...artifact, version: keep ?? `${date}.${hash}` };
}

function writeArtifact(path: string, artifact: UnversionedArtifact, date: string): ModelArtifact {
  const versioned = versionArtifact(artifact, date, existingVersion(path));
  writeFileSync(path, serialize(versioned));
  return versioned;
}

export { contentHash, serialize, versionArtifact, writeArtifact };
