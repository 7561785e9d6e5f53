import type { Finding, Severity } from '../types';
import type { Suppression } from '../config/load';

// Applies the configuration to findings: per-check severity (or off), then suppressions with a reason.
// An expired suppression no longer applies and is itself a finding, so nothing is accepted forever by accident.

export interface Suppressed {
  finding: Finding;
  reason: string;
  expires?: string;
}

export function applyConfig(
  findings: Finding[],
  opts: { checks?: Record<string, Severity | 'off'>; suppressions?: Suppression[]; configFile?: string; today: string },
): { findings: Finding[]; suppressed: Suppressed[] } {
  const out: Finding[] = [];
  const suppressed: Suppressed[] = [];
  const used = new Set<Suppression>();
  for (const f of findings) {
    const level = opts.checks?.[f.check];
    if (level === 'off') continue;
    const finding = level ? { ...f, severity: level } : f;
    const s = (opts.suppressions ?? []).find((x) => x.sdk === f.sdk && (!x.check || x.check === f.check) && !(x.expires && x.expires < opts.today));
    if (s) {
      used.add(s);
      const entry: Suppressed = { finding, reason: s.reason };
      if (s.expires) entry.expires = s.expires;
      suppressed.push(entry);
    } else out.push(finding);
  }
  for (const s of opts.suppressions ?? []) {
    if (s.expires && s.expires < opts.today) {
      out.push({
        check: 'expired-suppression',
        severity: 'error',
        sdk: s.sdk,
        message: `The suppression of ${s.sdk}${s.check ? ` (${s.check})` : ''} expired on ${s.expires} ("${s.reason}"): review it, then extend or remove it.`,
        location: { file: opts.configFile ?? '.sdkscan.yml', line: s.line },
      });
    } else if (!used.has(s)) {
      out.push({
        check: 'unused-suppression',
        severity: 'note',
        sdk: s.sdk,
        message: `The suppression of ${s.sdk}${s.check ? ` (${s.check})` : ''} matches no finding: remove it if the SDK is gone.`,
        location: { file: opts.configFile ?? '.sdkscan.yml', line: s.line },
      });
    }
  }
  return { findings: out, suppressed };
}
