import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseYamlDocument } from '../../../parsers/yaml';
import { LineMap } from '../../source-text';
import type { Node, Pair } from 'yaml';

// pubspec.yaml (and pubspec_overrides.yaml) of Flutter and Dart apps:
//   firebase_core: ^3.6.0                                   hosted on pub.dev
//   firebase_core: { hosted: https://pub.example.com, version: ^3.6.0 }   another package server
//   appsflyer_sdk: { git: { url: https://github.com/…, ref: v6.15.1, path: … } }
//   design_system: { path: ../design_system }               local package
// under dependencies (shipped), dev_dependencies (development only) and dependency_overrides.
// `sdk: flutter` entries (flutter, flutter_test, flutter_localizations…) are the SDK itself and are skipped.
// https://dart.dev/tools/pub/dependencies

const SECTIONS: [string, Dependency['usage']][] = [
  ['dependencies', 'release'],
  ['dev_dependencies', 'test'],
  ['dependency_overrides', 'release'],
];

/** A version as written: YAML reads `firebase_core: 3.10` as the number 3.1, so numbers come from the source text. */
function versionText(node: unknown, value: string | number, text: string): string {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return typeof value === 'number' && range ? text.slice(range[0], range[1]).trim() : String(value);
}

export function extractPubspec(input: { path: string; text: string }): ExtractResult {
  const diag = (message: string, line?: number): Diagnostic => ({ file: input.path, line, severity: 'warning', message, source: 'flutter/pubspec' });
  const parsed = parseYamlDocument(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [diag(`pubspec could not be parsed: ${parsed.error}`, parsed.line)] };
  const doc = parsed.value;
  const lines = new LineMap(input.text);
  const lineOf = (n: Node | null | undefined) => (n?.range ? lines.lineOf(n.range[0]) : 1);
  const deps: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  const root = doc.contents as { items?: Pair<Node, Node>[] } | null;
  if (root && !Array.isArray(root.items)) return { dependencies: [], diagnostics: [diag('pubspec is not a YAML mapping')] };
  let js: Record<string, unknown>;
  try {
    js = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (e) {
    return { dependencies: [], diagnostics: [diag(`pubspec could not be read: ${(e as Error).message}`)] };
  }

  for (const [section, usage] of SECTIONS) {
    const node = doc.get(section, true) as (Node & { items?: Pair<Node, Node>[] }) | undefined;
    if (node === undefined || node === null || (node as { value?: unknown }).value === null) continue;
    if (!Array.isArray(node.items) || node.items.some((p) => !p || !('key' in p))) {
      diagnostics.push(diag(`${section} is not a mapping of package names`, lineOf(node)));
      continue;
    }
    for (const pair of node.items) {
      const name = (pair.key as { value?: unknown })?.value;
      if (typeof name !== 'string') continue;
      const line = lineOf(pair.key);
      const value: unknown = (js[section] as Record<string, unknown> | undefined)?.[name] ?? null;
      const dep: Dependency = { ecosystem: 'pub', name, scope: section, direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage };
      if (typeof value === 'string' || typeof value === 'number') dep.version = versionText(pair.value, value, input.text);
      else if (value && typeof value === 'object' && !Array.isArray(value)) {
        const v = value as Record<string, unknown>;
        if (v.sdk !== undefined) continue;
        if (typeof v.version === 'string' || typeof v.version === 'number') dep.version = versionText((pair.value as { get?(k: string, keep: true): unknown }).get?.('version', true), v.version, input.text);
        if (v.git !== undefined) {
          const git = typeof v.git === 'string' ? { url: v.git } : ((v.git ?? {}) as Record<string, unknown>);
          if (dep.version === undefined && typeof git.ref === 'string') dep.version = git.ref;
          dep.skipReason = `from git ${typeof git.url === 'string' ? git.url : '(no url)'}`;
        } else if (typeof v.path === 'string') dep.skipReason = `local package (path: ${v.path})`;
      } else if (value !== null && value !== undefined) {
        diagnostics.push(diag(`${section}.${name}: unexpected value`, line));
      }
      deps.push(dep);
    }
  }
  return { dependencies: deps, diagnostics };
}

export const pubspec: Extractor = {
  name: 'flutter/pubspec',
  docs: 'https://dart.dev/tools/pub/dependencies',
  fileRequired: (path) => path.endsWith('.yaml') && /(^|\/)pubspec(_overrides)?\.yaml$/.test(path),
  extract: extractPubspec,
};
