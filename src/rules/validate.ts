import type { Rule, RuleMatch } from '../types';
import { TAXONOMY } from './taxonomy';

// Validates one parsed rule file. Returns problems as 'field: what is wrong' strings; an empty list means valid.
// The format is documented in rules/README.md.

const ID_RE = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;
const MAVEN_RE = /^[A-Za-z0-9_.-]+:(\*|[A-Za-z0-9_.-]+\*?)$/;
const JAVA_PKG_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/;
const MANIFEST_RE = /^[A-Za-z_][A-Za-z0-9_.$-]*$/;
const POD_RE = /^[A-Za-z0-9_.+-]+(\/[A-Za-z0-9_.+-]+)?$/;
const URLISH_RE = /^[a-z0-9.-]+\.[a-z]{2,}(\/[A-Za-z0-9_.~%+-]+)+$/i;
const CARTHAGE_RE = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+|[a-z0-9.-]+\.[a-z]{2,}\/\S+)$/i;
const NAME_RE = /^[A-Za-z0-9_.+-]+$/;
const NPM_RE = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*(\/[a-z0-9._-]+)?$/;
const PUB_RE = /^[a-z][a-z0-9_]*$/;
const DOMAIN_RE = /^([a-z0-9-]+\.)+[a-z]{2,}$/;
const EXAMPLE_ECOSYSTEMS = new Set([
  'maven', 'gradle-plugin', 'java-package', 'android-manifest', 'cocoapods', 'spm', 'carthage', 'framework',
  'vendored-binary', 'plist', 'npm', 'pub', 'nuget', 'unity',
]);

const MATCH_FORMATS: Record<keyof RuleMatch, RegExp> = {
  maven: MAVEN_RE,
  gradlePlugins: /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, // 'io.sentry.android.gradle', legacy 'realm-android'
  javaPackages: JAVA_PKG_RE,
  androidManifest: MANIFEST_RE,
  cocoapods: POD_RE,
  spm: URLISH_RE,
  carthage: CARTHAGE_RE,
  frameworks: NAME_RE,
  binaries: NAME_RE,
  plistKeys: MANIFEST_RE,
  npm: NPM_RE,
  pub: PUB_RE,
  nuget: NAME_RE,
  unity: NAME_RE,
  trackingDomains: DOMAIN_RE,
};

const KNOWN_FIELDS = new Set([
  'name', 'vendor', 'family', 'categories', 'collectsData', 'noDataReason', 'tracking', 'applePrivacyImpacting',
  'dataTypes', 'dataTypesSource', 'website', 'privacyPolicy', 'names', 'familyNames', 'vendorNames',
  'ambiguousNames', 'formerNames', 'overlaps', 'match', 'examples', 'sources',
]);

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
}

/** Checks the shape of one rule; `raw` is the parsed YAML. */
export function validateRuleShape(raw: unknown): string[] {
  const problems: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['the file must be a YAML mapping'];
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!KNOWN_FIELDS.has(key)) problems.push(`${key}: unknown field`);
  for (const key of ['name', 'vendor']) {
    if (typeof r[key] !== 'string' || !(r[key] as string).trim()) problems.push(`${key}: required, a non-empty string`);
  }
  for (const key of ['family', 'noDataReason', 'dataTypesSource', 'website', 'privacyPolicy']) {
    if (r[key] !== undefined && typeof r[key] !== 'string') problems.push(`${key}: must be a string`);
  }
  if (typeof r.collectsData !== 'boolean') problems.push('collectsData: required, true or false');
  if (r.collectsData === false && typeof r.noDataReason !== 'string') problems.push('noDataReason: required when collectsData is false');
  for (const key of ['tracking', 'applePrivacyImpacting']) {
    if (r[key] !== undefined && typeof r[key] !== 'boolean') problems.push(`${key}: must be true or false`);
  }
  if (!isStringArray(r.categories) || r.categories.length === 0) problems.push('categories: required, a non-empty list');
  else for (const c of r.categories) if (!TAXONOMY.categories.includes(c)) problems.push(`categories: '${c}' is not in rules/taxonomy.yml`);
  if (r.dataTypes === undefined) problems.push('dataTypes: required (use [] when the SDK collects nothing)');
  else if (!Array.isArray(r.dataTypes) || !r.dataTypes.every((x) => typeof x === 'string')) problems.push('dataTypes: must be a list of strings');
  else for (const d of r.dataTypes as string[]) if (!(d in TAXONOMY.dataTypes)) problems.push(`dataTypes: '${d}' is not in rules/taxonomy.yml`);
  if (!isStringArray(r.names) || r.names.length === 0) {
    if (!isStringArray(r.ambiguousNames) || r.ambiguousNames.length === 0) problems.push('names: required, a non-empty list (or ambiguousNames)');
  }
  for (const key of ['names', 'familyNames', 'vendorNames', 'ambiguousNames', 'formerNames', 'overlaps', 'sources']) {
    if (r[key] !== undefined && !isStringArray(r[key])) problems.push(`${key}: must be a list of non-empty strings`);
  }
  if (!isStringArray(r.sources) || r.sources.length === 0) problems.push('sources: required, where the identifiers were checked');
  problems.push(...validateMatch(r.match));
  const ex = r.examples as Record<string, unknown> | undefined;
  if (!ex || typeof ex !== 'object') problems.push('examples: required, with match and noMatch lists');
  else {
    for (const key of ['match', 'noMatch']) {
      const list = ex[key];
      if (!isStringArray(list) || list.length === 0) {
        problems.push(`examples.${key}: required, at least one '<ecosystem> <identifier>' line`);
        continue;
      }
      for (const line of list) {
        const eco = line.split(/\s+/, 1)[0];
        if (!EXAMPLE_ECOSYSTEMS.has(eco) || !line.includes(' ')) problems.push(`examples.${key}: '${line}' must start with an ecosystem (${[...EXAMPLE_ECOSYSTEMS].join(', ')})`);
      }
    }
  }
  return problems;
}

function validateMatch(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return ['match: required, a mapping of ecosystem to identifiers'];
  const problems: string[] = [];
  let count = 0;
  for (const [key, list] of Object.entries(raw as Record<string, unknown>)) {
    const re = MATCH_FORMATS[key as keyof RuleMatch];
    if (!re) {
      problems.push(`match.${key}: unknown ecosystem (one of ${Object.keys(MATCH_FORMATS).join(', ')})`);
      continue;
    }
    if (list === null || (Array.isArray(list) && list.length === 0)) continue;
    if (!isStringArray(list)) {
      problems.push(`match.${key}: must be a list of strings`);
      continue;
    }
    for (const id of list) {
      if (!re.test(id)) problems.push(`match.${key}: '${id}' is not a well-formed identifier (exact identifiers only, no regular expressions)`);
      if (key === 'maven' && /^[^.:]+:\*$/.test(id)) problems.push(`match.maven: '${id}' is too broad (a group wildcard needs a dotted group)`);
    }
    if (key !== 'trackingDomains') count += list.length;
  }
  if (count === 0) problems.push('match: at least one identifier (besides trackingDomains) is required');
  return problems;
}

/** Normalizes a parsed, valid rule object into a Rule. */
export function toRule(id: string, raw: Record<string, unknown>, file?: string): Rule {
  const list = (k: string) => (Array.isArray(raw[k]) ? (raw[k] as string[]) : []);
  const match: RuleMatch = {};
  for (const [k, v] of Object.entries((raw.match as Record<string, unknown>) ?? {})) {
    if (Array.isArray(v) && v.length) match[k as keyof RuleMatch] = v as string[];
  }
  const ex = (raw.examples as { match?: string[]; noMatch?: string[] }) ?? {};
  const rule: Rule = {
    id,
    name: raw.name as string,
    vendor: raw.vendor as string,
    categories: list('categories'),
    collectsData: raw.collectsData as boolean,
    dataTypes: list('dataTypes'),
    names: list('names'),
    match,
    examples: { match: ex.match ?? [], noMatch: ex.noMatch ?? [] },
    sources: list('sources'),
  };
  for (const k of ['family', 'noDataReason', 'dataTypesSource', 'website', 'privacyPolicy'] as const) {
    if (typeof raw[k] === 'string') rule[k] = raw[k] as string;
  }
  for (const k of ['tracking', 'applePrivacyImpacting'] as const) if (typeof raw[k] === 'boolean') rule[k] = raw[k] as boolean;
  for (const k of ['familyNames', 'vendorNames', 'ambiguousNames', 'formerNames', 'overlaps'] as const) {
    if (list(k).length) rule[k] = list(k);
  }
  if (file) rule.file = file;
  return rule;
}

export function isValidRuleId(id: string): boolean {
  return ID_RE.test(id);
}
