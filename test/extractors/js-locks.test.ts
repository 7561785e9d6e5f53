import { MAX_CHAIN, extractPackageLock, packageLock, walkLockGraph, type JsLockLinkData } from '../../src/extractors/js/package-lock/index';
import { extractYarnLock, readBlockYaml, readLockYaml, yarnLock, type YamlMap } from '../../src/extractors/js/yarn-lock/index';
import { extractPnpmLock, pnpmLock } from '../../src/extractors/js/pnpm-lock/index';
import type { Dependency } from '../../src/types';

// name version line usage, then the scope of a direct dependency or the chain of a transitive one
const chain = (d: Dependency) =>
  [d.name, d.version ?? '-', `L${d.location.line}`, d.usage, d.direct ? `direct ${d.scope}` : d.skipReason ? 'SKIP' : `via ${(d.via ?? []).join('>')}`].join(' ');
const chains = (deps: Dependency[]) => deps.map(chain).sort();
const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

describe('walkLockGraph', () => {
  const graph: Record<string, string[]> = { app: ['b', 'a'], a: ['c'], b: ['c', 'd'], c: [], d: ['e'], e: [], dev: ['e', 'f'], f: [] };
  const kids = (id: string) => graph[id];
  it('shortest chains, ties broken by name, shipped roots before development ones', () => {
    const w = walkLockGraph([['app'], ['dev']], kids, (id) => id);
    expect([...w].map(([id, x]) => `${id}:${x.via.join('>')}:${x.layer}`)).toEqual(['app::0', 'a:app:0', 'b:app:0', 'c:app>a:0', 'd:app>b:0', 'e:app>b>d:0', 'dev::1', 'f:dev:1']);
  });
  it('peer edges are followed only to what nothing else reaches', () => {
    const peers: Record<string, string[]> = { a: ['react', 'c'] };
    const w = walkLockGraph([['app']], kids, (id) => id, (id) => peers[id]);
    expect(w.get('c')!.via).toEqual(['app', 'a']);
    expect(w.get('react')!.via).toEqual(['app', 'a']);
    expect(w.has('dev')).toBe(false);
  });
});

describe('js/package-lock', () => {
  const v3 = json({
    name: 'shop',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'shop', version: '1.0.0', dependencies: { 'react-native-appsflyer': '^6.15.1', '@react-native-firebase/app': '^18.9.0' }, devDependencies: { jest: '^29.7.0' } },
      'node_modules/@react-native-firebase/app': { version: '18.9.0', dependencies: { superstruct: '^0.6.2' }, peerDependencies: { react: '*' } },
      'node_modules/jest': { version: '29.7.0', dev: true, dependencies: { 'kind-of': '^5.0.0' } },
      'node_modules/jest/node_modules/kind-of': { version: '5.1.0', dev: true },
      'node_modules/kind-of': { version: '6.0.3' },
      'node_modules/left-over': { version: '1.0.0', extraneous: true },
      'node_modules/react': { version: '18.2.0', peer: true },
      'node_modules/react-native-appsflyer': { version: '6.15.1' },
      'node_modules/superstruct': { version: '0.6.2', dependencies: { 'kind-of': '^6.0.1' } },
    },
  });
  it('v3: direct from the root package, dev-only is test, nested copies resolve from their parent, peers as a last resort', () => {
    const r = extractPackageLock({ path: 'package-lock.json', text: v3 });
    expect(chains(r.dependencies)).toEqual([
      '@react-native-firebase/app 18.9.0 L18 release direct dependencies',
      'jest 29.7.0 L27 test direct devDependencies',
      'kind-of 5.1.0 L34 test via jest',
      'kind-of 6.0.3 L38 release via @react-native-firebase/app>superstruct',
      'left-over 1.0.0 L41 release SKIP',
      'react 18.2.0 L45 release via @react-native-firebase/app',
      'react-native-appsflyer 6.15.1 L49 release direct dependencies',
      'superstruct 0.6.2 L52 release via @react-native-firebase/app',
    ]);
    expect(r.dependencies.find((d) => d.name === 'kind-of' && d.version === '5.1.0')!.text).toBe('"node_modules/jest/node_modules/kind-of": {');
    expect(r.diagnostics).toEqual([]);
    expect((r.linkData as JsLockLinkData).directKnown).toBe(true);
  });
  it('v2: the legacy "dependencies" block is not read twice', () => {
    const text = json({
      lockfileVersion: 2,
      packages: { '': { dependencies: { 'react-native-onesignal': '^5.2.8' } }, 'node_modules/react-native-onesignal': { version: '5.2.8' } },
      dependencies: { 'react-native-onesignal': { version: '5.2.8' } },
    });
    expect(chains(extractPackageLock({ path: 'package-lock.json', text }).dependencies)).toEqual(['react-native-onesignal 5.2.8 L9 release direct dependencies']);
  });
  it('v1: nested "dependencies" with "requires"; the root is unknown, so rows are chained from what nothing requires', () => {
    const text = json({
      name: 'shop',
      lockfileVersion: 1,
      requires: true,
      dependencies: {
        '@sentry/react': { version: '7.119.1', requires: { 'hoist-non-react-statics': '^3.3.2' } },
        'hoist-non-react-statics': { version: '3.3.2', requires: { 'react-is': '^16.7.0' }, dependencies: { 'react-is': { version: '16.13.1' } } },
        'react-is': { version: '18.3.1' },
        'string-width-cjs': { version: 'npm:string-width@4.2.3' },
        typescript: { version: '5.0.4', dev: true },
      },
    });
    const r = extractPackageLock({ path: 'package-lock.json', text });
    expect(chains(r.dependencies)).toEqual([
      '@sentry/react 7.119.1 L6 release via ',
      'hoist-non-react-statics 3.3.2 L12 release via @sentry/react',
      'react-is 16.13.1 L18 release via @sentry/react>hoist-non-react-statics',
      'react-is 18.3.1 L23 release via ',
      'string-width 4.2.3 L26 release via ',
      'typescript 5.0.4 L29 test via ',
    ]);
    expect(r.linkData).toMatchObject({ directKnown: false, roots: ['@sentry/react', 'react-is', 'string-width', 'typescript'] });
  });
  it('workspaces: a workspace folder is an importer, its link is not a dependency; a file: link outside is one', () => {
    const text = json({
      lockfileVersion: 3,
      packages: {
        '': { name: 'monorepo', workspaces: ['apps/*'], dependencies: { sdk: 'file:../sdk' }, devDependencies: { prettier: '^3.3.3' } },
        'apps/mobile': { name: 'mobile', version: '1.0.0', dependencies: { 'react-native-appsflyer': '^6.15.1' } },
        'apps/mobile/node_modules/react-native-appsflyer': { version: '6.15.1' },
        'node_modules/mobile': { resolved: 'apps/mobile', link: true },
        'node_modules/prettier': { version: '3.3.3', dev: true },
        'node_modules/sdk': { resolved: '../sdk', link: true },
        '../sdk': { name: 'local-sdk', version: '0.1.0', dependencies: { invariant: '^2.2.4' } },
        'node_modules/invariant': { version: '2.2.4' },
      },
    });
    expect(chains(extractPackageLock({ path: 'package-lock.json', text }).dependencies)).toEqual([
      'invariant 2.2.4 L45 release via local-sdk',
      'local-sdk 0.1.0 L34 release direct dependencies',
      'prettier 3.3.3 L30 test direct devDependencies',
      'react-native-appsflyer 6.15.1 L23 release direct dependencies',
    ]);
  });
  it('one row per name@version: the direct copy wins over nested duplicates', () => {
    const text = json({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1', invariant: '^2.2.4' } },
        'node_modules/a': { version: '1.0.0', dependencies: { invariant: '2.2.4' } },
        'node_modules/a/node_modules/invariant': { version: '2.2.4' },
        'node_modules/invariant': { version: '2.2.4' },
      },
    });
    expect(chains(extractPackageLock({ path: 'package-lock.json', text }).dependencies)).toEqual(['a 1.0.0 L10 release direct dependencies', 'invariant 2.2.4 L19 release direct dependencies']);
  });
  it('minified JSON: line 1, the key as text', () => {
    const r = extractPackageLock({ path: 'package-lock.json', text: JSON.stringify({ lockfileVersion: 3, packages: { '': { dependencies: { a: '1' } }, 'node_modules/a': { version: '1.0.0' } } }) });
    expect(r.dependencies.map((d) => `${d.name} L${d.location.line} ${d.text}`)).toEqual(['a L1 "node_modules/a"']);
  });
  it.each([
    ['not JSON', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n', 'not valid JSON', 4],
    ['an array', '[]', 'not a JSON object', undefined],
    ['no lock fields', '{"name": "x"}', 'no "lockfileVersion"', undefined],
  ])('%s is a diagnostic', (_n, text, message, line) => {
    const r = extractPackageLock({ path: 'package-lock.json', text });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', source: 'js/package-lock', line })]);
    expect(r.diagnostics[0].message).toContain(message);
  });
  it('a lock of a project without dependencies is empty, not a problem', () => {
    expect(extractPackageLock({ path: 'package-lock.json', text: '{\n  "lockfileVersion": 1\n}\n' })).toMatchObject({ dependencies: [], diagnostics: [] });
  });
  it.each([
    ['package-lock.json', true],
    ['apps/mobile/package-lock.json', true],
    ['npm-shrinkwrap.json', true],
    ['node_modules/.package-lock.json', false],
    ['node_modules/foo/package-lock.json', false],
    ['package-lock.json.orig', false],
    ['my-package-lock.json', false],
    ['package.json', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(packageLock.fileRequired(p)).toBe(want));
});

describe('js/yarn-lock', () => {
  const classic = [
    '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.',
    '# yarn lockfile v1',
    '',
    '',
    '"@sentry/react@7.119.1":',
    '  version "7.119.1"',
    '  resolved "https://registry.yarnpkg.com/@sentry/react/-/react-7.119.1.tgz"',
    '  dependencies:',
    '    hoist-non-react-statics "^3.3.2"',
    '',
    'hoist-non-react-statics@^3.3.0, hoist-non-react-statics@^3.3.2:',
    '  "version" "3.3.2"',
    '  dependencies:',
    '    react-is "^16.7.0"',
    '',
    '"react-is@^16.7.0":',
    '  version "16.13.1"',
    '',
    '"string-width-cjs@npm:string-width@^4.2.0":',
    '  version "4.2.3"',
    '  optionalDependencies:',
    '    "@sentry/react" "7.119.1"',
  ].join('\n');
  it('classic: every header range, quoted field names, aliases, optional dependencies; chains from what nothing depends on', () => {
    const r = extractYarnLock({ path: 'yarn.lock', text: classic });
    expect(chains(r.dependencies)).toEqual([
      '@sentry/react 7.119.1 L5 release via string-width',
      'hoist-non-react-statics 3.3.2 L11 release via string-width>@sentry/react',
      'react-is 16.13.1 L16 release via string-width>@sentry/react>hoist-non-react-statics',
      'string-width 4.2.3 L19 release via ',
    ]);
    expect(r.dependencies.every((d) => !d.direct && d.usage === 'release')).toBe(true);
    expect(r.linkData).toMatchObject({ kind: 'js-lock', format: 'yarn-lock', directKnown: false, roots: ['string-width'], graph: { 'hoist-non-react-statics': ['react-is'] } });
    expect(r.diagnostics).toEqual([]);
  });
  it('classic: a stray line at column 0 is a diagnostic; the entries around it still count', () => {
    const r = extractYarnLock({ path: 'yarn.lock', text: 'react-is@^16.7.0:\n  version "16.13.1"\n<<<<<<< HEAD\ninvariant@^2.2.4:\n  version "2.2.4"\n' });
    expect(chains(r.dependencies)).toEqual(['invariant 2.2.4 L4 release via ', 'react-is 16.13.1 L1 release via ']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ line: 3, source: 'js/yarn-lock' })]);
  });

  const berry = [
    '# This file is generated by running "yarn install" inside your project.',
    '',
    '__metadata:',
    '  version: 6',
    '  cacheKey: 8',
    '',
    '"app@workspace:.":',
    '  version: 0.0.0-use.local',
    '  resolution: "app@workspace:."',
    '  dependencies:',
    '    react-native-google-mobile-ads: "portal:../"',
    '    resolve: ^1.22.1',
    '    semver-like: 1.10',
    '  languageName: unknown',
    '  linkType: soft',
    '',
    '"react-native-google-mobile-ads@portal:../::locator=app%40workspace%3A.":',
    '  version: 0.0.0-use.local',
    '  resolution: "react-native-google-mobile-ads@portal:../::locator=app%40workspace%3A."',
    '  dependencies:',
    '    "@iabtcf/core": "npm:^1.5.6"',
    '  languageName: node',
    '  linkType: soft',
    '',
    '"@iabtcf/core@npm:^1.5.6":',
    '  version: 1.5.6',
    '  resolution: "@iabtcf/core@npm:1.5.6"',
    '  languageName: node',
    '  linkType: hard',
    '',
    '"resolve@npm:^1.22.1":',
    '  version: 1.22.8',
    '  resolution: "resolve@npm:1.22.8"',
    '  languageName: node',
    '  linkType: hard',
    '',
    '"resolve@patch:resolve@^1.22.1#~builtin<compat/resolve>":',
    '  version: 1.22.8',
    '  resolution: "resolve@patch:resolve@npm%3A1.22.8#~builtin<compat/resolve>::version=1.22.8&hash=c3c19d"',
    '  languageName: node',
    '  linkType: hard',
    '',
    '"semver-like@npm:1.10":',
    '  version: 1.10.0',
    '  resolution: "semver-like@npm:1.10.0"',
    '  languageName: node',
    '  linkType: hard',
    '',
    '"semver-like@npm:1.9":',
    '  version: 1.9.0',
    '  resolution: "semver-like@npm:1.9.0"',
    '  languageName: node',
    '  linkType: hard',
  ].join('\n');
  it('Berry: roots are the workspace dependencies; portals, ranges without npm:, patched copies folded, 1.10 read as text', () => {
    const r = extractYarnLock({ path: 'yarn.lock', text: berry });
    expect(chains(r.dependencies)).toEqual([
      '@iabtcf/core 1.5.6 L25 release via react-native-google-mobile-ads',
      'react-native-google-mobile-ads 0.0.0-use.local L17 release via ',
      'resolve 1.22.8 L31 release via ',
      'semver-like 1.10.0 L43 release via ',
      'semver-like 1.9.0 L49 release SKIP',
    ]);
    expect(r.linkData).toMatchObject({ roots: ['react-native-google-mobile-ads', 'resolve', 'semver-like'] });
    expect(r.diagnostics).toEqual([]);
  });
  it('Berry: invalid YAML is a diagnostic with its line, and the file is still read line by line', () => {
    const r = extractYarnLock({ path: 'yarn.lock', text: berry.replace('  version: 1.5.6', '  version: [1.5.6') });
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', source: 'js/yarn-lock', line: expect.any(Number) })]);
    expect(r.dependencies.map((d) => d.name)).toContain('react-native-google-mobile-ads');
  });
  it('Berry over the YAML size limit is read line by line, linearly', () => {
    const entry = (i: number) => `"pkg-${i}@npm:^1.0.0":\n  version: 1.0.${i}\n  resolution: "pkg-${i}@npm:1.0.${i}"\n  dependencies:\n    pkg-${i + 1}: "npm:^1.0.0"\n  checksum: 10c0/${'0'.repeat(128)}\n  languageName: node\n  linkType: hard\n`;
    const parts = ['__metadata:\n  version: 8\n  cacheKey: 10c0\n'];
    for (let i = 0; i < 24000; i++) parts.push(entry(i));
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const t = Date.now();
    const r = extractYarnLock({ path: 'yarn.lock', text });
    expect(Date.now() - t).toBeLessThan(10000);
    expect(r.diagnostics).toEqual([]);
    expect(r.dependencies).toHaveLength(24000);
    expect(r.dependencies[2]).toMatchObject({ name: 'pkg-2', version: '1.0.2', via: ['pkg-0', 'pkg-1'], location: { line: 23 } });
    // a chain 24000 deep keeps its first MAX_CHAIN parents
    expect(r.dependencies[23999].via).toHaveLength(MAX_CHAIN);
  });
  it.each([
    ['yarn.lock', true],
    ['apps/mobile/yarn.lock', true],
    ['yarn.lock.orig', false],
    ['node_modules/foo/yarn.lock', false],
    ['.yarn/install-state.gz', false],
    ['yarn-error.log', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(yarnLock.fileRequired(p)).toBe(want));
});

describe('lock-file YAML', () => {
  const text = "a:\n  'b@1.0.0':\n    resolution: {integrity: sha512-x, tarball: 'https://x/y.tgz'}\n    engines: {node: '>=8'}\n    cpu: [arm64, x64]\n    v: 1.10\n  c: {}\n  list:\n    - one\n    - 'two'\n";
  it('the YAML wrapper and the line reader agree: every scalar as text, the same key lines', () => {
    const y = readLockYaml(text);
    if (!y.ok) throw new Error(y.error);
    const b = readBlockYaml(text);
    expect(b.value).toEqual(y.doc.value);
    expect((y.doc.value as YamlMap).a).toEqual({ 'b@1.0.0': { resolution: { integrity: 'sha512-x', tarball: 'https://x/y.tgz' }, engines: { node: '>=8' }, cpu: ['arm64', 'x64'], v: '1.10' }, c: {}, list: ['one', 'two'] });
    const inner = (v: YamlMap) => v.a as YamlMap;
    expect([y.doc.keyLine(inner(y.doc.value as YamlMap), 'c'), b.keyLine(inner(b.value as YamlMap), 'c')]).toEqual([7, 7]);
  });
});

describe('js/pnpm-lock', () => {
  const v9 = `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

importers:

  .:
    dependencies:
      '@sentry/react':
        specifier: ^7.119.1
        version: 7.119.1(react@18.2.0)
      local-ui:
        specifier: workspace:*
        version: link:packages/ui
      react:
        specifier: 18.2.0
        version: 18.2.0
      string-width-cjs:
        specifier: npm:string-width@^4.2.0
        version: string-width@4.2.3
    devDependencies:
      jest-like:
        specifier: ^1.0.0
        version: 1.0.0

  packages/ui: {}

packages:

  '@sentry/react@7.119.1':
    resolution: {integrity: sha512-a}
    engines: {node: '>=8'}
    peerDependencies:
      react: 15.x || 16.x || 17.x || 18.x

  hoist-non-react-statics@3.3.2:
    resolution: {integrity: sha512-b}

  jest-like@1.0.0:
    resolution: {integrity: sha512-c}

  loose-envify@1.4.0:
    resolution: {integrity: sha512-d}
    hasBin: true

  orphan@1.0.0:
    resolution: {integrity: sha512-e}

  react@18.2.0:
    resolution: {integrity: sha512-f}
    engines: {node: '>=0.10.0'}

  string-width@4.2.3:
    resolution: {integrity: sha512-g}

snapshots:

  '@sentry/react@7.119.1(react@18.2.0)':
    dependencies:
      hoist-non-react-statics: 3.3.2
      react: 18.2.0

  hoist-non-react-statics@3.3.2: {}

  jest-like@1.0.0:
    dependencies:
      loose-envify: 1.4.0

  loose-envify@1.4.0: {}

  orphan@1.0.0: {}

  react@18.2.0:
    dependencies:
      loose-envify: 1.4.0

  string-width@4.2.3: {}
`;
  it('v9: importers are direct, snapshots give the edges, peer suffixes fold, aliases resolve, link: is not a row', () => {
    const r = extractPnpmLock({ path: 'pnpm-lock.yaml', text: v9 });
    expect(chains(r.dependencies)).toEqual([
      '@sentry/react 7.119.1 L32 release direct dependencies',
      'hoist-non-react-statics 3.3.2 L38 release via @sentry/react',
      'jest-like 1.0.0 L41 test direct devDependencies',
      'loose-envify 1.4.0 L44 release via react',
      'orphan 1.0.0 L48 release SKIP',
      'react 18.2.0 L51 release direct dependencies',
      'string-width 4.2.3 L55 release direct dependencies',
    ]);
    expect(r.dependencies.find((d) => d.name === 'react')!.text).toBe('react@18.2.0:');
    expect(r.diagnostics).toEqual([]);
  });
  it('v9: a package only development dependencies reach is test', () => {
    const text = v9.replace("  react@18.2.0:\n    dependencies:\n      loose-envify: 1.4.0\n", '  react@18.2.0: {}\n');
    expect(chains(extractPnpmLock({ path: 'pnpm-lock.yaml', text }).dependencies)).toContain('loose-envify 1.4.0 L44 test via jest-like');
  });
  it('v6: top-level importer, /name@version(peers) keys, dependencies and dev flags inside packages', () => {
    const text = `lockfileVersion: '6.0'

dependencies:
  '@react-native-firebase/app':
    specifier: ^18.9.0
    version: 18.9.0(react@18.2.0)
  wrap-ansi-cjs:
    specifier: npm:wrap-ansi@^7.0.0
    version: /wrap-ansi@7.0.0

devDependencies:
  typescript:
    specifier: 5.0.4
    version: 5.0.4

packages:

  /@react-native-firebase/app@18.9.0(react@18.2.0):
    resolution: {integrity: sha512-a}
    dependencies:
      superstruct: 0.6.2
    dev: false

  /superstruct@0.6.2:
    resolution: {integrity: sha512-b}
    dev: false

  /typescript@5.0.4:
    resolution: {integrity: sha512-c}
    hasBin: true
    dev: true

  /wrap-ansi@7.0.0:
    resolution: {integrity: sha512-d}
    dev: false
`;
    expect(chains(extractPnpmLock({ path: 'pnpm-lock.yaml', text }).dependencies)).toEqual([
      '@react-native-firebase/app 18.9.0 L18 release direct dependencies',
      'superstruct 0.6.2 L24 release via @react-native-firebase/app',
      'typescript 5.0.4 L28 test direct devDependencies',
      'wrap-ansi 7.0.0 L33 release direct dependencies',
    ]);
  });
  it('v6 workspaces and v5 keys (/name/version_peers)', () => {
    const v6 = "lockfileVersion: '6.0'\n\nimporters:\n\n  apps/mobile:\n    dependencies:\n      react-native-appsflyer:\n        specifier: ^6.15.1\n        version: 6.15.1\n\npackages:\n\n  /react-native-appsflyer@6.15.1:\n    resolution: {integrity: sha512-a}\n    dev: false\n\n  registry.example.com/private-sdk@1.2.0:\n    resolution: {integrity: sha512-b}\n    dev: false\n";
    expect(chains(extractPnpmLock({ path: 'pnpm-lock.yaml', text: v6 }).dependencies)).toEqual(['private-sdk 1.2.0 L17 release SKIP', 'react-native-appsflyer 6.15.1 L13 release direct dependencies']);
    const v5 = 'lockfileVersion: 5.4\n\nspecifiers:\n  react-native-onesignal: ^4.5.0\n\ndependencies:\n  react-native-onesignal: 4.5.0_react@18.2.0\n\npackages:\n\n  /@babel/runtime/7.20.0:\n    resolution: {integrity: sha512-a}\n    dev: false\n\n  /react-native-onesignal/4.5.0_react@18.2.0:\n    resolution: {integrity: sha512-b}\n    dependencies:\n      \'@babel/runtime\': 7.20.0\n    dev: false\n';
    expect(chains(extractPnpmLock({ path: 'pnpm-lock.yaml', text: v5 }).dependencies)).toEqual([
      '@babel/runtime 7.20.0 L11 release via react-native-onesignal',
      'react-native-onesignal 4.5.0 L15 release direct dependencies',
    ]);
  });
  it.each([
    ['invalid YAML', "lockfileVersion: '9.0'\nimporters:\n  .: [unclosed\n", 'could not be parsed'],
    ['a scalar', 'just text', 'not a YAML mapping'],
  ])('%s is a diagnostic', (_n, text, message) => {
    const r = extractPnpmLock({ path: 'pnpm-lock.yaml', text });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', source: 'js/pnpm-lock' });
    expect(r.diagnostics[0].message).toContain(message);
  });
  it.each([
    ['pnpm-lock.yaml', true],
    ['apps/mobile/pnpm-lock.yaml', true],
    ['pnpm-lock.yml', false],
    ['pnpm-workspace.yaml', false],
    ['node_modules/.pnpm/lock.yaml', false],
    ['node_modules/x/pnpm-lock.yaml', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(pnpmLock.fileRequired(p)).toBe(want));
});
