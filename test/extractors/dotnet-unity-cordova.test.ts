import { csproj, extractCsproj } from '../../src/extractors/dotnet/csproj/index';
import { extractUnityPackages, packagesManifest } from '../../src/extractors/unity/packages-manifest/index';
import { edmDependencies, extractEdmDependencies } from '../../src/extractors/unity/edm-dependencies/index';
import { vendoredBinary } from '../../src/extractors/android/vendored-binary/index';
import { configXml, extractCordovaConfig } from '../../src/extractors/cordova/config-xml/index';
import { capacitorConfig, extractCapacitorConfig } from '../../src/extractors/cordova/capacitor-config/index';
import { briefs } from '../helpers';

describe('dotnet/csproj', () => {
  const project = (...body: string[]) => ['<Project Sdk="Microsoft.NET.Sdk">', ...body, '</Project>'].join('\n');
  const run = (text: string, path = 'App/App.csproj') => extractCsproj({ path, text });
  it.each([
    ['Include and Version', '<ItemGroup><PackageReference Include="Sentry.Maui" Version="4.12.1" /></ItemGroup>', 'nuget Sentry.Maui 4.12.1 PackageReference L2 release'],
    ['Version as a child element', '<ItemGroup><PackageReference Include="Sentry.Maui">\n<Version>4.12.1</Version>\n</PackageReference></ItemGroup>', 'nuget Sentry.Maui 4.12.1 PackageReference L2 release'],
    ['no Version (central package management)', '<ItemGroup>\n  <PackageReference Include="Plugin.Firebase.Analytics" />\n</ItemGroup>', 'nuget Plugin.Firebase.Analytics - PackageReference L3 release'],
    ['VersionOverride', '<ItemGroup><PackageReference Include="Plugin.Firebase.Analytics" VersionOverride="3.1.0" /></ItemGroup>', 'nuget Plugin.Firebase.Analytics 3.1.0 PackageReference L2 release'],
    ['Update', '<ItemGroup><PackageReference Update="Microsoft.AppCenter.Crashes" Version="5.0.6" /></ItemGroup>', 'nuget Microsoft.AppCenter.Crashes 5.0.6 PackageReference Update L2 release'],
    [
      'a TargetFramework condition',
      `<ItemGroup Condition="'$(TargetFramework)' == 'net8.0-android'">\n  <PackageReference Include="Xamarin.Firebase.Crashlytics" Version="118.6.4" />\n</ItemGroup>`,
      "nuget Xamarin.Firebase.Crashlytics 118.6.4 PackageReference if '$(TargetFramework)' == 'net8.0-android' L3 release",
    ],
    [
      'a condition on the reference itself',
      `<ItemGroup>\n  <PackageReference Include="Xamarin.Firebase.iOS.Analytics" Version="8.10.0.3" Condition="$(TargetFramework.Contains('-ios'))" />\n</ItemGroup>`,
      "nuget Xamarin.Firebase.iOS.Analytics 8.10.0.3 PackageReference if $(TargetFramework.Contains('-ios')) L3 release",
    ],
    [
      'a Debug-only condition',
      `<ItemGroup Condition="'$(Configuration)' == 'Debug'">\n  <PackageReference Include="Microsoft.Extensions.Logging.Debug" Version="8.0.0" />\n</ItemGroup>`,
      "nuget Microsoft.Extensions.Logging.Debug 8.0.0 PackageReference if '$(Configuration)' == 'Debug' L3 debug",
    ],
    [
      'Choose/When',
      `<Choose>\n  <When Condition="'$(TargetFramework)' == 'net8.0-ios'">\n    <ItemGroup>\n      <PackageReference Include="Microsoft.AppCenter.Analytics" Version="5.0.6" />\n    </ItemGroup>\n  </When>\n</Choose>`,
      "nuget Microsoft.AppCenter.Analytics 5.0.6 PackageReference if '$(TargetFramework)' == 'net8.0-ios' L5 release",
    ],
    ['a multi-line element', '<ItemGroup>\n  <PackageReference\n      Include="Sentry.Maui"\n      Version="4.12.1" />\n</ItemGroup>', 'nuget Sentry.Maui 4.12.1 PackageReference L4 release'],
    ['GlobalPackageReference', '<ItemGroup><GlobalPackageReference Include="Nerdbank.GitVersioning" Version="3.6.143" /></ItemGroup>', 'nuget Nerdbank.GitVersioning 3.6.143 GlobalPackageReference L2 release'],
  ])('%s', (_what, body, want) => expect(briefs(run(project(body)).dependencies)).toEqual([want]));

  it.each([
    ['a ProjectReference', '<ItemGroup><ProjectReference Include="..\\Core\\Core.csproj" /></ItemGroup>'],
    ['an assembly Reference with HintPath', '<ItemGroup><Reference Include="Xamarin.Firebase.Analytics"><HintPath>..\\packages\\x.dll</HintPath></Reference></ItemGroup>'],
    ['a commented-out reference', '<ItemGroup><!-- <PackageReference Include="Sentry.Maui" Version="4.12.1" /> --></ItemGroup>'],
    ['a MAUI asset item', '<ItemGroup><MauiImage Include="Resources\\Images\\*" /></ItemGroup>'],
    ['a property named like a package', '<PropertyGroup><PackageReference>Sentry.Maui</PackageReference></PropertyGroup>'],
  ])('near miss: %s', (_what, body) => expect(run(project(body)).dependencies).toEqual([]));

  it('a commented-out twin does not shift the line of the real reference', () => {
    const text = project('<ItemGroup>', '  <!-- <PackageReference Include="Sentry.Maui" Version="3.0.0" /> -->', '  <PackageReference Include="Sentry.Maui" Version="4.12.1" />', '</ItemGroup>');
    expect(briefs(run(text).dependencies)).toEqual(['nuget Sentry.Maui 4.12.1 PackageReference L4 release']);
  });

  it('$(Property) versions resolve from unconditional PropertyGroups; the rest stay raw with a skipReason', () => {
    const text = project(
      '<PropertyGroup><AppCenterVersion>5.0.6</AppCenterVersion></PropertyGroup>',
      `<PropertyGroup Condition="'$(Configuration)' == 'Release'"><SentryVersion>4.0.0</SentryVersion></PropertyGroup>`,
      '<ItemGroup>',
      '  <PackageReference Include="Microsoft.AppCenter.Analytics" Version="$(AppCenterVersion)" />',
      '  <PackageReference Include="Sentry.Maui" Version="$(SentryVersion)" />',
      '</ItemGroup>',
    );
    const deps = run(text).dependencies;
    expect(deps.map((d) => [d.name, d.version, d.skipReason])).toEqual([
      ['Microsoft.AppCenter.Analytics', '5.0.6', undefined],
      ['Sentry.Maui', '$(SentryVersion)', "unresolved property '$(SentryVersion)'"],
    ]);
  });

  it.each([
    ['IsTestProject', 'App/App.csproj', '<PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>'],
    ['a *.Tests.csproj name', 'App.Tests/App.Tests.csproj', ''],
    ['a *.UITests.csproj name', 'App.UITests/App.UITests.csproj', ''],
  ])('test projects are test-only: %s', (_what, path, props) => {
    const text = project(props, '<ItemGroup><PackageReference Include="Moq" Version="4.20.72" /></ItemGroup>');
    expect(run(text, path).dependencies.map((d) => d.usage)).toEqual(['test']);
  });

  it('Directory.Packages.props: central PackageVersion pins', () => {
    const text = ['<Project>', '  <ItemGroup>', '    <PackageVersion Include="Sentry.Maui" Version="4.12.1" />', '  </ItemGroup>', '</Project>'].join('\n');
    expect(briefs(run(text, 'Directory.Packages.props').dependencies)).toEqual(['nuget Sentry.Maui 4.12.1 PackageVersion L3 release']);
  });

  it('packages.config: one row per package; developmentDependency is test-only', () => {
    const text = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<packages>',
      '  <package id="Microsoft.AppCenter.Analytics" version="4.5.3" targetFramework="monoandroid12.0" />',
      '  <package id="Xamarin.Build.Download" version="0.11.4" targetFramework="monoandroid12.0" developmentDependency="true" />',
      '</packages>',
    ].join('\n');
    expect(briefs(run(text, 'Droid/packages.config').dependencies)).toEqual([
      'nuget Microsoft.AppCenter.Analytics 4.5.3 packages.config L3 release',
      'nuget Xamarin.Build.Download 0.11.4 packages.config (developmentDependency) L4 test',
    ]);
  });

  it.each([
    ['malformed XML', 'App.csproj', '<Project><ItemGroup></Project>', 'warning'],
    ['not an MSBuild project', 'App.csproj', '<Solution />', 'note'],
    ['packages.config without <packages>', 'packages.config', '<configuration />', 'note'],
  ])('%s is a diagnostic', (_what, path, text, severity) => {
    const r = run(text, path);
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics.map((d) => [d.severity, d.source])).toEqual([[severity, 'dotnet/csproj']]);
  });

  it.each([
    ['App/App.csproj', true],
    ['src/Shopfront.Droid/Shopfront.Droid.csproj', true],
    ['Directory.Packages.props', true],
    ['src/Directory.Build.props', true],
    ['Droid/packages.config', true],
    ['App/App.csproj.user', false],
    ['App/App.fsproj.bak', false],
    ['packages.config.bak', false],
    ['App.sln', false],
    ['Directory.Build.rsp', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(csproj.fileRequired(p)).toBe(want));
});

describe('unity/packages-manifest', () => {
  const manifest = (...entries: string[]) => ['{', '  "dependencies": {', entries.join(',\n'), '  }', '}'].join('\n');
  const run = (text: string, path = 'Packages/manifest.json') => extractUnityPackages({ path, text });
  it.each([
    ['a registry version', '    "com.unity.ads": "4.4.2"', 'unity com.unity.ads 4.4.2 dependencies L3 release', undefined],
    ['an OpenUPM package', '    "com.google.external-dependency-manager": "1.2.183"', 'unity com.google.external-dependency-manager 1.2.183 dependencies L3 release', undefined],
    ['a git URL', '    "com.appsflyer.unity": "https://github.com/AppsFlyerSDK/appsflyer-unity-plugin.git#upm"', 'unity com.appsflyer.unity https://github.com/AppsFlyerSDK/appsflyer-unity-plugin.git#upm dependencies L3 release', 'from git https://github.com/AppsFlyerSDK/appsflyer-unity-plugin.git#upm'],
    ['a local tarball', '    "com.google.firebase.app": "file:../GooglePackages/com.google.firebase.app-13.15.0.tgz"', 'unity com.google.firebase.app file:../GooglePackages/com.google.firebase.app-13.15.0.tgz dependencies L3 release', 'local package (file:../GooglePackages/com.google.firebase.app-13.15.0.tgz)'],
    ['a built-in module', '    "com.unity.modules.unityanalytics": "1.0.0"', 'unity com.unity.modules.unityanalytics 1.0.0 dependencies L3 release', undefined],
    ['editor tooling', '    "com.unity.ide.rider": "3.0.31"', 'unity com.unity.ide.rider 3.0.31 dependencies L3 test', undefined],
    ['the test framework', '    "com.unity.test-framework": "1.1.33"', 'unity com.unity.test-framework 1.1.33 dependencies L3 test', undefined],
  ])('%s', (_what, entry, want, skipReason) => {
    const deps = run(manifest(entry)).dependencies;
    expect(briefs(deps)).toEqual([want]);
    expect(deps[0].skipReason).toBe(skipReason);
  });

  it.each([
    ['scopedRegistries scopes', '{\n  "scopedRegistries": [{ "name": "OpenUPM", "url": "https://package.openupm.com", "scopes": ["com.google"] }],\n  "dependencies": {}\n}'],
    ['testables', '{\n  "dependencies": {},\n  "testables": ["com.unity.ads"]\n}'],
    ['a manifest without dependencies', '{\n  "name": "com.acme.sdk",\n  "version": "1.0.0"\n}'],
  ])('near miss: %s', (_what, text) => expect(run(text).dependencies).toEqual([]));

  it('packages-lock.json: depth 0 is direct, deeper packages carry their chain; lines skip the nested dependency maps', () => {
    const text = JSON.stringify(
      {
        dependencies: {
          'com.google.ads.mobile': { version: '9.2.0', depth: 0, source: 'registry', dependencies: { 'com.google.external-dependency-manager': '1.2.182' }, url: 'https://package.openupm.com' },
          'com.google.external-dependency-manager': { version: '1.2.183', depth: 1, source: 'registry', dependencies: {}, url: 'https://package.openupm.com' },
          'com.unity.test-framework': { version: '1.1.33', depth: 0, source: 'registry', dependencies: { 'com.unity.ext.nunit': '1.0.6' } },
          'com.unity.ext.nunit': { version: '1.0.6', depth: 1, source: 'registry', dependencies: {} },
        },
      },
      null,
      2,
    );
    const deps = run(text, 'Packages/packages-lock.json').dependencies;
    expect(deps.map((d) => `${d.name} ${d.version} ${d.scope} L${d.location.line} ${d.usage} ${d.direct ? 'direct' : `via ${d.via?.join('>')}`}`)).toEqual([
      'com.google.ads.mobile 9.2.0 registry L3 release direct',
      'com.google.external-dependency-manager 1.2.183 registry L12 release via com.google.ads.mobile',
      'com.unity.test-framework 1.1.33 registry L19 test direct',
      'com.unity.ext.nunit 1.0.6 registry L27 test via com.unity.test-framework',
    ]);
  });

  it('a lock entry no depth-0 package reaches keeps a skipReason', () => {
    const text = JSON.stringify({ dependencies: { orphan: { version: '1.0.0', depth: 2, source: 'registry', dependencies: {} } } }, null, 2);
    expect(run(text, 'Packages/packages-lock.json').dependencies.map((d) => d.skipReason)).toEqual(['not reachable from a depth-0 package']);
  });

  it.each([
    ['invalid JSON', '{ "dependencies": '],
    ['dependencies not an object', '{ "dependencies": ["com.unity.ads"] }'],
  ])('%s is a diagnostic', (_what, text) => {
    const r = run(text);
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
  });

  it.each([
    ['Packages/manifest.json', true],
    ['game/Packages/manifest.json', true],
    ['Packages/packages-lock.json', true],
    ['manifest.json', false],
    ['Packages/com.acme.sdk/package.json', false],
    ['Packages/com.acme.sdk/manifest.json', false],
    ['Library/PackageCache/manifest.json', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(packagesManifest.fileRequired(p)).toBe(want));
});

describe('unity/edm-dependencies', () => {
  const deps = (...body: string[]) => extractEdmDependencies({ path: 'Assets/Firebase/Editor/AppDependencies.xml', text: ['<dependencies>', ...body, '</dependencies>'].join('\n') }).dependencies;
  it.each([
    ['an androidPackage', '<androidPackages>\n  <androidPackage spec="com.google.firebase:firebase-analytics:22.1.2">\n  </androidPackage>\n</androidPackages>', 'maven com.google.firebase:firebase-analytics 22.1.2 edm4u L3 release'],
    ['a self-closing androidPackage', '<androidPackages>\n  <androidPackage spec="com.tenjin:android-sdk:1.20.0" />\n</androidPackages>', 'maven com.tenjin:android-sdk 1.20.0 edm4u L3 release'],
    ['a packaging suffix', '<androidPackages>\n  <androidPackage spec="com.adjust.sdk:adjust-android:5.0.0@aar"/>\n</androidPackages>', 'maven com.adjust.sdk:adjust-android 5.0.0 edm4u L3 release'],
    ['a dynamic version', '<androidPackages>\n  <androidPackage spec="com.google.android.gms:play-services-ads:23.+"/>\n</androidPackages>', 'maven com.google.android.gms:play-services-ads 23.+ edm4u L3 release'],
    ['an iosPod', '<iosPods>\n  <iosPod name="Firebase/Analytics" version="11.4.0" minTargetSdk="12.0">\n  </iosPod>\n</iosPods>', 'cocoapods Firebase/Analytics 11.4.0 edm4u L3 release'],
    ['an iosPod with a range', '<iosPods>\n  <iosPod name="Google-Mobile-Ads-SDK" version="~> 11.10">\n  <sources><source>https://github.com/CocoaPods/Specs</source></sources>\n  </iosPod>\n</iosPods>', 'cocoapods Google-Mobile-Ads-SDK ~> 11.10 edm4u L3 release'],
  ])('%s', (_what, body, want) => expect(briefs(deps(body))).toEqual([want]));

  it('a remote Swift package and its products', () => {
    const body = '<remoteSwiftPackage url="https://github.com/firebase/firebase-ios-sdk.git" version="12.17.0">\n  <swiftPackage name="FirebaseAnalytics" replacesPod="Firebase/Analytics"/>\n</remoteSwiftPackage>';
    expect(briefs(deps(body))).toEqual(['framework FirebaseAnalytics - edm4u L3 release', 'spm https://github.com/firebase/firebase-ios-sdk.git 12.17.0 edm4u L2 release']);
  });

  it.each([
    ['repositories', '<androidPackages>\n  <repositories><repository>https://maven.google.com</repository></repositories>\n</androidPackages>'],
    ['androidSdkPackageIds', '<androidPackages>\n  <androidSdkPackageIds><androidSdkPackageId>extra-google-m2repository</androidSdkPackageId></androidSdkPackageIds>\n</androidPackages>'],
    ['a commented-out package', '<androidPackages>\n  <!-- <androidPackage spec="com.appsflyer:purchase-connector:2.0.1"/> -->\n</androidPackages>'],
  ])('near miss: %s', (_what, body) => expect(deps(body)).toEqual([]));

  it('a commented-out twin does not shift the line; multiple androidPackages blocks are all read', () => {
    const d = deps('<androidPackages>', '  <!-- <androidPackage spec="com.tenjin:android-sdk:1.0.0"/> -->', '  <androidPackage spec="com.tenjin:android-sdk:1.20.0"/>', '</androidPackages>', '<androidPackages>', '  <androidPackage spec="com.google.android.gms:play-services-appset:16.1.0"/>', '</androidPackages>');
    expect(briefs(d)).toEqual(['maven com.google.android.gms:play-services-appset 16.1.0 edm4u L7 release', 'maven com.tenjin:android-sdk 1.20.0 edm4u L4 release']);
  });

  it('a spec without an artifact is a diagnostic; a local pod says where it comes from', () => {
    const r = extractEdmDependencies({ path: 'Editor/Dependencies.xml', text: '<dependencies>\n<androidPackages><androidPackage spec="com.example"/></androidPackages>\n<iosPods><iosPod name="LocalKit" path="../LocalKit"/></iosPods>\n</dependencies>' });
    expect(r.dependencies.map((d) => [d.name, d.skipReason])).toEqual([['LocalKit', 'local pod (path: ../LocalKit)']]);
    expect(r.diagnostics.map((d) => d.line)).toEqual([2]);
  });

  it('malformed XML is a diagnostic; another root element is not ours', () => {
    expect(extractEdmDependencies({ path: 'Editor/Dependencies.xml', text: '<dependencies><iosPods>' }).diagnostics).toHaveLength(1);
    expect(extractEdmDependencies({ path: 'Editor/Dependencies.xml', text: '<linker><assembly fullname="Firebase.App"/></linker>' })).toEqual({ dependencies: [], diagnostics: [] });
  });

  it.each([
    ['Assets/Firebase/Editor/AnalyticsDependencies.xml', true],
    ['Assets/AppsFlyer/Editor/AppsFlyerDependencies.xml', true],
    ['Assets/GoogleMobileAds/Editor/GoogleMobileAdsDependencies.xml', true],
    ['Editor/Dependencies.xml', true],
    ['Packages/com.google.ads.mobile/GoogleMobileAds/Editor/GoogleUmpDependencies.xml', true],
    ['Assets/Firebase/AnalyticsDependencies.xml', false],
    ['Assets/Editor/Dependencies.xml.meta', false],
    ['Assets/Editor/link.xml', false],
    ['MyEditor/Dependencies.xml', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(edmDependencies.fileRequired(p)).toBe(want));
});

describe('unity plugins', () => {
  // iOS frameworks under Assets/Plugins are read by ios/vendored-framework, Android archives by android/vendored-binary
  it('Android archives under Assets/Plugins are read by android/vendored-binary instead', () => {
    expect(vendoredBinary.fileRequired('Assets/Plugins/Android/unity-ads.aar')).toBe(true);
  });
});

describe('cordova/config-xml', () => {
  const widget = (...body: string[]) => ["<?xml version='1.0' encoding='utf-8'?>", '<widget id="com.shopfront.app" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">', ...body, '</widget>'].join('\n');
  const run = (text: string, path = 'config.xml') => extractCordovaConfig({ path, text });
  it.each([
    ['a plugin with spec', '<plugin name="cordova-plugin-firebasex" spec="^16.5.0" />', 'npm cordova-plugin-firebasex ^16.5.0 plugin L3 release'],
    ['a plugin with variables', '<plugin name="cordova-plugin-facebook-connect" spec="^3.2.0">\n  <variable name="APP_ID" value="123" />\n</plugin>', 'npm cordova-plugin-facebook-connect ^3.2.0 plugin L3 release'],
    ['a plugin without spec', '<plugin name="cordova-plugin-device" />', 'npm cordova-plugin-device - plugin L3 release'],
    ['a PhoneGap Build plugin', '<gap:plugin name="phonegap-plugin-push" source="npm" version="1.8.4" />', 'npm phonegap-plugin-push 1.8.4 plugin L3 release'],
    ['a platform-only plugin', '<platform name="ios">\n  <plugin name="cordova-plugin-idfa" spec="^2.1.0" />\n</platform>', 'npm cordova-plugin-idfa ^2.1.0 plugin (ios) L4 release'],
  ])('%s', (_what, body, want) => expect(briefs(run(widget(body)).dependencies)).toEqual([want]));

  it.each([
    ['an engine', '<engine name="android" spec="^12.0.1" />'],
    ['a preference naming an SDK', '<preference name="GradlePluginGoogleServicesEnabled" value="true" />'],
    ['a feature (generated platform config)', '<feature name="FirebasePlugin">\n  <param name="android-package" value="org.apache.cordova.firebase.FirebasePlugin"/>\n</feature>'],
    ['a commented-out plugin', '<!-- <plugin name="onesignal-cordova-plugin" spec="^5.2.0" /> -->'],
  ])('near miss: %s', (_what, body) => expect(run(widget(body)).dependencies).toEqual([]));

  it('a commented-out twin does not shift the line of the real plugin', () => {
    const text = widget('<!-- <plugin name="cordova-plugin-device" spec="^1.0.0" /> -->', '<plugin name="cordova-plugin-device" spec="^2.1.0" />');
    expect(briefs(run(text).dependencies)).toEqual(['npm cordova-plugin-device ^2.1.0 plugin L4 release']);
  });

  it.each([
    ['an Android resource config', '<?xml version="1.0"?>\n<resources><string name="x">y</string></resources>'],
    ['a broken file that is not a widget', '<configuration><unclosed>'],
  ])('near miss: %s yields nothing, not even a diagnostic', (_what, text) => expect(run(text)).toEqual({ dependencies: [], diagnostics: [] }));

  it('a broken widget is a diagnostic', () => {
    const r = run('<widget id="x">\n<plugin name="a" spec="1" >\n</widget>');
    expect(r.diagnostics.map((d) => [d.severity, d.source])).toEqual([['warning', 'cordova/config-xml']]);
  });

  it.each([
    ['config.xml', true],
    ['mobile/config.xml', true],
    ['app/src/main/res/xml/config.xml', false],
    ['android/app/src/main/res/xml/config.xml', false],
    ['platforms/ios/Shopfront/config.xml', false],
    ['plugin.xml', false],
    ['config.xml.bak', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(configXml.fileRequired(p)).toBe(want));
});

describe('cordova/capacitor-config', () => {
  const ts = (plugins: string) => `import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'com.shopfront.app',\n  plugins: {\n${plugins}\n  },\n};\n\nexport default config;\n`;
  it.each([
    ['a quoted npm package key', "    '@capacitor-firebase/analytics': { enabled: true },", 'npm @capacitor-firebase/analytics - capacitor plugin config L6 release'],
    ['a kebab-case key', "    'cordova-plugin-appsflyer-sdk': { devKey: 'x' },", 'npm cordova-plugin-appsflyer-sdk - capacitor plugin config L6 release'],
  ])('%s', (_what, body, want) => expect(briefs(extractCapacitorConfig({ path: 'capacitor.config.ts', text: ts(body) }).dependencies)).toEqual([want]));

  it.each([
    ['a plugin class name', '    PushNotifications: { presentationOptions: ["alert"] },'],
    ['a product-like class name', '    FirebaseAnalytics: { collectionEnabled: true },'],
    ['a quoted class name', "    'SplashScreen': { launchShowDuration: 0 },"],
    ['a computed key', "    [name]: { enabled: true },"],
  ])('near miss: %s', (_what, body) => expect(extractCapacitorConfig({ path: 'capacitor.config.ts', text: ts(body) })).toEqual({ dependencies: [], diagnostics: [] }));

  it('capacitor.config.json: the same rule, lines from the plugins block', () => {
    const text = '{\n  "appId": "com.shopfront.app",\n  "plugins": {\n    "SplashScreen": { "launchShowDuration": 0 },\n    "@capacitor-firebase/analytics": {}\n  }\n}';
    expect(briefs(extractCapacitorConfig({ path: 'capacitor.config.json', text }).dependencies)).toEqual(['npm @capacitor-firebase/analytics - capacitor plugin config L5 release']);
  });

  it('server and cordova.preferences are ignored', () => {
    const text = "export default { server: { url: 'http://192.168.1.2:8100' }, cordova: { preferences: { 'cordova-plugin-x': 'true' } } };";
    expect(extractCapacitorConfig({ path: 'capacitor.config.js', text }).dependencies).toEqual([]);
  });

  it.each([
    ['invalid JSON', 'capacitor.config.json', '{ "plugins": '],
    ['a syntax error', 'capacitor.config.ts', 'const config = { plugins: { ;\nexport default config;'],
  ])('%s is a diagnostic', (_what, path, text) => {
    const r = extractCapacitorConfig({ path, text });
    expect(r.dependencies).toEqual([]);
    expect(r.diagnostics.map((d) => d.source)).toEqual(['cordova/capacitor-config']);
  });

  it.each([
    ['capacitor.config.ts', true],
    ['capacitor.config.json', true],
    ['capacitor.config.js', true],
    ['android/app/src/main/assets/capacitor.config.json', true],
    ['capacitor.config.ts.bak', false],
    ['capacitor.json', false],
    ['my-capacitor.config.ts', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(capacitorConfig.fileRequired(p)).toBe(want));
});
