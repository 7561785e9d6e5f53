import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { LineMap } from '../../source-text';

// Xcode project files (project.pbxproj, an old-style plist read as text):
//   isa = XCRemoteSwiftPackageReference; repositoryURL = "https://github.com/getsentry/sentry-cocoa.git";
//     requirement = { kind = upToNextMajorVersion; minimumVersion = 8.0.0; };
//   isa = XCSwiftPackageProductDependency; package = …; productName = Sentry;
//   isa = PBXFileReference; … path = Frameworks/AppsFlyerLib.xcframework; sourceTree = "<group>";
// System frameworks (sourceTree = SDKROOT) are skipped.

const VALUE = String.raw`"((?:\\.|[^"\\])*)"|([^\s;"]+)`;
const REPOSITORY_URL = new RegExp(String.raw`repositoryURL\s*=\s*(?:${VALUE})\s*;`);
const REQUIREMENT = new RegExp(String.raw`(?:minimumVersion|version|branch|revision)\s*=\s*(?:${VALUE})\s*;`);
const PRODUCT_NAME = new RegExp(String.raw`productName\s*=\s*(?:${VALUE})\s*;`);
const PATH = new RegExp(String.raw`\bpath\s*=\s*(?:${VALUE})\s*;`);

function val(m: RegExpExecArray | null, i = 1): string | undefined {
  if (!m) return undefined;
  return m[i] ?? m[i + 1];
}

export function extractPbxproj(input: { path: string; text: string }): ExtractResult {
  const text = input.text;
  if (!/\bisa\s*=/.test(text)) {
    return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: 'not an Xcode project file (no objects with isa)', source: 'ios/pbxproj' }] };
  }
  const lines = new LineMap(text);
  const deps: Dependency[] = [];
  // objects: `ID /* comment */ = { ... };` -- take each object body up to its matching close
  for (const m of text.matchAll(/isa\s*=\s*(XCRemoteSwiftPackageReference|XCSwiftPackageProductDependency|PBXFileReference)\s*;/g)) {
    const start = text.lastIndexOf('{', m.index!);
    const end = findClose(text, start);
    const body = text.slice(start, end);
    const line = lines.lineOf(m.index!);
    if (m[1] === 'XCRemoteSwiftPackageReference') {
      const url = val(REPOSITORY_URL.exec(body));
      if (!url) continue;
      const urlLine = lines.lineOf(start + body.indexOf('repositoryURL'));
      const version = val(REQUIREMENT.exec(body));
      const dep: Dependency = { ecosystem: 'spm', name: url, direct: true, location: { file: input.path, line: urlLine }, text: lines.lineText(urlLine), usage: 'release' };
      if (version) dep.version = version;
      deps.push(dep);
    } else if (m[1] === 'XCSwiftPackageProductDependency') {
      const name = val(PRODUCT_NAME.exec(body));
      if (!name) continue;
      const l = lines.lineOf(start + body.indexOf('productName'));
      deps.push({ ecosystem: 'framework', name: name.replace(/^plugin:/, ''), scope: 'swift package product', direct: true, location: { file: input.path, line: l }, text: lines.lineText(l), usage: 'release' });
    } else {
      if (/sourceTree\s*=\s*SDKROOT/.test(body) || /sourceTree\s*=\s*DEVELOPER_DIR/.test(body)) continue;
      const path = val(PATH.exec(body));
      if (!path) continue;
      const fm = /([^/]+)\.(xcframework|framework)$/.exec(path);
      if (fm) deps.push({ ecosystem: 'framework', name: fm[1], scope: 'linked framework', direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' });
      else if (/\.a$/.test(path)) deps.push({ ecosystem: 'vendored-binary', name: path.replace(/^.*\//, ''), scope: 'linked library', direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' });
    }
  }
  return { dependencies: deps, diagnostics: [] };
}

function findClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

export const pbxproj: Extractor = {
  name: 'ios/pbxproj',
  docs: 'https://developer.apple.com/documentation/xcode/adding-package-dependencies-to-your-app',
  fileRequired: (path) => path.endsWith('.pbxproj') && /\.xcodeproj\/project\.pbxproj$/.test(path),
  extract: extractPbxproj,
};
