import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseXml, type XmlNode } from '../../../parsers/xml';
import { LineMap } from '../../source-text';

// External Dependency Manager for Unity (EDM4U): Editor/*Dependencies.xml files, which Unity SDKs ship so
// the native Android and iOS libraries are fetched at build time.
//   <androidPackage spec="com.google.firebase:firebase-analytics:22.1.2">      maven group:artifact[:version][@type]
//   <iosPod name="Firebase/Analytics" version="11.4.0" minTargetSdk="12.0"/>   cocoapods
//   <remoteSwiftPackage url="https://github.com/firebase/firebase-ios-sdk.git" version="11.4.0">
//     <swiftPackage name="FirebaseAnalytics" replacesPod="Firebase/Analytics"/>     spm + framework
// repositories, sources and androidSdkPackageIds are ignored. Files whose root is not <dependencies> are skipped.
// https://github.com/googlesamples/unity-jar-resolver#usage

const SOURCE = 'unity/edm-dependencies';
const TAGS = ['androidPackage', 'iosPod', 'remoteSwiftPackage', 'swiftPackage'];

/** Offsets of `<tag … attr="value"`, comments blanked, keyed by tag and value. */
function positions(text: string): Map<string, number[]> {
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const out = new Map<string, number[]>();
  for (const m of clean.matchAll(/<(androidPackage|iosPod|remoteSwiftPackage|swiftPackage)\b[^>]*?\b(spec|name|url)\s*=\s*(["'])(.*?)\3/g)) {
    const key = `${m[1]}\u0000${m[4]}`;
    out.set(key, [...(out.get(key) ?? []), m.index! + m[0].lastIndexOf(m[2])]);
  }
  return out;
}

export function extractEdmDependencies(input: { path: string; text: string }): ExtractResult {
  const diag = (message: string, line?: number): Diagnostic => ({ file: input.path, line, severity: 'warning', message, source: SOURCE });
  const parsed = parseXml(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [diag(`EDM4U dependencies file could not be parsed: ${parsed.error}`, parsed.line)] };
  const root = parsed.value.dependencies;
  if (!root) return { dependencies: [], diagnostics: [] };

  const lines = new LineMap(input.text);
  const pos = positions(input.text);
  const used = new Map<string, number>();
  const locate = (tag: string, value: string) => {
    const key = `${tag}\u0000${value}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    const offset = pos.get(key)?.[k] ?? pos.get(key)?.[0];
    return offset === undefined ? 1 : lines.lineOf(offset);
  };
  const deps: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  const add = (d: Omit<Dependency, 'direct' | 'location' | 'text' | 'usage' | 'scope'>, line: number) =>
    deps.push({ ...d, scope: 'edm4u', direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' });

  const visit = (node: XmlNode, depth: number) => {
    if (depth > 10) return;
    for (const [tag, value] of Object.entries(node)) {
      if (tag === '$' || tag === '_' || !Array.isArray(value)) continue;
      for (const child of value) {
        if (!child || typeof child !== 'object') continue;
        const c = child as XmlNode;
        const a = c.$ ?? {};
        if (!TAGS.includes(tag)) {
          visit(c, depth + 1);
          continue;
        }
        if (tag === 'androidPackage') {
          if (!a.spec) {
            diagnostics.push(diag('<androidPackage> without a spec attribute'));
            continue;
          }
          const line = locate(tag, a.spec);
          const [group, artifact, version] = a.spec.replace(/@[\w-]+$/, '').split(':').map((s) => s.trim());
          if (!group || !artifact) {
            diagnostics.push(diag(`androidPackage spec '${a.spec}' is not group:artifact:version`, line));
            continue;
          }
          add({ ecosystem: 'maven', name: `${group}:${artifact}`, ...(version ? { version } : {}) }, line);
        } else if (tag === 'iosPod') {
          if (!a.name) {
            diagnostics.push(diag('<iosPod> without a name attribute'));
            continue;
          }
          const line = locate(tag, a.name);
          add({ ecosystem: 'cocoapods', name: a.name, ...(a.version ? { version: a.version } : {}), ...(a.path ? { skipReason: `local pod (path: ${a.path})` } : {}) }, line);
        } else if (tag === 'remoteSwiftPackage') {
          if (!a.url) {
            diagnostics.push(diag('<remoteSwiftPackage> without a url attribute'));
            continue;
          }
          add({ ecosystem: 'spm', name: a.url, ...(a.version ? { version: a.version } : {}) }, locate(tag, a.url));
          visit(c, depth + 1);
        } else if (tag === 'swiftPackage' && a.name) {
          add({ ecosystem: 'framework', name: a.name }, locate(tag, a.name));
        }
      }
    }
  };
  visit(root, 0);
  return { dependencies: deps, diagnostics };
}

export const edmDependencies: Extractor = {
  name: 'unity/edm-dependencies',
  docs: 'https://github.com/googlesamples/unity-jar-resolver#usage',
  fileRequired: (path) => path.endsWith('Dependencies.xml') && /(^|\/)Editor\/(.*\/)?[^/]*Dependencies\.xml$/.test(path),
  extract: extractEdmDependencies,
};
