import type { Rule, RuleMatch } from '../types';

/** Canonical form of an SPM / Carthage / git URL: host/owner/repo, lowercase, no scheme, no `.git`. */
export function normalizeRepoUrl(url: string): string {
  let u = url.trim();
  u = u.replace(/^git\+/, '');
  u = u.replace(/^[a-z]+:\/\//i, '');
  u = u.replace(/^[^@/]+@([^:/]+):/, '$1/'); // git@github.com:owner/repo
  u = u.replace(/^[^@/]+@/, ''); // user@host/...
  u = u.replace(/\/+$/, '').replace(/\.git$/i, '').replace(/\/+$/, '');
  return u.toLowerCase();
}

/** Identifier keys compared case-insensitively. */
const CASE_INSENSITIVE: (keyof RuleMatch)[] = ['maven', 'cocoapods', 'spm', 'carthage', 'frameworks', 'binaries', 'npm', 'pub', 'nuget', 'unity', 'trackingDomains'];

export function normalizeIdentifier(kind: keyof RuleMatch, id: string): string {
  if (kind === 'spm') return normalizeRepoUrl(id);
  if (kind === 'carthage') return id.includes('.') && id.includes('/') && !/^[^/]+\/[^/]+$/.test(id) ? normalizeRepoUrl(id) : id.toLowerCase();
  return CASE_INSENSITIVE.includes(kind) ? id.toLowerCase() : id;
}

/** Every identifier a rule claims, as 'kind\0identifier' strings (trackingDomains excluded: CDNs are shared). */
export function identifierClaims(rule: Rule): string[] {
  const out: string[] = [];
  for (const [kind, ids] of Object.entries(rule.match) as [keyof RuleMatch, string[]][]) {
    if (kind === 'trackingDomains') continue;
    for (const id of ids) out.push(`${kind}\u0000${normalizeIdentifier(kind, id)}`);
  }
  return out;
}
