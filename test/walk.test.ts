import { join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { toGlobIgnores, walk } from '../src/walk/walk';

describe('walk', () => {
  const root = mkdtempSync(join(tmpdir(), 'sdkscan-walk-'));
  for (const f of ['app/build.gradle', 'node_modules/x/package.json', 'app/build/intermediates/AndroidManifest.xml', 'ios/Pods/Sentry/Podfile', '.git/config', 'samples/demo/build.gradle', 'docs/a.md', '.gradle/x', 'ios/Podfile']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), '');
  }
  it('skips dependency caches, build output and VCS folders by default; sorted', async () => {
    expect(await walk(root)).toEqual(['app/build.gradle', 'docs/a.md', 'ios/Podfile', 'samples/demo/build.gradle']);
  });
  it('honours .gitignore-style patterns', async () => {
    expect(await walk(root, { ignore: ['samples/', '*.md'] })).toEqual(['app/build.gradle', 'ios/Podfile']);
  });
  it.each([
    ['build/', ['**/build/**']],
    ['/samples', ['samples', 'samples/**']],
    ['*.md', ['**/*.md', '**/*.md/**']],
    ['# comment', []],
  ])('toGlobIgnores(%j)', (p, want) => expect(toGlobIgnores(p)).toEqual(want));
});
