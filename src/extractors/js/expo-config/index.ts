import type { Dependency, Diagnostic, Fact } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseJs } from '../../../parsers/babel';
import type * as t from '@babel/types';

// Expo app config: app.json, app.config.js, app.config.ts -- parsed with @babel/parser, never executed.
//   plugins: ['expo-router', ['@sentry/react-native/expo', { … }], ...(STORE ? [['react-native-google-mobile-ads', {…}]] : [])]
//   ios: { googleServicesFile: './GoogleService-Info.plist', infoPlist: { GADApplicationIdentifier: '…' } }
//   android: { googleServicesFile: './google-services.json', config: { googleMobileAdsAppId: '…' } }
// Conditional plugins count as possible (both branches); what static reading cannot resolve is a diagnostic.
// https://docs.expo.dev/workflow/configuration/

/** Config keys and the native identifier each makes Expo write into the app. */
const CONFIG_KEYS: Record<string, Pick<Dependency, 'ecosystem' | 'name'>> = {
  googleServicesFile: { ecosystem: 'gradle-plugin', name: 'com.google.gms.google-services' },
  googleMobileAdsAppId: { ecosystem: 'android-manifest', name: 'com.google.android.gms.ads.APPLICATION_ID' },
  googleMobileAdsAutoInit: { ecosystem: 'android-manifest', name: 'com.google.android.gms.ads.APPLICATION_ID' },
  branch: { ecosystem: 'plist', name: 'branch_key' },
};

/** '@sentry/react-native/expo' -> '@sentry/react-native'; 'expo-router/entry' -> 'expo-router' */
export function packageOfPlugin(spec: string): string {
  if (spec.startsWith('.') || spec.startsWith('/')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

interface Found {
  value: string;
  line: number;
  conditional: boolean;
}

export function extractExpoConfig(input: { path: string; text: string }): ExtractResult {
  const deps: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  const facts: Fact[] = [];
  const lines = input.text.split(/\r?\n/);
  const lineText = (n: number) => lines[n - 1]?.trim() ?? '';
  const addPlugin = (f: Found) =>
    deps.push({
      ecosystem: 'npm',
      name: packageOfPlugin(f.value),
      scope: f.conditional ? 'expo plugin (conditional)' : 'expo plugin',
      direct: true,
      location: { file: input.path, line: f.line },
      text: lineText(f.line),
      usage: 'release',
    });
  const addKey = (key: string, line: number, underInfoPlist: boolean) => {
    if (underInfoPlist) {
      if (key === 'NSUserTrackingUsageDescription') facts.push({ kind: 'ios-tracking-prompt', value: key, location: { file: input.path, line }, text: lineText(line) });
      else deps.push({ ecosystem: 'plist', name: key, scope: 'ios.infoPlist', direct: true, location: { file: input.path, line }, text: lineText(line), usage: 'release' });
      return;
    }
    const mapped = CONFIG_KEYS[key];
    if (mapped) deps.push({ ...mapped, scope: `expo config ${key}`, direct: true, location: { file: input.path, line }, text: lineText(line), usage: 'release' });
  };

  if (input.path.endsWith('.json')) {
    let doc: unknown;
    try {
      doc = JSON.parse(input.text);
    } catch (e) {
      return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `not valid JSON: ${(e as Error).message}`, source: 'js/expo-config' }] };
    }
    const root = (doc as Record<string, unknown>)?.expo ?? doc;
    const lineOf = (needle: string, from = 0) => {
      const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
      return i < 0 ? 1 : i + 1;
    };
    const walkJson = (node: unknown, underInfoPlist: boolean) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach((n) => walkJson(n, underInfoPlist));
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
        if (k === 'plugins' && Array.isArray(v)) {
          for (const p of v) {
            const spec = typeof p === 'string' ? p : Array.isArray(p) && typeof p[0] === 'string' ? p[0] : undefined;
            if (spec) addPlugin({ value: spec, line: lineOf(JSON.stringify(spec)), conditional: false });
          }
          continue;
        }
        addKey(k, lineOf(JSON.stringify(k)), underInfoPlist);
        walkJson(v, k === 'infoPlist');
      }
    };
    walkJson(root, false);
    return { dependencies: deps, diagnostics, facts };
  }

  const parsed = parseJs(input.text, /\.tsx?$/.test(input.path));
  if (!parsed.ok) return { dependencies: [], diagnostics: [{ file: input.path, line: parsed.line, severity: 'warning', message: `could not be parsed: ${parsed.error}`, source: 'js/expo-config' }] };
  const program = parsed.value.program;
  // top-level `const x = …` bindings, for identifiers used in plugins: [...basePlugins]
  const bindings = new Map<string, t.Expression>();
  for (const stmt of program.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'VariableDeclaration') {
      for (const d of decl.declarations) if (d.id.type === 'Identifier' && d.init) bindings.set(d.id.name, d.init);
    }
  }
  const unwrap = (e: t.Node): t.Node => {
    let n = e;
    while (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSNonNullExpression' || n.type === 'ParenthesizedExpression' || n.type === 'TSTypeAssertion') n = n.expression;
    return n;
  };
  const seenIds = new Set<string>();
  /** possible elements of an array expression, following spreads, identifiers and conditionals */
  const elements = (node: t.Node, conditional: boolean, out: { node: t.Node; conditional: boolean }[]) => {
    const n = unwrap(node);
    if (n.type === 'ArrayExpression') {
      for (const el of n.elements) {
        if (!el) continue;
        if (el.type === 'SpreadElement') elements(el.argument, conditional, out);
        else out.push({ node: el, conditional });
      }
    } else if (n.type === 'Identifier' && bindings.has(n.name) && !seenIds.has(n.name)) {
      seenIds.add(n.name);
      elements(bindings.get(n.name)!, conditional, out);
      seenIds.delete(n.name);
    } else if (n.type === 'ConditionalExpression') {
      elements(n.consequent, true, out);
      elements(n.alternate, true, out);
    } else if (n.type === 'LogicalExpression') {
      elements(n.right, true, out);
      if (n.operator !== '&&') elements(n.left, true, out);
    } else if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression' && n.callee.property.type === 'Identifier' && ['concat', 'filter'].includes(n.callee.property.name)) {
      elements(n.callee.object, conditional, out);
      for (const a of n.arguments) elements(a, conditional, out);
    } else {
      diagnostics.push({ file: input.path, line: n.loc?.start.line, severity: 'note', message: `plugins: an element built by ${n.type} cannot be read without running the config; it is not counted`, source: 'js/expo-config' });
    }
  };
  /** the values one plugins[] element may take: identifiers followed, both branches of a condition */
  const pluginValues = (node: t.Node, conditional: boolean, depth = 0): { node: t.Node; conditional: boolean }[] => {
    const n = unwrap(node);
    if (depth > 8) return [{ node: n, conditional }];
    if (n.type === 'Identifier' && bindings.has(n.name)) return pluginValues(bindings.get(n.name)!, conditional, depth + 1);
    if (n.type === 'ConditionalExpression') return [...pluginValues(n.consequent, true, depth + 1), ...pluginValues(n.alternate, true, depth + 1)];
    if (n.type === 'LogicalExpression') return pluginValues(n.right, true, depth + 1);
    if (n.type === 'BooleanLiteral' || n.type === 'NullLiteral' || (n.type === 'Identifier' && n.name === 'undefined')) return [];
    return [{ node: n, conditional }];
  };
  const stringOf = (n: t.Node): string | undefined => {
    const u = unwrap(n);
    if (u.type === 'StringLiteral') return u.value;
    if (u.type === 'TemplateLiteral' && u.expressions.length === 0) return u.quasis[0].value.cooked ?? undefined;
    return undefined;
  };
  const keyName = (k: t.Node): string | undefined => (k.type === 'Identifier' ? k.name : k.type === 'StringLiteral' ? k.value : undefined);
  const visit = (node: t.Node | null | undefined, underInfoPlist: boolean) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'ObjectProperty') {
      const key = keyName(node.key);
      if (key === 'plugins') {
        const els: { node: t.Node; conditional: boolean }[] = [];
        elements(node.value, false, els);
        for (const el of els) {
          for (const { node: e, conditional } of pluginValues(el.node, el.conditional)) {
            const spec = stringOf(e) ?? (e.type === 'ArrayExpression' && e.elements[0] ? stringOf(e.elements[0]) : undefined);
            if (spec) addPlugin({ value: spec, line: e.loc?.start.line ?? 1, conditional });
            else diagnostics.push({ file: input.path, line: e.loc?.start.line, severity: 'note', message: `plugins: an element built by ${e.type} cannot be read without running the config; it is not counted`, source: 'js/expo-config' });
          }
        }
        return;
      }
      if (key) addKey(key, node.loc?.start.line ?? 1, underInfoPlist);
      visit(node.value, key === 'infoPlist');
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'loc' || k === 'start' || k === 'end' || k === 'leadingComments' || k === 'trailingComments' || k === 'extra') continue;
      if (Array.isArray(v)) for (const c of v) visit(c as t.Node, underInfoPlist);
      else if (v && typeof v === 'object' && typeof (v as t.Node).type === 'string') visit(v as t.Node, underInfoPlist);
    }
  };
  visit(program, false);
  return { dependencies: deps, diagnostics, facts };
}

export const expoConfig: Extractor = {
  name: 'js/expo-config',
  docs: 'https://docs.expo.dev/workflow/configuration/',
  fileRequired: (path) => path.includes('app.') && /(^|\/)app\.(json|config\.(js|ts|mjs|cjs))$/.test(path),
  extract: extractExpoConfig,
};
