import type { DisclosureKind, Finding, Mention, Rule, SdkReport, Severity } from '../types';
import type { DeclaredData } from '../disclosure/sources';

export interface CheckContext {
  sdks: SdkReport[];
  mentions: Mention[];
  /** rule id -> display name, for mentions of SDKs that were not detected */
  ruleNames: Map<string, string>;
  /** what structured disclosures declare (app privacy manifest, Play Data safety export) */
  declarations: { source: string; kind: DisclosureKind; declared: DeclaredData }[];
  rules: Map<string, Rule>;
}

/** A check: stable id (the SARIF rule id), its meaning, and the logic. */
export interface Check {
  id: string;
  severity: Severity;
  description: string;
  help: string;
  run(ctx: CheckContext): Finding[];
}

/** Where a finding about an SDK points: its first shipped, direct piece of evidence. */
export function primaryLocation(sdk: SdkReport, platform?: 'android' | 'ios'): { file: string; line: number } | undefined {
  if (platform) {
    const only = { ...sdk, evidence: sdk.evidence.filter((e) => shipsOn({ ...sdk, evidence: [e] }, platform)) };
    if (only.evidence.length) return primaryLocation(only);
  }
  const ev = sdk.evidence.find((e) => e.usage !== 'test' && e.direct && e.ecosystem !== 'source-import') ?? sdk.evidence.find((e) => e.usage !== 'test') ?? sdk.evidence[0];
  return ev ? { file: ev.file, line: ev.line } : undefined;
}

export function dataSummary(sdk: SdkReport): string {
  return sdk.dataTypes.length ? ` It collects ${sdk.dataTypes.join(', ')}.` : '';
}

const ANDROID = new Set(['maven', 'gradle-plugin', 'android-manifest', 'java-package']);
const IOS = new Set(['cocoapods', 'spm', 'carthage', 'framework', 'plist']);

/** Does the SDK ship in the app for this platform? Cross-platform packages (npm, pub, NuGet, Unity) ship on both. */
export function shipsOn(sdk: SdkReport, platform: 'android' | 'ios'): boolean {
  return sdk.evidence.some((e) => {
    if (e.usage === 'test') return false;
    if (e.ecosystem === 'vendored-binary') return platform === 'android' ? /\.(aar|jar)$/i.test(e.name) : /\.a$/.test(e.name);
    if (e.ecosystem === 'source-import') return platform === 'android' ? /\.(kt|java)$/.test(e.file) : /\.(swift|m|mm|h)$/.test(e.file);
    if (ANDROID.has(e.ecosystem)) return platform === 'android';
    if (IOS.has(e.ecosystem)) return platform === 'ios';
    return true;
  });
}
