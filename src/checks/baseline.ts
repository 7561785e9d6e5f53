import type { Finding } from '../types';

// A baseline accepts today's findings on a legacy repository so that CI fails only on new ones.
// Entries are keyed by check, SDK and file (not line: unrelated edits move lines). Entries that match nothing
// any more are reported, so the baseline shrinks as problems are fixed.

export interface BaselineEntry {
  check: string;
  sdk?: string;
  file?: string;
}

export interface BaselineFile {
  schemaVersion: 1;
  tool: 'sdkscan';
  findings: BaselineEntry[];
}

const key = (e: BaselineEntry) => `${e.check}\u0000${e.sdk ?? ''}\u0000${e.file ?? ''}`;

export function toBaseline(findings: Finding[]): BaselineFile {
  const seen = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.severity === 'note') continue;
    const e: BaselineEntry = { check: f.check };
    if (f.sdk) e.sdk = f.sdk;
    if (f.location?.file) e.file = f.location.file;
    seen.set(key(e), e);
  }
  return { schemaVersion: 1, tool: 'sdkscan', findings: [...seen.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1)) };
}

export function parseBaseline(text: string): BaselineEntry[] | string {
  let doc: Partial<BaselineFile>;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `not JSON (${(e as Error).message})`;
  }
  if (!doc || doc.tool !== 'sdkscan' || !Array.isArray(doc.findings)) return "not an sdkscan baseline; create one with 'sdkscan baseline create'";
  return doc.findings.filter((f) => f && typeof f.check === 'string');
}

export function applyBaseline(findings: Finding[], baseline: BaselineEntry[] | undefined): { findings: Finding[]; accepted: number } {
  if (!baseline) return { findings, accepted: 0 };
  const keys = new Set(baseline.map(key));
  const matched = new Set<string>();
  const out: Finding[] = [];
  let accepted = 0;
  for (const f of findings) {
    const k = key({ check: f.check, sdk: f.sdk, file: f.location?.file });
    if (keys.has(k)) {
      matched.add(k);
      accepted++;
    } else out.push(f);
  }
  for (const e of baseline) {
    if (matched.has(key(e))) continue;
    out.push({ check: 'stale-baseline', severity: 'note', sdk: e.sdk, message: `The baseline accepts ${e.check}${e.sdk ? ` for ${e.sdk}` : ''}${e.file ? ` in ${e.file}` : ''}, which no longer occurs: recreate the baseline to drop it.` });
  }
  return { findings: out, accepted };
}
