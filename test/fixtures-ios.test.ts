import { join } from 'node:path';
import { extractAll } from '../src/scan';
import type { Dependency } from '../src/types';

// Whole-result tests: every dependency each iOS fixture yields (file, line, usage, chain), so a new false
// positive or a lost line fails the test.
const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'ios', name);
const row = (d: Dependency) => [d.ecosystem, d.name, d.version ?? '-', d.scope ?? '-', `${d.location.file}:${d.location.line}`, d.usage, d.direct ? 'direct' : `via ${(d.via ?? []).join('>')}`].join(' ');

describe('fixture ios/cocoapods-nested-targets', () => {
  it('nested and abstract targets, a test target, a def method, if/else, debug configurations, :git pods, and the lock tree with chains', async () => {
    const r = await extractAll(fixture('cocoapods-nested-targets'));
    expect(r.dependencies.map(row).sort()).toEqual([
      'cocoapods Adjust - Common/Shop Podfile:19 release direct',
      'cocoapods Adjust 4.38.4 - Podfile.lock:2 release direct',
      'cocoapods Alamofire 5.9.1 - Podfile.lock:5 release direct',
      'cocoapods Alamofire ~> 5.9 Common Podfile:11 release direct',
      'cocoapods AppLovinSDK - Common/Shop Podfile:24 release direct',
      'cocoapods AppLovinSDK 12.6.1 - Podfile.lock:6 release direct',
      'cocoapods FLEX - Common/Shop Podfile:18 debug direct',
      'cocoapods FLEX 5.22.10 - Podfile.lock:28 debug direct',
      'cocoapods Firebase 11.4.0 - Podfile.lock:23 release direct',
      'cocoapods Firebase/Crashlytics - Common/Shop Podfile:17 release direct',
      'cocoapods Firebase/Crashlytics 11.4.0 - Podfile.lock:23 release direct',
      'cocoapods FirebaseAnalytics 11.4.0 - Podfile.lock:7 release direct',
      'cocoapods FirebaseAnalytics ~> 11.0 Common/Shop Podfile:7 release direct',
      'cocoapods FirebaseCore 11.4.0 - Podfile.lock:15 release via Firebase',
      'cocoapods FirebaseCoreInternal 11.4.0 - Podfile.lock:17 release via Firebase>FirebaseCore',
      'cocoapods FirebaseCrashlytics 11.4.0 - Podfile.lock:18 release via Firebase',
      'cocoapods FirebaseInstallations 11.4.0 - Podfile.lock:21 release via FirebaseAnalytics',
      'cocoapods Google-Mobile-Ads-SDK - Common/Shop Podfile:22 release direct',
      'cocoapods Google-Mobile-Ads-SDK 11.10.0 - Podfile.lock:29 release direct',
      'cocoapods GoogleAppMeasurement 11.4.0 - Podfile.lock:31 release via FirebaseAnalytics',
      'cocoapods GoogleUserMessagingPlatform 2.6.0 - Podfile.lock:33 release via Google-Mobile-Ads-SDK',
      'cocoapods GoogleUtilities 8.0.2 - Podfile.lock:34 release via FirebaseAnalytics',
      'cocoapods Mixpanel-swift 4.3.0 - Podfile.lock:35 release direct',
      'cocoapods Mixpanel-swift ~> 4.2 Common/Shop Podfile:6 release direct',
      'cocoapods OHHTTPStubs 9.1.0 - Podfile.lock:38 test direct',
      'cocoapods OHHTTPStubs/Swift - Common/Shop/ShopTests Podfile:29 test direct',
      'cocoapods OHHTTPStubs/Swift 9.1.0 - Podfile.lock:38 test direct',
      'cocoapods OneSignalXCFramework 5.2.4 - Podfile.lock:41 release direct',
      'cocoapods OneSignalXCFramework >= 5.0.0, < 6.0 Common/Shop Podfile:16 release direct',
      'cocoapods Sentry - Common/ShopWidget Podfile:34 release direct',
      'cocoapods Sentry 8.36.0 - Podfile.lock:44 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture ios/spm-only', () => {
  it('an SPM-only app: pbxproj package references and products, Package.resolved v1 and v3, a linked vendored xcframework; system frameworks skipped', async () => {
    const r = await extractAll(fixture('spm-only'));
    expect(r.dependencies.map(row).sort()).toEqual([
      'framework Amplitude - swift package product Shop.xcodeproj/project.pbxproj:58 release direct',
      'framework AppsFlyerLib - linked framework Shop.xcodeproj/project.pbxproj:19 release direct',
      'framework FirebaseCrashlytics - swift package product Shop.xcodeproj/project.pbxproj:53 release direct',
      'framework Kingfisher - swift package product Shop.xcodeproj/project.pbxproj:63 release direct',
      'spm git@github.com:amplitude/Amplitude-iOS.git 8.22.0 - Shop.xcodeproj/project.pbxproj:33 release direct',
      'spm git@github.com:amplitude/Amplitude-iOS.git 8.22.0 - Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:7 release direct',
      'spm https://github.com/amplitude/analytics-connector-ios.git 1.0.3 - Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:16 release via ',
      'spm https://github.com/firebase/firebase-ios-sdk 11.4.0 - Shop.xcodeproj/project.pbxproj:25 release direct',
      'spm https://github.com/firebase/firebase-ios-sdk 11.4.0 - Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:25 release direct',
      'spm https://github.com/getsentry/sentry-cocoa.git 8.36.0 - Shop.xcworkspace/xcshareddata/swiftpm/Package.resolved:6 release via ',
      'spm https://github.com/google/GoogleAppMeasurement.git 11.4.0 - Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:34 release via ',
      'spm https://github.com/onevcat/Kingfisher.git master - Shop.xcodeproj/project.pbxproj:41 release direct',
      'spm https://github.com/onevcat/Kingfisher.git master - Shop.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved:43 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture ios/carthage-app', () => {
  it('Cartfile, Cartfile.private (development only) and Cartfile.resolved', async () => {
    const r = await extractAll(fixture('carthage-app'));
    expect(r.dependencies.map(row).sort()).toEqual([
      'carthage Alamofire/Alamofire 5.9.1 github Cartfile.resolved:3 release via ',
      'carthage Alamofire/Alamofire ~> 5.9 github Cartfile:4 release direct',
      'carthage Quick/Nimble v13.2.1 github Cartfile.resolved:4 release via ',
      'carthage Quick/Nimble ~> 13.0 Cartfile.private Cartfile.private:1 test direct',
      'carthage dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json 11.4.0 binary Cartfile.resolved:1 release via ',
      'carthage dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json ~> 11.0 binary Cartfile:3 release direct',
      'carthage https://github.com/getsentry/sentry-cocoa.git 8.36.0 git Cartfile.resolved:2 release via ',
      'carthage https://github.com/getsentry/sentry-cocoa.git 8.36.0 git Cartfile:5 release direct',
      'carthage mixpanel/mixpanel-swift v4.3.0 github Cartfile.resolved:5 release via ',
      'carthage mixpanel/mixpanel-swift ~> 4.2 github Cartfile:2 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('fixture ios/mixed-app', () => {
  it('Package.swift, a Podfile, Info.plist keys, a vendored xcframework and a static library', async () => {
    const r = await extractAll(fixture('mixed-app'));
    expect(r.dependencies.map(row).sort()).toEqual([
      'cocoapods Branch ~> 3.4 Mixed Podfile:4 release direct',
      'framework AppsFlyerLib - vendored Frameworks/AppsFlyerLib.xcframework:1 release direct',
      'framework FacebookLogin - product of Facebook Package.swift:20 release direct',
      'framework RevenueCat - product of purchases-ios Package.swift:21 release direct',
      'framework Sentry - product of sentry-cocoa Package.swift:19 release direct',
      'plist FacebookAppID - Info.plist Mixed/Info.plist:7 release direct',
      'plist FacebookClientToken - Info.plist Mixed/Info.plist:9 release direct',
      'plist GADApplicationIdentifier - Info.plist Mixed/Info.plist:11 release direct',
      'plist branch_key - Info.plist Mixed/Info.plist:24 release direct',
      'spm ../LocalKit - - Package.swift:13 release direct',
      'spm https://github.com/RevenueCat/purchases-ios.git 5.3.0 - Package.swift:10 release direct',
      'spm https://github.com/SnapKit/SnapKit.git 5.0.0..<6.0.0 - Package.swift:12 release direct',
      'spm https://github.com/facebook/facebook-ios-sdk.git 17.0.0 - Package.swift:9 release direct',
      'spm https://github.com/getsentry/sentry-cocoa 8.36.0 - Package.swift:8 release direct',
      'vendored-binary libWeChatSDK.a - vendored Vendor/WeChat/libWeChatSDK.a:1 release direct',
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});
