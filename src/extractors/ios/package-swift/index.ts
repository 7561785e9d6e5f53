import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { C_LIKE, LineMap, stripComments } from '../../source-text';

// Package.swift, tokenized and never compiled:
//   .package(url: "https://github.com/getsentry/sentry-cocoa", from: "8.0.0")
//   .package(name: "Facebook", url: "https://github.com/facebook/facebook-ios-sdk.git", .upToNextMajor(from: "17.0.0"))
//   .package(url: "…", exact: "1.2.3") | branch: "main" | revision: "abc" | "1.0.0"..<"2.0.0"
//   .product(name: "FirebaseCrashlytics", package: "firebase-ios-sdk")
// https://developer.apple.com/documentation/packagedescription/package/dependency

export function extractPackageSwift(input: { path: string; text: string }): ExtractResult {
  const code = stripComments(input.text, C_LIKE);
  const lines = new LineMap(input.text);
  const deps: Dependency[] = [];
  for (const m of code.matchAll(/\.package\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
    const args = m[1];
    const url = /\burl\s*:\s*"([^"]+)"/.exec(args)?.[1];
    const path = /\bpath\s*:\s*"([^"]+)"/.exec(args)?.[1];
    const line = lines.lineOf(m.index!);
    if (!url) {
      if (path) deps.push({ ecosystem: 'spm', name: path, direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release', skipReason: 'local package (path:)' });
      continue;
    }
    const version =
      /\b(?:from|exact)\s*:\s*"([^"]+)"/.exec(args)?.[1] ??
      /\.(?:upToNextMajor|upToNextMinor|exact)\s*\(\s*(?:from\s*:\s*)?"([^"]+)"/.exec(args)?.[1] ??
      /"([^"]+)"\s*\.\.[.<]\s*"([^"]+)"/.exec(args)?.slice(1, 3).join('..<') ??
      /\b(?:branch|revision)\s*:\s*"([^"]+)"/.exec(args)?.[1];
    const dep: Dependency = { ecosystem: 'spm', name: url, direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' };
    if (version) dep.version = version;
    deps.push(dep);
  }
  // products used by targets: .product(name: "FirebaseCrashlytics", package: "firebase-ios-sdk")
  for (const m of code.matchAll(/\.product\s*\(\s*name\s*:\s*"([^"]+)"\s*,\s*package\s*:\s*"([^"]+)"/g)) {
    const line = lines.lineOf(m.index!);
    deps.push({ ecosystem: 'framework', name: m[1], scope: `product of ${m[2]}`, direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: 'release' });
  }
  return { dependencies: deps, diagnostics: [] };
}

export const packageSwift: Extractor = {
  name: 'ios/package-swift',
  docs: 'https://developer.apple.com/documentation/packagedescription',
  fileRequired: (path) => path.endsWith('.swift') && /(^|\/)Package(@swift-[\d.]+)?\.swift$/.test(path),
  extract: extractPackageSwift,
};
