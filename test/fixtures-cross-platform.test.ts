import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../src/walk/walk';
import { decodeFile } from '../src/scan';
import { EXTRACTORS } from '../src/extractors/registry';
import type { Extractor } from '../src/extractors/types';
import type { Dependency, Diagnostic } from '../src/types';
import { pubspec } from '../src/extractors/flutter/pubspec/index';
import { pubspecLock } from '../src/extractors/flutter/pubspec-lock/index';
import { csproj } from '../src/extractors/dotnet/csproj/index';
import { packagesManifest } from '../src/extractors/unity/packages-manifest/index';
import { edmDependencies } from '../src/extractors/unity/edm-dependencies/index';
import { configXml } from '../src/extractors/cordova/config-xml/index';
import { capacitorConfig } from '../src/extractors/cordova/capacitor-config/index';

// Whole-result tests: every dependency each Flutter, .NET, Unity and Cordova/Capacitor fixture yields (file,
// line, usage, chain), so a new false positive or a lost line fails the test. The registered extractors run
// too (android/vendored-binary and ios/vendored-framework overlap with the Unity plugin folders), plus the
// cross-platform ones, whether or not they are registered yet. The link stage does not run: none of these
// formats has one.
const CROSS_PLATFORM: Extractor[] = [pubspec, pubspecLock, csproj, packagesManifest, edmDependencies, configXml, capacitorConfig];
const ALL = [...EXTRACTORS, ...CROSS_PLATFORM.filter((x) => !EXTRACTORS.some((e) => e.name === x.name))];

async function extractFixture(root: string): Promise<{ dependencies: Dependency[]; diagnostics: Diagnostic[] }> {
  const dependencies: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of await walk(root)) {
    const chosen = ALL.filter((e) => e.fileRequired(path));
    if (!chosen.length) continue;
    const bytes = chosen.some((e) => e.needsContent !== false) ? await fsp.readFile(join(root, path)) : undefined;
    for (const ex of chosen) {
      const r = ex.extract({ path, text: bytes ? decodeFile(bytes) : '', bytes: ex.needsContent === false ? undefined : bytes });
      dependencies.push(...r.dependencies.map((d) => ({ ...d, extractor: d.extractor ?? ex.name })));
      diagnostics.push(...r.diagnostics);
    }
  }
  return { dependencies, diagnostics };
}

const fixture = (platform: string, name: string) => join(__dirname, '..', 'fixtures', platform, name);
const row = (d: Dependency) =>
  [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage, d.direct ? 'direct' : `via ${(d.via ?? []).join('>')}`, d.skipReason ? 'SKIP' : ''].join(' ').trim();
const rows = (deps: Dependency[]) => deps.map(row).sort();

describe('fixture flutter/app-with-lock', () => {
  it('hosted, custom-server, git and path dependencies, dev_dependencies, overrides and the lock file; the Flutter SDK skipped', async () => {
    const r = await extractFixture(fixture('flutter', 'app-with-lock'));
    expect(rows(r.dependencies)).toEqual([
      'pub _flutterfire_internals 1.3.44 transitive pubspec.lock:4 release via',
      'pub acme_analytics 2.1.3 direct main pubspec.lock:12 release direct',
      'pub acme_analytics ^2.1.0 dependencies pubspec.yaml:33 release direct',
      'pub appsflyer_sdk 6.15.1 dependencies pubspec.yaml:24 release direct',
      'pub appsflyer_sdk 6.15.1 direct main pubspec.lock:20 release direct',
      'pub collection 1.18.0 transitive pubspec.lock:28 release via',
      'pub cupertino_icons 1.0.8 direct main pubspec.lock:36 release direct',
      'pub cupertino_icons ^1.0.8 dependencies pubspec.yaml:25 release direct',
      'pub design_system - dependencies pubspec.yaml:37 release direct SKIP',
      'pub design_system 0.1.0 direct main pubspec.lock:44 release direct',
      'pub firebase_analytics 11.3.3 direct main pubspec.lock:51 release direct',
      'pub firebase_analytics ^11.3.3 dependencies pubspec.yaml:19 release direct',
      'pub firebase_analytics_platform_interface 4.2.5 transitive pubspec.lock:59 release via',
      'pub firebase_core 3.6.0 direct main pubspec.lock:67 release direct',
      'pub firebase_core ^3.6.0 dependencies pubspec.yaml:18 release direct',
      'pub firebase_core_platform_interface 5.3.0 transitive pubspec.lock:75 release via',
      'pub firebase_crashlytics 4.1.3 direct main pubspec.lock:83 release direct',
      'pub firebase_crashlytics ^4.1.3 dependencies pubspec.yaml:20 release direct',
      'pub flutter_lints 4.0.0 direct dev pubspec.lock:96 test direct',
      'pub flutter_lints ^4.0.0 dev_dependencies pubspec.yaml:45 test direct',
      'pub google_mobile_ads 5.2.0 direct main pubspec.lock:109 release direct',
      'pub google_mobile_ads ^5.2.0 dependencies pubspec.yaml:22 release direct',
      'pub intl 0.19.0 dependency_overrides pubspec.yaml:49 release direct',
      'pub intl 0.19.0 direct overridden pubspec.lock:117 release direct',
      'pub mixpanel_flutter 2.3.1 direct main pubspec.lock:125 release direct',
      'pub mixpanel_flutter ios18-fix dependencies pubspec.yaml:28 release direct SKIP',
      'pub mocktail 1.0.4 direct dev pubspec.lock:134 test direct',
      'pub mocktail ^1.0.4 dev_dependencies pubspec.yaml:46 test direct',
      'pub package_info_plus 8.0.2 transitive pubspec.lock:142 release via',
      'pub sentry 8.9.0 transitive pubspec.lock:150 release via',
      'pub sentry_flutter 8.9.0 direct main pubspec.lock:158 release direct',
      'pub sentry_flutter ^8.9.0 dependencies pubspec.yaml:23 release direct',
      'pub webview_flutter 4.10.0 transitive pubspec.lock:171 release via',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture dotnet/maui-app', () => {
  it('a MAUI single project with conditional item groups, a test project and a legacy Xamarin packages.config', async () => {
    const r = await extractFixture(fixture('dotnet', 'maui-app'));
    expect(rows(r.dependencies)).toEqual([
      'nuget CommunityToolkit.Mvvm 8.3.2 PackageReference Shopfront/Shopfront.csproj:29 release direct',
      'nuget Microsoft.AppCenter 4.5.3 packages.config Shopfront.Droid.Legacy/packages.config:3 release direct',
      'nuget Microsoft.AppCenter.Analytics 4.5.3 packages.config Shopfront.Droid.Legacy/packages.config:4 release direct',
      'nuget Microsoft.AppCenter.Analytics 5.0.6 PackageReference Shopfront/Shopfront.csproj:32 release direct',
      'nuget Microsoft.AppCenter.Crashes 4.5.3 packages.config Shopfront.Droid.Legacy/packages.config:5 release direct',
      'nuget Microsoft.AppCenter.Crashes 5.0.6 PackageReference Shopfront/Shopfront.csproj:33 release direct',
      "nuget Microsoft.Extensions.Logging.Debug 8.0.0 PackageReference if '$(Configuration)' == 'Debug' Shopfront/Shopfront.csproj:50 debug direct",
      'nuget Microsoft.Maui.Controls $(MauiVersion) PackageReference Shopfront/Shopfront.csproj:28 release direct SKIP',
      'nuget Microsoft.NET.Test.Sdk 17.11.1 PackageReference Shopfront.Tests/Shopfront.Tests.csproj:10 test direct',
      'nuget Moq 4.20.72 PackageReference Shopfront.Tests/Shopfront.Tests.csproj:12 test direct',
      'nuget Plugin.Firebase.Analytics 3.0.0 PackageReference Shopfront/Shopfront.csproj:30 release direct',
      'nuget Plugin.Firebase.Crashlytics 3.0.0 PackageReference Shopfront/Shopfront.csproj:31 release direct',
      'nuget Sentry.Maui 4.12.1 PackageReference Shopfront/Shopfront.csproj:34 release direct',
      'nuget Xamarin.AndroidX.AppCompat 1.6.0.1 packages.config Shopfront.Droid.Legacy/packages.config:6 release direct',
      'nuget Xamarin.Build.Download 0.11.4 packages.config (developmentDependency) Shopfront.Droid.Legacy/packages.config:9 test direct',
      'nuget Xamarin.Firebase.Analytics 121.2.0.1 packages.config Shopfront.Droid.Legacy/packages.config:7 release direct',
      'nuget Xamarin.Firebase.Crashlytics 118.3.7 packages.config Shopfront.Droid.Legacy/packages.config:8 release direct',
      "nuget Xamarin.Firebase.Messaging 123.1.2.2 PackageReference if '$(TargetFramework)' == 'net8.0-android' Shopfront/Shopfront.csproj:41 release direct",
      "nuget Xamarin.Firebase.iOS.Analytics 8.10.0.3 PackageReference if '$(TargetFramework)' == 'net8.0-ios' Shopfront/Shopfront.csproj:46 release direct",
      "nuget Xamarin.GooglePlayServices.Ads.Identifier 118.0.1.9 PackageReference if '$(TargetFramework)' == 'net8.0-android' Shopfront/Shopfront.csproj:42 release direct",
      'nuget xunit 2.9.2 PackageReference Shopfront.Tests/Shopfront.Tests.csproj:11 test direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture unity/edm4u-project', () => {
  it('UPM manifest and lock, EDM4U Dependencies.xml files, a vendored xcframework and .aar under Assets/Plugins', async () => {
    const r = await extractFixture(fixture('unity', 'edm4u-project'));
    expect(rows(r.dependencies)).toEqual([
      'cocoapods AppsFlyerFramework 6.15.1 edm4u Assets/AppsFlyer/Editor/AppsFlyerDependencies.xml:12 release direct',
      'cocoapods Firebase/Analytics 12.17.0 edm4u Assets/Firebase/Editor/AnalyticsDependencies.xml:11 release direct',
      // the same folder twice: ios/vendored-framework takes every .xcframework in the tree; evidence is deduplicated at match
      'framework AppsFlyerFramework - vendored Assets/Plugins/iOS/AppsFlyerFramework.xcframework:1 release direct',
      'framework FirebaseAnalytics - edm4u Assets/Firebase/Editor/AnalyticsDependencies.xml:8 release direct',
      'maven com.android.installreferrer:installreferrer 2.1 edm4u Assets/AppsFlyer/Editor/AppsFlyerDependencies.xml:7 release direct',
      'maven com.appsflyer:af-android-sdk 6.15.1 edm4u Assets/AppsFlyer/Editor/AppsFlyerDependencies.xml:5 release direct',
      'maven com.appsflyer:unity-wrapper 6.15.1 edm4u Assets/AppsFlyer/Editor/AppsFlyerDependencies.xml:6 release direct',
      'maven com.google.firebase:firebase-analytics 23.0.0 edm4u Assets/Firebase/Editor/AnalyticsDependencies.xml:15 release direct',
      'maven com.google.firebase:firebase-analytics-unity 13.15.0 edm4u Assets/Firebase/Editor/AnalyticsDependencies.xml:17 release direct',
      'spm https://github.com/firebase/firebase-ios-sdk.git 12.17.0 edm4u Assets/Firebase/Editor/AnalyticsDependencies.xml:7 release direct',
      'unity com.google.ads.mobile https://github.com/googleads/googleads-mobile-unity.git?path=packages/com.google.ads.mobile#v9.2.0 dependencies Packages/manifest.json:12 release direct SKIP',
      'unity com.google.ads.mobile https://github.com/googleads/googleads-mobile-unity.git?path=packages/com.google.ads.mobile#v9.2.0 git Packages/packages-lock.json:3 release direct',
      'unity com.google.external-dependency-manager 1.2.183 dependencies Packages/manifest.json:13 release direct',
      'unity com.google.external-dependency-manager 1.2.183 registry Packages/packages-lock.json:13 release direct',
      'unity com.google.firebase.app file:../GooglePackages/com.google.firebase.app-13.15.0.tgz dependencies Packages/manifest.json:14 release direct SKIP',
      'unity com.google.firebase.app file:../GooglePackages/com.google.firebase.app-13.15.0.tgz local-tarball Packages/packages-lock.json:20 release direct',
      'unity com.unity.ads 4.4.2 dependencies Packages/manifest.json:15 release direct',
      'unity com.unity.ads 4.4.2 registry Packages/packages-lock.json:28 release direct',
      'unity com.unity.ext.nunit 1.0.6 registry Packages/packages-lock.json:37 test via com.unity.ide.rider',
      'unity com.unity.ide.rider 3.0.31 dependencies Packages/manifest.json:16 test direct',
      'unity com.unity.ide.rider 3.0.31 registry Packages/packages-lock.json:44 test direct',
      'unity com.unity.modules.androidjni 1.0.0 builtin Packages/packages-lock.json:71 release direct',
      'unity com.unity.modules.androidjni 1.0.0 dependencies Packages/manifest.json:19 release direct',
      'unity com.unity.modules.imgui 1.0.0 builtin Packages/packages-lock.json:77 release via com.unity.test-framework',
      'unity com.unity.modules.jsonserialize 1.0.0 builtin Packages/packages-lock.json:83 release via com.unity.modules.unityanalytics',
      'unity com.unity.modules.unityanalytics 1.0.0 builtin Packages/packages-lock.json:89 release direct',
      'unity com.unity.modules.unityanalytics 1.0.0 dependencies Packages/manifest.json:20 release direct',
      'unity com.unity.modules.unitywebrequest 1.0.0 builtin Packages/packages-lock.json:98 release via com.unity.modules.unityanalytics',
      'unity com.unity.test-framework 1.1.33 dependencies Packages/manifest.json:17 test direct',
      'unity com.unity.test-framework 1.1.33 registry Packages/packages-lock.json:53 test direct',
      'unity com.unity.ugui 1.0.0 builtin Packages/packages-lock.json:63 release direct',
      'unity com.unity.ugui 1.0.0 dependencies Packages/manifest.json:18 release direct',
      'vendored-binary unity-ads.aar - vendored Assets/Plugins/Android/unity-ads.aar:1 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture cordova/capacitor-app', () => {
  it('Cordova config.xml plugins; capacitor.config plugin keys are configuration names, not packages; generated copies yield nothing', async () => {
    const r = await extractFixture(fixture('cordova', 'capacitor-app'));
    expect(rows(r.dependencies)).toEqual([
      'npm cordova-plugin-appsflyer-sdk ^6.15.1 plugin config.xml:37 release direct',
      'npm cordova-plugin-device ^2.1.0 plugin config.xml:27 release direct',
      'npm cordova-plugin-facebook-connect ^3.2.0 plugin config.xml:32 release direct',
      'npm cordova-plugin-firebasex ^16.5.0 plugin config.xml:28 release direct',
      'npm cordova-plugin-whitelist 1.3.5 plugin config.xml:26 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});
