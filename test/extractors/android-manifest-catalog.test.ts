import { extractManifest, manifest } from '../../src/extractors/android/manifest/index';
import { extractCatalog, normalizeAlias, versionCatalog } from '../../src/extractors/android/version-catalog/index';
import { vendoredBinary } from '../../src/extractors/android/vendored-binary/index';
import { parseProperties } from '../../src/extractors/android/gradle-properties/index';
import { briefs } from '../helpers';

const MANIFEST = `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="com.google.android.gms.permission.AD_ID" />
    <application android:name=".App">
        <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/fb" />
        <meta-data
            android:name="JPUSH_APPKEY"
            android:value="\${JPUSH_APPKEY}" />
        <activity android:name=".MainActivity" />
        <activity android:name="com.facebook.FacebookActivity" />
        <receiver android:name="com.appsflyer.SingleInstallBroadcastReceiver" android:exported="true">
            <intent-filter>
                <action android:name="com.android.vending.INSTALL_REFERRER" />
            </intent-filter>
        </receiver>
        <service android:name="com.google.firebase.messaging.FirebaseMessagingService" android:exported="false" />
    </application>
</manifest>`;

describe('android/manifest', () => {
  it('reads permissions, meta-data keys and SDK components with their lines; skips the app\'s own', () => {
    expect(briefs(extractManifest({ path: 'app/src/main/AndroidManifest.xml', text: MANIFEST }).dependencies)).toEqual([
      'android-manifest JPUSH_APPKEY - meta-data L8 release',
      'android-manifest android.permission.INTERNET - permission L3 release',
      'android-manifest com.android.vending.INSTALL_REFERRER - action L14 release',
      'android-manifest com.appsflyer.SingleInstallBroadcastReceiver - receiver L12 release',
      'android-manifest com.facebook.FacebookActivity - activity L11 release',
      'android-manifest com.facebook.sdk.ApplicationId - meta-data L6 release',
      'android-manifest com.google.android.gms.permission.AD_ID - permission L4 release',
      'android-manifest com.google.firebase.messaging.FirebaseMessagingService - service L17 release',
    ]);
  });
  it('marks debug and test manifests', () => {
    const deps = extractManifest({ path: 'app/src/debug/AndroidManifest.xml', text: MANIFEST }).dependencies;
    expect(new Set(deps.map((d) => d.usage))).toEqual(new Set(['debug']));
  });
  it.each([
    ['<manifest><application>', 'could not be parsed'],
    ['not xml at all', 'could not be parsed'],
    ['<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><manifest>&lol2;</manifest>', 'entities'],
    ['<root/>', 'no <manifest>'],
  ])('malformed %j is a diagnostic, not a crash', (text, msg) => {
    const r = extractManifest({ path: 'AndroidManifest.xml', text });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics[0].message).toContain(msg);
  });
  it.each([
    ['app/src/main/AndroidManifest.xml', true],
    ['AndroidManifest.xml', true],
    ['app/src/main/AndroidManifest.xml.orig', false],
    ['app/src/main/MyAndroidManifest.xml', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(manifest.fileRequired(p)).toBe(want));
});

describe('android/version-catalog', () => {
  const TOML = [
    '[versions]',
    'mixpanel = "7.5.2"',
    'adjust = { strictly = "4.38.5" }',
    '',
    '[libraries]',
    'mixpanel = { module = "com.mixpanel.android:mixpanel-android", version.ref = "mixpanel" }',
    'adjust-android = { group = "com.adjust.sdk", name = "adjust-android", version.ref = "adjust" }',
    'lottie = "com.airbnb.android:lottie:6.5.2"',
    'broken = { version = "1" }',
    '',
    '[bundles]',
    'growth = ["mixpanel", "adjust-android"]',
    '',
    '[plugins]',
    'sentry = { id = "io.sentry.android.gradle", version = "4.11.0" }',
  ].join('\n');
  it('reads libraries in all three notations, bundles and plugins, with lines', () => {
    const r = extractCatalog({ path: 'gradle/libs.versions.toml', text: TOML });
    const data = r.linkData as { name: string; libraries: Record<string, { module: string; version?: string; line: number }>; bundles: Record<string, string[]>; plugins: Record<string, { module: string }> };
    expect(data.name).toBe('libs');
    expect(data.libraries).toMatchObject({
      mixpanel: { module: 'com.mixpanel.android:mixpanel-android', version: '7.5.2', line: 6 },
      'adjust.android': { module: 'com.adjust.sdk:adjust-android', version: '4.38.5', line: 7 },
      lottie: { module: 'com.airbnb.android:lottie', version: '6.5.2', line: 8 },
    });
    expect(data.bundles.growth).toEqual(['mixpanel', 'adjust.android']);
    expect(data.plugins.sentry.module).toBe('io.sentry.android.gradle');
    expect(r.diagnostics.map((d) => [d.line, d.severity])).toEqual([[9, 'warning']]);
  });
  it('invalid TOML is a diagnostic', () => {
    const r = extractCatalog({ path: 'gradle/libs.versions.toml', text: '[libraries\nx = ' });
    expect(r.diagnostics[0].message).toContain('not valid TOML');
  });
  it('alias normalization', () => expect(normalizeAlias('kotlinx-coroutines_Android')).toBe('kotlinx.coroutines.android'));
  it.each([
    ['gradle/libs.versions.toml', true],
    ['gradle/deps.versions.toml', true],
    ['gradle/libs.toml', false],
    ['Cargo.toml', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(versionCatalog.fileRequired(p)).toBe(want));
});

describe('android/vendored-binary', () => {
  it.each([
    ['app/libs/alipaysdk-android-15.8.17.aar', true],
    ['libs/umeng-common-9.4.7.jar', true],
    ['gradle/wrapper/gradle-wrapper.jar', false],
    ['app/libs/readme.txt', false],
    ['app/libs/x.aar.txt', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(vendoredBinary.fileRequired(p)).toBe(want));
  it('judges by name, never reads the file', () => {
    expect(vendoredBinary.needsContent).toBe(false);
    expect(briefs(vendoredBinary.extract({ path: 'app/libs/alipaysdk-android-15.8.17.aar', text: '' }).dependencies)).toEqual([
      'vendored-binary alipaysdk-android-15.8.17.aar - vendored L1 release',
    ]);
  });
});

describe('android/gradle-properties', () => {
  it('parses key=value and key: value, skips comments', () => {
    expect(parseProperties('# c\nsentryVersion=7.14.0\n! x\nagora : 4.3.2\n\norg.gradle.jvmargs=-Xmx2g')).toEqual({ sentryVersion: '7.14.0', agora: '4.3.2', 'org.gradle.jvmargs': '-Xmx2g' });
  });
});

describe('android/manifest settings and removals', () => {
  it('tools:node="remove" and boolean meta-data are weak evidence: they never detect an SDK alone', () => {
    const text = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" xmlns:tools="http://schemas.android.com/tools">
  <application>
    <meta-data android:name="firebase_analytics_collection_deactivated" android:value="true" />
    <meta-data android:name="com.google.android.gms.ads.APPLICATION_ID" android:value="ca-app-pub-1~2" />
    <service android:name="com.google.android.datatransport.runtime.scheduling.jobscheduling.JobInfoSchedulerService" tools:node="remove" />
  </application>
</manifest>`;
    const deps = extractManifest({ path: 'AndroidManifest.xml', text }).dependencies;
    expect(deps.map((d) => `${d.name} L${d.location.line} ${d.weak ? 'weak' : 'strong'}`)).toEqual([
      'firebase_analytics_collection_deactivated L3 weak',
      'com.google.android.gms.ads.APPLICATION_ID L4 strong',
      'com.google.android.datatransport.runtime.scheduling.jobscheduling.JobInfoSchedulerService L5 weak',
    ]);
  });
});
