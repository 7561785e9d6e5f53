import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseJs } from '../../../parsers/babel';
import type * as t from '@babel/types';

// Capacitor app config: capacitor.config.json, .ts or .js -- parsed with @babel/parser, never executed.
//   plugins: { PushNotifications: { presentationOptions: ['alert'] }, SplashScreen: { … } }
// The keys of `plugins` are configuration names chosen by each plugin (FirebaseAnalytics, AdMob…), not
// package names, so they are not evidence of an SDK; only a key written as an npm package name
// ('@capacitor-firebase/analytics', 'cordova-plugin-x') is recorded. The installed plugins themselves are in
// package.json (js/package-json). Everything else (server, android, ios, cordova.preferences) is ignored.
// https://capacitorjs.com/docs/config

const SOURCE = 'cordova/capacitor-config';
const SCOPE = 'capacitor plugin config';
const isPackageName = (key: string) => /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/.test(key) && (key.includes('/') || key.includes('-'));

export function extractCapacitorConfig(input: { path: string; text: string }): ExtractResult {
  const deps: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = input.text.split(/\r?\n/);
  const add = (name: string, line: number) =>
    deps.push({ ecosystem: 'npm', name, scope: SCOPE, direct: true, location: { file: input.path, line }, text: lines[line - 1]?.trim() ?? name, usage: 'release' });

  if (input.path.endsWith('.json')) {
    let doc: unknown;
    try {
      doc = JSON.parse(input.text);
    } catch (e) {
      return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `not valid JSON: ${(e as Error).message}`, source: SOURCE }] };
    }
    const plugins = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).plugins : undefined;
    if (!plugins || typeof plugins !== 'object' || Array.isArray(plugins)) return { dependencies: [], diagnostics };
    const start = Math.max(0, lines.findIndex((l) => /"plugins"\s*:/.test(l)));
    for (const key of Object.keys(plugins)) {
      if (!isPackageName(key)) continue;
      const i = lines.findIndex((l, k) => k >= start && l.includes(`${JSON.stringify(key)}`));
      add(key, (i < 0 ? start : i) + 1);
    }
    return { dependencies: deps, diagnostics };
  }

  const parsed = parseJs(input.text, /\.tsx?$/.test(input.path));
  if (!parsed.ok) return { dependencies: [], diagnostics: [{ file: input.path, line: parsed.line, severity: 'warning', message: `could not be parsed: ${parsed.error}`, source: SOURCE }] };
  const recovered = (parsed.value as { errors?: { message: string; loc?: { line: number } }[] }).errors ?? [];
  for (const err of recovered.slice(0, 1)) diagnostics.push({ file: input.path, line: err.loc?.line, severity: 'warning', message: `could not be parsed: ${err.message}`, source: SOURCE });
  const keyName = (k: t.Node): string | undefined => (k.type === 'Identifier' ? k.name : k.type === 'StringLiteral' ? k.value : undefined);
  const visit = (node: t.Node | null | undefined) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'ObjectProperty' && keyName(node.key) === 'plugins' && node.value.type === 'ObjectExpression') {
      for (const p of node.value.properties) {
        if (p.type !== 'ObjectProperty' || p.computed) continue;
        const key = keyName(p.key);
        if (key && isPackageName(key)) add(key, p.key.loc?.start.line ?? 1);
      }
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc' || k === 'start' || k === 'end' || k === 'leadingComments' || k === 'trailingComments' || k === 'extra') continue;
      if (Array.isArray(v)) for (const c of v) visit(c as t.Node);
      else if (v && typeof v === 'object' && typeof (v as t.Node).type === 'string') visit(v as t.Node);
    }
  };
  visit(parsed.value.program);
  return { dependencies: deps, diagnostics };
}

export const capacitorConfig: Extractor = {
  name: 'cordova/capacitor-config',
  docs: 'https://capacitorjs.com/docs/config',
  fileRequired: (path) => path.includes('capacitor.config.') && /(^|\/)capacitor\.config\.(json|ts|js)$/.test(path),
  extract: extractCapacitorConfig,
};
