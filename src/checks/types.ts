import type { Finding, Mention, SdkReport, Severity } from '../types';

export interface CheckContext {
  sdks: SdkReport[];
  mentions: Mention[];
  /** rule id -> display name, for mentions of SDKs that were not detected */
  ruleNames: Map<string, string>;
  hasPolicy: boolean;
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
export function primaryLocation(sdk: SdkReport): { file: string; line: number } | undefined {
  const ev = sdk.evidence.find((e) => e.usage !== 'test' && e.direct && e.ecosystem !== 'source-import') ?? sdk.evidence.find((e) => e.usage !== 'test') ?? sdk.evidence[0];
  return ev ? { file: ev.file, line: ev.line } : undefined;
}

export function dataSummary(sdk: SdkReport): string {
  return sdk.dataTypes.length ? ` It collects ${sdk.dataTypes.join(', ')}.` : '';
}
