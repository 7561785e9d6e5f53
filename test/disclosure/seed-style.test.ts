import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { buildTermIndex } from '../../src/disclosure/terms';
import { findMentions } from '../../src/disclosure/mentions';
import { loadDisclosureTerms } from '../../src/disclosure/terms-data';
import { textToLines } from '../../src/disclosure/document';
import { loadRuleDir } from '../../src/rules/load';

// A policy scraped from a web page into one long line, with a third-party SDK table whose cells run together
// (package name, product name, purpose, data): the style of the project's seed policy. Every row and the two
// providers named in the prose must be understood, on line 1.
const rules = loadRuleDir(join(__dirname, '..', '..', 'rules')).rules;
const index = buildTermIndex(rules, loadDisclosureTerms());
const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'policies', 'scraped-sdk-table.txt'), 'utf8');
const mentions = findMentions({ source: 'scraped-sdk-table.txt', kind: 'policy-text', lines: textToLines(text) }, index);
const levelOf = (id: string) => mentions.filter((m) => m.ruleId === id && !m.negated).map((m) => `${m.level}@${m.line}`);

describe('a scraped SDK table in the seed policy style', () => {
  it.each([
    ['sentry/sentry', 'io.sentry.android + sentry'],
    ['umeng/umeng-analytics', 'com.umeng + 友盟'],
    ['jiguang/jpush', 'cn.jpush.android + 极光推送'],
    ['alibaba/alipay-sdk', 'com.alipay + 支付宝'],
    ['facebook/facebook-core', 'com.facebook + Facebook'],
    ['zendesk/zendesk-core', 'zendesk.core.*'],
    ['aws/aws-s3', 'com.amazonaws.** + aws s3'],
    ['google/firebase-crashlytics', 'com.google.firebase + firebase'],
    ['google/firebase-cloud-messaging', 'com.google.firebase + firebase'],
    ['paypal/paypal', 'com.paypal.sdk + paypal'],
    ['agora/agora-rtc', 'io.agora.rtc + agora'],
    ['branch/branch', 'io.branch.sdk.android + branchio'],
    ['google/google-analytics', 'Google Analytic (prose)'],
    ['growingio/growingio', 'Growing.io (prose)'],
  ])('%s (%s) is named at product level on line 1', (id) => {
    expect(levelOf(id).some((l) => /^(product|identifier|family)@1$/.test(l))).toBe(true);
  });
  it('SDKs the page does not name are not mentioned', () => {
    for (const id of ['appsflyer/appsflyer', 'mixpanel/mixpanel', 'adjust/adjust', 'amplitude/amplitude', 'onesignal/onesignal']) expect(levelOf(id)).toEqual([]);
  });
});
