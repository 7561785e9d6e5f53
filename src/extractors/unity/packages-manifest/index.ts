import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';

// Unity Package Manager: Packages/manifest.json (what the project asks for) and Packages/packages-lock.json
// (what was resolved, with each package's own dependencies, so transitive packages get their `via` chain).
//   "com.google.ads.mobile": "9.2.0"                                                     registry
//   "com.appsflyer.unity": "https://github.com/AppsFlyerSDK/appsflyer-unity-plugin.git#upm"   git
//   "com.google.firebase.analytics": "file:../GooglePackages/com.google.firebase.analytics-12.4.0.tgz"   local
// Built-in engine modules (com.unity.modules.*) are kept: some of them collect data (unityanalytics).
// Editor tooling (com.unity.ide.*, com.unity.test-framework, com.unity.ext.nunit, com.unity.testtools.*) is
// never built into the player, so it is 'test'. scopedRegistries and testables are ignored.
// https://docs.unity3d.com/Manual/upm-manifestPrj.html, https://docs.unity3d.com/Manual/upm-conflicts-auto.html

const SOURCE = 'unity/packages-manifest';
const EDITOR_ONLY = /^com\.unity\.(ide\.|test-framework|ext\.nunit$|testtools\.)/;

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function reasonOf(version: string): string | undefined {
  if (/^file:/.test(version)) return `local package (${version})`;
  if (/^(git\+|git:|ssh:|https?:\/\/|git@)/.test(version) || /\.git(#|$)/.test(version)) return `from git ${version.replace(/^git\+/, '')}`;
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function extractUnityPackages(input: { path: string; text: string }): ExtractResult {
  const lock = /packages-lock\.json$/.test(input.path);
  let doc: unknown;
  try {
    doc = JSON.parse(input.text);
  } catch (e) {
    return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `not valid JSON: ${(e as Error).message}`, source: SOURCE }] };
  }
  const diagnostics: Diagnostic[] = [];
  const block = isObject(doc) ? doc.dependencies : undefined;
  if (!isObject(block)) {
    if (isObject(doc) && doc.dependencies !== undefined) diagnostics.push({ file: input.path, severity: 'warning', message: '"dependencies" is not an object', source: SOURCE });
    return { dependencies: [], diagnostics };
  }
  const lines = input.text.split(/\r?\n/);
  const start = Math.max(0, lines.findIndex((l) => /"dependencies"\s*:/.test(l)));
  // manifest entries are "name": "version"; lock entries are "name": { … } (nested "name": "version" pairs are children)
  const lineOf = (name: string) => {
    const re = new RegExp(`"${escape(name)}"\\s*:\\s*${lock ? '\\{' : '"'}`);
    const i = lines.findIndex((l, k) => k >= start && re.test(l));
    return (i < 0 ? start : i) + 1;
  };
  const deps: Dependency[] = [];

  if (!lock) {
    for (const [name, version] of Object.entries(block)) {
      const line = lineOf(name);
      const dep: Dependency = { ecosystem: 'unity', name, scope: 'dependencies', direct: true, location: { file: input.path, line }, text: lines[line - 1]?.trim() ?? name, usage: EDITOR_ONLY.test(name) ? 'test' : 'release' };
      if (typeof version === 'string') {
        dep.version = version;
        const reason = reasonOf(version);
        if (reason) dep.skipReason = reason;
      } else diagnostics.push({ file: input.path, line, severity: 'warning', message: `dependencies.${name}: the version is not a string`, source: SOURCE });
      deps.push(dep);
    }
    return { dependencies: deps, diagnostics };
  }

  const entries = new Map<string, Record<string, unknown>>();
  for (const [name, e] of Object.entries(block)) {
    if (isObject(e)) entries.set(name, e);
    else diagnostics.push({ file: input.path, line: lineOf(name), severity: 'warning', message: `dependencies.${name} is not an object`, source: SOURCE });
  }
  const childrenOf = (name: string) => {
    const d = entries.get(name)?.dependencies;
    return isObject(d) ? Object.keys(d).filter((c) => entries.has(c)).sort() : [];
  };
  const directs = [...entries.keys()].filter((n) => entries.get(n)!.depth === 0).sort();
  // shortest chain from a direct package (BFS in sorted order, so the result is stable), and which roots reach it
  const via = new Map<string, string[]>();
  const roots = new Map<string, Set<string>>();
  for (const d of directs) {
    const queue: { pkg: string; chain: string[] }[] = [{ pkg: d, chain: [] }];
    const seen = new Set([d]);
    while (queue.length) {
      const { pkg, chain } = queue.shift()!;
      if (!roots.has(pkg)) roots.set(pkg, new Set());
      roots.get(pkg)!.add(d);
      if (chain.length && (!via.has(pkg) || via.get(pkg)!.length > chain.length)) via.set(pkg, chain);
      for (const c of childrenOf(pkg)) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push({ pkg: c, chain: [...chain, pkg] });
      }
    }
  }
  for (const [name, e] of entries) {
    const line = lineOf(name);
    const direct = e.depth === 0;
    const reachedFrom = [...(roots.get(name) ?? [])];
    const editorOnly = EDITOR_ONLY.test(name) || (!direct && reachedFrom.length > 0 && reachedFrom.every((r) => EDITOR_ONLY.test(r)));
    const dep: Dependency = {
      ecosystem: 'unity',
      name,
      scope: typeof e.source === 'string' ? e.source : 'packages-lock',
      direct,
      location: { file: input.path, line },
      text: lines[line - 1]?.trim() ?? name,
      usage: editorOnly ? 'test' : 'release',
    };
    if (typeof e.version === 'string') dep.version = e.version;
    if (!direct) {
      const chain = via.get(name);
      if (chain) dep.via = chain;
      else dep.skipReason = 'not reachable from a depth-0 package';
    }
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics };
}

export const packagesManifest: Extractor = {
  name: 'unity/packages-manifest',
  docs: 'https://docs.unity3d.com/Manual/upm-manifestPrj.html',
  fileRequired: (path) => path.endsWith('.json') && /(^|\/)Packages\/(manifest|packages-lock)\.json$/.test(path),
  extract: extractUnityPackages,
};
