import type { ScanResult, SdkReport } from '../types';

export interface TextOptions {
  color: boolean;
}

const STATUS_ORDER = ['undisclosed', 'vendor-only', 'no-disclosure', 'disclosed', 'not-applicable'] as const;

/** The human report: undisclosed SDKs first with their evidence, then the rest, then diagnostics and a summary. */
export function formatText(result: ScanResult, opts: TextOptions = { color: false }): string {
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const red = (s: string) => c('31', s);
  const yellow = (s: string) => c('33', s);
  const green = (s: string) => c('32', s);
  const dim = (s: string) => c('2', s);
  const bold = (s: string) => c('1', s);
  const lines: string[] = [];
  const label: Record<string, (s: string) => string> = {
    undisclosed: (s) => red(bold(s)),
    'vendor-only': yellow,
    'no-disclosure': (s) => s,
    disclosed: green,
    'not-applicable': dim,
  };
  const titles: Record<string, string> = {
    undisclosed: 'Undisclosed: data-collecting SDKs the policy does not name',
    'vendor-only': 'Vendor only: the policy names the vendor, not the SDK',
    'no-disclosure': 'Detected (no policy given: use --policy to judge them)',
    disclosed: 'Disclosed',
    'not-applicable': 'Not applicable: collects no data, or test/dev only',
  };
  for (const status of STATUS_ORDER) {
    const group = result.sdks.filter((s) => s.disclosure.status === status);
    if (!group.length) continue;
    lines.push(label[status](`${titles[status]} (${group.length})`));
    for (const s of group) lines.push(...sdkLines(s, status === 'undisclosed' || status === 'vendor-only' || status === 'no-disclosure', dim));
    lines.push('');
  }
  const others = result.findings.filter((f) => f.check !== 'undisclosed-sdk' && f.check !== 'vendor-only-disclosure');
  if (others.length) {
    lines.push(bold('Other findings'));
    for (const f of others) lines.push(`  ${f.severity === 'error' ? red(f.severity) : f.severity === 'warning' ? yellow(f.severity) : dim(f.severity)} ${f.check}: ${f.message}${f.location ? dim(` (${f.location.file}:${f.location.line})`) : ''}`);
    lines.push('');
  }
  if (result.diagnostics.length) {
    lines.push(bold(`Diagnostics (${result.diagnostics.length})`));
    for (const d of result.diagnostics) lines.push(`  ${d.severity} ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
    lines.push('');
  }
  const count = (st: string) => result.sdks.filter((s) => s.disclosure.status === st).length;
  const policy = result.disclosures.length ? `against ${result.disclosures.map((d) => d.source).join(', ')}` : 'no policy given';
  lines.push(
    `${result.sdks.length} SDKs found (${policy}): ${count('undisclosed') ? red(`${count('undisclosed')} undisclosed`) : '0 undisclosed'}, ${count('vendor-only')} vendor-only, ${count('disclosed')} disclosed, ${count('not-applicable')} not applicable${result.diagnostics.length ? `, ${result.diagnostics.length} diagnostics` : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}

function sdkLines(s: SdkReport, detailed: boolean, dim: (s: string) => string): string[] {
  const tags = [s.usage !== 'release' ? `${s.usage} only` : '', s.applePrivacyImpacting ? "on Apple's privacy-impacting SDK list" : ''].filter(Boolean);
  const head = `  ${s.name} ${dim(`[${s.id}]`)} ${dim(`${s.vendor}; ${s.categories.join(', ')}`)}${tags.length ? ` (${tags.join('; ')})` : ''}`;
  const out = [head];
  const ev = detailed ? s.evidence : s.evidence.slice(0, 1);
  for (const e of ev) out.push(`    ${e.file}:${e.line}  ${e.text}${e.via ? dim(` (via ${e.via.join(' > ')})`) : ''}`);
  if (!detailed && s.evidence.length > 1) out.push(dim(`    … and ${s.evidence.length - 1} more`));
  if (detailed && s.collectsData && s.dataTypes.length) out.push(dim(`    collects: ${s.dataTypes.join(', ')}`));
  if (detailed && s.privacyManifest) out.push(dim(`    its privacy manifest (${s.privacyManifest.file}): tracking ${s.privacyManifest.tracking ? 'yes' : 'no'}${s.privacyManifest.trackingDomains.length ? `, domains ${s.privacyManifest.trackingDomains.join(', ')}` : ''}`));
  for (const d of s.disclosure.evidence.slice(0, detailed ? 3 : 1)) out.push(dim(`    policy ${d.source}:${d.line}${d.page ? ` (page ${d.page})` : ''}: "${d.term}"`));
  if (s.disclosure.reason && !detailed) out.push(dim(`    ${s.disclosure.reason}`));
  return out;
}
