import type { Rule } from '../../src/types';
import { buildTermIndex } from '../../src/disclosure/terms';
import { findMentions } from '../../src/disclosure/mentions';
import { loadDisclosureTerms } from '../../src/disclosure/terms-data';
import { markdownToLines, textToLines } from '../../src/disclosure/document';

// Disclosure matching against a small, fixed rule set, so these tests do not move when rules/ grows.
const rule = (id: string, over: Partial<Rule>): Rule => ({
  id,
  name: id,
  vendor: 'V',
  categories: ['analytics'],
  collectsData: true,
  dataTypes: [],
  names: [],
  match: {},
  examples: { match: [], noMatch: [] },
  sources: [],
  ...over,
});

const RULES: Rule[] = [
  rule('adjust/adjust', { name: 'Adjust', vendor: 'Adjust GmbH', names: ['Adjust SDK'], ambiguousNames: ['Adjust'], match: { javaPackages: ['com.adjust.sdk'], trackingDomains: ['adjust.com'] } }),
  rule('branch/branch', { name: 'Branch', vendor: 'Branch Metrics, Inc.', names: ['Branch.io', 'Branch Metrics'], ambiguousNames: ['Branch'], match: { javaPackages: ['io.branch'] } }),
  rule('segment/segment', { name: 'Segment', vendor: 'Twilio', names: ['Twilio Segment'], ambiguousNames: ['Segment'], match: { javaPackages: ['com.segment.analytics'] } }),
  rule('appsflyer/appsflyer', { name: 'AppsFlyer', vendor: 'AppsFlyer Ltd.', names: ['AppsFlyer'], match: { javaPackages: ['com.appsflyer'], trackingDomains: ['appsflyer.com'] } }),
  rule('sentry/sentry', { name: 'Sentry', vendor: 'Functional Software', names: ['Sentry'], match: { javaPackages: ['io.sentry'] } }),
  rule('jiguang/jpush', { name: 'JPush', vendor: 'Aurora Mobile', names: ['JPush', '极光推送'], vendorNames: ['极光', 'Jiguang'], match: { javaPackages: ['cn.jpush.android'] } }),
  rule('aws/aws-core', { name: 'AWS Mobile SDK', vendor: 'Amazon', names: ['AWS Mobile SDK'], vendorNames: ['Amazon', 'AWS'], match: { javaPackages: ['com.amazonaws'] } }),
  rule('aws/aws-s3', { name: 'AWS S3', vendor: 'Amazon', names: ['AWS S3', 'Amazon S3'], familyNames: ['AWS'], vendorNames: ['Amazon'], match: { javaPackages: ['com.amazonaws.services.s3'] } }),
  rule('google/firebase-crashlytics', { name: 'Firebase Crashlytics', vendor: 'Google LLC', names: ['Crashlytics'], familyNames: ['Firebase'], vendorNames: ['Google'], match: { javaPackages: ['com.google.firebase.crashlytics'] } }),
  rule('google/play-services-ads', { name: 'Google Mobile Ads', vendor: 'Google LLC', names: ['AdMob'], vendorNames: ['Google'], match: { javaPackages: ['com.google.android.gms.ads'] } }),
  rule('google/play-services-location', { name: 'Google Play services Location', vendor: 'Google LLC', names: [], vendorNames: ['Google'], match: { javaPackages: ['com.google.android.gms.location'] } }),
  rule('apple/sign-in-with-apple', { name: 'Sign in with Apple', vendor: 'Apple Inc.', names: [], vendorNames: ['Apple'], match: { npm: ['@invertase/react-native-apple-authentication'] } }),
  rule('facebook/facebook-core', { name: 'Facebook SDK', vendor: 'Meta', names: ['Facebook SDK'], vendorNames: ['Facebook', 'Meta'], match: { javaPackages: ['com.facebook'] } }),
  rule('google/google-analytics', { name: 'Google Analytics', vendor: 'Google LLC', names: ['Google Analytics'], vendorNames: ['Google'], match: { javaPackages: ['com.google.android.gms.analytics'] } }),
];
const index = buildTermIndex(RULES, loadDisclosureTerms());
const mentionsOf = (text: string, md = false) =>
  findMentions({ source: 'p.txt', kind: md ? 'policy-markdown' : 'policy-text', lines: md ? markdownToLines(text) : textToLines(text) }, index)
    .map((m) => `${m.ruleId} ${m.level}${m.negated ? ' negated' : ''} L${m.line}`)
    .sort();

describe('names', () => {
  it.each([
    ['We use AppsFlyer for attribution.', ['appsflyer/appsflyer product L1']],
    ['We use Apps Flyer.', ['appsflyer/appsflyer product L1']],
    ['We use apps-flyer.', ['appsflyer/appsflyer product L1']],
    ['We use ＡｐｐｓＦｌｙｅｒ.', ['appsflyer/appsflyer product L1']],
    ['Data goes to sdk.appsflyer.com.', ['appsflyer/appsflyer product L1']],
    ['推送服务：极光推送', ['jiguang/jpush product L1']],
    ['第三方：极光', ['jiguang/jpush vendor L1']],
    // naming Google Analytics names Google too: other Google SDKs get a vendor-level mention
    ['Google Analytic: google.com/analytics', ['google/firebase-crashlytics vendor L1', 'google/google-analytics product L1', 'google/play-services-ads vendor L1', 'google/play-services-location vendor L1']],
    ['zendesk.core.*zendesk用户提交反馈信息', []],
    ['Firebase (Analytics, Crashlytics)', ['google/firebase-crashlytics product L1']],
  ])('%s', (text, want) => expect(mentionsOf(text)).toEqual(want));
  it.each([['We use AppsFlyerX.'], ['the sentryman'], ['Mappsflyer']])('near miss %s', (text) => expect(mentionsOf(text)).toEqual([]));
});

describe('ordinary-word names need context', () => {
  it.each([
    ['You can adjust your settings at any time.'],
    ['Adjust your notification preferences in Settings.'],
    ['Each branch of our support team can help.'],
    ['Every customer segment is treated equally.'],
  ])('no disclosure: %s', (text) => expect(mentionsOf(text)).toEqual([]));
  it.each([
    ['We use Adjust to measure attribution.', ['adjust/adjust product L1']],
    ['Adjust GmbH processes install data.', ['adjust/adjust product L1']],
    ['- Branch', ['branch/branch product L1']],
    ['| Segment | analytics |', ['segment/segment product L1']],
    ['We use the Adjust SDK.', ['adjust/adjust product L1']],
  ])('disclosure: %s', (text, want) => expect(mentionsOf(text, true)).toEqual(want));
});

describe('negation and unrelated vendor senses', () => {
  it('"we do not use X" is a negated mention', () => {
    expect(mentionsOf('We do not use Segment or any other customer data platform.')).toEqual(['segment/segment product negated L1']);
  });
  it('negation stays within its sentence', () => {
    expect(mentionsOf('We do not sell data. We use AppsFlyer.')).toEqual(['appsflyer/appsflyer product L1']);
  });
  it.each([['Download it from the Apple App Store.'], ['Available on Google Play.'], ['Sign in with your Google account.']])('no vendor mention: %s', (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });
  it("the vendor as provider is a vendor mention: advertising served by Google", () => {
    expect(mentionsOf('Ads are served by Google.')).toEqual(['google/firebase-crashlytics vendor L1', 'google/google-analytics vendor L1', 'google/play-services-ads vendor L1', 'google/play-services-location vendor L1']);
  });
});

describe('package and wildcard forms', () => {
  it.each([
    ['io.sentry.event', ['sentry/sentry product L1']],
    ['io.branch.sdk.android', ['branch/branch identifier L1']],
    ['cn.jpush.android极光推送', ['jiguang/jpush product L1']],
    ['com.amazonaws.** 文件上传', ['aws/aws-core identifier L1', 'aws/aws-s3 identifier L1']],
    ['com.google.android.gms谷歌GMS', ['google/google-analytics identifier L1', 'google/play-services-ads identifier L1', 'google/play-services-location identifier L1']],
    ['io.sentry.eventsentry获取app错误信息', ['sentry/sentry product L1']],
    ['com.facebookFacebook登录', ['facebook/facebook-core identifier L1']],
  ])('%s', (text, want) => expect(mentionsOf(text)).toEqual(want));
  it.each([
    ['com.google'],
    ['com.adjustment.tool'],
    ['io.sentryx.Foo'],
    ['com.appsflyerx'],
  ])('a prefix of other packages is not a disclosure: %s', (text) => expect(mentionsOf(text)).toEqual([]));
});
