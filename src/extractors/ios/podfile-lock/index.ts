import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseYaml } from '../../../parsers/yaml';

// Podfile.lock (YAML): the resolved pod tree.
//   PODS:
//     - Amplitude (8.22.0):
//       - AnalyticsConnector (~> 1.0.0)
//   DEPENDENCIES:
//     - Amplitude (~> 8.22)
// Direct pods come from DEPENDENCIES; every other pod is transitive, with the chain of parents that pulled
// it in (`via`). Subspecs (Braintree/Card) fold into their pod. https://guides.cocoapods.org/using/using-cocoapods.html

export interface PodfileLockLinkData {
  kind: 'podfile-lock';
  /** pod root -> the direct roots it was reached from */
  roots: Record<string, string[]>;
}

const ENTRY = /^"?([^\s"(]+)(?:\s+\(([^)]*)\))?"?$/;

function splitEntry(s: string): { name: string; version?: string } | undefined {
  const m = ENTRY.exec(s.trim());
  return m ? { name: m[1], version: m[2] } : undefined;
}

export function extractPodfileLock(input: { path: string; text: string }): ExtractResult {
  // CocoaPods writes this file in one fixed layout: a line reader is exact for it and ~10x faster than a YAML
  // parse; anything else (hand-edited, reformatted) goes through the YAML parser
  let doc: Record<string, unknown> | undefined = readPodfileLockLines(input.text);
  if (!doc) {
    const parsed = parseYaml(input.text);
    if (!parsed.ok || !parsed.value || typeof parsed.value !== 'object') {
      return { dependencies: [], diagnostics: [{ file: input.path, line: parsed.ok ? undefined : parsed.line, severity: 'warning', message: `Podfile.lock could not be parsed: ${parsed.ok ? 'not a YAML mapping' : parsed.error}`, source: 'ios/podfile-lock' }] };
    }
    doc = parsed.value as Record<string, unknown>;
  }
  const pods = Array.isArray(doc.PODS) ? doc.PODS : [];
  const graph = new Map<string, { version?: string; children: string[] }>();
  for (const entry of pods) {
    const key = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? Object.keys(entry)[0] : undefined;
    if (!key) continue;
    const e = splitEntry(key);
    if (!e) continue;
    const kids = typeof entry === 'object' && entry ? ((entry as Record<string, unknown>)[key] as unknown[]) : [];
    graph.set(e.name, { version: e.version, children: (Array.isArray(kids) ? kids : []).map((k) => splitEntry(String(k))?.name).filter((k): k is string => !!k) });
  }
  const root = (n: string) => n.split('/')[0];
  const direct = (Array.isArray(doc.DEPENDENCIES) ? doc.DEPENDENCIES : []).map((d) => splitEntry(String(d))?.name).filter((d): d is string => !!d);

  // pod-level graph (subspecs folded): parent pod -> child pods
  const podGraph = new Map<string, Set<string>>();
  const versions = new Map<string, string | undefined>();
  for (const [name, { version, children }] of graph) {
    const r = root(name);
    if (!versions.has(r) || versions.get(r) === undefined) versions.set(r, version);
    const set = podGraph.get(r) ?? new Set<string>();
    for (const c of children) if (root(c) !== r) set.add(root(c));
    podGraph.set(r, set);
  }
  // shortest chain from a direct pod (BFS in sorted order, so the result is stable)
  const via = new Map<string, string[]>();
  const roots = new Map<string, Set<string>>();
  const directRoots = [...new Set(direct.map(root))].sort();
  for (const d of directRoots) {
    const queue: { pod: string; chain: string[] }[] = [{ pod: d, chain: [] }];
    const seen = new Set<string>([d]);
    while (queue.length) {
      const { pod, chain } = queue.shift()!;
      if (!roots.has(pod)) roots.set(pod, new Set());
      roots.get(pod)!.add(d);
      if (chain.length && (!via.has(pod) || via.get(pod)!.length > chain.length)) via.set(pod, chain);
      for (const c of [...(podGraph.get(pod) ?? [])].sort()) {
        if (seen.has(c)) continue;
        seen.add(c);
        queue.push({ pod: c, chain: [...chain, pod] });
      }
    }
  }

  // line of each pod's first entry in PODS
  const lines = input.text.split(/\r?\n/);
  const lineOf = new Map<string, number>();
  let inPods = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\S/.test(l)) inPods = l.startsWith('PODS:');
    if (!inPods) continue;
    const m = /^ {2}- "?([^\s"(:]+)/.exec(l);
    if (m && !lineOf.has(root(m[1]))) lineOf.set(root(m[1]), i + 1);
  }
  const directSet = new Set(directRoots);
  const deps: Dependency[] = [];
  for (const pod of [...podGraph.keys()].sort()) {
    const line = lineOf.get(pod) ?? 1;
    const dep: Dependency = {
      ecosystem: 'cocoapods',
      name: pod,
      direct: directSet.has(pod),
      location: { file: input.path, line },
      text: lines[line - 1]?.trim() ?? pod,
      usage: 'release',
    };
    const v = versions.get(pod);
    if (v) dep.version = v;
    if (!dep.direct) {
      const chain = via.get(pod);
      if (chain) dep.via = chain;
      else dep.skipReason = 'in PODS but not reachable from DEPENDENCIES';
    }
    deps.push(dep);
  }
  // subspecs declared directly (pod 'Firebase/Crashlytics') keep their own identity for matching
  for (const d of direct) {
    if (!d.includes('/')) continue;
    const line = lineOf.get(root(d)) ?? 1;
    deps.push({ ecosystem: 'cocoapods', name: d, direct: true, version: graph.get(d)?.version, location: { file: input.path, line }, text: lines[line - 1]?.trim() ?? d, usage: 'release' });
  }
  const rootsOut: Record<string, string[]> = {};
  for (const [k, v] of roots) rootsOut[k] = [...v].sort();
  return { dependencies: deps, diagnostics: [], linkData: { kind: 'podfile-lock', roots: rootsOut } satisfies PodfileLockLinkData };
}

function unquoteYaml(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

/**
 * PODS and DEPENDENCIES as CocoaPods writes them (`  - Name (1.0):` with `    - Child (~> 1.0)` under it), in
 * the shape the YAML parser would give; undefined when the text does not have that layout.
 */
export function readPodfileLockLines(text: string): Record<string, unknown> | undefined {
  const pods: unknown[] = [];
  const deps: string[] = [];
  let section = '';
  let last: { key: string; children: string[] } | undefined;
  let sawPods = false;
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const top = /^([A-Z][A-Z ]*):(\s.*)?$/.exec(raw);
    if (top) {
      section = top[1];
      if (section === 'PODS') sawPods = true;
      last = undefined;
      continue;
    }
    if (section !== 'PODS' && section !== 'DEPENDENCIES') continue;
    const item = /^( {2}|( {4}))- (.+?)\s*$/.exec(raw);
    if (!item) return undefined;
    const nested = item[2] !== undefined;
    let value = item[3];
    // `Name`, `Name (1.0)`, `"Name/Sub (from `url`)"`: anything else is not this layout
    if (!/^("[^"]+"|'[^']+'|[^\s"'[\]{}#&*!|>%@`]+( \([^)]*\))?):?$/.test(value)) return undefined;
    if (section === 'DEPENDENCIES') {
      if (nested) return undefined;
      deps.push(unquoteYaml(value));
      continue;
    }
    if (nested) {
      if (!last) return undefined;
      last.children.push(unquoteYaml(value));
      continue;
    }
    const hasChildren = value.endsWith(':');
    if (hasChildren) value = value.slice(0, -1);
    const key = unquoteYaml(value);
    if (hasChildren) {
      last = { key, children: [] };
      pods.push({ [key]: last.children });
    } else {
      last = undefined;
      pods.push(key);
    }
  }
  return sawPods ? { PODS: pods, DEPENDENCIES: deps } : undefined;
}

export const podfileLock: Extractor = {
  name: 'ios/podfile-lock',
  docs: 'https://guides.cocoapods.org/using/using-cocoapods.html#what-is-podfilelock',
  fileRequired: (path) => path.endsWith('Podfile.lock') && /(^|\/)Podfile\.lock$/.test(path),
  extract: extractPodfileLock,
};
