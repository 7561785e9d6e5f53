import type { ScanResult, SdkReport } from '../types';
import { TAXONOMY } from '../rules/taxonomy';
import { DATA_SAFETY_TYPES } from '../disclosure/data-safety';

// sdkscan disclose: draft text a privacy policy can adopt for the SDKs the app ships, plus draft
// PrivacyInfo.xcprivacy collected-data entries and Play Data safety CSV rows. Drafts for a person to review.

const PURPOSE: Record<string, string> = {
  analytics: 'analytics', advertising: 'advertising', 'ad-mediation': 'ad mediation', attribution: 'install attribution',
  'deep-linking': 'deep linking', 'crash-reporting': 'crash reporting', 'performance-monitoring': 'performance monitoring',
  'session-replay': 'session replay', push: 'push notifications', 'in-app-messaging': 'in-app messages', 'marketing-automation': 'marketing messages',
  payments: 'payments', subscriptions: 'subscriptions', social: 'social features', login: 'sign-in', 'support-chat': 'customer support',
  chat: 'chat', rtc: 'voice and video calls', maps: 'maps', location: 'location services', 'feature-flags': 'feature flags',
  'ab-testing': 'A/B testing', 'remote-config': 'remote configuration', 'cloud-storage': 'file storage', backend: 'backend services',
  'identity-verification': 'identity verification', 'fraud-prevention': 'fraud prevention', consent: 'consent management', surveys: 'surveys',
};

const shipped = (r: ScanResult) => r.sdks.filter((s) => s.collectsData && s.usage !== 'test');
const labels = (s: SdkReport) => s.dataTypes.map((t) => TAXONOMY.dataTypes[t]?.label.toLowerCase() ?? t);
const purposes = (s: SdkReport) => [...new Set(s.categories.map((c) => PURPOSE[c]).filter(Boolean))].join(', ') || s.categories.join(', ');
const cell = (x: string) => x.replace(/\|/g, '\\|');

export function draftPolicy(r: ScanResult, privacyPolicies: Map<string, string>): string {
  const rows = shipped(r).map((s) => `| ${cell(s.name)} | ${cell(s.vendor)} | ${cell(purposes(s))} | ${cell(labels(s).join(', ') || '—')} | ${privacyPolicies.get(s.id) ?? '—'} |`);
  return [
    '## Third-party services in our app',
    '',
    'Our app includes software from the following providers. They receive the data listed for the purpose given.',
    '',
    '| Service | Provider | Purpose | Data collected | Provider privacy policy |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function draftXcprivacy(r: ScanResult): string {
  const types = new Map<string, boolean>();
  for (const s of shipped(r)) for (const t of s.dataTypes) {
    const apple = TAXONOMY.dataTypes[t]?.apple;
    if (apple) types.set(apple, (types.get(apple) ?? false) || !!s.tracking);
  }
  const entries = [...types].sort().map(([t, tracking]) =>
    [
      '\t\t<dict>',
      `\t\t\t<key>NSPrivacyCollectedDataType</key>\n\t\t\t<string>${t}</string>`,
      '\t\t\t<key>NSPrivacyCollectedDataTypeLinked</key>\n\t\t\t<false/>',
      `\t\t\t<key>NSPrivacyCollectedDataTypeTracking</key>\n\t\t\t<${tracking}/>`,
      `\t\t\t<key>NSPrivacyCollectedDataTypePurposes</key>\n\t\t\t<array>\n\t\t\t\t<string>${tracking ? 'NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising' : 'NSPrivacyCollectedDataTypePurposeAnalytics'}</string>\n\t\t\t</array>`,
      '\t\t</dict>',
    ].join('\n'),
  );
  return [
    '<!-- Draft NSPrivacyCollectedDataTypes entries for the SDKs sdkscan found: review linked/tracking/purposes -->',
    '\t<key>NSPrivacyCollectedDataTypes</key>',
    '\t<array>',
    ...entries,
    '\t</array>',
    '',
  ].join('\n');
}

export function draftDataSafetyCsv(r: ScanResult): string {
  const ids = new Set<string>();
  for (const s of shipped(r)) for (const t of s.dataTypes) if (TAXONOMY.dataTypes[t]) ids.add(TAXONOMY.dataTypes[t].play);
  const category = (id: string) => DATA_SAFETY_CATEGORY[id] ?? 'PSL_DATA_TYPES_PERSONAL';
  return [
    'Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label',
    ...[...ids].sort().map((id) => `${category(id)},${id},true,MULTIPLE_CHOICE,Data types`),
    '',
  ].join('\n');
}

const DATA_SAFETY_CATEGORY: Record<string, string> = Object.fromEntries(Object.entries(DATA_SAFETY_TYPES).flatMap(([q, ids]) => ids.map((id) => [id, q])));
