import { resolve } from 'node:path';
import type { Finding, ScanResult, SdkReport } from './types';
import { activeExtractors, scan, type ScanOptions } from './scan';
import { gitRevisionSource } from './git/source';

// sdkscan diff: the SDKs a change adds or removes, comparing a git revision (read with git, no checkout)
// with the working tree, each judged against the same disclosure. For PR comments: "this PR adds AppsFlyer".

export interface SdkDiff {
  base: string;
  added: SdkReport[];
  removed: SdkReport[];
  /** findings about the added SDKs only: what the change introduces */
  findings: Finding[];
}

export async function diffScan(options: ScanOptions, baseRef: string): Promise<SdkDiff> {
  // source imports are not read from git revisions: compare like with like
  const opts: ScanOptions = { ...options, sourceImports: false };
  const extractors = activeExtractors(false);
  const dir = resolve(options.cwd ?? process.cwd(), options.root);
  const source = gitRevisionSource(dir, baseRef, (p) => extractors.some((e) => e.fileRequired(p)));
  const [head, base] = await Promise.all([scan(opts), scan({ ...opts, source })]);
  return compare(baseRef, base, head);
}

export function compare(baseRef: string, base: ScanResult, head: ScanResult): SdkDiff {
  const shipped = (r: ScanResult) => new Map(r.sdks.filter((s) => s.usage !== 'test').map((s) => [s.id, s]));
  const b = shipped(base);
  const h = shipped(head);
  const added = [...h.values()].filter((s) => !b.has(s.id));
  const removed = [...b.values()].filter((s) => !h.has(s.id));
  const addedIds = new Set(added.map((s) => s.id));
  return { base: baseRef, added, removed, findings: head.findings.filter((f) => f.sdk && addedIds.has(f.sdk)) };
}

export function formatDiff(d: SdkDiff, format: string): string {
  if (format === 'json') {
    const brief = (s: SdkReport) => ({ id: s.id, name: s.name, vendor: s.vendor, collectsData: s.collectsData, dataTypes: s.dataTypes, status: s.disclosure.status, evidence: s.evidence.map((e) => ({ file: e.file, line: e.line, text: e.text })) });
    return `${JSON.stringify({ schemaVersion: 1, base: d.base, added: d.added.map(brief), removed: d.removed.map(brief), findings: d.findings }, null, 2)}\n`;
  }
  const where = (s: SdkReport) => (s.evidence[0] ? `${s.evidence[0].file}:${s.evidence[0].line}` : '');
  const status = (s: SdkReport) => (s.collectsData ? s.disclosure.status : 'collects no data');
  if (format === 'markdown') {
    const lines: string[] = [];
    if (!d.added.length && !d.removed.length) lines.push(`No third-party SDK added or removed since \`${d.base}\`.`);
    for (const s of d.added) lines.push(`- ${s.collectsData && s.disclosure.status === 'undisclosed' ? '❌' : '➕'} This change adds **${s.name}** (${s.vendor}) in \`${where(s)}\` — ${status(s)}${s.collectsData && s.dataTypes.length ? `; it collects ${s.dataTypes.join(', ')}` : ''}.`);
    for (const s of d.removed) lines.push(`- ➖ This change removes **${s.name}** (${s.vendor}); the privacy policy may no longer need to name it.`);
    return `${lines.join('\n')}\n`;
  }
  const lines = [`SDKs since ${d.base}: ${d.added.length} added, ${d.removed.length} removed`];
  for (const s of d.added) lines.push(`  + ${s.name} [${s.id}] ${where(s)} (${status(s)})`);
  for (const s of d.removed) lines.push(`  - ${s.name} [${s.id}]`);
  return `${lines.join('\n')}\n`;
}
