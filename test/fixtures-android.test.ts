import { join } from 'node:path';
import { extractAll } from '../src/scan';
import type { Dependency } from '../src/types';

// Whole-result tests: every dependency each Android fixture yields, with file and line, so a new false
// positive or a lost line fails the test.
const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'android', name);
const row = (d: Dependency) => [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage, d.skipReason ? 'SKIP' : ''].join(' ').trim();
const rows = (deps: Dependency[]) => deps.map(row).sort();

describe('fixture android/kotlin-dsl-catalog-refs', () => {
  it('resolves catalog accessors, bundles, plugin aliases and gradle.properties variables', async () => {
    const r = await extractAll(fixture('kotlin-dsl-catalog-refs'));
    expect(rows(r.dependencies)).toEqual([
      'gradle-plugin com.android.application 8.5.2 plugin app/build.gradle.kts:2 release',
      'gradle-plugin com.android.application 8.5.2 plugin build.gradle.kts:2 release',
      'gradle-plugin com.android.application 8.5.2 plugin gradle/libs.versions.toml:19 release',
      'gradle-plugin com.android.application 8.5.2 plugin gradle/libs.versions.toml:19 release',
      'gradle-plugin com.android.library - plugin feature-pay/build.gradle.kts:2 release',
      'gradle-plugin io.sentry.android.gradle 4.11.0 plugin app/build.gradle.kts:3 release',
      'gradle-plugin io.sentry.android.gradle 4.11.0 plugin build.gradle.kts:3 release',
      'gradle-plugin io.sentry.android.gradle 4.11.0 plugin gradle/libs.versions.toml:20 release',
      'gradle-plugin io.sentry.android.gradle 4.11.0 plugin gradle/libs.versions.toml:20 release',
      'maven com.braze:android-sdk-ui 32.1.0 implementation app/build.gradle.kts:15 release',
      'maven com.braze:android-sdk-ui 32.1.0 implementation gradle/libs.versions.toml:11 release',
      'maven com.mixpanel.android:mixpanel-android 7.5.2 implementation app/build.gradle.kts:15 release',
      'maven com.mixpanel.android:mixpanel-android 7.5.2 implementation gradle/libs.versions.toml:10 release',
      'maven com.onesignal:OneSignal 5.1.17 catalog gradle/libs.versions.toml:13 release SKIP',
      'maven com.stripe:stripe-android 20.48.6 api feature-pay/build.gradle.kts:6 release',
      'maven com.stripe:stripe-android 20.48.6 api gradle/libs.versions.toml:12 release',
      'maven io.sentry:sentry-android 7.14.0 implementation app/build.gradle.kts:16 release',
      'maven junit:junit 4.13.2 testImplementation app/build.gradle.kts:18 test',
      'maven org.jetbrains.kotlinx:kotlinx-coroutines-android 1.8.1 implementation app/build.gradle.kts:14 release',
      'maven org.jetbrains.kotlinx:kotlinx-coroutines-android 1.8.1 implementation gradle/libs.versions.toml:9 release',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture android/groovy-root-ext', () => {
  it('resolves root ext variables, Groovy maps, map-held coordinates and flavors; ignores comments', async () => {
    const r = await extractAll(fixture('groovy-root-ext'));
    expect(rows(r.dependencies)).toEqual([
      'gradle-plugin com.android.application - plugin app/build.gradle:1 release',
      'gradle-plugin com.google.gms.google-services - plugin app/build.gradle:2 release',
      'maven com.adjust.sdk:adjust-android 4.38.5 gmsImplementation app/build.gradle:15 release',
      'maven com.appsflyer:af-android-sdk 6.14.2 implementation app/build.gradle:13 release',
      'maven com.google.gms:google-services 4.4.2 classpath build.gradle:10 release',
      'maven com.squareup.leakcanary:leakcanary-android 2.14 debugImplementation app/build.gradle:18 debug',
      'maven com.squareup.okhttp3:okhttp 4.12.0 implementation app/build.gradle:14 release',
      'maven io.branch.sdk.android:library 5.12.2 implementation app/build.gradle:16 release',
    ]);
  });
});

describe('fixture android/broken-files', () => {
  it('a broken Gradle file, a malformed manifest and an empty .aar: diagnostics, and everything else still found', async () => {
    const r = await extractAll(fixture('broken-files'));
    expect(rows(r.dependencies)).toEqual([
      'maven com.appsflyer:af-android-sdk 6.14.2 implementation app/build.gradle:2 release',
      'vendored-binary alipaysdk-android-15.8.17.aar - vendored app/libs/alipaysdk-android-15.8.17.aar:1 release',
    ]);
    expect(r.diagnostics.map((d) => `${d.file} ${d.severity}`)).toEqual(['app/build.gradle warning', 'app/src/main/AndroidManifest.xml warning']);
  });
});
