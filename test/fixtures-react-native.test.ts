import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageJson } from '../src/extractors/js/package-json/index';
import { packageLock } from '../src/extractors/js/package-lock/index';
import { yarnLock } from '../src/extractors/js/yarn-lock/index';
import { pnpmLock } from '../src/extractors/js/pnpm-lock/index';
import type { Dependency, Diagnostic } from '../src/types';

// Whole-result tests: every dependency each React Native fixture yields (file, line, usage, chain), so a new
// false positive or a lost line fails the test. The same app (Firebase Analytics, AppsFlyer, Sentry, OneSignal)
// locked by npm, yarn classic, yarn Berry and pnpm. The JS extractors are run here the way extractAll runs
// registered ones (fileRequired on the repo-relative path, then extract), so the test holds before and after
// they are registered; the package.json + lock-file link step is not part of it.
const JS = [packageJson, packageLock, yarnLock, pnpmLock];
const row = (d: Dependency) => [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage, d.direct ? 'direct' : `via ${(d.via ?? []).join('>')}`].join(' ');

function extractFixture(name: string): { dependencies: Dependency[]; diagnostics: Diagnostic[] } {
  const root = join(__dirname, '..', 'fixtures', 'react-native', name);
  const dependencies: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of readdirSync(root).sort()) {
    for (const ex of JS.filter((e) => e.fileRequired(file))) {
      const r = ex.extract({ path: file, text: readFileSync(join(root, file), 'utf8') });
      dependencies.push(...r.dependencies);
      diagnostics.push(...r.diagnostics);
    }
  }
  return { dependencies, diagnostics };
}

describe('fixture react-native/bare-npm-lock', () => {
  it('package.json and a package-lock.json v3: direct from the root package, dev-only rows are test, nested node_modules copies, chains from the direct SDKs', () => {
    const r = extractFixture('bare-npm-lock');
    expect(r.dependencies.map(row).sort()).toEqual([
      'npm @react-native-firebase/analytics 18.9.0 dependencies package-lock.json:27 release direct',
      'npm @react-native-firebase/analytics ^18.9.0 dependencies package.json:13 release direct',
      'npm @react-native-firebase/app 18.9.0 dependencies package-lock.json:36 release direct',
      'npm @react-native-firebase/app ^18.9.0 dependencies package.json:14 release direct',
      'npm @sentry/react 7.119.1 - package-lock.json:57 release via @sentry/react-native',
      'npm @sentry/react-native 5.36.0 dependencies package-lock.json:76 release direct',
      'npm @sentry/react-native ^5.36.0 dependencies package.json:15 release direct',
      'npm @sentry/types 7.119.1 - package-lock.json:93 release via @sentry/react-native',
      'npm @types/prop-types 15.7.13 - package-lock.json:102 test via @types/react',
      'npm @types/react 18.3.12 devDependencies package-lock.json:109 test direct',
      'npm @types/react ^18.2.6 devDependencies package.json:22 test direct',
      'npm clone-deep 2.0.2 - package-lock.json:120 release via @react-native-firebase/app>superstruct',
      'npm csstype 3.1.3 - package-lock.json:135 test via @types/react',
      'npm for-in 0.1.8 - package-lock.json:251 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone>mixin-object',
      'npm for-in 1.0.2 - package-lock.json:142 release via @react-native-firebase/app>superstruct>clone-deep>for-own',
      'npm for-own 1.0.0 - package-lock.json:151 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm hoist-non-react-statics 3.3.2 - package-lock.json:163 release via @sentry/react-native>@sentry/react',
      'npm invariant 2.2.4 - package-lock.json:172 release via react-native',
      'npm is-extendable 0.1.1 - package-lock.json:181 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm is-plain-object 2.0.4 - package-lock.json:190 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm isobject 3.0.1 - package-lock.json:202 release via @react-native-firebase/app>superstruct>clone-deep>is-plain-object',
      'npm js-tokens 4.0.0 - package-lock.json:211 release via react>loose-envify',
      'npm kind-of 5.1.0 - package-lock.json:347 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm kind-of 6.0.3 - package-lock.json:217 release via @react-native-firebase/app>superstruct',
      'npm loose-envify 1.4.0 - package-lock.json:226 release via react',
      'npm mixin-object 2.0.1 - package-lock.json:238 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm nullthrows 1.1.1 - package-lock.json:260 release via react-native',
      'npm opencollective-postinstall 2.0.3 - package-lock.json:266 release via @react-native-firebase/app',
      'npm react 18.2.0 dependencies package-lock.json:275 release direct',
      'npm react 18.2.0 dependencies package.json:16 release direct',
      'npm react-is 16.13.1 - package-lock.json:287 release via @sentry/react-native>@sentry/react>hoist-non-react-statics',
      'npm react-native 0.74.5 dependencies package-lock.json:293 release direct',
      'npm react-native 0.74.5 dependencies package.json:17 release direct',
      'npm react-native-appsflyer 6.15.1 dependencies package-lock.json:318 release direct',
      'npm react-native-appsflyer ^6.15.1 dependencies package.json:18 release direct',
      'npm react-native-onesignal 5.2.8 dependencies package-lock.json:324 release direct',
      'npm react-native-onesignal ^5.2.8 dependencies package.json:19 release direct',
      'npm shallow-clone 1.0.0 - package-lock.json:333 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm superstruct 0.6.2 - package-lock.json:356 release via @react-native-firebase/app',
      'npm typescript 5.0.4 devDependencies package-lock.json:366 test direct',
      'npm typescript 5.0.4 devDependencies package.json:23 test direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture react-native/yarn-classic', () => {
  it('package.json and a classic yarn.lock: every lock row is transitive-or-root (direct: false), chained from the packages nothing depends on', () => {
    const r = extractFixture('yarn-classic');
    expect(r.dependencies.map(row).sort()).toEqual([
      'npm @react-native-firebase/analytics 18.9.0 - yarn.lock:5 release via ',
      'npm @react-native-firebase/analytics ^18.9.0 dependencies package.json:13 release direct',
      'npm @react-native-firebase/app 18.9.0 - yarn.lock:10 release via ',
      'npm @react-native-firebase/app ^18.9.0 dependencies package.json:14 release direct',
      'npm @sentry/react 7.119.1 - yarn.lock:33 release via @sentry/react-native',
      'npm @sentry/react-native 5.36.0 - yarn.lock:18 release via ',
      'npm @sentry/react-native ^5.36.0 dependencies package.json:15 release direct',
      'npm @sentry/types 7.119.1 - yarn.lock:44 release via @sentry/react-native',
      'npm @types/prop-types 15.7.13 - yarn.lock:49 release via @types/react',
      'npm @types/react 18.3.12 - yarn.lock:54 release via ',
      'npm @types/react ^18.2.6 devDependencies package.json:22 test direct',
      'npm clone-deep 2.0.2 - yarn.lock:62 release via @react-native-firebase/app>superstruct',
      'npm csstype 3.1.3 - yarn.lock:72 release via @types/react',
      'npm for-in 0.1.8 - yarn.lock:77 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone>mixin-object',
      'npm for-in 1.0.2 - yarn.lock:82 release via @react-native-firebase/app>superstruct>clone-deep>for-own',
      'npm for-own 1.0.0 - yarn.lock:87 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm hoist-non-react-statics 3.3.2 - yarn.lock:94 release via @sentry/react-native>@sentry/react',
      'npm invariant 2.2.4 - yarn.lock:101 release via react-native',
      'npm is-extendable 0.1.1 - yarn.lock:108 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm is-plain-object 2.0.4 - yarn.lock:113 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm isobject 3.0.1 - yarn.lock:120 release via @react-native-firebase/app>superstruct>clone-deep>is-plain-object',
      'npm js-tokens 4.0.0 - yarn.lock:125 release via react>loose-envify',
      'npm kind-of 5.1.0 - yarn.lock:130 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm kind-of 6.0.3 - yarn.lock:135 release via @react-native-firebase/app>superstruct',
      'npm loose-envify 1.4.0 - yarn.lock:140 release via react',
      'npm mixin-object 2.0.1 - yarn.lock:147 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm nullthrows 1.1.1 - yarn.lock:155 release via react-native',
      'npm opencollective-postinstall 2.0.3 - yarn.lock:160 release via @react-native-firebase/app',
      'npm react 18.2.0 - yarn.lock:190 release via ',
      'npm react 18.2.0 dependencies package.json:16 release direct',
      'npm react-is 16.13.1 - yarn.lock:165 release via @sentry/react-native>@sentry/react>hoist-non-react-statics',
      'npm react-native 0.74.5 - yarn.lock:182 release via ',
      'npm react-native 0.74.5 dependencies package.json:17 release direct',
      'npm react-native-appsflyer 6.15.1 - yarn.lock:170 release via ',
      'npm react-native-appsflyer ^6.15.1 dependencies package.json:18 release direct',
      'npm react-native-onesignal 5.2.8 - yarn.lock:175 release via ',
      'npm react-native-onesignal ^5.2.8 dependencies package.json:19 release direct',
      'npm shallow-clone 1.0.0 - yarn.lock:197 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm superstruct 0.6.2 - yarn.lock:206 release via @react-native-firebase/app',
      'npm typescript 5.0.4 - yarn.lock:214 release via ',
      'npm typescript 5.0.4 devDependencies package.json:23 test direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture react-native/yarn-berry', () => {
  it('package.json and a Berry yarn.lock: chains start at the dependencies of the workspace; the builtin typescript patch folds into typescript', () => {
    const r = extractFixture('yarn-berry');
    expect(r.dependencies.map(row).sort()).toEqual([
      'npm @react-native-firebase/analytics 18.9.0 - yarn.lock:8 release via ',
      'npm @react-native-firebase/analytics ^18.9.0 dependencies package.json:13 release direct',
      'npm @react-native-firebase/app 18.9.0 - yarn.lock:16 release via ',
      'npm @react-native-firebase/app ^18.9.0 dependencies package.json:14 release direct',
      'npm @sentry/react 7.119.1 - yarn.lock:48 release via @sentry/react-native',
      'npm @sentry/react-native 5.36.0 - yarn.lock:32 release via ',
      'npm @sentry/react-native ^5.36.0 dependencies package.json:15 release direct',
      'npm @sentry/types 7.119.1 - yarn.lock:62 release via @sentry/react-native',
      'npm @types/prop-types 15.7.13 - yarn.lock:68 release via @types/react',
      'npm @types/react 18.3.12 - yarn.lock:75 release via ',
      'npm @types/react ^18.2.6 devDependencies package.json:22 test direct',
      'npm clone-deep 2.0.2 - yarn.lock:85 release via @react-native-firebase/app>superstruct',
      'npm csstype 3.1.3 - yarn.lock:97 release via @types/react',
      'npm for-in 0.1.8 - yarn.lock:104 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone>mixin-object',
      'npm for-in 1.0.2 - yarn.lock:111 release via @react-native-firebase/app>superstruct>clone-deep>for-own',
      'npm for-own 1.0.0 - yarn.lock:118 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm hoist-non-react-statics 3.3.2 - yarn.lock:127 release via @sentry/react-native>@sentry/react',
      'npm invariant 2.2.4 - yarn.lock:136 release via react-native',
      'npm is-extendable 0.1.1 - yarn.lock:145 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm is-plain-object 2.0.4 - yarn.lock:152 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm isobject 3.0.1 - yarn.lock:161 release via @react-native-firebase/app>superstruct>clone-deep>is-plain-object',
      'npm js-tokens 4.0.0 - yarn.lock:168 release via react>loose-envify',
      'npm kind-of 5.1.0 - yarn.lock:175 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm kind-of 6.0.3 - yarn.lock:182 release via @react-native-firebase/app>superstruct',
      'npm loose-envify 1.4.0 - yarn.lock:189 release via react',
      'npm mixin-object 2.0.1 - yarn.lock:200 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm nullthrows 1.1.1 - yarn.lock:210 release via react-native',
      'npm opencollective-postinstall 2.0.3 - yarn.lock:217 release via @react-native-firebase/app',
      'npm react 18.2.0 - yarn.lock:264 release via ',
      'npm react 18.2.0 dependencies package.json:16 release direct',
      'npm react-is 16.13.1 - yarn.lock:226 release via @sentry/react-native>@sentry/react>hoist-non-react-statics',
      'npm react-native 0.74.5 - yarn.lock:247 release via ',
      'npm react-native 0.74.5 dependencies package.json:17 release direct',
      'npm react-native-appsflyer 6.15.1 - yarn.lock:233 release via ',
      'npm react-native-appsflyer ^6.15.1 dependencies package.json:18 release direct',
      'npm react-native-onesignal 5.2.8 - yarn.lock:239 release via ',
      'npm react-native-onesignal ^5.2.8 dependencies package.json:19 release direct',
      'npm shallow-clone 1.0.0 - yarn.lock:273 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm superstruct 0.6.2 - yarn.lock:300 release via @react-native-firebase/app',
      'npm typescript 5.0.4 - yarn.lock:310 release via ',
      'npm typescript 5.0.4 devDependencies package.json:23 test direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture react-native/pnpm', () => {
  it('package.json and a pnpm-lock.yaml v9: importer dependencies are direct, snapshots give the chains, peer suffixes fold into one row', () => {
    const r = extractFixture('pnpm');
    expect(r.dependencies.map(row).sort()).toEqual([
      'npm @react-native-firebase/analytics 18.9.0 dependencies pnpm-lock.yaml:42 release direct',
      'npm @react-native-firebase/analytics ^18.9.0 dependencies package.json:13 release direct',
      'npm @react-native-firebase/app 18.9.0 dependencies pnpm-lock.yaml:47 release direct',
      'npm @react-native-firebase/app ^18.9.0 dependencies package.json:14 release direct',
      'npm @sentry/react 7.119.1 - pnpm-lock.yaml:60 release via @sentry/react-native',
      'npm @sentry/react-native 5.36.0 dependencies pnpm-lock.yaml:57 release direct',
      'npm @sentry/react-native ^5.36.0 dependencies package.json:15 release direct',
      'npm @sentry/types 7.119.1 - pnpm-lock.yaml:66 release via @sentry/react-native',
      'npm @types/prop-types 15.7.13 - pnpm-lock.yaml:70 test via @types/react',
      'npm @types/react 18.3.12 devDependencies pnpm-lock.yaml:73 test direct',
      'npm @types/react ^18.2.6 devDependencies package.json:22 test direct',
      'npm clone-deep 2.0.2 - pnpm-lock.yaml:76 release via @react-native-firebase/app>superstruct',
      'npm csstype 3.1.3 - pnpm-lock.yaml:80 test via @types/react',
      'npm for-in 0.1.8 - pnpm-lock.yaml:83 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone>mixin-object',
      'npm for-in 1.0.2 - pnpm-lock.yaml:87 release via @react-native-firebase/app>superstruct>clone-deep>for-own',
      'npm for-own 1.0.0 - pnpm-lock.yaml:91 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm hoist-non-react-statics 3.3.2 - pnpm-lock.yaml:95 release via @sentry/react-native>@sentry/react',
      'npm invariant 2.2.4 - pnpm-lock.yaml:98 release via react-native',
      'npm is-extendable 0.1.1 - pnpm-lock.yaml:101 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm is-plain-object 2.0.4 - pnpm-lock.yaml:105 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm isobject 3.0.1 - pnpm-lock.yaml:109 release via @react-native-firebase/app>superstruct>clone-deep>is-plain-object',
      'npm js-tokens 4.0.0 - pnpm-lock.yaml:113 release via react>loose-envify',
      'npm kind-of 5.1.0 - pnpm-lock.yaml:116 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm kind-of 6.0.3 - pnpm-lock.yaml:120 release via @react-native-firebase/app>superstruct',
      'npm loose-envify 1.4.0 - pnpm-lock.yaml:124 release via react',
      'npm mixin-object 2.0.1 - pnpm-lock.yaml:128 release via @react-native-firebase/app>superstruct>clone-deep>shallow-clone',
      'npm nullthrows 1.1.1 - pnpm-lock.yaml:132 release via react-native',
      'npm opencollective-postinstall 2.0.3 - pnpm-lock.yaml:135 release via @react-native-firebase/app',
      'npm react 18.2.0 dependencies package.json:16 release direct',
      'npm react 18.2.0 dependencies pnpm-lock.yaml:159 release direct',
      'npm react-is 16.13.1 - pnpm-lock.yaml:139 release via @sentry/react-native>@sentry/react>hoist-non-react-statics',
      'npm react-native 0.74.5 dependencies package.json:17 release direct',
      'npm react-native 0.74.5 dependencies pnpm-lock.yaml:148 release direct',
      'npm react-native-appsflyer 6.15.1 dependencies pnpm-lock.yaml:142 release direct',
      'npm react-native-appsflyer ^6.15.1 dependencies package.json:18 release direct',
      'npm react-native-onesignal 5.2.8 dependencies pnpm-lock.yaml:145 release direct',
      'npm react-native-onesignal ^5.2.8 dependencies package.json:19 release direct',
      'npm shallow-clone 1.0.0 - pnpm-lock.yaml:163 release via @react-native-firebase/app>superstruct>clone-deep',
      'npm superstruct 0.6.2 - pnpm-lock.yaml:167 release via @react-native-firebase/app',
      'npm typescript 5.0.4 devDependencies package.json:23 test direct',
      'npm typescript 5.0.4 devDependencies pnpm-lock.yaml:170 test direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('yarn.lock joined with package.json (link stage)', () => {
  it.each(['yarn-classic', 'yarn-berry'])('%s: declared packages are direct, devDependencies test-only, the rest chained from them', async (name) => {
    const { extractAll } = await import('../src/scan');
    const r = await extractAll(join(__dirname, '..', 'fixtures', 'react-native', name), { sourceImports: false });
    const lock = r.dependencies.filter((d) => d.location.file === 'yarn.lock');
    const find = (n: string) => lock.find((d) => d.name === n)!;
    expect([find('@sentry/react-native').direct, find('@sentry/react-native').usage]).toEqual([true, 'release']);
    expect([find('@types/react').direct, find('@types/react').usage]).toEqual([true, 'test']);
    expect(find('@sentry/react').via).toEqual(['@sentry/react-native']);
  });
});
