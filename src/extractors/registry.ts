import type { Extractor } from './types';
import { gradle } from './android/gradle/index';
import { gradleProperties } from './android/gradle-properties/index';
import { versionCatalog } from './android/version-catalog/index';
import { manifest } from './android/manifest/index';
import { vendoredBinary } from './android/vendored-binary/index';
import { podfile } from './ios/podfile/index';
import { podfileLock } from './ios/podfile-lock/index';
import { packageSwift } from './ios/package-swift/index';
import { packageResolved } from './ios/package-resolved/index';
import { pbxproj } from './ios/pbxproj/index';
import { cartfile } from './ios/cartfile/index';
import { infoPlist } from './ios/info-plist/index';
import { vendoredFramework } from './ios/vendored-framework/index';
import { sdkPrivacyManifest } from './ios/sdk-privacy-manifest/index';
import { packageJson } from './js/package-json/index';
import { expoConfig } from './js/expo-config/index';
import { packageLock } from './js/package-lock/index';
import { yarnLock } from './js/yarn-lock/index';
import { pnpmLock } from './js/pnpm-lock/index';
import { pubspec } from './flutter/pubspec/index';
import { pubspecLock } from './flutter/pubspec-lock/index';
import { csproj } from './dotnet/csproj/index';
import { packagesManifest } from './unity/packages-manifest/index';
import { edmDependencies } from './unity/edm-dependencies/index';
import { configXml } from './cordova/config-xml/index';
import { capacitorConfig } from './cordova/capacitor-config/index';
import { jvmImports } from './source/jvm-imports/index';
import { appleImports } from './source/apple-imports/index';
import { dartImports } from './source/dart-imports/index';
import { jsImports } from './source/js-imports/index';

/** Every extractor; the name of each is its folder (a test keeps this list equal to the folders). */
export const EXTRACTORS: Extractor[] = [
  gradle, gradleProperties, versionCatalog, manifest, vendoredBinary,
  podfile, podfileLock, packageSwift, packageResolved, pbxproj, cartfile, infoPlist, vendoredFramework, sdkPrivacyManifest,
  packageJson, expoConfig, packageLock, yarnLock, pnpmLock,
  pubspec, pubspecLock, csproj, packagesManifest, edmDependencies, configXml, capacitorConfig,
  jvmImports, appleImports, dartImports, jsImports,
];
