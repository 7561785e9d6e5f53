import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACTORS } from '../src/extractors/registry';
import { CHECKS } from '../src/checks/index';

// The name is the path: every extractor folder is registered under its folder name, and nothing else is.
describe('extractor registry', () => {
  const root = join(__dirname, '..', 'src', 'extractors');
  const folders = readdirSync(root)
    .filter((p) => statSync(join(root, p)).isDirectory())
    .flatMap((platform) =>
      readdirSync(join(root, platform))
        .filter((f) => statSync(join(root, platform, f)).isDirectory())
        .map((f) => `${platform}/${f}`),
    )
    .sort();

  it('lists exactly the extractor folders', () => {
    expect(EXTRACTORS.map((e) => e.name).sort()).toEqual(folders);
  });
  it.each(EXTRACTORS.map((e) => [e.name, e] as const))('%s has an index.ts and a docs URL', (name, e) => {
    expect(existsSync(join(root, name, 'index.ts'))).toBe(true);
    expect(e.docs).toMatch(/^https:\/\//);
  });
});

describe('check registry', () => {
  it('check ids are unique kebab-case', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe('check docs', () => {
  it.each(CHECKS.map((c) => [c.id]))('docs/checks/%s.md exists and starts with the id', (id) => {
    const file = join(__dirname, '..', 'docs', 'checks', `${id}.md`);
    expect(existsSync(file)).toBe(true);
    expect(require('node:fs').readFileSync(file, 'utf8').startsWith(`# ${id} `)).toBe(true);
  });
});
