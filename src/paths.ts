import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The sdkscan package folder (holds rules/, schema/, dist/), found from this file whether it runs from src/, dist/ or the bundle. */
function findPackageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sdkscan') return dir;
      } catch {
        // keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return join(__dirname, '..');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
