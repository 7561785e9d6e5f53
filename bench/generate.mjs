// Deterministic generator of the benchmark trees: a mobile monorepo of ~200k small files (or ~20k with
// --quick), built from a seed with a small PRNG, so every machine scans the same bytes.
//
//   node bench/generate.mjs [--seed N] [--quick] [--regen]
//
// Layout (the nesting doubles as the scaling check: each level holds twice the sub-projects of the one below):
//   <root>/apps/                   sub-projects 20-39
//   <root>/legacy/apps/            sub-projects 10-19
//   <root>/legacy/archive/apps/    sub-projects 0-9
//   <root>/node_modules, .git, .idea, tools/, docs/
// Each block of ten sub-projects has the same mix (KIND_CYCLE): 3 Android, 3 iOS, 2 React Native, 2 Flutter.
//
// A tree is reused when <base>/<name>.marker holds the same generator version and parameters; the marker is
// written last, so an interrupted generation is redone from scratch.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 4;
export const PROJECTS = 40;

// ---------------------------------------------------------------- PRNG

/** mulberry32: a 32-bit seeded PRNG, good enough for test data and identical on every platform. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed, stream) {
  // one independent stream per sub-project: sub-projects do not shift when another one changes size
  const r = mulberry32((seed * 0x9e3779b1) ^ (stream * 0x85ebca6b) ^ 0x5bd1e995);
  const rng = {
    next: r,
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
    chance: (p) => r() < p,
    pick: (arr) => arr[Math.floor(r() * arr.length)],
    sample(arr, k) {
      const copy = arr.slice();
      const out = [];
      for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
      return out;
    },
    hex: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'[Math.floor(r() * 16)];
      return s;
    },
  };
  return rng;
}

// ---------------------------------------------------------------- real SDK coordinates

// [maven coordinate, Kotlin/Java imports a source file would use]
const MAVEN = [
  ['com.appsflyer:af-android-sdk:6.14.2', ['com.appsflyer.AppsFlyerLib', 'com.appsflyer.AppsFlyerConversionListener']],
  ['io.sentry:sentry-android:7.14.0', ['io.sentry.Sentry', 'io.sentry.android.core.SentryAndroid']],
  ['com.google.firebase:firebase-analytics', ['com.google.firebase.analytics.FirebaseAnalytics', 'com.google.firebase.analytics.ktx.analytics']],
  ['com.google.firebase:firebase-crashlytics', ['com.google.firebase.crashlytics.FirebaseCrashlytics']],
  ['com.google.firebase:firebase-messaging', ['com.google.firebase.messaging.FirebaseMessagingService', 'com.google.firebase.messaging.RemoteMessage']],
  ['com.google.firebase:firebase-auth', ['com.google.firebase.auth.FirebaseAuth']],
  ['com.google.firebase:firebase-config', ['com.google.firebase.remoteconfig.FirebaseRemoteConfig']],
  ['com.google.firebase:firebase-perf', ['com.google.firebase.perf.FirebasePerformance']],
  ['com.google.android.gms:play-services-ads:23.5.0', ['com.google.android.gms.ads.MobileAds', 'com.google.android.gms.ads.AdRequest']],
  ['com.google.android.gms:play-services-location:21.3.0', ['com.google.android.gms.location.LocationServices']],
  ['com.google.android.gms:play-services-maps:19.0.0', ['com.google.android.gms.maps.GoogleMap']],
  ['com.google.android.gms:play-services-auth:21.2.0', ['com.google.android.gms.auth.api.signin.GoogleSignIn']],
  ['com.facebook.android:facebook-android-sdk:17.0.2', ['com.facebook.FacebookSdk', 'com.facebook.appevents.AppEventsLogger']],
  ['com.facebook.android:facebook-login:17.0.2', ['com.facebook.login.LoginManager']],
  ['com.adjust.sdk:adjust-android:4.38.5', ['com.adjust.sdk.Adjust', 'com.adjust.sdk.AdjustConfig']],
  ['io.branch.sdk.android:library:5.12.2', ['io.branch.referral.Branch']],
  ['com.mixpanel.android:mixpanel-android:7.5.2', ['com.mixpanel.android.mpmetrics.MixpanelAPI']],
  ['com.amplitude:analytics-android:1.16.8', ['com.amplitude.android.Amplitude', 'com.amplitude.android.Configuration']],
  ['com.segment.analytics.kotlin:android:1.16.3', ['com.segment.analytics.kotlin.android.Analytics']],
  ['com.braze:android-sdk-ui:32.1.0', ['com.braze.Braze', 'com.braze.configuration.BrazeConfig']],
  ['com.onesignal:OneSignal:5.1.21', ['com.onesignal.OneSignal']],
  ['com.applovin:applovin-sdk:12.6.1', ['com.applovin.sdk.AppLovinSdk']],
  ['com.unity3d.ads:unity-ads:4.12.3', ['com.unity3d.ads.UnityAds']],
  ['com.ironsource.sdk:mediationsdk:8.4.0', ['com.ironsource.mediationsdk.IronSource']],
  ['com.bugsnag:bugsnag-android:6.7.0', ['com.bugsnag.android.Bugsnag']],
  ['com.datadoghq:dd-sdk-android-rum:2.14.0', ['com.datadog.android.rum.GlobalRumMonitor', 'com.datadog.android.Datadog']],
  ['com.newrelic.agent.android:android-agent:7.6.1', ['com.newrelic.agent.android.NewRelic']],
  ['com.instabug.library:instabug:13.4.1', ['com.instabug.library.Instabug']],
  ['com.stripe:stripe-android:20.52.3', ['com.stripe.android.PaymentConfiguration', 'com.stripe.android.paymentsheet.PaymentSheet']],
  ['com.paypal.checkout:android-sdk:1.3.2', ['com.paypal.checkout.PayPalCheckout']],
  ['com.braintreepayments.api:drop-in:6.16.0', ['com.braintreepayments.api.DropInClient']],
  ['com.clevertap.android:clevertap-android-sdk:7.0.1', ['com.clevertap.android.sdk.CleverTapAPI']],
  ['com.launchdarkly:launchdarkly-android-client-sdk:5.4.0', ['com.launchdarkly.sdk.android.LDClient']],
  ['com.zendesk:support:5.1.2', ['zendesk.support.Support']],
  ['io.intercom.android:intercom-sdk:15.11.1', ['io.intercom.android.sdk.Intercom']],
  ['com.tencent.mm.opensdk:wechat-sdk-android:6.8.28', ['com.tencent.mm.opensdk.openapi.WXAPIFactory']],
  ['com.huawei.hms:push:6.12.0.300', ['com.huawei.hms.push.HmsMessageService']],
  ['io.appmetrica.analytics:analytics:7.2.0', ['io.appmetrica.analytics.AppMetrica']],
  ['com.airbnb.android:lottie:6.5.2', ['com.airbnb.lottie.LottieAnimationView']],
  ['com.github.bumptech.glide:glide:4.16.0', ['com.bumptech.glide.Glide']],
  ['io.coil-kt:coil:2.7.0', ['coil.load', 'coil.ImageLoader']],
  ['com.squareup.okhttp3:okhttp:4.12.0', ['okhttp3.OkHttpClient', 'okhttp3.Request']],
  ['com.squareup.okhttp3:logging-interceptor:4.12.0', ['okhttp3.logging.HttpLoggingInterceptor']],
  ['com.squareup.retrofit2:retrofit:2.11.0', ['retrofit2.Retrofit', 'retrofit2.http.GET']],
  ['com.squareup.retrofit2:converter-gson:2.11.0', ['retrofit2.converter.gson.GsonConverterFactory']],
  ['com.squareup.moshi:moshi-kotlin:1.15.1', ['com.squareup.moshi.Moshi']],
  ['com.google.code.gson:gson:2.11.0', ['com.google.gson.Gson']],
  ['com.jakewharton.timber:timber:5.0.1', ['timber.log.Timber']],
  ['com.google.dagger:hilt-android:2.52', ['dagger.hilt.android.AndroidEntryPoint', 'javax.inject.Inject']],
  ['io.insert-koin:koin-android:4.0.0', ['org.koin.android.ext.koin.androidContext']],
  ['io.reactivex.rxjava3:rxjava:3.1.9', ['io.reactivex.rxjava3.core.Observable']],
];
const MAVEN_BASE = [
  'androidx.appcompat:appcompat:1.7.0', 'androidx.core:core-ktx:1.13.1', 'androidx.activity:activity-compose:1.9.2',
  'androidx.compose.ui:ui:1.7.3', 'androidx.compose.material3:material3:1.3.0', 'androidx.lifecycle:lifecycle-viewmodel-ktx:2.8.6',
  'androidx.navigation:navigation-compose:2.8.2', 'androidx.room:room-runtime:2.6.1', 'androidx.work:work-runtime-ktx:2.9.1',
  'androidx.datastore:datastore-preferences:1.1.1', 'androidx.constraintlayout:constraintlayout:2.1.4',
  'com.google.android.material:material:1.12.0', 'org.jetbrains.kotlinx:kotlinx-coroutines-android:1.9.0',
  'org.jetbrains.kotlinx:kotlinx-serialization-json:1.7.3',
];
const MAVEN_TEST = ['junit:junit:4.13.2', 'io.mockk:mockk:1.13.12', 'androidx.test.ext:junit:1.2.1', 'androidx.test.espresso:espresso-core:3.6.1', 'app.cash.turbine:turbine:1.1.0'];
const PLATFORM_IMPORTS_KT = [
  'android.os.Bundle', 'android.content.Context', 'android.util.Log', 'androidx.lifecycle.ViewModel', 'androidx.lifecycle.viewModelScope',
  'androidx.compose.runtime.Composable', 'androidx.compose.ui.Modifier', 'androidx.compose.material3.Text', 'kotlinx.coroutines.flow.MutableStateFlow',
  'kotlinx.coroutines.flow.StateFlow', 'kotlinx.coroutines.launch', 'java.util.UUID', 'java.time.Instant', 'javax.inject.Inject',
];
// [pod, version, module imported in Swift, transitive pods]
const PODS = [
  ['Alamofire', '5.9.1', 'Alamofire', []],
  ['FirebaseAnalytics', '11.4.0', 'FirebaseAnalytics', ['FirebaseCore', 'FirebaseInstallations', 'GoogleAppMeasurement', 'GoogleUtilities']],
  ['FirebaseCrashlytics', '11.4.0', 'FirebaseCrashlytics', ['FirebaseCore', 'FirebaseInstallations', 'GoogleDataTransport']],
  ['FirebaseMessaging', '11.4.0', 'FirebaseMessaging', ['FirebaseCore', 'FirebaseInstallations', 'GoogleDataTransport']],
  ['Sentry', '8.36.0', 'Sentry', []],
  ['AppsFlyerFramework', '6.14.5', 'AppsFlyerLib', []],
  ['Adjust', '4.38.4', 'AdjustSdk', []],
  ['Branch', '3.6.5', 'BranchSDK', []],
  ['Mixpanel-swift', '4.3.0', 'Mixpanel', []],
  ['Amplitude', '8.22.0', 'Amplitude', ['AnalyticsConnector']],
  ['Google-Mobile-Ads-SDK', '11.10.0', 'GoogleMobileAds', ['GoogleUserMessagingPlatform']],
  ['FBSDKCoreKit', '17.3.0', 'FBSDKCoreKit', ['FBAEMKit', 'FBSDKCoreKit_Basics']],
  ['FBSDKLoginKit', '17.3.0', 'FBSDKLoginKit', ['FBSDKCoreKit']],
  ['OneSignalXCFramework', '5.2.4', 'OneSignalFramework', []],
  ['BrazeKit', '10.3.0', 'BrazeKit', []],
  ['AppLovinSDK', '12.6.1', 'AppLovinSDK', []],
  ['Bugsnag', '6.30.1', 'Bugsnag', []],
  ['DatadogCore', '2.17.0', 'DatadogCore', ['DatadogInternal']],
  ['NewRelicAgent', '7.5.1', 'NewRelic', []],
  ['Instabug', '13.4.2', 'Instabug', []],
  ['Stripe', '23.30.0', 'StripePaymentSheet', ['StripeCore', 'StripeUICore']],
  ['CleverTap-iOS-SDK', '7.0.1', 'CleverTapSDK', ['SDWebImage']],
  ['Intercom', '17.2.1', 'Intercom', []],
  ['GoogleSignIn', '8.0.0', 'GoogleSignIn', ['AppAuth', 'GTMSessionFetcher']],
  ['Kingfisher', '7.12.0', 'Kingfisher', []],
  ['SnapKit', '5.7.1', 'SnapKit', []],
  ['SDWebImage', '5.19.7', 'SDWebImage', []],
  ['lottie-ios', '4.5.0', 'Lottie', []],
  ['RxSwift', '6.8.0', 'RxSwift', []],
  ['RealmSwift', '10.54.0', 'RealmSwift', ['Realm']],
];
const SWIFT_PLATFORM = ['Foundation', 'UIKit', 'SwiftUI', 'Combine', 'CoreData', 'CoreLocation', 'StoreKit', 'UserNotifications', 'os'];
// [npm package, version] (React Native)
const NPM = [
  ['react-native-appsflyer', '6.15.1'], ['@sentry/react-native', '5.33.1'], ['@react-native-firebase/app', '21.0.0'],
  ['@react-native-firebase/analytics', '21.0.0'], ['@react-native-firebase/crashlytics', '21.0.0'], ['@react-native-firebase/messaging', '21.0.0'],
  ['react-native-fbsdk-next', '13.1.3'], ['react-native-onesignal', '5.2.5'], ['@amplitude/analytics-react-native', '1.4.10'],
  ['mixpanel-react-native', '3.0.8'], ['react-native-branch', '6.4.0'], ['react-native-adjust', '4.38.1'],
  ['@segment/analytics-react-native', '2.20.3'], ['react-native-google-mobile-ads', '14.2.5'], ['@stripe/stripe-react-native', '0.39.0'],
  ['@braze/react-native-sdk', '12.1.0'], ['react-native-purchases', '8.2.2'], ['@datadog/mobile-react-native', '2.4.4'],
  ['@bugsnag/react-native', '8.1.1'], ['@intercom/intercom-react-native', '8.0.0'], ['react-native-maps', '1.18.2'],
];
const NPM_BASE = [
  ['react', '18.3.1'], ['react-native', '0.75.4'], ['@react-navigation/native', '6.1.18'], ['react-native-reanimated', '3.15.4'],
  ['react-native-screens', '3.34.0'], ['react-native-safe-area-context', '4.11.0'], ['@tanstack/react-query', '5.59.0'],
  ['zustand', '4.5.5'], ['axios', '1.7.7'], ['date-fns', '3.6.0'], ['lodash', '4.17.21'],
];
const NPM_DEV = [['@babel/core', '7.25.7'], ['jest', '29.7.0'], ['typescript', '5.6.2'], ['eslint', '8.57.1'], ['@types/react', '18.3.11'], ['@react-native/metro-config', '0.75.4']];
// [pub package, version, library imported]
const PUB = [
  ['appsflyer_sdk', '6.15.1'], ['sentry_flutter', '8.9.0'], ['firebase_core', '3.6.0'], ['firebase_analytics', '11.3.3'],
  ['firebase_crashlytics', '4.1.3'], ['firebase_messaging', '15.1.3'], ['google_mobile_ads', '5.2.0'], ['facebook_app_events', '0.19.2'],
  ['onesignal_flutter', '5.2.6'], ['mixpanel_flutter', '2.3.3'], ['amplitude_flutter', '4.0.1'], ['adjust_sdk', '5.0.2'],
  ['flutter_branch_sdk', '8.1.0'], ['purchases_flutter', '8.1.6'], ['google_sign_in', '6.2.1'], ['flutter_stripe', '11.1.0'],
  ['geolocator', '13.0.1'], ['google_maps_flutter', '2.9.0'],
];
const PUB_BASE = [['dio', '5.7.0'], ['http', '1.2.2'], ['provider', '6.1.2'], ['flutter_riverpod', '2.5.1'], ['go_router', '14.3.0'], ['shared_preferences', '2.3.2'], ['intl', '0.19.0'], ['cached_network_image', '3.4.1'], ['url_launcher', '6.3.1'], ['path_provider', '2.1.4'], ['flutter_bloc', '8.1.6'], ['equatable', '2.0.5']];
const PUB_DEV = [['flutter_lints', '5.0.0'], ['build_runner', '2.4.13'], ['mockito', '5.4.4'], ['freezed', '2.5.7'], ['json_serializable', '6.8.0']];

const WORDS = ['account', 'address', 'auth', 'basket', 'billing', 'booking', 'cart', 'catalog', 'checkout', 'coupon', 'device', 'feed', 'filter',
  'history', 'home', 'inbox', 'invoice', 'item', 'login', 'loyalty', 'map', 'media', 'message', 'offer', 'onboarding', 'order', 'payment',
  'photo', 'place', 'price', 'product', 'profile', 'promo', 'receipt', 'review', 'reward', 'route', 'search', 'session', 'settings',
  'share', 'shipping', 'store', 'subscription', 'support', 'ticket', 'timeline', 'trip', 'user', 'voucher', 'wallet', 'wishlist'];
const PROJECT_NAMES = ['shop', 'wallet', 'rides', 'news', 'fitness', 'travel', 'chat', 'music', 'photos', 'weather', 'bank', 'food', 'health',
  'maps', 'notes', 'tickets', 'cinema', 'books', 'games', 'market', 'delivery', 'dating', 'learn', 'podcast', 'radio', 'sports', 'crypto',
  'insure', 'parking', 'pharmacy', 'pets', 'realty', 'recipes', 'scanner', 'social', 'stocks', 'taxi', 'tv', 'video', 'vpn'];
const LAYERS = ['data', 'domain', 'ui', 'di', 'model', 'util', 'repository', 'network', 'analytics', 'components', 'state'];
const KT_SUFFIX = ['ViewModel', 'Repository', 'Fragment', 'Screen', 'UseCase', 'Mapper', 'Service', 'Adapter', 'Dao', 'Api', 'State', 'Module'];
const SWIFT_SUFFIX = ['View', 'ViewController', 'ViewModel', 'Service', 'Store', 'Coordinator', 'Cell', 'Client', 'Model', 'Router'];
const TS_SUFFIX = ['Screen', 'Card', 'List', 'Button', 'Hook', 'Store', 'Api', 'Utils', 'Modal', 'Header'];
const DART_SUFFIX = ['page', 'widget', 'bloc', 'cubit', 'repository', 'service', 'model', 'state', 'view'];
// sub-project kinds, repeated every ten projects so each block of ten has the same mix
const KIND_CYCLE = ['android', 'ios', 'rn', 'flutter', 'android', 'android', 'ios', 'rn', 'flutter', 'ios'];

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (a, b) => cap(a) + cap(b);

// ---------------------------------------------------------------- writer

class Writer {
  constructor(root) {
    this.root = root;
    this.dirs = new Set();
    this.files = 0;
    this.bytes = 0;
  }
  file(rel, content) {
    const abs = join(this.root, rel);
    const dir = dirname(abs);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(abs, content);
    this.files++;
    this.bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  }
}

/** A unique file name within one folder. */
function uniqueName(used, dir, base, ext) {
  let name = base + ext;
  for (let i = 2; used.has(`${dir}/${name}`); i++) name = `${base}${i}${ext}`;
  used.add(`${dir}/${name}`);
  return name;
}

/** n (scaled, at least min) */
const scaled = (n, scale, min = 0) => Math.max(min, Math.round(n * scale));

/** Folders for source files: feature/layer/(sub/)* nested, 2-4 levels deep below base. */
function packageDirs(rng, base, count) {
  const dirs = [];
  const features = rng.sample(WORDS, count);
  for (const f of features) {
    for (const layer of rng.sample(LAYERS, rng.int(2, 4))) {
      dirs.push(`${base}/${f}/${layer}`);
      if (rng.chance(0.5)) dirs.push(`${base}/${f}/${layer}/${rng.pick(WORDS)}`);
      if (rng.chance(0.25)) dirs.push(`${base}/${f}/${layer}/${rng.pick(WORDS)}/${rng.pick(['impl', 'internal', 'mapper', 'remote', 'local'])}`);
    }
  }
  return dirs;
}

function fillerKotlin(rng, name) {
  const out = [`class ${name} @Inject constructor(`, `    private val repository: ${cap(rng.pick(WORDS))}Repository,`, ') {'];
  for (let i = 0, n = rng.int(2, 7); i < n; i++) {
    const w = rng.pick(WORDS);
    out.push(`    fun load${cap(w)}(id: String): ${cap(w)}? {`, `        val cached = repository.find${cap(w)}(id)`, `        if (cached != null) return cached`, `        return repository.fetch${cap(w)}(id).also { Log.d("${name}", "loaded $id") }`, '    }', '');
  }
  out.push('}');
  return out.join('\n');
}
function fillerJava(rng, name) {
  const out = [`public final class ${name} {`];
  for (let i = 0, n = rng.int(2, 6); i < n; i++) {
    const w = rng.pick(WORDS);
    out.push(`    public ${cap(w)} get${cap(w)}(String id) {`, `        if (id == null || id.isEmpty()) throw new IllegalArgumentException("id");`, `        return store.get${cap(w)}(id);`, '    }', '');
  }
  out.push('}');
  return out.join('\n');
}
function fillerSwift(rng, name) {
  const out = [`final class ${name} {`, `    private let service: ${cap(rng.pick(WORDS))}Service`, '', '    init(service: ' + cap(rng.pick(WORDS)) + 'Service) {', '        self.service = service', '    }', ''];
  for (let i = 0, n = rng.int(2, 6); i < n; i++) {
    const w = rng.pick(WORDS);
    out.push(`    func load${cap(w)}(id: String) async throws -> ${cap(w)} {`, `        let value = try await service.fetch${cap(w)}(id: id)`, `        guard value.isValid else { throw AppError.invalid("${w}") }`, '        return value', '    }', '');
  }
  out.push('}');
  return out.join('\n');
}
function fillerTs(rng, name) {
  const w = rng.pick(WORDS);
  const out = [`export function ${name}({ id }: { id: string }) {`, `  const [${w}, set${cap(w)}] = useState<${cap(w)} | null>(null);`, `  useEffect(() => {`, `    fetch${cap(w)}(id).then(set${cap(w)});`, `  }, [id]);`];
  for (let i = 0, n = rng.int(1, 5); i < n; i++) {
    const v = rng.pick(WORDS);
    out.push(`  const on${cap(v)} = useCallback(() => {`, `    track('${v}_pressed', { id });`, `  }, [id]);`);
  }
  out.push(`  return <View style={styles.container}><Text>{${w}?.title}</Text></View>;`, '}');
  return out.join('\n');
}
function fillerDart(rng, name) {
  const out = [`class ${name} extends StatelessWidget {`, `  const ${name}({super.key});`, '', '  @override', '  Widget build(BuildContext context) {', '    return Column(', '      children: ['];
  for (let i = 0, n = rng.int(2, 8); i < n; i++) out.push(`        Text('${rng.pick(WORDS)}'),`);
  out.push('      ],', '    );', '  }', '}');
  return out.join('\n');
}

// ---------------------------------------------------------------- manifests

function coordParts(c) {
  const [g, a, v] = c.split(':');
  return { g, a, v };
}

/** Android build files of one Gradle project (native app, or the android/ folder of RN/Flutter). */
function androidProject(w, rng, dir, opts) {
  const { name, scale, deps, kts, catalog, modules, sourcesPerModule, buildFilesPerModule, pkg } = opts;
  const ext = kts ? '.gradle.kts' : '.gradle';
  const allModules = ['app', ...modules];
  const settings = kts
    ? [`pluginManagement {`, `    repositories { google(); mavenCentral(); gradlePluginPortal() }`, `}`, `rootProject.name = "${name}"`, ...allModules.map((m) => `include(":${m}")`)]
    : [`pluginManagement {`, `    repositories { google(); mavenCentral(); gradlePluginPortal() }`, `}`, `rootProject.name = '${name}'`, ...allModules.map((m) => `include ':${m}'`)];
  w.file(`${dir}/settings${ext}`, settings.join('\n') + '\n');
  w.file(
    `${dir}/build${ext}`,
    kts
      ? ['plugins {', '    id("com.android.application") version "8.7.0" apply false', '    id("org.jetbrains.kotlin.android") version "2.0.20" apply false', '    id("com.google.gms.google-services") version "4.4.2" apply false', '}', ''].join('\n')
      : ['buildscript {', "    ext.kotlin_version = '2.0.20'", "    ext.sentryVersion = '7.14.0'", '    dependencies {', "        classpath 'com.android.tools.build:gradle:8.7.0'", "        classpath 'com.google.gms:google-services:4.4.2'", '    }', '}', ''].join('\n'),
  );
  w.file(`${dir}/gradle.properties`, ['org.gradle.jvmargs=-Xmx4g', 'android.useAndroidX=true', 'kotlin.code.style=official', `sentryVersion=7.14.0`, `appsflyerVersion=6.14.2`, ''].join('\n'));
  w.file(`${dir}/gradle/wrapper/gradle-wrapper.properties`, 'distributionUrl=https\\://services.gradle.org/distributions/gradle-8.10.2-bin.zip\n');
  w.file(`${dir}/gradle/wrapper/gradle-wrapper.jar`, 'PK\u0003\u0004 fake wrapper');
  w.file(`${dir}/gradlew`, '#!/bin/sh\nexec java -jar gradle/wrapper/gradle-wrapper.jar "$@"\n');
  for (let i = 0, n = scaled(40, scale, 2); i < n; i++) w.file(`${dir}/.gradle/8.10.2/fileHashes/part${i}.bin`, 'x');

  // catalog aliases
  const alias = new Map();
  const usedAlias = new Set();
  for (const c of deps) {
    const { g, a } = coordParts(c);
    let al = a.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (usedAlias.has(al)) al = `${g.split('.').pop()}-${al}`;
    usedAlias.add(al);
    alias.set(c, al);
  }
  if (catalog) {
    const lines = ['[versions]', 'agp = "8.7.0"', 'kotlin = "2.0.20"', 'firebaseBom = "33.5.1"', '', '[libraries]'];
    lines.push('firebase-bom = { module = "com.google.firebase:firebase-bom", version.ref = "firebaseBom" }');
    for (const c of deps) {
      const { g, a, v } = coordParts(c);
      lines.push(v ? `${alias.get(c)} = { module = "${g}:${a}", version = "${v}" }` : `${alias.get(c)} = { module = "${g}:${a}" }`);
    }
    lines.push('', '[plugins]', 'android-application = { id = "com.android.application", version.ref = "agp" }', 'kotlin-android = { id = "org.jetbrains.kotlin.android", version.ref = "kotlin" }', '');
    w.file(`${dir}/gradle/libs.versions.toml`, lines.join('\n'));
  }

  const used = new Set();
  for (const m of allModules) {
    const isApp = m === 'app';
    // the app module declares most SDKs; feature modules a few each
    const mine = isApp ? deps.filter(() => rng.chance(0.7)) : rng.sample(deps, rng.int(1, 4));
    const depLines = [];
    const ref = (c) => {
      if (catalog) return kts ? `implementation(libs.${alias.get(c).replace(/-/g, '.')})` : `implementation libs.${alias.get(c).replace(/-/g, '.')}`;
      const { g, a, v } = coordParts(c);
      const coord = !kts && a === 'sentry-android' ? `"${g}:${a}:$sentryVersion"` : `"${g}:${a}${v ? `:${v}` : ''}"`;
      return kts ? `implementation(${coord})` : `implementation ${coord.replace(/^"([^$]*)"$/, "'$1'")}`;
    };
    if (mine.some((c) => c.startsWith('com.google.firebase:'))) {
      depLines.push(catalog ? (kts ? 'implementation(platform(libs.firebase.bom))' : 'implementation platform(libs.firebase.bom)') : kts ? 'implementation(platform("com.google.firebase:firebase-bom:33.5.1"))' : "implementation platform('com.google.firebase:firebase-bom:33.5.1')");
    }
    for (const c of mine) depLines.push(ref(c));
    for (const other of rng.sample(modules.filter((x) => x !== m), isApp ? modules.length : rng.int(0, 2))) depLines.push(kts ? `implementation(project(":${other}"))` : `implementation project(':${other}')`);
    for (const t of rng.sample(MAVEN_TEST, rng.int(1, 3))) depLines.push(kts ? `testImplementation("${t}")` : `testImplementation '${t}'`);
    if (isApp && rng.chance(0.5)) depLines.push(kts ? 'debugImplementation("com.squareup.leakcanary:leakcanary-android:2.14")' : "debugImplementation 'com.squareup.leakcanary:leakcanary-android:2.14'");
    const plugin = isApp ? 'com.android.application' : 'com.android.library';
    const build = kts
      ? ['plugins {', `    id("${plugin}")`, '    id("org.jetbrains.kotlin.android")', ...(isApp && mine.some((c) => c.includes('firebase')) ? ['    id("com.google.gms.google-services")', '    id("com.google.firebase.crashlytics")'] : []), '}', '', 'android {', `    namespace = "${pkg}.${m.replace(/-/g, '')}"`, '    compileSdk = 35', '    defaultConfig {', '        minSdk = 24', '    }', '}', '', 'dependencies {', ...depLines.map((l) => `    ${l}`), '}', '']
      : ['plugins {', `    id '${plugin}'`, "    id 'org.jetbrains.kotlin.android'", '}', '', 'android {', `    namespace '${pkg}.${m.replace(/-/g, '')}'`, '    compileSdk 35', '    defaultConfig {', '        minSdk 24', '    }', '}', '', 'dependencies {', ...depLines.map((l) => `    ${l}`), '}', ''];
    w.file(`${dir}/${m}/build${ext}`, build.join('\n'));
    w.file(`${dir}/${m}/proguard-rules.pro`, '-keep class com.appsflyer.** { *; }\n');
    w.file(`${dir}/${m}/src/main/AndroidManifest.xml`, androidManifest(rng, isApp, mine, pkg));

    // sources: deep package folders
    const pkgPath = `${pkg.replace(/\./g, '/')}/${m.replace(/-/g, '')}`;
    const base = `${dir}/${m}/src/main/${rng.chance(0.7) ? 'kotlin' : 'java'}/${pkgPath}`;
    const dirs = packageDirs(rng, base, rng.int(2, 5));
    const nSources = scaled(sourcesPerModule * (isApp ? 1.5 : 1) * (0.6 + rng.next() * 0.8), scale, 3);
    for (let i = 0; i < nSources; i++) writeJvmSource(w, rng, used, rng.pick(dirs), mine, pkg, base);
    for (let i = 0, n = scaled(rng.int(10, 35), scale, 1); i < n; i++) writeJvmSource(w, rng, used, `${dir}/${m}/src/test/java/${pkgPath}/${rng.pick(WORDS)}`, mine, pkg, base, 'Test');
    // resources (never read)
    for (let i = 0, n = scaled(rng.int(20, 60), scale, 1); i < n; i++) {
      const kind = rng.pick(['layout', 'drawable', 'values', 'xml', 'mipmap-hdpi']);
      const rn = `${kind.startsWith('mipmap') ? 'ic' : kind}_${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
      if (kind.startsWith('mipmap')) w.file(`${dir}/${m}/src/main/res/${kind}/${uniqueName(used, kind + m, rn, '.png')}`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      else w.file(`${dir}/${m}/src/main/res/${kind}/${uniqueName(used, kind + m, rn, '.xml')}`, `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="${rn}">${rn}</string>\n</resources>\n`);
    }
    // build output (skipped by the walk)
    for (let i = 0, n = scaled(buildFilesPerModule * (0.5 + rng.next()), scale, 1); i < n; i++) {
      const sub = rng.pick(['intermediates/javac/debug/classes', 'tmp/kotlin-classes/debug', 'generated/source/buildConfig/debug', 'intermediates/merged_res/debug', 'outputs/logs']);
      w.file(`${dir}/${m}/build/${sub}/${pkgPath}/${rng.pick(WORDS)}/F${i}.class`, 'CAFEBABE');
    }
  }
  // a vendored .aar now and then
  if (rng.chance(0.3)) w.file(`${dir}/app/libs/${rng.pick(['alipaysdk-android-15.8.17.aar', 'umeng-common-9.6.8.aar', 'local-analytics-1.2.0.aar'])}`, 'PK\u0003\u0004 fake aar');
  return allModules;
}

function androidManifest(rng, isApp, deps, pkg) {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android"', '    xmlns:tools="http://schemas.android.com/tools">'];
  if (isApp) {
    lines.push('    <uses-permission android:name="android.permission.INTERNET" />', '    <uses-permission android:name="android.permission.ACCESS_NETWORK_STATE" />');
    if (rng.chance(0.5)) lines.push('    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />');
    if (deps.some((d) => d.includes('play-services-ads') || d.includes('appsflyer'))) lines.push('    <uses-permission android:name="com.google.android.gms.permission.AD_ID" />');
    lines.push('    <application', `        android:name="${pkg}.App"`, '        android:label="@string/app_name"', '        android:icon="@mipmap/ic_launcher">');
    lines.push(`        <activity android:name="${pkg}.MainActivity" android:exported="true">`, '            <intent-filter>', '                <action android:name="android.intent.action.MAIN" />', '                <category android:name="android.intent.category.LAUNCHER" />', '            </intent-filter>', '        </activity>');
    if (deps.some((d) => d.includes('play-services-ads'))) lines.push('        <meta-data android:name="com.google.android.gms.ads.APPLICATION_ID" android:value="ca-app-pub-3940256099942544~3347511713" />');
    if (deps.some((d) => d.includes('sentry'))) lines.push('        <meta-data android:name="io.sentry.dsn" android:value="https://examplePublicKey@o0.ingest.sentry.io/0" />');
    if (deps.some((d) => d.includes('facebook'))) lines.push('        <meta-data android:name="com.facebook.sdk.ApplicationId" android:value="@string/facebook_app_id" />');
    if (deps.some((d) => d.includes('appsflyer'))) lines.push('        <receiver android:name="com.appsflyer.SingleInstallBroadcastReceiver" android:exported="true" />');
    if (deps.some((d) => d.includes('firebase-messaging'))) lines.push(`        <service android:name="${pkg}.push.PushService" android:exported="false">`, '            <intent-filter><action android:name="com.google.firebase.MESSAGING_EVENT" /></intent-filter>', '        </service>');
    lines.push('    </application>');
  } else {
    lines.push('    <application>', `        <activity android:name=".${cap(rng.pick(WORDS))}Activity" android:exported="false" />`, '    </application>');
  }
  lines.push('</manifest>', '');
  return lines.join('\n');
}

function importsFor(rng, sdkImports, platform, sdkChance) {
  const out = rng.sample(platform, rng.int(2, 6));
  if (sdkImports.length && rng.chance(sdkChance)) out.push(...rng.sample(sdkImports, rng.int(1, 2)));
  return out;
}

function writeJvmSource(w, rng, used, dir, deps, pkg, base, suffix) {
  const java = rng.chance(0.2);
  const name = camel(rng.pick(WORDS), rng.pick(WORDS)) + (suffix ?? rng.pick(KT_SUFFIX));
  const file = uniqueName(used, dir, name, java ? '.java' : '.kt');
  const sdkImports = deps.flatMap((c) => MAVEN.find((m) => m[0] === c)?.[1] ?? []);
  const imports = importsFor(rng, sdkImports, PLATFORM_IMPORTS_KT, 0.2);
  imports.push(`${pkg}.core.${rng.pick(WORDS)}.${cap(rng.pick(WORDS))}`);
  const packageName = dir.slice(dir.indexOf(pkg.replace(/\./g, '/'))).replace(/\//g, '.');
  const head = java ? [`package ${packageName};`, '', ...imports.map((i) => `import ${i};`), ''] : [`package ${packageName}`, '', ...imports.map((i) => `import ${i}`), ''];
  w.file(`${dir}/${file}`, head.join('\n') + '\n' + (java ? fillerJava(rng, file.replace(/\.\w+$/, '')) : fillerKotlin(rng, file.replace(/\.\w+$/, ''))) + '\n');
}

/** Podfile, Podfile.lock, .xcodeproj, Info.plist, Swift sources and Pods/ of one iOS app. */
function iosProject(w, rng, dir, opts) {
  const { name, scale, pods, swiftFiles, podFilesEach, extraPodLines = [], appDelegate } = opts;
  const target = cap(name);
  const podfile = ["platform :ios, '15.0'", 'use_frameworks! :linkage => :static', '', `target '${target}' do`, ...extraPodLines.map((l) => `  ${l}`)];
  for (const p of pods) podfile.push(`  pod '${p[0]}', '~> ${p[1].split('.').slice(0, 2).join('.')}'`);
  podfile.push('', `  target '${target}Tests' do`, '    inherit! :search_paths', "    pod 'OHHTTPStubs/Swift', '~> 9.1'", '  end', 'end', '', 'post_install do |installer|', '  installer.pods_project.targets.each do |t|', "    t.build_configurations.each { |c| c.build_settings['IPHONEOS_DEPLOYMENT_TARGET'] = '15.0' }", '  end', 'end', '');
  w.file(`${dir}/Podfile`, podfile.join('\n'));

  const all = new Map();
  for (const p of pods) {
    all.set(p[0], { version: p[1], deps: p[3] });
    for (const t of p[3]) if (!all.has(t)) all.set(t, { version: `${rng.int(1, 11)}.${rng.int(0, 9)}.${rng.int(0, 9)}`, deps: [] });
  }
  all.set('OHHTTPStubs/Core', { version: '9.1.0', deps: [] });
  all.set('OHHTTPStubs/Swift', { version: '9.1.0', deps: ['OHHTTPStubs/Core'] });
  const names = [...all.keys()].sort();
  const lock = ['PODS:'];
  for (const n of names) {
    const e = all.get(n);
    if (e.deps.length) {
      lock.push(`  - ${n} (${e.version}):`);
      for (const d of e.deps) lock.push(`    - ${d} (~> ${all.get(d)?.version.split('.').slice(0, 2).join('.') ?? '1.0'})`);
    } else lock.push(`  - ${n} (${e.version})`);
  }
  lock.push('', 'DEPENDENCIES:');
  for (const p of [...pods].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lock.push(`  - ${p[0]} (~> ${p[1].split('.').slice(0, 2).join('.')})`);
  lock.push('  - OHHTTPStubs/Swift (~> 9.1)', '', 'SPEC REPOS:', '  trunk:');
  for (const n of names) if (!n.includes('/')) lock.push(`    - ${n}`);
  lock.push('', 'SPEC CHECKSUMS:');
  for (const n of names) if (!n.includes('/')) lock.push(`  ${n}: ${rng.hex(40)}`);
  lock.push('', `PODFILE CHECKSUM: ${rng.hex(40)}`, '', 'COCOAPODS: 1.15.2', '');
  w.file(`${dir}/Podfile.lock`, lock.join('\n'));

  // Pods/ (skipped)
  for (const n of names) {
    const podDir = n.split('/')[0];
    for (let i = 0, k = scaled(podFilesEach * (0.5 + rng.next()), scale, 1); i < k; i++) w.file(`${dir}/Pods/${podDir}/Sources/${podDir}${i}.${rng.pick(['swift', 'm', 'h'])}`, `// ${podDir}\n`);
    w.file(`${dir}/Pods/Target Support Files/${podDir}/${podDir}.debug.xcconfig`, 'OTHER_LDFLAGS = -ObjC\n');
  }
  w.file(`${dir}/Pods/Manifest.lock`, lock.join('\n'));

  // sources
  const used = new Set();
  const swiftImports = pods.map((p) => p[2]);
  const dirs = packageDirs(rng, `${dir}/${target}/Sources`, rng.int(4, 9)).map((d) => d.replace(/\/(data|domain|ui|di|model|util|repository|network|analytics|components|state)(\/|$)/, (m0, l, t) => `/${cap(l)}${t}`));
  const sources = [];
  for (let i = 0, n = scaled(swiftFiles * (0.6 + rng.next() * 0.8), scale, 5); i < n; i++) {
    const d = rng.pick(dirs);
    const objc = rng.chance(0.08);
    const nm = camel(rng.pick(WORDS), rng.pick(WORDS)) + rng.pick(SWIFT_SUFFIX);
    if (objc) {
      const file = uniqueName(used, d, nm, '.m');
      const imps = ['#import <Foundation/Foundation.h>', `#import "${nm}.h"`];
      if (rng.chance(0.3) && swiftImports.length) imps.push(rng.chance(0.5) ? `@import ${rng.pick(swiftImports)};` : `#import <${rng.pick(swiftImports)}/${rng.pick(swiftImports)}.h>`);
      w.file(`${d}/${file}`, imps.join('\n') + `\n\n@implementation ${nm}\n\n- (instancetype)init {\n    self = [super init];\n    return self;\n}\n\n@end\n`);
      w.file(`${d}/${uniqueName(used, d, nm, '.h')}`, `#import <Foundation/Foundation.h>\n\n@interface ${nm} : NSObject\n@end\n`);
      sources.push(file, `${nm}.h`);
    } else {
      const file = uniqueName(used, d, nm, '.swift');
      const imps = importsFor(rng, swiftImports, SWIFT_PLATFORM, 0.2);
      w.file(`${d}/${file}`, imps.map((i) => `import ${i}`).join('\n') + '\n\n' + fillerSwift(rng, nm) + '\n');
      sources.push(file);
    }
  }
  if (appDelegate) w.file(`${dir}/${target}/${appDelegate.file}`, appDelegate.text);
  for (let i = 0, n = scaled(rng.int(40, 120), scale, 2); i < n; i++) {
    const nm = camel(rng.pick(WORDS), rng.pick(WORDS)) + 'Tests';
    const d = `${dir}/${target}Tests/${rng.pick(WORDS)}`;
    w.file(`${d}/${uniqueName(used, d, nm, '.swift')}`, `import XCTest\n@testable import ${target}\nimport OHHTTPStubs\n\nfinal class ${nm}: XCTestCase {\n    func testExample() throws {\n        XCTAssertTrue(true)\n    }\n}\n`);
  }
  for (let i = 0, n = scaled(rng.int(30, 100), scale, 1); i < n; i++) {
    const asset = `${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
    w.file(`${dir}/${target}/Assets.xcassets/${uniqueName(used, 'xcassets' + dir, asset, '.imageset')}/Contents.json`, '{ "images" : [ { "idiom" : "universal", "filename" : "image.png" } ], "info" : { "version" : 1, "author" : "xcode" } }\n');
  }
  w.file(`${dir}/${target}/Info.plist`, infoPlist(rng, pods));
  w.file(`${dir}/${target}/${target}.entitlements`, '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict/></plist>\n');
  // SPM packages in the project now and then (besides CocoaPods)
  const spm = rng.chance(0.4) ? rng.sample([['firebase-ios-sdk', 'https://github.com/firebase/firebase-ios-sdk', '11.4.0', 'FirebaseRemoteConfig'], ['Kingfisher', 'https://github.com/onevcat/Kingfisher.git', '7.12.0', 'Kingfisher'], ['Amplitude-iOS', 'https://github.com/amplitude/Amplitude-iOS.git', '8.22.0', 'Amplitude'], ['sentry-cocoa', 'https://github.com/getsentry/sentry-cocoa.git', '8.36.0', 'Sentry']], rng.int(1, 2)) : [];
  w.file(`${dir}/${target}.xcodeproj/project.pbxproj`, pbxproj(rng, target, sources, spm));
  w.file(`${dir}/${target}.xcodeproj/project.xcworkspace/contents.xcworkspacedata`, '<?xml version="1.0" encoding="UTF-8"?>\n<Workspace version = "1.0">\n</Workspace>\n');
  w.file(`${dir}/${target}.xcworkspace/contents.xcworkspacedata`, `<?xml version="1.0" encoding="UTF-8"?>\n<Workspace version = "1.0">\n   <FileRef location = "group:${target}.xcodeproj"></FileRef>\n   <FileRef location = "group:Pods/Pods.xcodeproj"></FileRef>\n</Workspace>\n`);
  if (spm.length) {
    const pins = spm.map(([id, url, v]) => `    {\n      "identity" : "${id.toLowerCase()}",\n      "kind" : "remoteSourceControl",\n      "location" : "${url}",\n      "state" : {\n        "revision" : "${rng.hex(40)}",\n        "version" : "${v}"\n      }\n    }`);
    w.file(`${dir}/${target}.xcworkspace/xcshareddata/swiftpm/Package.resolved`, `{\n  "originHash" : "${rng.hex(64)}",\n  "pins" : [\n${pins.join(',\n')}\n  ],\n  "version" : 3\n}\n`);
  }
}

function infoPlist(rng, pods) {
  const has = (n) => pods.some((p) => p[0].startsWith(n));
  const kv = [
    ['CFBundleDevelopmentRegion', '$(DEVELOPMENT_LANGUAGE)'], ['CFBundleExecutable', '$(EXECUTABLE_NAME)'], ['CFBundleIdentifier', '$(PRODUCT_BUNDLE_IDENTIFIER)'],
    ['CFBundleName', '$(PRODUCT_NAME)'], ['CFBundleShortVersionString', '$(MARKETING_VERSION)'], ['CFBundleVersion', '$(CURRENT_PROJECT_VERSION)'],
    ['NSCameraUsageDescription', 'Scan receipts and documents.'], ['NSLocationWhenInUseUsageDescription', 'Show places near you.'],
  ];
  if (has('FBSDK')) kv.push(['FacebookAppID', '000000000000000'], ['FacebookClientToken', '00000000000000000000000000000000']);
  if (has('Google-Mobile-Ads')) kv.push(['GADApplicationIdentifier', 'ca-app-pub-3940256099942544~1458002511']);
  if (has('AppsFlyer') || has('Adjust') || has('Google-Mobile-Ads')) kv.push(['NSUserTrackingUsageDescription', 'Used to measure our campaigns.']);
  if (has('Branch')) kv.push(['branch_key', 'key_live_example']);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">', '<plist version="1.0">', '<dict>'];
  for (const [k, v] of kv) lines.push(`\t<key>${k}</key>`, `\t<string>${v}</string>`);
  lines.push('\t<key>SKAdNetworkItems</key>', '\t<array>');
  for (let i = 0, n = rng.int(1, 12); i < n; i++) lines.push('\t\t<dict>', '\t\t\t<key>SKAdNetworkIdentifier</key>', `\t\t\t<string>${rng.hex(10)}.skadnetwork</string>`, '\t\t</dict>');
  lines.push('\t</array>', '\t<key>UIApplicationSceneManifest</key>', '\t<dict/>', '</dict>', '</plist>', '');
  return lines.join('\n');
}

function pbxproj(rng, target, sources, spm) {
  let id = rng.int(1, 1 << 20);
  const nextId = () => (id++).toString(16).toUpperCase().padStart(24, '0');
  const build = [];
  const refs = [];
  const phase = [];
  for (const s of sources) {
    const ref = nextId();
    const bf = nextId();
    const type = s.endsWith('.swift') ? 'sourcecode.swift' : s.endsWith('.m') ? 'sourcecode.c.objc' : 'sourcecode.c.h';
    refs.push(`\t\t${ref} /* ${s} */ = {isa = PBXFileReference; lastKnownFileType = ${type}; path = ${s}; sourceTree = "<group>"; };`);
    if (!s.endsWith('.h')) {
      build.push(`\t\t${bf} /* ${s} in Sources */ = {isa = PBXBuildFile; fileRef = ${ref} /* ${s} */; };`);
      phase.push(`\t\t\t\t${bf} /* ${s} in Sources */,`);
    }
  }
  const pkgRefs = [];
  const prodDeps = [];
  for (const [nm, url, v, product] of spm) {
    const pr = nextId();
    const pd = nextId();
    const bf = nextId();
    build.push(`\t\t${bf} /* ${product} in Frameworks */ = {isa = PBXBuildFile; productRef = ${pd} /* ${product} */; };`);
    pkgRefs.push(`\t\t${pr} /* XCRemoteSwiftPackageReference "${nm}" */ = {`, '\t\t\tisa = XCRemoteSwiftPackageReference;', `\t\t\trepositoryURL = "${url}";`, '\t\t\trequirement = {', '\t\t\t\tkind = upToNextMajorVersion;', `\t\t\t\tminimumVersion = ${v};`, '\t\t\t};', '\t\t};');
    prodDeps.push(`\t\t${pd} /* ${product} */ = {`, '\t\t\tisa = XCSwiftPackageProductDependency;', `\t\t\tpackage = ${pr} /* XCRemoteSwiftPackageReference "${nm}" */;`, `\t\t\tproductName = ${product};`, '\t\t};');
  }
  const out = ['// !$*UTF8*$!', '{', '\tarchiveVersion = 1;', '\tclasses = {', '\t};', '\tobjectVersion = 60;', '\tobjects = {', '', '/* Begin PBXBuildFile section */', ...build, '/* End PBXBuildFile section */', '', '/* Begin PBXFileReference section */', ...refs, '/* End PBXFileReference section */', ''];
  const phaseId = nextId();
  out.push('/* Begin PBXSourcesBuildPhase section */', `\t\t${phaseId} /* Sources */ = {`, '\t\t\tisa = PBXSourcesBuildPhase;', '\t\t\tbuildActionMask = 2147483647;', '\t\t\tfiles = (', ...phase, '\t\t\t);', '\t\t\trunOnlyForDeploymentPostprocessing = 0;', '\t\t};', '/* End PBXSourcesBuildPhase section */', '');
  if (spm.length) out.push('/* Begin XCRemoteSwiftPackageReference section */', ...pkgRefs, '/* End XCRemoteSwiftPackageReference section */', '', '/* Begin XCSwiftPackageProductDependency section */', ...prodDeps, '/* End XCSwiftPackageProductDependency section */', '');
  out.push('\t};', `\trootObject = ${nextId()} /* Project object */;`, '}', '');
  return out.join('\n');
}

// ---------------------------------------------------------------- sub-projects

function androidApp(w, rng, dir, name, scale) {
  const deps = [...rng.sample(MAVEN_BASE, rng.int(5, 10)), ...rng.sample(MAVEN, rng.int(8, 18)).map((m) => m[0])];
  const modules = rng.sample(['core-network', 'core-data', 'core-ui', 'core-analytics', 'core-model', ...WORDS.map((x) => `feature-${x}`)], rng.int(4, 12));
  androidProject(w, rng, dir, { name, scale, deps, kts: rng.chance(0.55), catalog: rng.chance(0.6), modules, sourcesPerModule: 260, buildFilesPerModule: 130, pkg: `com.acme.${name}` });
  w.file(`${dir}/.idea/misc.xml`, '<project version="4"/>\n');
  w.file(`${dir}/.idea/workspace.xml`, '<project version="4"/>\n');
  w.file(`${dir}/README.md`, `# ${name}\n\nAndroid app.\n`);
}

function iosApp(w, rng, dir, name, scale) {
  const pods = rng.sample(PODS, rng.int(6, 16));
  iosProject(w, rng, dir, { name, scale, pods, swiftFiles: 1900, podFilesEach: 60 });
  for (let i = 0, n = scaled(rng.int(100, 300), scale, 1); i < n; i++) w.file(`${dir}/build/${cap(name)}.build/Debug-iphonesimulator/Objects-normal/arm64/F${i}.o`, 'obj');
  w.file(`${dir}/README.md`, `# ${name}\n\niOS app.\n`);
}

function reactNativeApp(w, rng, dir, name, scale) {
  const sdks = rng.sample(NPM, rng.int(5, 12));
  const base = rng.sample(NPM_BASE, rng.int(6, NPM_BASE.length));
  const pkg = { name, version: `${rng.int(1, 9)}.${rng.int(0, 20)}.0`, private: true, scripts: { start: 'react-native start', android: 'react-native run-android', ios: 'react-native run-ios', test: 'jest' }, dependencies: {}, devDependencies: {} };
  for (const [n, v] of [...base, ...sdks].sort((a, b) => (a[0] < b[0] ? -1 : 1))) pkg.dependencies[n] = `^${v}`;
  for (const [n, v] of NPM_DEV) pkg.devDependencies[n] = `^${v}`;
  w.file(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
  w.file(`${dir}/app.json`, JSON.stringify({ name, displayName: cap(name) }, null, 2) + '\n');
  w.file(`${dir}/babel.config.js`, "module.exports = { presets: ['module:@react-native/babel-preset'] };\n");
  w.file(`${dir}/metro.config.js`, "const { getDefaultConfig } = require('@react-native/metro-config');\nmodule.exports = getDefaultConfig(__dirname);\n");
  w.file(`${dir}/index.js`, "import { AppRegistry } from 'react-native';\nimport App from './src/App';\nimport { name as appName } from './app.json';\n\nAppRegistry.registerComponent(appName, () => App);\n");
  // sources
  const used = new Set();
  const dirs = packageDirs(rng, `${dir}/src`, rng.int(4, 9));
  const sdkNames = sdks.map((s) => s[0]);
  for (let i = 0, n = scaled(1500 * (0.6 + rng.next() * 0.8), scale, 5); i < n; i++) {
    const d = rng.pick(dirs);
    const nm = camel(rng.pick(WORDS), rng.pick(WORDS)) + rng.pick(TS_SUFFIX);
    const file = uniqueName(used, d, nm, rng.chance(0.7) ? '.tsx' : '.ts');
    const imps = ["import React, { useCallback, useEffect, useState } from 'react';", "import { StyleSheet, Text, View } from 'react-native';"];
    if (rng.chance(0.2)) for (const s of rng.sample(sdkNames, rng.int(1, 2))) imps.push(`import ${s.replace(/^@/, '').replace(/[^a-zA-Z]+(.)/g, (m, c) => c.toUpperCase()).replace(/^./, (c) => c.toLowerCase())} from '${s}';`);
    if (rng.chance(0.4)) imps.push(`import { ${cap(rng.pick(WORDS))} } from '../${rng.pick(WORDS)}/types';`);
    w.file(`${d}/${file}`, imps.join('\n') + '\n\n' + fillerTs(rng, nm) + '\n\nconst styles = StyleSheet.create({ container: { flex: 1 } });\n');
  }
  for (let i = 0, n = scaled(rng.int(30, 90), scale, 1); i < n; i++) {
    const d = `${dir}/__tests__/${rng.pick(WORDS)}`;
    w.file(`${d}/${uniqueName(used, d, camel(rng.pick(WORDS), rng.pick(WORDS)), '.test.tsx')}`, "import { render } from '@testing-library/react-native';\n\ntest('renders', () => {\n  expect(true).toBe(true);\n});\n");
  }
  // node_modules (skipped)
  for (const [n] of [...base, ...sdks, ...NPM_DEV]) w.file(`${dir}/node_modules/${n}/package.json`, `{"name":"${n}"}\n`);
  for (let i = 0, n = scaled(2200 * (0.7 + rng.next() * 0.6), scale, 5); i < n; i++) w.file(`${dir}/node_modules/${rng.pick([...base, ...sdks])[0]}/lib/${rng.pick(['commonjs', 'module', 'typescript'])}/m${i}.js`, 'module.exports={};\n');
  // android/ and ios/
  const ad = androidProject(w, rng, `${dir}/android`, {
    name, scale, deps: rng.sample(MAVEN_BASE, 3), kts: false, catalog: false, modules: [], sourcesPerModule: 4, buildFilesPerModule: 300, pkg: `com.acme.${name}`,
  });
  void ad;
  iosProject(w, rng, `${dir}/ios`, {
    name, scale, pods: rng.sample(PODS, rng.int(1, 4)), swiftFiles: 6, podFilesEach: 70,
    extraPodLines: ["require_relative '../node_modules/react-native/scripts/react_native_pods'", 'config = use_native_modules!', 'use_react_native!(:path => config[:reactNativePath])'],
    appDelegate: { file: 'AppDelegate.mm', text: '#import "AppDelegate.h"\n#import <React/RCTBundleURLProvider.h>\n#import <Firebase.h>\n\n@implementation AppDelegate\n@end\n' },
  });
}

function flutterApp(w, rng, dir, name, scale) {
  const sdks = rng.sample(PUB, rng.int(4, 10));
  const base = rng.sample(PUB_BASE, rng.int(4, 9));
  const localPkgs = rng.sample(['design_system', 'api_client', 'analytics_kit', 'core_utils'], rng.int(1, 3));
  const pub = [`name: ${name}_app`, 'description: A Flutter app.', "publish_to: 'none'", `version: 1.${rng.int(0, 30)}.0+${rng.int(1, 400)}`, '', 'environment:', "  sdk: '>=3.4.0 <4.0.0'", '', 'dependencies:', '  flutter:', '    sdk: flutter'];
  for (const [n, v] of [...base, ...sdks]) pub.push(`  ${n}: ^${v}`);
  for (const p of localPkgs) pub.push(`  ${p}:`, `    path: packages/${p}`);
  pub.push('', 'dev_dependencies:', '  flutter_test:', '    sdk: flutter');
  for (const [n, v] of rng.sample(PUB_DEV, rng.int(2, 5))) pub.push(`  ${n}: ^${v}`);
  pub.push('', 'flutter:', '  uses-material-design: true', '');
  w.file(`${dir}/pubspec.yaml`, pub.join('\n'));
  const lock = ['# Generated by pub', '# See https://dart.dev/tools/pub/glossary#lockfile', 'packages:'];
  const entries = [...base.map((x) => [...x, 'direct main']), ...sdks.map((x) => [...x, 'direct main']), ...rng.sample(['collection', 'meta', 'async', 'path', 'plugin_platform_interface', 'crypto', 'typed_data', 'vector_math', 'characters', 'source_span', 'string_scanner', 'term_glyph', 'material_color_utilities', 'web', 'js'], 10).map((n) => [n, `${rng.int(1, 3)}.${rng.int(0, 19)}.${rng.int(0, 9)}`, 'transitive'])];
  entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [n, v, dep] of entries) lock.push(`  ${n}:`, `    dependency: ${dep.includes(' ') ? `"${dep}"` : dep}`, '    description:', `      name: ${n}`, `      sha256: "${rng.hex(64)}"`, '      url: "https://pub.dev"', '    source: hosted', `    version: "${v}"`);
  for (const p of localPkgs) lock.push(`  ${p}:`, '    dependency: "direct main"', '    description:', `      path: "packages/${p}"`, '      relative: true', '    source: path', '    version: "0.0.1"');
  lock.push('sdks:', '  dart: ">=3.4.0 <4.0.0"', '  flutter: ">=3.22.0"', '');
  w.file(`${dir}/pubspec.lock`, lock.join('\n'));
  w.file(`${dir}/analysis_options.yaml`, 'include: package:flutter_lints/flutter.yaml\n');

  const used = new Set();
  const sdkLibs = sdks.map((s) => `package:${s[0]}/${s[0]}.dart`);
  const writeDart = (d, nm) => {
    const generated = rng.chance(0.1);
    const file = uniqueName(used, d, nm, generated ? rng.pick(['.g.dart', '.freezed.dart']) : '.dart');
    const imps = ["import 'package:flutter/material.dart';"];
    if (rng.chance(0.5)) imps.push(`import 'package:${rng.pick(base)[0]}/${rng.pick(base)[0]}.dart';`);
    if (rng.chance(0.2)) for (const l of rng.sample(sdkLibs, rng.int(1, 2))) imps.push(`import '${l}';`);
    if (rng.chance(0.5)) imps.push(`import '../${rng.pick(WORDS)}/${rng.pick(WORDS)}_${rng.pick(DART_SUFFIX)}.dart';`);
    const cls = nm.split('_').map(cap).join('');
    w.file(`${d}/${file}`, imps.join('\n') + '\n\n' + fillerDart(rng, cls) + '\n');
  };
  const dirs = packageDirs(rng, `${dir}/lib/src`, rng.int(4, 9));
  for (let i = 0, n = scaled(1800 * (0.6 + rng.next() * 0.8), scale, 5); i < n; i++) writeDart(rng.pick(dirs), `${rng.pick(WORDS)}_${rng.pick(WORDS)}_${rng.pick(DART_SUFFIX)}`);
  w.file(`${dir}/lib/main.dart`, "import 'package:flutter/material.dart';\nimport 'package:firebase_core/firebase_core.dart';\n\nvoid main() async {\n  runApp(const MaterialApp());\n}\n");
  for (let i = 0, n = scaled(rng.int(40, 120), scale, 1); i < n; i++) writeDart(`${dir}/test/${rng.pick(WORDS)}`, `${rng.pick(WORDS)}_${rng.pick(DART_SUFFIX)}_test`);
  for (const p of localPkgs) {
    w.file(`${dir}/packages/${p}/pubspec.yaml`, `name: ${p}\nversion: 0.0.1\npublish_to: none\n\nenvironment:\n  sdk: '>=3.4.0 <4.0.0'\n\ndependencies:\n  flutter:\n    sdk: flutter\n  ${rng.pick(base)[0]}: any\n`);
    for (let i = 0, n = scaled(rng.int(30, 90), scale, 1); i < n; i++) writeDart(`${dir}/packages/${p}/lib/src/${rng.pick(WORDS)}`, `${rng.pick(WORDS)}_${rng.pick(DART_SUFFIX)}`);
  }
  // skipped: .dart_tool and build
  for (let i = 0, n = scaled(600 * (0.5 + rng.next()), scale, 1); i < n; i++) w.file(`${dir}/.dart_tool/build/generated/${name}_app/lib/${rng.pick(WORDS)}/f${i}.dart`, '// generated\n');
  for (let i = 0, n = scaled(600 * (0.5 + rng.next()), scale, 1); i < n; i++) w.file(`${dir}/build/app/intermediates/flutter/debug/${rng.pick(WORDS)}/f${i}.bin`, 'x');
  w.file(`${dir}/.dart_tool/package_config.json`, '{"configVersion":2,"packages":[]}\n');
  androidProject(w, rng, `${dir}/android`, { name, scale, deps: [], kts: rng.chance(0.5), catalog: false, modules: [], sourcesPerModule: 2, buildFilesPerModule: 200, pkg: `com.acme.${name}` });
  iosProject(w, rng, `${dir}/ios`, {
    name: 'runner', scale, pods: rng.sample(PODS, rng.int(1, 3)), swiftFiles: 4, podFilesEach: 50,
    extraPodLines: ['flutter_install_all_ios_pods File.dirname(File.realpath(__FILE__))'],
    appDelegate: { file: 'AppDelegate.swift', text: 'import Flutter\nimport UIKit\n\n@main\n@objc class AppDelegate: FlutterAppDelegate {}\n' },
  });
}

// ---------------------------------------------------------------- the monorepo

/** Where sub-project i lives: 0-9 deepest, 10-19 one level up, 20-39 at the top. */
export function projectParent(i) {
  return i < 10 ? 'legacy/archive/apps' : i < 20 ? 'legacy/apps' : 'apps';
}
/** Scan roots holding the first 10, 20 and 40 sub-projects. */
export const SCALING_ROOTS = { 10: 'legacy/archive', 20: 'legacy', 40: '.' };

function generateMonorepo(root, seed, scale, log) {
  const w = new Writer(root);
  const rng = makeRng(seed, 1000);
  w.file('package.json', JSON.stringify({ name: 'acme-mobile', private: true, workspaces: ['apps/*', 'legacy/apps/*'], devDependencies: { prettier: '^3.3.3', turbo: '^2.1.3', typescript: '^5.6.2' } }, null, 2) + '\n');
  w.file('README.md', '# acme-mobile\n\nEvery mobile app of the company, in one repository.\n');
  w.file('.gitignore', 'node_modules/\nbuild/\nPods/\n.dart_tool/\n.gradle/\n');
  w.file('.idea/vcs.xml', '<project version="4"/>\n');
  w.file('.git/HEAD', 'ref: refs/heads/main\n');
  w.file('.git/config', '[core]\n\trepositoryformatversion = 0\n');
  for (let i = 0, n = scaled(3000, scale, 5); i < n; i++) w.file(`.git/objects/${rng.hex(2)}/${rng.hex(38)}`, 'x');
  // a big root node_modules (skipped)
  const pkgs = [...NPM, ...NPM_BASE, ...NPM_DEV].map((x) => x[0]);
  for (let i = 0, n = scaled(40000, scale, 10); i < n; i++) {
    const p = pkgs[i % pkgs.length];
    w.file(`node_modules/${p}/${rng.pick(['lib', 'dist', 'src', 'build/commonjs'])}/${rng.pick(WORDS)}/m${i}.js`, 'module.exports={};\n');
  }
  for (const p of pkgs) w.file(`node_modules/${p}/package.json`, `{"name":"${p}","version":"1.0.0"}\n`);
  // tooling scripts (read by the JS import extractor)
  for (let i = 0, n = scaled(300, scale, 3); i < n; i++) {
    const nm = camel(rng.pick(WORDS), rng.pick(['report', 'sync', 'lint', 'release']));
    w.file(`tools/scripts/${rng.pick(WORDS)}/${nm}${i}.ts`, `import { readFileSync } from 'node:fs';\nimport path from 'node:path';\n\nexport function ${nm}() {\n  return path.join('${nm}', String(readFileSync.length));\n}\n`);
  }
  for (let i = 0, n = scaled(400, scale, 3); i < n; i++) w.file(`docs/${rng.pick(WORDS)}/${rng.pick(WORDS)}-${i}.md`, `# ${rng.pick(WORDS)}\n\nNotes.\n`);

  const started = Date.now();
  for (let i = 0; i < PROJECTS; i++) {
    const kind = KIND_CYCLE[i % KIND_CYCLE.length];
    const name = PROJECT_NAMES[i];
    const dir = `${projectParent(i)}/${name}-${kind}`;
    const prng = makeRng(seed, i);
    const before = w.files;
    if (kind === 'android') androidApp(w, prng, dir, name, scale);
    else if (kind === 'ios') iosApp(w, prng, dir, name, scale);
    else if (kind === 'rn') reactNativeApp(w, prng, dir, name, scale);
    else flutterApp(w, prng, dir, name, scale);
    log?.(`  [${String(i + 1).padStart(2)}/${PROJECTS}] ${dir}: ${w.files - before} files (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return { files: w.files, bytes: w.bytes };
}

// ---------------------------------------------------------------- entry points

export function benchBase(seed) {
  return join(tmpdir(), `sdkscan-bench-${seed}`);
}

/**
 * The monorepo for this seed and size, generated unless a marker with the same generator version and
 * parameters says it is already there. Returns { root, marker, reused }.
 */
export function ensureMonorepo({ seed = 1, quick = false, regen = false, log = () => {} } = {}) {
  const base = benchBase(seed);
  const name = quick ? 'monorepo-quick' : 'monorepo';
  const scale = quick ? 0.1 : 1;
  const root = join(base, name);
  const markerPath = join(base, `${name}.marker`);
  const want = { generatorVersion: GENERATOR_VERSION, seed, scale, projects: PROJECTS };
  if (!regen && existsSync(markerPath) && existsSync(root)) {
    try {
      const m = JSON.parse(readFileSync(markerPath, 'utf8'));
      if (Object.entries(want).every(([k, v]) => m[k] === v)) return { root, marker: m, reused: true };
    } catch {
      // unreadable marker: regenerate
    }
  }
  rmSync(markerPath, { force: true });
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  log(`generating ${root} (seed ${seed}, scale ${scale})...`);
  const t0 = Date.now();
  const stats = generateMonorepo(root, seed, scale, log);
  const marker = { ...want, files: stats.files, bytes: stats.bytes, generatedInMs: Date.now() - t0 };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2) + '\n');
  log(`generated ${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB of content in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { root, marker, reused: false };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
  const r = ensureMonorepo({ seed, quick: args.includes('--quick'), regen: args.includes('--regen'), log: (m) => console.log(m) });
  console.log(`${r.reused ? 'reused' : 'generated'} ${r.root}: ${r.marker.files} files`);
}
