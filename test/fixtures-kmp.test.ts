import { join } from 'node:path';
import { extractAll } from '../src/scan';
import type { Dependency } from '../src/types';

const row = (d: Dependency) => [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage].join(' ');

describe('fixture kmp/kmp-app', () => {
  it('Kotlin Multiplatform: source-set scopes, cocoapods { pod(...) }, catalog accessors', async () => {
    const r = await extractAll(join(__dirname, '..', 'fixtures', 'kmp', 'kmp-app'));
    expect(r.dependencies.map(row).sort()).toEqual([
      'cocoapods Amplitude 8.22.0 kotlin cocoapods shared/build.gradle.kts:19 release',
      'cocoapods FirebaseAnalytics 10.29.0 kotlin cocoapods shared/build.gradle.kts:16 release',
      'gradle-plugin com.android.application - plugin androidApp/build.gradle.kts:2 release',
      'gradle-plugin com.android.library - plugin shared/build.gradle.kts:4 release',
      'gradle-plugin org.jetbrains.kotlin.multiplatform 2.0.20 plugin gradle/libs.versions.toml:10 release',
      'gradle-plugin org.jetbrains.kotlin.multiplatform 2.0.20 plugin shared/build.gradle.kts:2 release',
      'gradle-plugin org.jetbrains.kotlin.native.cocoapods 2.0.20 plugin gradle/libs.versions.toml:11 release',
      'gradle-plugin org.jetbrains.kotlin.native.cocoapods 2.0.20 plugin shared/build.gradle.kts:3 release',
      'maven com.amplitude:analytics-android 1.16.8 androidMain:implementation shared/build.gradle.kts:28 release',
      'maven com.google.firebase:firebase-analytics 22.1.2 implementation gradle/libs.versions.toml:7 release',
      'maven com.google.firebase:firebase-analytics 22.1.2 implementation shared/build.gradle.kts:27 release',
      'maven io.ktor:ktor-client-core 2.3.12 implementation gradle/libs.versions.toml:6 release',
      'maven io.ktor:ktor-client-core 2.3.12 implementation shared/build.gradle.kts:24 release',
      'maven io.sentry:sentry-android 7.14.0 implementation androidApp/build.gradle.kts:8 release',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});
