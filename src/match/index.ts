import type { Dependency, Detection, Ecosystem, Evidence, Rule, Usage } from '../types';
import { normalizeIdentifier, normalizeRepoUrl } from '../rules/identifiers';

// The compiled rule index: hash maps and prefix tables built once, so matching one dependency costs
// a few map look-ups whatever the number of rules.

export interface RuleIndex {
  rules: Rule[];
  lookup(dep: Pick<Dependency, 'ecosystem' | 'name'>): Rule | undefined;
}

export function buildIndex(rules: Rule[]): RuleIndex {
  const maven = new Map<string, Rule>();
  const mavenGroup = new Map<string, Rule>();
  const mavenPrefix = new Map<string, { prefix: string; rule: Rule }[]>();
  const plugins = new Map<string, Rule>();
  const packages = new Map<string, Rule>();
  const manifest = new Map<string, Rule>();
  const pods = new Map<string, Rule>();
  const spm = new Map<string, Rule>();
  const carthage = new Map<string, Rule>();
  const frameworks = new Map<string, Rule>();
  const binaries = new Map<string, Rule>();
  const plist = new Map<string, Rule>();
  const npm = new Map<string, Rule>();
  const pub = new Map<string, Rule>();
  const nuget = new Map<string, Rule>();
  const unity = new Map<string, Rule>();
  // a later rule wins: user rules (--rules) come after the built-in ones and override them
  const put = (m: Map<string, Rule>, k: string, r: Rule) => {
    m.set(k, r);
  };

  for (const rule of rules) {
    const m = rule.match;
    for (const id of m.maven ?? []) {
      const key = normalizeIdentifier('maven', id);
      const [group, artifact] = key.split(':');
      if (artifact === '*') put(mavenGroup, group, rule);
      else if (artifact.endsWith('*')) {
        const list = mavenPrefix.get(group) ?? [];
        list.push({ prefix: artifact.slice(0, -1), rule });
        list.sort((a, b) => b.prefix.length - a.prefix.length);
        mavenPrefix.set(group, list);
      } else put(maven, key, rule);
    }
    for (const id of m.gradlePlugins ?? []) put(plugins, id, rule);
    for (const id of m.javaPackages ?? []) put(packages, id, rule);
    for (const id of m.androidManifest ?? []) put(manifest, id, rule);
    for (const id of m.cocoapods ?? []) put(pods, normalizeIdentifier('cocoapods', id), rule);
    for (const id of m.spm ?? []) put(spm, normalizeRepoUrl(id), rule);
    for (const id of m.carthage ?? []) put(carthage, normalizeIdentifier('carthage', id), rule);
    for (const id of m.frameworks ?? []) put(frameworks, id.toLowerCase(), rule);
    for (const id of m.binaries ?? []) put(binaries, id.toLowerCase(), rule);
    for (const id of m.plistKeys ?? []) put(plist, id, rule);
    for (const id of m.npm ?? []) put(npm, id.toLowerCase(), rule);
    for (const id of m.pub ?? []) put(pub, id.toLowerCase(), rule);
    for (const id of m.nuget ?? []) put(nuget, id.toLowerCase(), rule);
    for (const id of m.unity ?? []) put(unity, id.toLowerCase(), rule);
  }

  /** Longest dotted prefix of `name` that a rule claims: com.facebook.login.LoginManager -> com.facebook.login. */
  const packageLookup = (name: string): Rule | undefined => {
    let p = name;
    for (;;) {
      const hit = packages.get(p);
      if (hit) return hit;
      const dot = p.lastIndexOf('.');
      if (dot <= 0) return undefined;
      p = p.slice(0, dot);
    }
  };

  const mavenLookup = (name: string): Rule | undefined => {
    const key = name.toLowerCase();
    const exact = maven.get(key);
    if (exact) return exact;
    const [group, artifact = ''] = key.split(':');
    for (const { prefix, rule } of mavenPrefix.get(group) ?? []) if (artifact.startsWith(prefix)) return rule;
    // group wildcards, from the most specific group up: com.umeng.umsdk:* then com.umeng:*
    let g = group;
    for (;;) {
      const hit = mavenGroup.get(g);
      if (hit) return hit;
      const dot = g.lastIndexOf('.');
      if (dot <= 0) break;
      g = g.slice(0, dot);
    }
    // a Maven group is not a Java package: com.amazonaws:aws-lambda-java-* is not the mobile SDK.
    // Rules that own a whole group say so with `group:*`.
    return undefined;
  };

  const podLookup = (name: string): Rule | undefined => {
    const key = name.toLowerCase();
    const exact = pods.get(key);
    if (exact) return exact;
    const slash = key.indexOf('/');
    return slash > 0 ? pods.get(key.slice(0, slash)) : undefined;
  };

  const lookups: Record<Ecosystem, (name: string) => Rule | undefined> = {
    maven: mavenLookup,
    'gradle-plugin': (n) => plugins.get(n) ?? packageLookup(n),
    'android-manifest': (n) => manifest.get(n) ?? (n.includes('.') ? packageLookup(n) : undefined),
    'java-package': packageLookup,
    cocoapods: podLookup,
    spm: (n) => spm.get(normalizeRepoUrl(n)),
    carthage: (n) => carthage.get(normalizeIdentifier('carthage', n)) ?? carthage.get(normalizeRepoUrl(n)),
    framework: (n) => {
      const base = n.replace(/\.(xc)?framework$/i, '').toLowerCase();
      return frameworks.get(base) ?? pods.get(base);
    },
    plist: (n) => plist.get(n),
    npm: (n) => npm.get(n.toLowerCase()),
    pub: (n) => pub.get(n.toLowerCase()),
    nuget: (n) => nuget.get(n.toLowerCase()),
    unity: (n) => unity.get(n.toLowerCase()),
    'vendored-binary': (n) => {
      const base = binaryBaseName(n);
      return binaries.get(base) ?? frameworks.get(base);
    },
    'source-import': (n) => packageLookup(n) ?? frameworks.get(n.toLowerCase()) ?? pods.get(n.toLowerCase()) ?? npm.get(n.toLowerCase()) ?? pub.get(n.toLowerCase()),
  };

  return {
    rules,
    lookup: (dep) => lookups[dep.ecosystem]?.(dep.name),
  };
}

/** `alipaysdk-android-15.8.17.aar` -> `alipaysdk-android`; `libWeChatSDK.a` -> `wechatsdk`. */
export function binaryBaseName(fileName: string): string {
  let n = fileName.replace(/^.*\//, '').toLowerCase();
  n = n.replace(/\.(aar|jar|xcframework|framework|a|so|dylib)$/, '');
  n = n.replace(/[-_]v?\d+(\.\d+)*([-_.][a-z0-9]+)*$/, '');
  if (fileName.endsWith('.a')) n = n.replace(/^lib/, '');
  return n;
}

const USAGE_ORDER: Usage[] = ['test', 'debug', 'release'];

export function widestUsage(usages: Usage[]): Usage {
  let best = 0;
  for (const u of usages) best = Math.max(best, USAGE_ORDER.indexOf(u));
  return USAGE_ORDER[best];
}

/** Groups dependencies into one detection per SDK, with every piece of evidence attached and sorted. */
export function matchDependencies(deps: Dependency[], index: RuleIndex): Detection[] {
  const byRule = new Map<string, Detection>();
  for (const dep of deps) {
    const rule = index.lookup(dep);
    if (!rule) continue;
    let det = byRule.get(rule.id);
    if (!det) {
      det = { rule, evidence: [], usage: 'test' };
      byRule.set(rule.id, det);
    }
    const ev = toEvidence(dep);
    if (dep.weak) ev.weak = true;
    det.evidence.push(ev);
  }
  // weak evidence confirms an SDK found otherwise, never detects one alone
  const out = [...byRule.values()].filter((det) => det.evidence.some((e) => !e.weak));
  for (const det of out) {
    // source imports are supporting evidence: kept only for SDKs that no manifest declares (vendored source,
    // binaries without a manifest entry), so they never double-count or widen a declared SDK's scope
    const declared = det.evidence.filter((e) => e.ecosystem !== 'source-import');
    det.evidence = dedupeEvidence(declared.length ? declared : det.evidence).sort(compareEvidence);
    det.usage = widestUsage(det.evidence.map((e) => e.usage));
  }
  return out.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
}

function toEvidence(dep: Dependency): Evidence {
  const ev: Evidence = {
    file: dep.location.file,
    line: dep.location.line,
    ecosystem: dep.ecosystem,
    name: dep.name,
    direct: dep.direct,
    text: dep.text,
    usage: dep.usage ?? 'release',
  };
  if (dep.version !== undefined) ev.version = dep.version;
  if (dep.scope !== undefined) ev.scope = dep.scope;
  if (dep.via?.length) ev.via = dep.via;
  if (dep.skipReason) ev.skipReason = dep.skipReason;
  return ev;
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.file}\u0000${e.line}\u0000${e.ecosystem}\u0000${e.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.ecosystem !== b.ecosystem) return a.ecosystem < b.ecosystem ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
