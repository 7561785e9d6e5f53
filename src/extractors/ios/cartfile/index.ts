import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';

// Carthage: Cartfile, Cartfile.private (development-only) and Cartfile.resolved.
//   github "ReactiveX/RxSwift" ~> 6.0
//   git "https://enterprise.local/desktop/git-error-translations2.git" "development"
//   binary "https://dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json" ~> 10.0
// https://github.com/Carthage/Carthage/blob/master/Documentation/Artifacts.md#cartfile

export function extractCartfile(input: { path: string; text: string }): ExtractResult {
  const isPrivate = /Cartfile\.private$/.test(input.path);
  const isResolved = /Cartfile\.resolved$/.test(input.path);
  const deps: Dependency[] = [];
  const lines = input.text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const t = raw.replace(/#.*$/, '').trim();
    const m = /^(github|git|binary)\s+"([^"]+)"\s*(.*)$/.exec(t);
    if (!m) return;
    const name = m[1] === 'binary' ? m[2].replace(/^[a-z]+:\/\//i, '') : m[2];
    const dep: Dependency = {
      ecosystem: 'carthage',
      name,
      scope: isPrivate ? 'Cartfile.private' : m[1],
      direct: !isResolved,
      location: { file: input.path, line: i + 1 },
      text: raw.trim(),
      usage: isPrivate ? 'test' : 'release',
    };
    const v = m[3].replace(/"/g, '').trim();
    if (v) dep.version = v;
    deps.push(dep);
  });
  return { dependencies: deps, diagnostics: [] };
}

export const cartfile: Extractor = {
  name: 'ios/cartfile',
  docs: 'https://github.com/Carthage/Carthage/blob/master/Documentation/Artifacts.md#cartfile',
  fileRequired: (path) => path.includes('Cartfile') && /(^|\/)Cartfile(\.private|\.resolved)?$/.test(path),
  extract: extractCartfile,
};
