import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseYamlDocument } from '../../../parsers/yaml';
import { LineMap } from '../../source-text';
import type { Node, Pair } from 'yaml';

// pubspec.lock: every resolved package, written by `pub get`.
//   packages:
//     firebase_core:
//       dependency: "direct main"          also "direct dev", "direct overridden", transitive
//       description: { name: firebase_core, sha256: …, url: "https://pub.dev" }
//       source: hosted                     also git, path, sdk
//       version: "3.6.0"
// The lock records no parent graph, so transitive packages carry no `via` chain. `source: sdk` packages
// (flutter, flutter_test, sky_engine…) are the SDK itself and are skipped. https://dart.dev/tools/pub/glossary#lockfile

const KINDS: Record<string, { direct: boolean; usage: Dependency['usage'] }> = {
  'direct main': { direct: true, usage: 'release' },
  'direct dev': { direct: true, usage: 'test' },
  'direct overridden': { direct: true, usage: 'release' },
  transitive: { direct: false, usage: 'release' },
};

export function extractPubspecLock(input: { path: string; text: string }): ExtractResult {
  const diag = (message: string, line?: number): Diagnostic => ({ file: input.path, line, severity: 'warning', message, source: 'flutter/pubspec-lock' });
  const parsed = parseYamlDocument(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [diag(`pubspec.lock could not be parsed: ${parsed.error}`, parsed.line)] };
  const lines = new LineMap(input.text);
  const packages = parsed.value.get('packages', true) as (Node & { items?: Pair<Node, Node>[] }) | undefined;
  if (!packages || !Array.isArray(packages.items)) return { dependencies: [], diagnostics: [diag('pubspec.lock has no packages mapping')] };
  let js: Record<string, unknown>;
  try {
    js = ((parsed.value.toJS({ maxAliasCount: 100 }) as Record<string, unknown>).packages ?? {}) as Record<string, unknown>;
  } catch (e) {
    return { dependencies: [], diagnostics: [diag(`pubspec.lock could not be read: ${(e as Error).message}`)] };
  }

  const deps: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const pair of packages.items) {
    const name = (pair.key as { value?: unknown })?.value;
    if (typeof name !== 'string') continue;
    const line = pair.key?.range ? lines.lineOf(pair.key.range[0]) : 1;
    const entry = js[name];
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      diagnostics.push(diag(`packages.${name} is not a mapping`, line));
      continue;
    }
    const e = entry as Record<string, unknown>;
    if (e.source === 'sdk') continue;
    const kind = typeof e.dependency === 'string' ? KINDS[e.dependency] : undefined;
    if (!kind) diagnostics.push(diag(`packages.${name}: unknown dependency kind ${JSON.stringify(e.dependency)}; counted as transitive`, line));
    const dep: Dependency = {
      ecosystem: 'pub',
      name,
      scope: typeof e.dependency === 'string' ? e.dependency : 'transitive',
      direct: kind?.direct ?? false,
      location: { file: input.path, line },
      text: lines.lineText(line),
      usage: kind?.usage ?? 'release',
    };
    if (typeof e.version === 'string' || typeof e.version === 'number') dep.version = String(e.version);
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics };
}

export const pubspecLock: Extractor = {
  name: 'flutter/pubspec-lock',
  docs: 'https://dart.dev/tools/pub/glossary#lockfile',
  fileRequired: (path) => path.endsWith('pubspec.lock') && /(^|\/)pubspec\.lock$/.test(path),
  extract: extractPubspecLock,
};
