import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { children, parseXml, type XmlNode } from '../../../parsers/xml';
import { usageOfScope } from '../../usage';

// AndroidManifest.xml: SDK components and keys, e.g.
//   <meta-data android:name="com.facebook.sdk.ApplicationId" .../>
//   <receiver android:name="com.appsflyer.SingleInstallBroadcastReceiver"/>
//   <uses-permission android:name="com.google.android.gms.permission.AD_ID"/>
// The app's own components (".MainActivity") are skipped. https://developer.android.com/guide/topics/manifest/manifest-intro

const COMPONENTS = ['activity', 'activity-alias', 'service', 'receiver', 'provider'];

export function extractManifest(input: { path: string; text: string }): ExtractResult {
  const parsed = parseXml(input.text);
  if (!parsed.ok) {
    return { dependencies: [], diagnostics: [{ file: input.path, line: parsed.line, severity: 'warning', message: `AndroidManifest.xml could not be parsed: ${parsed.error}`, source: 'android/manifest' }] };
  }
  if (!('manifest' in parsed.value)) return { dependencies: [], diagnostics: [{ file: input.path, severity: 'note', message: 'no <manifest> root element', source: 'android/manifest' }] };

  const manifest = parsed.value.manifest; // '' for an empty <manifest />
  const found: { name: string; kind: string; removed?: boolean; flag?: boolean }[] = [];
  const nameOf = (n: XmlNode) => n.$?.['android:name'];
  // tools:node="remove" takes a library's component out of the merged manifest: evidence, never a detection
  const removed = (n: XmlNode) => /^remove/.test(n.$?.['tools:node'] ?? '');
  // a boolean <meta-data> is a setting (firebase_analytics_collection_deactivated=true): it names the SDK but
  // does not show that it is linked -- apps set such flags defensively
  const flag = (n: XmlNode) => /^(true|false)$/i.test(n.$?.['android:value'] ?? '');
  for (const tag of ['uses-permission', 'uses-permission-sdk-23', 'permission']) {
    for (const p of children(manifest, tag)) if (nameOf(p)) found.push({ name: nameOf(p)!, kind: 'permission', removed: removed(p) });
  }
  for (const app of children(manifest, 'application')) {
    for (const md of children(app, 'meta-data')) if (nameOf(md)) found.push({ name: nameOf(md)!, kind: 'meta-data', removed: removed(md), flag: flag(md) });
    for (const tag of COMPONENTS) {
      for (const c of children(app, tag)) {
        const n = nameOf(c);
        if (n && !n.startsWith('.')) found.push({ name: n, kind: tag, removed: removed(c) });
        for (const md of children(c, 'meta-data')) if (nameOf(md)) found.push({ name: nameOf(md)!, kind: 'meta-data', removed: removed(c) || removed(md), flag: flag(md) });
        for (const f of children(c, 'intent-filter')) for (const a of children(f, 'action')) if (nameOf(a)) found.push({ name: nameOf(a)!, kind: 'action' });
      }
    }
  }

  // xml2js gives no positions: find each android:name="…" occurrence in document order
  const lines = input.text.split(/\r?\n/);
  const positions = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    for (const m of lines[i].matchAll(/android:name\s*=\s*["']([^"']+)["']/g)) {
      const list = positions.get(m[1]) ?? [];
      list.push(i + 1);
      positions.set(m[1], list);
    }
  }
  const used = new Map<string, number>();
  const deps: Dependency[] = [];
  const testManifest = /(^|\/)src\/(test|androidTest)[^/]*\//.test(input.path);
  const debugManifest = /(^|\/)src\/debug\//.test(input.path);
  for (const f of found) {
    const k = used.get(f.name) ?? 0;
    used.set(f.name, k + 1);
    const line = positions.get(f.name)?.[k] ?? positions.get(f.name)?.[0] ?? 1;
    const scope = testManifest ? 'test' : debugManifest ? 'debug' : f.kind;
    const dep: Dependency = {
      ecosystem: 'android-manifest',
      name: f.name,
      scope,
      direct: true,
      location: { file: input.path, line },
      text: lines[line - 1]?.trim() ?? '',
      usage: usageOfScope(testManifest ? 'test' : debugManifest ? 'debug' : undefined),
    };
    if (f.removed) {
      dep.weak = true;
      dep.skipReason = 'removed from the merged manifest (tools:node="remove")';
    } else if (f.flag) {
      dep.weak = true;
      dep.skipReason = 'a boolean setting: names the SDK, does not show it is linked';
    }
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics: [] };
}

export const manifest: Extractor = {
  name: 'android/manifest',
  docs: 'https://developer.android.com/guide/topics/manifest/manifest-intro',
  fileRequired: (path) => path.endsWith('AndroidManifest.xml') && /(^|\/)AndroidManifest\.xml$/.test(path),
  extract: extractManifest,
};
