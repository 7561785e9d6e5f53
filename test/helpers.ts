import type { Dependency } from '../src/types';

/** The fields tests compare: ecosystem, name, version, scope, line, usage. */
export function brief(d: Dependency): string {
  return [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `L${d.location.line}`, d.usage ?? 'release'].join(' ');
}

export function briefs(deps: Dependency[]): string[] {
  return deps.map(brief).sort();
}
