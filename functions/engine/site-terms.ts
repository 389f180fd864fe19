/**
 * The site's block and allow lists, compiled once. Terms are normalised like comments, so a blocked term is
 * also caught when obfuscated, and matched as whole words.
 */
import type { Category } from "../domain/categories.js";
import { matches } from "./detectors/pattern-rule.js";
import type { Finding } from "./finding.js";
import type { NormalizedText } from "./normalize/index.js";
import { normalize, toOriginal } from "./normalize/index.js";
import type { EnginePolicy } from "./policy.js";

interface SiteTerms {
  blocked(norm: NormalizedText): Finding[];
  /** True when the finding's matched text is a term the site allows. */
  allowed(finding: Finding): boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A term as the lists compare it: normalised like a comment, punctuation dropped. */
function canonicalTerm(term: string): string {
  return normalize(term)
    .text.replace(/[^a-z0-9*' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function createSiteTerms(policy: EnginePolicy): SiteTerms {
  const blocked = policy.blockList
    .map((b) => ({ term: canonicalTerm(b.term), category: b.category as Category }))
    .filter((b) => b.term.length > 0)
    .map((b) => ({
      ...b,
      re: new RegExp(`(?<![a-z0-9])${escapeRegExp(b.term).replace(/ /g, "\\W+")}(?![a-z0-9])`, "g"),
    }));
  const allowed = new Set(policy.allowList.map(canonicalTerm).filter((t) => t.length > 0));
  return {
    blocked(norm) {
      const out: Finding[] = [];
      for (const b of blocked) {
        b.re.lastIndex = 0;
        for (const m of matches(b.re, norm.text)) {
          const span = toOriginal(norm, m.index, m.index + m[0].length);
          out.push({
            category: b.category,
            rule: "policy.block-list",
            score: 1,
            ...span,
            match: norm.original.slice(span.start, span.end),
          });
        }
      }
      return out;
    },
    allowed(finding) {
      return allowed.size > 0 && finding.match !== undefined && allowed.has(canonicalTerm(finding.match));
    },
  };
}

export type { SiteTerms };
export { canonicalTerm, createSiteTerms };
