import type { ScanResult } from '../types';

/** The JSON contract of DESIGN.md: stable key order, sorted arrays, a trailing newline. */
export function formatJson(result: ScanResult): string {
  const out = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    root: result.root,
    sdks: result.sdks.map((s) => ({
      id: s.id,
      name: s.name,
      vendor: s.vendor,
      categories: s.categories,
      collectsData: s.collectsData,
      dataTypes: s.dataTypes,
      ...(s.tracking !== undefined ? { tracking: s.tracking } : {}),
      ...(s.applePrivacyImpacting ? { applePrivacyImpacting: true } : {}),
      usage: s.usage,
      evidence: s.evidence.map((e) => ({
        file: e.file,
        line: e.line,
        ecosystem: e.ecosystem,
        name: e.name,
        ...(e.version !== undefined ? { version: e.version } : {}),
        ...(e.scope !== undefined ? { scope: e.scope } : {}),
        direct: e.direct,
        ...(e.via ? { via: e.via } : {}),
        usage: e.usage,
        text: e.text,
        ...(e.skipReason ? { skipReason: e.skipReason } : {}),
        ...(e.weak ? { weak: true } : {}),
      })),
      ...(s.privacyManifest ? { privacyManifest: s.privacyManifest } : {}),
      disclosure: s.disclosure,
    })),
    findings: result.findings,
    disclosures: result.disclosures,
    diagnostics: result.diagnostics,
    ...(result.facts ? { facts: result.facts } : {}),
    ...(result.suppressed ? { suppressed: result.suppressed } : {}),
    ...(result.baselined !== undefined ? { baselined: result.baselined } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
