import { dirOf } from '../types';
import type { Dependency, Diagnostic, Usage } from '../../types';
import type { LinkFile } from '../android/link';
import type { PodfileLinkData } from './podfile/index';
import type { PodfileLockLinkData } from './podfile-lock/index';
import { widestUsage } from '../../match/index';
import { normalizeRepoUrl } from '../../rules/identifiers';

// Joins a Podfile.lock with the Podfile beside it: a pod reached only from test targets is test-only,
// one reached only from debug configurations is debug-only; without a Podfile every pod counts as shipped.


export function linkIos(files: LinkFile[]): { dependencies: Dependency[]; diagnostics: Diagnostic[] } {
  const podfiles = new Map<string, PodfileLinkData>();
  for (const f of files) {
    const d = f.data as { kind?: string } | undefined;
    if (d?.kind === 'podfile') podfiles.set(dirOf(f.path), d as PodfileLinkData);
  }
  for (const f of files) {
    const d = f.data as PodfileLockLinkData | undefined;
    if (d?.kind !== 'podfile-lock') continue;
    const podfile = podfiles.get(dirOf(f.path));
    if (!podfile) continue;
    for (const dep of f.dependencies) {
      const pod = dep.name.split('/')[0];
      const usages: Usage[] = (d.roots[pod] ?? [pod]).map((r) => podfile.pods[r] ?? 'release');
      dep.usage = widestUsage(usages);
    }
  }
  // a Package.resolved pin is direct when the project file or Package.swift beside it declares it
  const declared = new Set<string>();
  for (const f of files) {
    if (/(\.pbxproj|Package(@swift-[\d.]+)?\.swift)$/.test(f.path)) for (const d of f.dependencies) if (d.ecosystem === 'spm') declared.add(normalizeRepoUrl(d.name));
  }
  // the others were resolved for a package the app uses: SwiftPM links only the products the app declares
  // (firebase-ios-sdk always resolves GoogleAppMeasurement, used only by the FirebaseAnalytics product)
  for (const f of files) {
    if (!f.path.endsWith('Package.resolved')) continue;
    for (const d of f.dependencies) {
      if (declared.has(normalizeRepoUrl(d.name))) d.direct = true;
      else if (declared.size) {
        d.weak = true;
        d.skipReason = 'resolved as a dependency of another package; SwiftPM links only the products the app declares';
      }
    }
  }
  return { dependencies: [], diagnostics: [] };
}
