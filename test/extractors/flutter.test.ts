import { extractPubspec, pubspec } from '../../src/extractors/flutter/pubspec/index';
import { extractPubspecLock, pubspecLock } from '../../src/extractors/flutter/pubspec-lock/index';
import { briefs } from '../helpers';

describe('flutter/pubspec', () => {
  const deps = (body: string) => extractPubspec({ path: 'pubspec.yaml', text: `dependencies:\n${body}\n` }).dependencies;
  it.each([
    ['caret range', '  firebase_core: ^3.6.0', 'pub firebase_core ^3.6.0 dependencies L2 release'],
    ['exact version', '  appsflyer_sdk: 6.15.1', 'pub appsflyer_sdk 6.15.1 dependencies L2 release'],
    ['quoted range', "  sentry_flutter: '>=8.0.0 <9.0.0'", 'pub sentry_flutter >=8.0.0 <9.0.0 dependencies L2 release'],
    ['a version YAML reads as a number', '  intl: 0.20', 'pub intl 0.20 dependencies L2 release'],
    ['hosted: a number version', '  acme:\n    hosted: https://pub.acme.dev\n    version: 2.10', 'pub acme 2.10 dependencies L2 release'],
    ['any', '  intl: any', 'pub intl any dependencies L2 release'],
    ['no constraint', '  cupertino_icons:', 'pub cupertino_icons - dependencies L2 release'],
    ['hosted: url', '  acme_analytics:\n    hosted: https://pub.acme.dev\n    version: ^2.1.0', 'pub acme_analytics ^2.1.0 dependencies L2 release'],
    ['hosted: name and url', '  acme_analytics:\n    hosted:\n      name: acme_analytics\n      url: https://pub.acme.dev\n    version: ^2.1.0', 'pub acme_analytics ^2.1.0 dependencies L2 release'],
    ['git: url', '  # comment\n  kittens:\n    git: https://github.com/munificent/kittens.git', 'pub kittens - dependencies L3 release'],
    ['git: url, ref, path', '  kittens:\n    git:\n      url: git@github.com:munificent/kittens.git\n      ref: some-branch\n      path: path/to/kittens', 'pub kittens some-branch dependencies L2 release'],
    ['path:', '  design_system:\n    path: ../design_system', 'pub design_system - dependencies L2 release'],
    ['quoted key', '  "firebase_analytics": ^11.3.3', 'pub firebase_analytics ^11.3.3 dependencies L2 release'],
  ])('%s', (_what, body, want) => expect(briefs(deps(body))).toEqual([want]));

  it.each([
    ['an SDK package', '  flutter:\n    sdk: flutter'],
    ['a commented-out package', '  # firebase_core: ^3.6.0'],
    ['an empty section', ''],
  ])('near miss: %s', (_what, body) => expect(deps(body)).toEqual([]));

  it.each([
    ['the environment block', 'environment:\n  sdk: ">=3.4.0 <4.0.0"\n  flutter: ">=3.22.0"'],
    ['the flutter block', 'flutter:\n  uses-material-design: true\n  assets:\n    - assets/images/'],
    ['a look-alike section', 'dependencies_backup:\n  firebase_core: ^3.6.0'],
  ])('near miss: %s is not a dependency section', (_what, text) => {
    expect(extractPubspec({ path: 'pubspec.yaml', text }).dependencies).toEqual([]);
  });

  it('git and path packages say where they come from', () => {
    const d = deps('  kittens:\n    git:\n      url: https://github.com/munificent/kittens.git\n  local:\n    path: ../local');
    expect(d.map((x) => x.skipReason)).toEqual(['from git https://github.com/munificent/kittens.git', 'local package (path: ../local)']);
  });

  it('dev_dependencies are test-only; overrides keep their own scope; SDK packages skip in every section', () => {
    const text = ['dependencies:', '  flutter:', '    sdk: flutter', '  firebase_core: ^3.6.0', 'dev_dependencies:', '  flutter_test:', '    sdk: flutter', '  mocktail: ^1.0.4', 'dependency_overrides:', '  intl: 0.19.0'].join('\n');
    expect(briefs(extractPubspec({ path: 'app/pubspec.yaml', text }).dependencies)).toEqual([
      'pub firebase_core ^3.6.0 dependencies L4 release',
      'pub intl 0.19.0 dependency_overrides L10 release',
      'pub mocktail ^1.0.4 dev_dependencies L8 test',
    ]);
  });

  it('invalid YAML is a diagnostic with its line', () => {
    const r = extractPubspec({ path: 'pubspec.yaml', text: 'name: app\ndependencies:\n  firebase_core: [unclosed\n' });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: 'pubspec.yaml', severity: 'warning', source: 'flutter/pubspec' });
    expect(r.diagnostics[0].line).toBeGreaterThanOrEqual(3);
  });

  it('a dependencies list instead of a mapping is a diagnostic; other sections are still read', () => {
    const r = extractPubspec({ path: 'pubspec.yaml', text: 'dependencies:\n  - firebase_core\ndev_dependencies:\n  mocktail: ^1.0.4\n' });
    expect(briefs(r.dependencies)).toEqual(['pub mocktail ^1.0.4 dev_dependencies L4 test']);
    expect(r.diagnostics.map((d) => d.line)).toEqual([2]);
  });

  it.each([
    ['pubspec.yaml', true],
    ['app/pubspec.yaml', true],
    ['pubspec_overrides.yaml', true],
    ['pubspec.yml', false],
    ['pubspec.lock', false],
    ['my_pubspec.yaml', false],
    ['pubspec.yaml.orig', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(pubspec.fileRequired(p)).toBe(want));
});

describe('flutter/pubspec-lock', () => {
  const entry = (name: string, dependency: string, source: string, version: string, description: string) =>
    [`  ${name}:`, `    dependency: ${dependency}`, `    description:${description}`, `    source: ${source}`, `    version: "${version}"`].join('\n');
  const hosted = (name: string) => `\n      name: ${name}\n      sha256: "abc"\n      url: "https://pub.dev"`;
  const lock = (...entries: string[]) => ['# Generated by pub', 'packages:', ...entries, 'sdks:', '  dart: ">=3.4.0 <4.0.0"'].join('\n');
  const run = (...entries: string[]) => extractPubspecLock({ path: 'pubspec.lock', text: lock(...entries) }).dependencies;

  it.each([
    ['direct main', entry('firebase_core', '"direct main"', 'hosted', '3.6.0', hosted('firebase_core')), 'pub firebase_core 3.6.0 direct main L3 release', true],
    ['direct dev', entry('mocktail', '"direct dev"', 'hosted', '1.0.4', hosted('mocktail')), 'pub mocktail 1.0.4 direct dev L3 test', true],
    ['direct overridden', entry('intl', '"direct overridden"', 'hosted', '0.19.0', hosted('intl')), 'pub intl 0.19.0 direct overridden L3 release', true],
    ['transitive', entry('sentry', 'transitive', 'hosted', '8.9.0', hosted('sentry')), 'pub sentry 8.9.0 transitive L3 release', false],
    ['git', entry('kittens', '"direct main"', 'git', '2.3.1', '\n      path: "."\n      ref: main\n      resolved-ref: "9f1c2e7a"\n      url: "https://github.com/munificent/kittens.git"'), 'pub kittens 2.3.1 direct main L3 release', true],
    ['path', entry('design_system', '"direct main"', 'path', '0.1.0', '\n      path: "packages/design_system"\n      relative: true'), 'pub design_system 0.1.0 direct main L3 release', true],
  ])('%s', (_kind, text, want, direct) => {
    const d = run(text);
    expect(briefs(d)).toEqual([want]);
    expect(d[0].direct).toBe(direct);
    expect(d[0].via).toBeUndefined();
  });

  it.each([
    ['flutter', '"direct main"'],
    ['flutter_test', '"direct dev"'],
    ['sky_engine', 'transitive'],
  ])('near miss: the SDK package %s is skipped', (name, dependency) => {
    expect(run(entry(name, dependency, 'sdk', '0.0.0', ' flutter'))).toEqual([]);
  });

  it('lines follow each package key', () => {
    const d = run(entry('a_pkg', 'transitive', 'hosted', '1.0.0', hosted('a_pkg')), entry('flutter', '"direct main"', 'sdk', '0.0.0', ' flutter'), entry('b_pkg', '"direct main"', 'hosted', '2.0.0', hosted('b_pkg')));
    expect(d.map((x) => `${x.name} L${x.location.line} ${x.text}`)).toEqual(['a_pkg L3 a_pkg:', 'b_pkg L16 b_pkg:']);
  });

  it('an unknown dependency kind is a diagnostic and counts as transitive', () => {
    const r = extractPubspecLock({ path: 'pubspec.lock', text: lock(entry('odd', '"direct weird"', 'hosted', '1.0.0', hosted('odd'))) });
    expect(r.dependencies.map((d) => d.direct)).toEqual([false]);
    expect(r.diagnostics.map((d) => d.line)).toEqual([3]);
  });

  it.each([
    ['invalid YAML', 'packages:\n  a: [unclosed\n'],
    ['no packages mapping', 'sdks:\n  dart: ">=3.4.0"\n'],
  ])('%s is a diagnostic', (_what, text) => {
    const r = extractPubspecLock({ path: 'pubspec.lock', text });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
  });

  it.each([
    ['pubspec.lock', true],
    ['app/pubspec.lock', true],
    ['pubspec.yaml', false],
    ['pubspec.lock.bak', false],
    ['Podfile.lock', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(pubspecLock.fileRequired(p)).toBe(want));
});
