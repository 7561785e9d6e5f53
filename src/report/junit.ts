import type { Finding, ScanResult, SdkReport } from '../types';
import { dataTypeLabel } from './labels';

// JUnit XML (the Ant/Surefire shape that Jenkins, GitLab and test-report actions read): one test case per SDK.
// Undisclosed SDKs and SDKs with an error finding fail; not-applicable and not-judged ones are skipped.

/** Text or attribute value for XML 1.0: the five entities, and characters XML cannot carry at all replaced. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: as escapeXml, with line breaks kept as character references (parsers fold raw ones). */
function attr(s: string): string {
  return escapeXml(s).replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function evidenceText(s: SdkReport, findings: Finding[]): string {
  const lines = findings.map((f) => `${f.severity} ${f.check}: ${f.message}`);
  lines.push('In the app:');
  for (const e of s.evidence) lines.push(`  ${e.file}:${e.line}  ${e.text}${e.via ? ` (via ${e.via.join(' > ')})` : ''}`);
  if (s.disclosure.evidence.length) {
    lines.push('In the policy:');
    for (const d of s.disclosure.evidence) lines.push(`  ${d.source}:${d.line}${d.page ? ` (page ${d.page})` : ''}  "${d.term}" (${d.level})`);
  } else if (s.disclosure.status === 'undisclosed') lines.push('In the policy: not named');
  if (s.collectsData && s.dataTypes.length) lines.push(`Collects: ${s.dataTypes.map(dataTypeLabel).join(', ')}`);
  return lines.join('\n');
}

export function formatJunit(result: ScanResult): string {
  const cases: string[] = [];
  let failures = 0;
  let skipped = 0;
  for (const s of result.sdks) {
    const mine = result.findings.filter((f) => f.sdk === s.id);
    const errors = mine.filter((f) => f.severity === 'error');
    const open = `    <testcase classname="sdkscan.${attr(s.disclosure.status)}" name="${attr(s.id)}">`;
    if (s.disclosure.status === 'undisclosed' || errors.length) {
      failures++;
      const first = errors[0] ?? mine[0];
      const message = first?.message ?? `${s.name} (${s.vendor}) is not named in the privacy disclosure.`;
      cases.push(open, `      <failure message="${attr(message)}" type="${attr(first?.check ?? 'undisclosed-sdk')}">${escapeXml(evidenceText(s, mine))}</failure>`, '    </testcase>');
    } else if (s.disclosure.status === 'not-applicable' || s.disclosure.status === 'no-disclosure') {
      skipped++;
      const why = s.disclosure.status === 'no-disclosure' ? 'no privacy policy was given' : (s.disclosure.reason ?? 'collects no data');
      cases.push(open, `      <skipped message="${attr(why)}"/>`, '    </testcase>');
    } else if (mine.length) {
      // passing, but with warnings or notes (vendor-only disclosure): kept visible in the case's output
      cases.push(open, `      <system-out>${escapeXml(evidenceText(s, mine))}</system-out>`, '    </testcase>');
    } else cases.push(open.replace(/>$/, '/>'));
  }
  const counts = `tests="${result.sdks.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const props = [
    ['sdkscan.version', result.tool.version],
    ['sdkscan.root', result.root],
    ...result.disclosures.map((d) => ['sdkscan.disclosure', d.source]),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sdkscan" ${counts}>`,
    `  <testsuite name="sdkscan" ${counts}>`,
    '    <properties>',
    ...props.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"/>`),
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
