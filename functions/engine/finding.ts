/**
 * What a detector reports: one piece of evidence with a score, spans into the ORIGINAL text.
 * Detectors never decide; the merge turns findings into a decision.
 */
import type { ArticleToJudge } from "../domain/guideline-engine.js";
import type { Evidence } from "../domain/schemas.js";
import type { NormalizedText } from "./normalize/index.js";

type Finding = Evidence & { readonly score: number };

interface DetectorInput {
  readonly norm: NormalizedText;
  readonly article?: ArticleToJudge;
}

/** A compiled detector: a pure function of its input, built once at engine construction. */
interface Detector {
  readonly id: string;
  detect(input: DetectorInput): Finding[];
}

export type { Detector, DetectorInput, Finding };
