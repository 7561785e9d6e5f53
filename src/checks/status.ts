import type { Detection, DisclosureStatus, Mention, SdkReport } from '../types';

export interface StatusOptions {
  /** a family mention (Firebase) discloses its products; false makes it vendor-level */
  familyDiscloses: boolean;
  /** no policy was given */
  noPolicy: boolean;
}

/** Decides an SDK's disclosure status from the policy's mentions of it. */
export function disclosureStatus(det: Detection, mentions: Mention[], opts: StatusOptions): SdkReport['disclosure'] {
  const own = mentions.filter((m) => m.ruleId === det.rule.id && !m.negated);
  const evidenceOf = (list: Mention[]) =>
    list.map((m) => {
      const e: SdkReport['disclosure']['evidence'][number] = { source: m.source, line: m.line, level: m.level, term: m.term, text: m.text };
      if (m.page !== undefined) e.page = m.page;
      return e;
    });
  const productLevel = own.filter((m) => m.level === 'product' || m.level === 'identifier' || (opts.familyDiscloses && m.level === 'family'));
  const vendorLevel = own.filter((m) => m.level === 'vendor' || (!opts.familyDiscloses && m.level === 'family'));
  let status: DisclosureStatus;
  let reason: string | undefined;
  if (productLevel.length) status = 'disclosed';
  else if (!det.rule.collectsData) {
    status = 'not-applicable';
    reason = det.rule.noDataReason ?? 'collects no data';
  } else if (det.usage === 'test') {
    status = 'not-applicable';
    reason = 'test or development dependency only: not shipped';
  } else if (opts.noPolicy) status = 'no-disclosure';
  else if (vendorLevel.length) status = 'vendor-only';
  else status = 'undisclosed';
  const shown = status === 'disclosed' ? productLevel : status === 'vendor-only' ? vendorLevel : [];
  const out: SdkReport['disclosure'] = { status, evidence: dedupe(evidenceOf(shown)) };
  if (reason) out.reason = reason;
  return out;
}

function dedupe<T extends { source: string; line: number; term: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  const out = list.filter((e) => {
    const k = `${e.source}\u0000${e.line}\u0000${e.term.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return out.sort((a, b) => (a.source !== b.source ? (a.source < b.source ? -1 : 1) : a.line - b.line || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)));
}
