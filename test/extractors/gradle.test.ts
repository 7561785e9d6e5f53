import { extractGradle, interpolate, isConfiguration, parseCoordinate } from '../../src/extractors/android/gradle/extract';
import { gradle } from '../../src/extractors/android/gradle/index';
import { briefs } from '../helpers';

const run = (text: string, path = 'app/build.gradle') => extractGradle({ path, text });

describe('android/gradle fileRequired', () => {
  it.each([
    ['build.gradle', true],
    ['app/build.gradle.kts', true],
    ['settings.gradle', true],
    ['settings.gradle.kts', true],
    ['gradle/dependencies.gradle', true],
    ['buildSrc/src/main/kotlin/Deps.kt', true],
    ['build-logic/convention/src/main/kotlin/AndroidApplicationConventionPlugin.kt', true],
    ['app/src/main/java/Gradle.kt', false],
    ['build.gradle.bak', false],
    ['app/gradle.properties', false],
    ['docs/build.gradle.md', false],
  ])('%s -> %s', (path, want) => expect(gradle.fileRequired(path)).toBe(want));
});

describe('android/gradle string notation', () => {
  it.each([
    ["implementation 'com.appsflyer:af-android-sdk:6.14.2'", 'maven com.appsflyer:af-android-sdk 6.14.2 implementation L1 release'],
    ['implementation("io.sentry:sentry-android:7.14.0")', 'maven io.sentry:sentry-android 7.14.0 implementation L1 release'],
    ["api 'com.mixpanel.android:mixpanel-android:7.5.2'", 'maven com.mixpanel.android:mixpanel-android 7.5.2 api L1 release'],
    ["gmsImplementation 'com.google.firebase:firebase-analytics:22.1.0'", 'maven com.google.firebase:firebase-analytics 22.1.0 gmsImplementation L1 release'],
    ["releaseImplementation 'com.foo:bar:1.0'", 'maven com.foo:bar 1.0 releaseImplementation L1 release'],
    ["debugImplementation 'com.squareup.leakcanary:leakcanary-android:2.14'", 'maven com.squareup.leakcanary:leakcanary-android 2.14 debugImplementation L1 debug'],
    ["testImplementation 'junit:junit:4.13.2'", 'maven junit:junit 4.13.2 testImplementation L1 test'],
    ["androidTestImplementation 'androidx.test:runner:1.5.2'", 'maven androidx.test:runner 1.5.2 androidTestImplementation L1 test'],
    ["kapt 'com.google.dagger:hilt-compiler:2.51'", 'maven com.google.dagger:hilt-compiler 2.51 kapt L1 release'],
    ["compileOnly 'com.foo:annotations:1.0'", 'maven com.foo:annotations 1.0 compileOnly L1 release'],
    ["implementation 'com.google.firebase:firebase-crashlytics'", 'maven com.google.firebase:firebase-crashlytics - implementation L1 release'],
    ['implementation platform("com.google.firebase:firebase-bom:33.5.1")', 'maven com.google.firebase:firebase-bom 33.5.1 implementation (platform) L1 release'],
    ['implementation(platform("com.google.firebase:firebase-bom:33.5.1"))', 'maven com.google.firebase:firebase-bom 33.5.1 implementation (platform) L1 release'],
    ["classpath 'com.google.gms:google-services:4.4.2'", 'maven com.google.gms:google-services 4.4.2 classpath L1 release'],
    ["implementation 'com.facebook.android:audience-network-sdk:6.17.0@aar'", 'maven com.facebook.android:audience-network-sdk 6.17.0 implementation L1 release'],
  ])('%s', (line, want) => expect(briefs(run(line).dependencies)).toEqual([want]));

  it.each([
    ["// implementation 'com.appsflyer:af-android-sdk:6.14.2'"],
    ["/* implementation 'com.appsflyer:af-android-sdk:6.14.2' */"],
    ["def note = 'com.appsflyer:af-android-sdk:6.14.2'"],
    ["println 'com.appsflyer:af-android-sdk:6.14.2'"],
    ["implementation project(':feature')"],
    ["implementation 'not a coordinate'"],
    ["namespace 'com.example.app'"],
  ])('near miss: %s', (line) => expect(run(line).dependencies.filter((d) => d.ecosystem === 'maven')).toEqual([]));
});

describe('android/gradle map notation and local binaries', () => {
  it.each([
    ["implementation group: 'com.zendesk', name: 'support', version: '5.1.2'", 'maven com.zendesk:support 5.1.2 implementation L1 release'],
    ['implementation(group = "com.zendesk", name = "chat", version = "3.4.0")', 'maven com.zendesk:chat 3.4.0 implementation L1 release'],
    ["implementation(name: 'alipaysdk-android-15.8.17', ext: 'aar')", 'vendored-binary alipaysdk-android-15.8.17.aar - implementation L1 release'],
    ["implementation files('libs/umeng-common-9.4.7.jar')", 'vendored-binary umeng-common-9.4.7.jar - implementation L1 release'],
  ])('%s', (line, want) => expect(briefs(run(line).dependencies)).toEqual([want]));
});

describe('android/gradle variables', () => {
  it('resolves ext blocks, def/val, extra[] and Groovy maps within the file, with line numbers', () => {
    const text = [
      'ext {',
      "    sentryVersion = '7.14.0'",
      '}',
      'ext.adjustVersion = "4.38.5"',
      'def agoraVersion = "4.3.2"',
      'ext.versions = [okhttp: "4.12.0"]',
      'dependencies {',
      '    implementation "io.sentry:sentry-android:$sentryVersion"',
      '    implementation "com.adjust.sdk:adjust-android:${adjustVersion}"',
      '    implementation "io.agora.rtc:full-sdk:${agoraVersion}"',
      '    implementation "com.squareup.okhttp3:okhttp:${versions.okhttp}"',
      '    implementation "com.foo:bar:$unknownVersion"',
      '}',
    ].join('\n');
    const r = run(text);
    expect(briefs(r.dependencies)).toEqual([
      'maven com.adjust.sdk:adjust-android 4.38.5 implementation L9 release',
      'maven com.foo:bar $unknownVersion implementation L12 release',
      'maven com.squareup.okhttp3:okhttp 4.12.0 implementation L11 release',
      'maven io.agora.rtc:full-sdk 4.3.2 implementation L10 release',
      'maven io.sentry:sentry-android 7.14.0 implementation L8 release',
    ]);
    expect(r.dependencies.find((d) => d.name === 'com.foo:bar')?.skipReason).toBe("unresolved variable 'unknownVersion'");
  });

  it('Kotlin DSL: val and extra', () => {
    const text = ['val lottieVersion = "6.5.2"', 'extra["mixpanel"] = "7.5.2"', 'dependencies {', '  implementation("com.airbnb.android:lottie:$lottieVersion")', '  implementation("com.mixpanel.android:mixpanel-android:${extra["mixpanel"]}")', '}'].join('\n');
    expect(briefs(run(text, 'app/build.gradle.kts').dependencies)).toEqual([
      'maven com.airbnb.android:lottie 6.5.2 implementation L4 release',
      'maven com.mixpanel.android:mixpanel-android 7.5.2 implementation L5 release',
    ]);
  });

  it('interpolate leaves unknown references as written', () => {
    expect(interpolate('${rootProject.ext.a}-$b', { a: '1' })).toEqual({ value: '1-$b', unresolved: ['b'] });
  });
});

describe('android/gradle plugins and references', () => {
  it('records plugin ids and catalog references for the link stage', () => {
    const text = [
      'plugins {',
      "    id 'com.google.gms.google-services'",
      '    id("io.sentry.android.gradle") version "4.11.0"',
      '    alias(libs.plugins.kotlin.android)',
      '}',
      "apply plugin: 'com.google.firebase.crashlytics'",
      'dependencies {',
      '    implementation(libs.mixpanel)',
      '    implementation libs.bundles.network',
      '}',
    ].join('\n');
    const r = run(text, 'app/build.gradle.kts');
    expect(briefs(r.dependencies)).toEqual([
      'gradle-plugin com.google.firebase.crashlytics - plugin L6 release',
      'gradle-plugin com.google.gms.google-services - plugin L2 release',
      'gradle-plugin io.sentry.android.gradle - plugin L3 release',
    ]);
    const refs = (r.linkData as { refs: { expr: string; line: number; plugin: boolean }[] }).refs.map((x) => `${x.expr}@${x.line}${x.plugin ? ' plugin' : ''}`);
    expect(refs.sort()).toEqual(['libs.bundles.network@9', 'libs.mixpanel@8', 'libs.plugins.kotlin.android@4 plugin']);
  });

  it("does not take `id` of something that is not a plugin id", () => {
    expect(run("id 'app'").dependencies).toEqual([]);
  });
});

describe('android/gradle robustness', () => {
  it.each([['dependencies {\n implementation "com.foo:bar:1.0"\n'], ['}}}{{{'], ['\u0000\u0001binary'], ["implementation '"], ['']])('never throws on %j', (text) => {
    expect(() => run(text)).not.toThrow();
  });
  it('reports unbalanced braces and still returns what it read', () => {
    const r = run('dependencies {\n  implementation "com.foo:bar:1.0"\n');
    expect(r.dependencies).toHaveLength(1);
    expect(r.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('gradle helpers', () => {
  it.each([
    ['implementation', true],
    ['gmsReleaseImplementation', true],
    ['ksp', true],
    ['println', false],
    ['id', false],
    ['implementationX', false],
  ])('isConfiguration(%s) = %s', (name, want) => expect(isConfiguration(name)).toBe(want));
  it('parseCoordinate', () => {
    expect(parseCoordinate('com.a:b:1.0@aar')).toEqual({ group: 'com.a', artifact: 'b', version: '1.0', ext: 'aar' });
    expect(parseCoordinate('com.a')).toBeUndefined();
  });
});

describe('android/gradle Kotlin Multiplatform', () => {
  it('scopes dependencies by source set and reads cocoapods { pod(...) }', () => {
    const text = [
      'kotlin {',
      '    cocoapods {',
      '        pod("FirebaseAnalytics") {',
      '            version = "10.29.0"',
      '        }',
      '        pod("Sentry", version = "8.36.0")',
      '    }',
      '    sourceSets {',
      '        commonMain.dependencies {',
      '            implementation("io.github.aakira:napier:2.7.1")',
      '        }',
      '        val androidMain by getting {',
      '            dependencies {',
      '                implementation("com.mixpanel.android:mixpanel-android:7.5.2")',
      '            }',
      '        }',
      '        commonTest.dependencies {',
      '            implementation("io.kotest:kotest-assertions-core:5.9.1")',
      '        }',
      '    }',
      '}',
      'dependencies {',
      '    implementation("com.appsflyer:af-android-sdk:6.14.2")',
      '}',
    ].join('\n');
    expect(briefs(run(text, 'shared/build.gradle.kts').dependencies)).toEqual([
      'cocoapods FirebaseAnalytics 10.29.0 kotlin cocoapods L3 release',
      'cocoapods Sentry 8.36.0 kotlin cocoapods L6 release',
      'maven com.appsflyer:af-android-sdk 6.14.2 implementation L23 release',
      'maven com.mixpanel.android:mixpanel-android 7.5.2 androidMain:implementation L14 release',
      'maven io.github.aakira:napier 2.7.1 commonMain:implementation L10 release',
      'maven io.kotest:kotest-assertions-core 5.9.1 commonTest:implementation L18 test',
    ]);
  });
});
