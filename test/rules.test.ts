import { join } from 'node:path';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadRuleDir } from '../src/rules/load';
import { testExamples, exampleToDependency } from '../src/rules/examples';
import { buildIndex, binaryBaseName } from '../src/match/index';
import { normalizeRepoUrl } from '../src/rules/identifiers';
import type { Rule } from '../src/types';

const RULES_DIR = join(__dirname, '..', 'rules');
const loaded = loadRuleDir(RULES_DIR);

describe('rules/', () => {
  it('every rule file is valid (schema, id = path, no identifier claimed twice)', () => {
    expect(loaded.problems).toEqual([]);
  });
  it('every rule has a positive and a negative example', () => {
    for (const r of loaded.rules) {
      expect([r.id, r.examples.match.length > 0, r.examples.noMatch.length > 0]).toEqual([r.id, true, true]);
    }
  });
  it("every rule's examples match it, and its near misses do not", () => {
    expect(testExamples(loaded.rules).map((f) => `${f.file}: ${f.expected} '${f.example}'${f.got ? ` -> ${f.got}` : ''}`)).toEqual([]);
  });
  it('collectsData: false always says why', () => {
    expect(loaded.rules.filter((r) => !r.collectsData && !r.noDataReason).map((r) => r.id)).toEqual([]);
  });
});

describe('rule validation reports file and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdkscan-rules-'));
  mkdirSync(join(dir, 'acme'));
  mkdirSync(join(dir, 'Bad_Vendor'));
  writeFileSync(join(dir, 'acme', 'tracker.yml'), 'name: Acme\nvendor: Acme\ncategories: [analytics]\ncollectsData: true\ndataTypes: [telepathy]\nnames: [Acme]\nmatch:\n  maven: ["com.acme:*", "(.*)"]\nexamples:\n  match: ["maven com.acme:x:1"]\n  noMatch: ["maven com.acmex:x:1"]\nsources: [https://acme.example]\n');
  writeFileSync(join(dir, 'acme', 'broken.yml'), 'name: [unclosed\n');
  writeFileSync(join(dir, 'Bad_Vendor', 'x.yml'), 'name: X\n');
  it.each([
    ['acme/broken.yml', 'not valid YAML'],
    ['acme/tracker.yml', "dataTypes: 'telepathy' is not in rules/taxonomy.yml"],
    ['acme/tracker.yml', "match.maven: '(.*)' is not a well-formed identifier"],
    ['Bad_Vendor/x.yml', 'lowercase'],
  ])('%s: %s', (file, msg) => {
    const { problems } = loadRuleDir(dir);
    expect(problems.some((p) => p.file === file && p.message.includes(msg))).toBe(true);
  });
  it('an identifier claimed by two rules without declared overlaps is a problem', () => {
    const d = mkdtempSync(join(tmpdir(), 'sdkscan-rules-'));
    mkdirSync(join(d, 'a'));
    const body = (n: string) => `name: ${n}\nvendor: V\ncategories: [analytics]\ncollectsData: true\ndataTypes: []\nnames: [${n}]\nmatch:\n  cocoapods: [Shared]\nexamples:\n  match: ["cocoapods Shared"]\n  noMatch: ["cocoapods Other"]\nsources: [https://x.example]\n`;
    writeFileSync(join(d, 'a', 'one.yml'), body('One'));
    writeFileSync(join(d, 'a', 'two.yml'), body('Two'));
    expect(loadRuleDir(d).problems.map((p) => p.message)).toEqual([expect.stringContaining("'shared' (cocoapods) is also claimed by a/one")]);
  });
});

describe('matching semantics', () => {
  const r = (id: string, match: Rule['match']): Rule => ({ id, name: id, vendor: 'V', categories: ['analytics'], collectsData: true, dataTypes: [], names: [id], match, examples: { match: [], noMatch: [] }, sources: [] });
  const index = buildIndex([
    r('v/core', { javaPackages: ['com.facebook'], maven: ['com.facebook.android:facebook-core'] }),
    r('v/login', { javaPackages: ['com.facebook.login'], maven: ['com.facebook.android:facebook-login'] }),
    r('v/umeng', { maven: ['com.umeng.umsdk:*'] }),
    r('v/fb', { maven: ['com.google.firebase:firebase-crashlytics*'] }),
    r('v/sentry', { javaPackages: ['io.sentry'], cocoapods: ['Sentry'], spm: ['github.com/getsentry/sentry-cocoa'] }),
    r('v/firebase-umbrella', { cocoapods: ['Firebase/Crashlytics'] }),
    r('v/alipay', { binaries: ['alipaysdk-android'] }),
  ]);
  it.each([
    ['java-package com.facebook.login.LoginManager', 'v/login'],
    ['java-package com.facebook.share.Sharer', 'v/core'],
    ['java-package com.facebookx.Foo', undefined],
    ['maven com.umeng.umsdk:common:9.7.2', 'v/umeng'],
    ['maven com.umeng.umsdkx:common:1', undefined],
    ['maven com.google.firebase:firebase-crashlytics-ktx:19.0.0', 'v/fb'],
    ['maven com.google.firebase:firebase-analytics:22.0.0', undefined],
    ['maven io.sentry:sentry-android-ndk:7.0.0', undefined], // a group is not a package: rules say `io.sentry:*`
    ['maven io.sentry.example:demo:1.0', undefined],
    ['android-manifest io.sentry.android.core.SentryInitProvider', 'v/sentry'],
    ['cocoapods Sentry/Core', 'v/sentry'],
    ['cocoapods Firebase/Crashlytics', 'v/firebase-umbrella'],
    ['cocoapods Firebase/Analytics', undefined],
    ['spm git@github.com:getsentry/sentry-cocoa.git', 'v/sentry'],
    ['spm https://GitHub.com/getsentry/Sentry-Cocoa/', 'v/sentry'],
    ['spm https://github.com/getsentry/sentry-cocoa-extra', undefined],
    ['vendored-binary alipaysdk-android-15.8.17.aar', 'v/alipay'],
    ['vendored-binary alipaysdk-android-extra.aar', undefined],
  ])('%s -> %s', (ex, want) => expect(index.lookup(exampleToDependency(ex))?.id).toBe(want));
  it.each([
    ['alipaysdk-android-15.8.17.aar', 'alipaysdk-android'],
    ['libWeChatSDK.a', 'wechatsdk'],
    ['AppsFlyerLib.xcframework', 'appsflyerlib'],
    ['umeng-common-9.4.7.jar', 'umeng-common'],
    ['Baidu_MobAds_SDK_v9.37.aar', 'baidu_mobads_sdk'],
  ])('binaryBaseName(%s) = %s', (n, want) => expect(binaryBaseName(n)).toBe(want));
  it.each([
    ['https://github.com/getsentry/sentry-cocoa.git', 'github.com/getsentry/sentry-cocoa'],
    ['git@github.com:getsentry/sentry-cocoa.git', 'github.com/getsentry/sentry-cocoa'],
    ['ssh://git@github.com/getsentry/sentry-cocoa', 'github.com/getsentry/sentry-cocoa'],
    ['github.com/getsentry/sentry-cocoa/', 'github.com/getsentry/sentry-cocoa'],
  ])('normalizeRepoUrl(%s)', (u, want) => expect(normalizeRepoUrl(u)).toBe(want));
});

describe('rules/README.md', () => {
  it('the coverage table is current (node scripts/rules-coverage.mjs regenerates it)', () => {
    const r = require('node:child_process').spawnSync('node', [join(__dirname, '..', 'scripts', 'rules-coverage.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
