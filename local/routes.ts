/** Matches request paths against the ROUTES path templates (`{name}` matches one non-empty segment). */
import type { RouteDefinition } from "../lib/resource-definitions.js";

interface CompiledRoute<R extends RouteDefinition> {
  route: R;
  segments: readonly string[];
}

type RouteLookup<R extends RouteDefinition> =
  | { kind: "match"; route: R; pathParameters: Record<string, string> | null }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

function splitPath(path: string): string[] {
  return path.split("/").slice(1);
}

function paramName(segment: string): string | undefined {
  return /^\{([A-Za-z0-9_]+)\}$/.exec(segment)?.[1];
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function matchSegments(
  template: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of template.entries()) {
    const value = actual[i] ?? "";
    const name = paramName(part);
    if (name === undefined) {
      if (part !== value) return undefined;
      continue;
    }
    const decoded = decodeSegment(value);
    if (!decoded) return undefined;
    params[name] = decoded;
  }
  return params;
}

/** Literal segments win over parameters, as in API Gateway. */
function literalFirst<R extends RouteDefinition>(a: CompiledRoute<R>, b: CompiledRoute<R>): number {
  const params = (r: CompiledRoute<R>) => r.segments.filter((s) => paramName(s) !== undefined).length;
  return params(a) - params(b);
}

function createRouter<R extends RouteDefinition>(routes: readonly R[]) {
  const compiled = routes.map((route) => ({ route, segments: splitPath(route.path) })).sort(literalFirst);
  return (method: string, path: string): RouteLookup<R> => {
    const actual = splitPath(path);
    const allowed: string[] = [];
    for (const candidate of compiled) {
      const params = matchSegments(candidate.segments, actual);
      if (!params) continue;
      if (candidate.route.method === method) {
        return {
          kind: "match",
          route: candidate.route,
          pathParameters: Object.keys(params).length ? params : null,
        };
      }
      allowed.push(candidate.route.method);
    }
    return allowed.length ? { kind: "method-not-allowed", allowed } : { kind: "not-found" };
  };
}

export type { RouteLookup };
export { createRouter };
