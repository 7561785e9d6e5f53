import type { MentionLevel, Rule } from '../types';
import { hasCjk, latinNamePattern, nameParts, normalizeText, prefilterKey } from './normalize';

// The compiled name index: every way a policy can name an SDK (product, family, vendor, package, domain),
// built once from the rules.

export interface TermGroup {
  /** as written in the rule */
  term: string;
  level: Exclude<MentionLevel, 'identifier'>;
  ambiguous: boolean;
  ruleIds: string[];
  cjk: boolean;
  /** normalized needle for CJK terms, pre-filter key for Latin ones */
  key: string;
  /** the Latin pattern, compiled on first use (most terms never occur in a given policy) */
  re?: RegExp;
  /** the term's first letter is upper-case in the rule: ambiguous names must be written so in the policy */
  capitalized: boolean;
}

export interface DisclosureTerms {
  contextWords: string[];
  negationCues: string[];
  vendorNonSdkSuffixes: string[];
}

export interface TermIndex {
  groups: TermGroup[];
  /** 'appsflyer' (separators removed) -> name groups, for names glued to a package (io.sentry.eventsentry) */
  squashed: Map<string, TermGroup[]>;
  /** Java package -> rule id */
  packages: Map<string, string>;
  /** proper prefixes (>= 2 segments) of claimed packages -> rule ids under them */
  packagePrefixes: Map<string, string[]>;
  /** maven groups -> rule ids */
  mavenGroups: Map<string, string[]>;
  /** tracking domains -> rule id */
  domains: Map<string, string>;
  vendorOf: Map<string, string>;
  terms: DisclosureTerms;
}

/** The compiled pattern of a Latin term group. */
export function patternOf(g: TermGroup): RegExp {
  g.re ??= new RegExp(latinNamePattern(g.term), 'gu');
  return g.re;
}

export function buildTermIndex(rules: Rule[], terms: DisclosureTerms): TermIndex {
  const byKey = new Map<string, TermGroup>();
  const add = (rule: Rule, term: string, level: TermGroup['level'], ambiguous: boolean) => {
    const norm = normalizeText(term).trim();
    if (!norm) return;
    const k = `${level}\u0000${ambiguous ? 1 : 0}\u0000${norm}`;
    let g = byKey.get(k);
    if (!g) {
      const cjk = hasCjk(term);
      g = {
        term,
        level,
        ambiguous,
        ruleIds: [],
        cjk,
        key: cjk ? norm : prefilterKey(term),
        capitalized: /^\p{Lu}/u.test(term),
      };
      byKey.set(k, g);
    }
    if (!g.ruleIds.includes(rule.id)) g.ruleIds.push(rule.id);
  };
  const packages = new Map<string, string>();
  const packagePrefixes = new Map<string, string[]>();
  const mavenGroups = new Map<string, string[]>();
  const domains = new Map<string, string>();
  const vendorOf = new Map<string, string>();
  const pushList = (m: Map<string, string[]>, k: string, id: string) => {
    const l = m.get(k) ?? [];
    if (!l.includes(id)) l.push(id);
    m.set(k, l);
  };
  for (const rule of rules) {
    vendorOf.set(rule.id, rule.vendor);
    const ambiguous = new Set((rule.ambiguousNames ?? []).map((n) => normalizeText(n)));
    // the rule's own name is a product name too, unless it is an ordinary word (Adjust, Branch)
    for (const n of [rule.name, ...rule.names]) if (!ambiguous.has(normalizeText(n))) add(rule, n, 'product', false);
    for (const n of rule.formerNames ?? []) add(rule, n, 'product', false);
    for (const n of rule.ambiguousNames ?? []) add(rule, n, 'product', true);
    for (const n of rule.familyNames ?? []) add(rule, n, 'family', false);
    for (const n of rule.vendorNames ?? []) add(rule, n, 'vendor', false);
    for (const p of rule.match.javaPackages ?? []) {
      if (!packages.has(p)) packages.set(p, rule.id);
      const segs = p.split('.');
      for (let i = 2; i < segs.length; i++) pushList(packagePrefixes, segs.slice(0, i).join('.'), rule.id);
    }
    for (const m of rule.match.maven ?? []) pushList(mavenGroups, m.split(':')[0].toLowerCase(), rule.id);
    for (const d of rule.match.trackingDomains ?? []) if (!domains.has(d)) domains.set(d.toLowerCase(), rule.id);
  }
  const groups = [...byKey.values()];
  let squashed: Map<string, TermGroup[]> | undefined;
  return {
    groups,
    // built on first use: only policies with package tokens need it
    get squashed() {
      if (!squashed) {
        squashed = new Map();
        for (const g of groups) {
          if (g.cjk || g.ambiguous) continue;
          const s = nameParts(g.term).join('');
          if (s.length < 4) continue;
          const l = squashed.get(s) ?? [];
          l.push(g);
          squashed.set(s, l);
        }
      }
      return squashed;
    },
    packages,
    packagePrefixes,
    mavenGroups,
    domains,
    vendorOf,
    terms,
  };
}
