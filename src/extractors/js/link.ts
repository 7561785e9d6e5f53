import { dirOf } from '../types';
import type { Dependency, Diagnostic } from '../../types';
import type { LinkFile } from '../android/link';
import { walkLockGraph, type JsLockLinkData } from './package-lock/index';

// Joins a lock file with the package.json beside it, for lock formats that do not say which packages the app
// declares (yarn.lock, package-lock v1): declared ones become direct (devDependencies-only ones test-only),
// and every other package gets its chain from the declared ones, shipped dependencies first.


export function linkJs(files: LinkFile[]): { dependencies: Dependency[]; diagnostics: Diagnostic[] } {
  const manifests = new Map<string, Dependency[]>();
  for (const f of files) if (/(^|\/)package\.json$/.test(f.path)) manifests.set(dirOf(f.path), f.dependencies);
  for (const f of files) {
    const data = f.data as JsLockLinkData | undefined;
    if (data?.kind !== 'js-lock' || data.directKnown) continue;
    const declared = manifests.get(dirOf(f.path));
    if (!declared?.length) continue;
    const shipped = new Set(declared.filter((d) => d.usage !== 'test').map((d) => d.name));
    const dev = new Set(declared.filter((d) => d.usage === 'test' && !shipped.has(d.name)).map((d) => d.name));
    const walked = walkLockGraph([[...shipped], [...dev]], (n) => data.graph[n], (n) => n);
    for (const dep of f.dependencies) {
      const w = walked.get(dep.name);
      if (!w) continue;
      dep.direct = w.via.length === 0;
      if (dep.direct) delete dep.via;
      else dep.via = w.via;
      if (w.layer === 1) dep.usage = 'test';
      if (dep.skipReason && /not reachable|unreachable/i.test(dep.skipReason)) delete dep.skipReason;
    }
  }
  return { dependencies: [], diagnostics: [] };
}
