import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { extractAll, scan } from '../src/scan';
import type { Dependency } from '../src/types';
import { extractPackageJson, packageJson } from '../src/extractors/js/package-json/index';
import { expoConfig, packageOfPlugin } from '../src/extractors/js/expo-config/index';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'expo', name);
const row = (d: Dependency) => [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage].join(' ');

describe('fixture expo/conditional-plugins', () => {
  it('app.config.ts: plugins through constants, spreads, conditions and &&; infoPlist and config keys; a call is a note', async () => {
    const r = await extractAll(fixture('conditional-plugins'), { sourceImports: false });
    expect(r.dependencies.filter((d) => d.location.file === 'app.config.ts').map(row).sort()).toEqual([
      'gradle-plugin com.google.gms.google-services - expo config googleServicesFile app.config.ts:21 release',
      'gradle-plugin com.google.gms.google-services - expo config googleServicesFile app.config.ts:29 release',
      'npm @react-native-firebase/app - expo plugin app.config.ts:11 release',
      'npm @sentry/react-native - expo plugin app.config.ts:12 release',
      'npm expo-router - expo plugin app.config.ts:10 release',
      'npm expo-tracking-transparency - expo plugin (conditional) app.config.ts:31 release',
      'npm react-native-google-mobile-ads - expo plugin (conditional) app.config.ts:4 release',
      'plist GADApplicationIdentifier - ios.infoPlist app.config.ts:24 release',
    ]);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity}`)).toEqual(['app.config.ts:31 note']);
    expect(r.facts.map((f) => f.kind)).toEqual(['ios-tracking-prompt']);
  });

  it('the same SDK through the npm wrapper and the config plugin is one SDK with all its evidence', async () => {
    const r = await scan({ root: fixture('conditional-plugins'), sourceImports: false });
    const ads = r.sdks.find((s) => s.id === 'google/google-mobile-ads')!;
    expect(ads.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['app.config.ts:4', 'app.config.ts:24', 'package.json:14']);
    expect(r.sdks.filter((s) => s.name === ads.name)).toHaveLength(1);
  });
});

describe('fixture expo/app-json', () => {
  it('app.json plugins, infoPlist keys and android config keys', async () => {
    const r = await extractAll(fixture('app-json'), { sourceImports: false });
    expect(r.dependencies.map(row).sort()).toEqual([
      'android-manifest com.google.android.gms.ads.APPLICATION_ID - expo config googleMobileAdsAppId app.json:17 release',
      'npm expo-router - expo plugin app.json:6 release',
      'npm expo-tracking-transparency - expo plugin app.json:7 release',
      'npm onesignal-expo-plugin - expo plugin app.json:8 release',
      'plist FacebookAppID - ios.infoPlist app.json:12 release',
    ]);
  });
});

describe('never executes the scanned repo', () => {
  it('an app.config.js that would write a file when run leaves none, and its plugins are still read', async () => {
    const dir = fixture('config-with-side-effects');
    const r = await scan({ root: dir });
    expect(existsSync(join(dir, 'EXECUTED.marker'))).toBe(false);
    expect(r.sdks.find((s) => s.id === 'onesignal/onesignal')?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['app.config.js:10', 'package.json:5']);
  });
});

describe('js/package-json', () => {
  it('dependencies ship, devDependencies are development-only, lines per section', () => {
    const text = '{\n  "dependencies": {\n    "react-native-appsflyer": "^6.15.1"\n  },\n  "devDependencies": {\n    "react-native-appsflyer": "^6.15.1",\n    "jest": "^29"\n  },\n  "optionalDependencies": { "fsevents": "2" }\n}';
    expect(extractPackageJson({ path: 'package.json', text }).dependencies.map(row)).toEqual([
      'npm react-native-appsflyer ^6.15.1 dependencies package.json:3 release',
      'npm fsevents 2 optionalDependencies package.json:9 release',
      'npm react-native-appsflyer ^6.15.1 devDependencies package.json:6 test',
      'npm jest ^29 devDependencies package.json:7 test',
    ]);
  });
  it('invalid JSON is a diagnostic', () => expect(extractPackageJson({ path: 'package.json', text: '{"dependencies": ' }).diagnostics).toHaveLength(1));
  it.each([
    ['package.json', true],
    ['apps/mobile/package.json', true],
    ['package.json.bak', false],
    ['mypackage.json', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(packageJson.fileRequired(p)).toBe(want));
});

describe('js/expo-config', () => {
  it.each([
    ['app.json', true],
    ['app.config.js', true],
    ['app.config.ts', true],
    ['apps/mobile/app.config.ts', true],
    ['src/app.ts', false],
    ['app.config.json.bak', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(expoConfig.fileRequired(p)).toBe(want));
  it.each([
    ['@sentry/react-native/expo', '@sentry/react-native'],
    ['expo-router', 'expo-router'],
    ['react-native-google-mobile-ads/plugin', 'react-native-google-mobile-ads'],
    ['./plugins/withX', './plugins/withX'],
  ])('packageOfPlugin(%s) = %s', (spec, want) => expect(packageOfPlugin(spec)).toBe(want));
  it('a config that does not parse is a diagnostic', () => {
    expect(expoConfig.extract({ path: 'app.config.ts', text: 'export default {{{' }).diagnostics).toHaveLength(1);
  });
});
