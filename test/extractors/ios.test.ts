import { extractPodfile, podfile } from '../../src/extractors/ios/podfile/index';
import { extractPodfileLock } from '../../src/extractors/ios/podfile-lock/index';
import { extractPackageSwift, packageSwift } from '../../src/extractors/ios/package-swift/index';
import { extractPackageResolved, packageResolved } from '../../src/extractors/ios/package-resolved/index';
import { extractPbxproj, pbxproj } from '../../src/extractors/ios/pbxproj/index';
import { cartfile, extractCartfile } from '../../src/extractors/ios/cartfile/index';
import { extractInfoPlist, infoPlist } from '../../src/extractors/ios/info-plist/index';
import { vendoredFramework } from '../../src/extractors/ios/vendored-framework/index';
import { briefs } from '../helpers';

describe('ios/podfile', () => {
  it.each([
    ["pod 'Alamofire', '~> 5.9'", 'cocoapods Alamofire ~> 5.9 App L2 release'],
    ["pod 'OneSignalXCFramework', '>= 5.0.0', '< 6.0'", 'cocoapods OneSignalXCFramework >= 5.0.0, < 6.0 App L2 release'],
    ["pod 'Firebase/Crashlytics'", 'cocoapods Firebase/Crashlytics - App L2 release'],
    ["pod 'FLEX', :configurations => ['Debug']", 'cocoapods FLEX - App L2 debug'],
    ["pod 'FLEX', configurations: ['Debug', 'Beta-Debug']", 'cocoapods FLEX - App L2 debug'],
    ["pod 'Reveal-SDK', :configurations => ['Debug', 'Release']", 'cocoapods Reveal-SDK - App L2 release'],
    ['pod "Sentry", :git => "https://github.com/getsentry/sentry-cocoa.git", :tag => "8.36.0"', 'cocoapods Sentry - App L2 release'],
    ["pod 'Local', :path => '../Local'", 'cocoapods Local - App L2 release'],
  ])('%s', (line, want) => {
    expect(briefs(extractPodfile({ path: 'Podfile', text: `target 'App' do\n  ${line}\nend\n` }).dependencies)).toEqual([want]);
  });
  it.each([["# pod 'Alamofire'"], ["podspec 'X'"], ["  puts 'pod Alamofire'"], ["pods 'Alamofire'"]])('near miss: %s', (line) => {
    expect(extractPodfile({ path: 'Podfile', text: `target 'App' do\n${line}\nend\n` }).dependencies).toEqual([]);
  });
  it('test targets are test-only; def methods take the scope of the targets that call them', () => {
    const text = ["def shared", "  pod 'Mixpanel-swift'", 'end', "target 'App' do", '  shared', "  target 'AppTests' do", "    pod 'Quick'", '  end', 'end'].join('\n');
    expect(briefs(extractPodfile({ path: 'Podfile', text }).dependencies)).toEqual(['cocoapods Mixpanel-swift - App L2 release', 'cocoapods Quick - App/AppTests L7 test']);
  });
  it('an unclosed block is a diagnostic; the pods read still count', () => {
    const r = extractPodfile({ path: 'Podfile', text: "target 'App' do\n  pod 'Branch'\n" });
    expect(r.dependencies).toHaveLength(1);
    expect(r.diagnostics[0].message).toContain('not closed');
  });
  it.each([
    ['Podfile', true],
    ['ios/Podfile', true],
    ['ios/Podfile.lock', false],
    ['ios/Podfile.bak', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(podfile.fileRequired(p)).toBe(want));
});

describe('ios/podfile-lock', () => {
  const LOCK = ['PODS:', '  - Amplitude (8.22.0):', '    - AnalyticsConnector (~> 1.0.0)', '  - AnalyticsConnector (1.0.3)', '  - Braintree/Core (5.26.0)', '  - Braintree/PayPalDataCollector (5.26.0):', '    - Braintree/Core', '    - PPRiskMagnes (= 5.5.0)', '  - PPRiskMagnes (5.5.0)', '', 'DEPENDENCIES:', '  - Amplitude (~> 8.22)', '  - Braintree/PayPalDataCollector', '', 'COCOAPODS: 1.15.2'].join('\n');
  it('direct pods from DEPENDENCIES, transitive ones with their chain, subspecs folded', () => {
    const deps = extractPodfileLock({ path: 'Podfile.lock', text: LOCK }).dependencies;
    expect(deps.map((d) => `${d.name} ${d.version} L${d.location.line} ${d.direct ? 'direct' : `via ${d.via?.join('>')}`}`).sort()).toEqual([
      'Amplitude 8.22.0 L2 direct',
      'AnalyticsConnector 1.0.3 L4 via Amplitude',
      'Braintree 5.26.0 L5 direct',
      'Braintree/PayPalDataCollector 5.26.0 L5 direct',
      'PPRiskMagnes 5.5.0 L9 via Braintree',
    ]);
  });
  it('invalid YAML is a diagnostic', () => {
    expect(extractPodfileLock({ path: 'Podfile.lock', text: 'PODS:\n  - [unclosed' }).diagnostics[0].message).toContain('could not be parsed');
  });
});

describe('ios/package-swift', () => {
  it.each([
    ['.package(url: "https://github.com/getsentry/sentry-cocoa", from: "8.36.0")', 'spm https://github.com/getsentry/sentry-cocoa 8.36.0 - L1 release'],
    ['.package(name: "Facebook", url: "https://github.com/facebook/facebook-ios-sdk.git", .upToNextMajor(from: "17.0.0"))', 'spm https://github.com/facebook/facebook-ios-sdk.git 17.0.0 - L1 release'],
    ['.package(url: "https://github.com/RevenueCat/purchases-ios.git", exact: "5.3.0")', 'spm https://github.com/RevenueCat/purchases-ios.git 5.3.0 - L1 release'],
    ['.package(url: "https://github.com/mixpanel/mixpanel-swift", branch: "master")', 'spm https://github.com/mixpanel/mixpanel-swift master - L1 release'],
    ['.package(url: "https://github.com/SnapKit/SnapKit.git", "5.0.0"..<"6.0.0")', 'spm https://github.com/SnapKit/SnapKit.git 5.0.0..<6.0.0 - L1 release'],
    ['.product(name: "FirebaseCrashlytics", package: "firebase-ios-sdk")', 'framework FirebaseCrashlytics - product of firebase-ios-sdk L1 release'],
  ])('%s', (line, want) => expect(briefs(extractPackageSwift({ path: 'Package.swift', text: line }).dependencies)).toEqual([want]));
  it('ignores commented-out packages', () => {
    expect(extractPackageSwift({ path: 'Package.swift', text: '// .package(url: "https://github.com/a/b", from: "1.0.0")' }).dependencies).toEqual([]);
  });
  it.each([
    ['Package.swift', true],
    ['Package@swift-5.9.swift', true],
    ['Sources/Package.swift.txt', false],
    ['MyPackage.swift', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(packageSwift.fileRequired(p)).toBe(want));
});

describe('ios/package-resolved', () => {
  const v1 = '{"object":{"pins":[{"package":"Sentry","repositoryURL":"https://github.com/getsentry/sentry-cocoa.git","state":{"branch":null,"revision":"abc","version":"8.36.0"}}]},"version":1}';
  const v2 = '{\n  "pins" : [\n    {\n      "identity" : "sentry-cocoa",\n      "kind" : "remoteSourceControl",\n      "location" : "https://github.com/getsentry/sentry-cocoa.git",\n      "state" : { "revision" : "abc", "version" : "8.36.0" }\n    }\n  ],\n  "version" : 2\n}';
  const v3 = v2.replace('"version" : 2', '"originHash" : "x", "version" : 3');
  it.each([
    ['v1', v1, 'spm https://github.com/getsentry/sentry-cocoa.git 8.36.0 - L1 release'],
    ['v2', v2, 'spm https://github.com/getsentry/sentry-cocoa.git 8.36.0 - L6 release'],
    ['v3', v3, 'spm https://github.com/getsentry/sentry-cocoa.git 8.36.0 - L6 release'],
  ])('%s', (_v, text, want) => expect(briefs(extractPackageResolved({ path: 'Package.resolved', text }).dependencies)).toEqual([want]));
  it('not JSON is a diagnostic', () => expect(extractPackageResolved({ path: 'Package.resolved', text: '{' }).diagnostics).toHaveLength(1));
  it.each([
    ['Package.resolved', true],
    ['App.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved', true],
    ['App.xcworkspace/xcshareddata/swiftpm/Package.resolved', true],
    ['Package.resolved.orig', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(packageResolved.fileRequired(p)).toBe(want));
});

describe('ios/pbxproj', () => {
  it('skips system frameworks; reads vendored frameworks and static libraries', () => {
    const text = [
      '// !$*UTF8*$!',
      '{ objects = {',
      '  A /* UIKit.framework */ = {isa = PBXFileReference; lastKnownFileType = wrapper.framework; name = UIKit.framework; path = System/Library/Frameworks/UIKit.framework; sourceTree = SDKROOT; };',
      '  B /* libWeChatSDK.a */ = {isa = PBXFileReference; lastKnownFileType = archive.ar; path = Vendor/libWeChatSDK.a; sourceTree = "<group>"; };',
      '  C /* Bugly.framework */ = {isa = PBXFileReference; lastKnownFileType = wrapper.framework; path = Bugly.framework; sourceTree = "<group>"; };',
      '}; }',
    ].join('\n');
    expect(briefs(extractPbxproj({ path: 'App.xcodeproj/project.pbxproj', text }).dependencies)).toEqual([
      'framework Bugly - linked framework L5 release',
      'vendored-binary libWeChatSDK.a - linked library L4 release',
    ]);
  });
  it('not a project file is a diagnostic', () => expect(extractPbxproj({ path: 'x/project.pbxproj', text: 'hello' }).diagnostics).toHaveLength(1));
  it.each([
    ['App.xcodeproj/project.pbxproj', true],
    ['project.pbxproj', false],
    ['App.xcodeproj/project.pbxproj.orig', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(pbxproj.fileRequired(p)).toBe(want));
});

describe('ios/cartfile', () => {
  it('github, git and binary lines; Cartfile.private is development-only', () => {
    expect(briefs(extractCartfile({ path: 'Cartfile.private', text: 'github "Quick/Nimble" ~> 13.0\n# github "x/y"' }).dependencies)).toEqual(['carthage Quick/Nimble ~> 13.0 Cartfile.private L1 test']);
    expect(briefs(extractCartfile({ path: 'Cartfile', text: 'binary "https://dl.google.com/x/FirebaseAnalyticsBinary.json" ~> 11.0' }).dependencies)).toEqual(['carthage dl.google.com/x/FirebaseAnalyticsBinary.json ~> 11.0 binary L1 release']);
  });
  it.each([
    ['Cartfile', true],
    ['Cartfile.private', true],
    ['Cartfile.resolved', true],
    ['Cartfile.txt', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(cartfile.fileRequired(p)).toBe(want));
});

describe('ios/info-plist', () => {
  const plist = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
  it('SDK keys become dependencies; Apple keys are skipped; ATT and SKAdNetwork are facts', () => {
    const r = extractInfoPlist({ path: 'App/Info.plist', text: plist('<key>FacebookAppID</key>\n<string>1</string>\n<key>CFBundleName</key>\n<string>x</string>\n<key>NSUserTrackingUsageDescription</key>\n<string>ads</string>') });
    expect(briefs(r.dependencies)).toEqual(['plist FacebookAppID - Info.plist L4 release']);
    expect(r.facts?.map((f) => `${f.kind} L${f.location.line}`)).toEqual(['ios-tracking-prompt L8']);
  });
  it.each([
    ['binary plist', Buffer.from('bplist00\u0000\u0001'), 'binary plist'],
    ['malformed', Buffer.from('<plist><dict><key>x</key>'), 'could not be parsed'],
    ['entity expansion', Buffer.from('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><plist><dict><key>&b;</key><string/></dict></plist>'), 'entities'],
  ])('%s is a diagnostic', (_n, bytes, msg) => {
    const r = extractInfoPlist({ path: 'Info.plist', text: bytes.toString('utf8'), bytes });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics[0].message).toContain(msg);
  });
  it.each([
    ['App/Info.plist', true],
    ['App/App-Info.plist', true],
    ['Vendor/Foo.framework/Info.plist', false],
    ['App/GoogleService-Info.plist.bak', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(infoPlist.fileRequired(p)).toBe(want));
});

describe('ios/vendored-framework', () => {
  it.each([
    ['Frameworks/AppsFlyerLib.xcframework/Info.plist', true],
    ['Vendor/Bugly.framework/Bugly', true],
    ['Vendor/libWeChatSDK.a', true],
    ['Frameworks/AppsFlyerLib.xcframework/ios-arm64/AppsFlyerLib.framework/AppsFlyerLib', false],
    ['Sources/framework/notes.txt', false],
    ['docs/xcframework.md', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(vendoredFramework.fileRequired(p)).toBe(want));
  it('evidence points at the framework folder', () => {
    expect(briefs(vendoredFramework.extract({ path: 'Frameworks/AppsFlyerLib.xcframework/Info.plist', text: '' }).dependencies)).toEqual(['framework AppsFlyerLib - vendored L1 release']);
  });
});

describe('ios/podfile-lock line reader', () => {
  const { readPodfileLockLines } = jest.requireActual('../../src/extractors/ios/podfile-lock/index') as typeof import('../../src/extractors/ios/podfile-lock/index');
  const { parseYaml } = jest.requireActual('../../src/parsers/yaml') as typeof import('../../src/parsers/yaml');
  const { readFileSync } = jest.requireActual('node:fs') as typeof import('node:fs');
  const { join } = jest.requireActual('node:path') as typeof import('node:path');
  it('reads PODS and DEPENDENCIES exactly as the YAML parser does', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'ios', 'cocoapods-nested-targets', 'Podfile.lock'), 'utf8');
    const y = parseYaml(text) as { ok: true; value: { PODS: unknown; DEPENDENCIES: unknown } };
    expect(readPodfileLockLines(text)).toEqual({ PODS: y.value.PODS, DEPENDENCIES: y.value.DEPENDENCIES });
  });
  it.each([['PODS:\n  - [unclosed'], ['PODS:\n      - too: deep'], ['no sections at all']])('falls back to the YAML parser for %j', (text) => {
    expect(readPodfileLockLines(text)).toBeUndefined();
  });
});
