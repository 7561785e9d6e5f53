import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';

// Package.resolved, every SwiftPM pin (direct and transitive):
//   v1: {"object": {"pins": [{"package": "Sentry", "repositoryURL": "https://…", "state": {"version": "8.36.0"}}]}, "version": 1}
//   v2/v3: {"pins": [{"identity": "sentry-cocoa", "kind": "remoteSourceControl", "location": "https://…", "state": {…}}], "version": 2}
// Found at the root, in *.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/ and *.xcworkspace/xcshareddata/swiftpm/.

interface Pin {
  package?: string;
  identity?: string;
  repositoryURL?: string;
  location?: string;
  state?: { version?: string | null; revision?: string; branch?: string | null };
}

export function extractPackageResolved(input: { path: string; text: string }): ExtractResult {
  let doc: { version?: number; pins?: Pin[]; object?: { pins?: Pin[] } };
  try {
    doc = JSON.parse(input.text);
  } catch (e) {
    return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `Package.resolved is not valid JSON: ${(e as Error).message}`, source: 'ios/package-resolved' }] };
  }
  const pins = doc?.pins ?? doc?.object?.pins;
  if (!Array.isArray(pins)) return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `Package.resolved has no pins (format version ${doc?.version ?? 'unknown'})`, source: 'ios/package-resolved' }] };
  const lines = input.text.split(/\r?\n/);
  const deps: Dependency[] = [];
  for (const pin of pins) {
    const url = pin.location ?? pin.repositoryURL;
    if (!url) continue;
    const i = lines.findIndex((l) => l.includes(JSON.stringify(url).slice(1, -1)));
    const line = i < 0 ? 1 : i + 1;
    const dep: Dependency = {
      ecosystem: 'spm',
      name: url,
      // a resolved file does not say which pins the app declared: the project file or Package.swift does
      direct: false,
      location: { file: input.path, line },
      text: lines[line - 1]?.trim() ?? url,
      usage: 'release',
    };
    const v = pin.state?.version ?? pin.state?.branch ?? pin.state?.revision;
    if (v) dep.version = v;
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics: [] };
}

export const packageResolved: Extractor = {
  name: 'ios/package-resolved',
  docs: 'https://developer.apple.com/documentation/xcode/adding-package-dependencies-to-your-app',
  fileRequired: (path) => path.endsWith('Package.resolved') && /(^|\/)Package\.resolved$/.test(path),
  extract: extractPackageResolved,
};
