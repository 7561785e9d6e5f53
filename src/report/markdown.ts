import type { DisclosureStatus, ScanResult, SdkReport } from '../types';
import { countByStatus, dataTypeLabel, entryPoint, plural, STATUS_HELP, STATUS_LABEL, suggestedWording } from './labels';

// GitHub-flavoured Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY.
// Tables: https://github.github.com/gfm/#tables-extension- ('|' inside a cell, even in a code span, is written '\|').

/** Lets a bot find and update its earlier comment instead of adding a new one. */
export const MARKDOWN_MARKER = '<!-- sdkscan-report -->';

/** Plain text inside Markdown: every character that could start markup is backslash-escaped. */
export function mdText(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&#!]/g, (c) => `\\${c}`);
}

/** A code span that survives backticks in the text and '|' inside a table cell. */
export function mdCode(s: string): string {
  const flat = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function where(s: SdkReport): string {
  const at = entryPoint(s);
  if (!at) return '';
  const more = s.evidence.length - 1;
  return `${mdCode(`${at.file}:${at.line}`)}${more > 0 ? ` (+${more} more)` : ''}`;
}

function policyLines(s: SdkReport, max = 2): string {
  const ev = s.disclosure.evidence.slice(0, max).map((d) => `${mdCode(`${d.source}:${d.line}${d.page ? ` (page ${d.page})` : ''}`)} “${mdText(d.term)}”`);
  const more = s.disclosure.evidence.length - max;
  return `${ev.join('; ')}${more > 0 ? ` (+${more} more)` : ''}`;
}

function collects(s: SdkReport): string {
  return s.dataTypes.length ? mdText(s.dataTypes.map(dataTypeLabel).join(', ')) : '_not listed_';
}

function verdict(result: ScanResult, counts: Record<DisclosureStatus, number>): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (!result.disclosures.length) return `ℹ️ **${plural(result.sdks.length, 'SDK', 'SDKs')} found; no privacy policy was given, so none was checked**`;
  if (counts.undisclosed)
    return `❌ **${plural(counts.undisclosed, 'data-collecting SDK is', 'data-collecting SDKs are')} not named in the privacy policy**`;
  if (errors) return `❌ **${plural(errors, 'error', 'errors')} in the privacy disclosure (see other findings)**`;
  if (counts['vendor-only'])
    return `⚠️ **every data-collecting SDK is disclosed, but ${plural(counts['vendor-only'], 'is', 'are')} named only by its vendor**`;
  return '✅ **every data-collecting SDK is disclosed**';
}

function details(summary: string, body: string[]): string[] {
  // the blank lines let GitHub render the Markdown inside the HTML block
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

/** The report as Markdown: verdict, the undisclosed SDKs with wording to add, the rest folded away. */
export function formatMarkdown(result: ScanResult): string {
  const counts = countByStatus(result);
  const of = (st: DisclosureStatus) => result.sdks.filter((s) => s.disclosure.status === st);
  const out: string[] = [MARKDOWN_MARKER, '## sdkscan: third-party SDKs and the privacy policy', '', verdict(result, counts), ''];

  const against = result.disclosures.length ? `checked against ${result.disclosures.map((d) => mdCode(d.source)).join(', ')}` : 'no policy given';
  const parts = [
    `${counts.undisclosed} undisclosed`,
    `${counts['vendor-only']} vendor-only`,
    `${counts.disclosed} disclosed`,
    `${counts['not-applicable']} not applicable`,
    ...(counts['no-disclosure'] ? [`${counts['no-disclosure']} not judged`] : []),
  ];
  out.push(`${plural(result.sdks.length, 'SDK', 'SDKs')} found in ${mdCode(result.root)}, ${against}: ${parts.join(', ')}.`, '');

  const undisclosed = of('undisclosed');
  if (undisclosed.length) {
    out.push('### Undisclosed SDKs', '');
    out.push(
      ...table(
        ['SDK', 'Vendor', 'What it collects', 'Where it comes in', 'Suggested policy wording'],
        undisclosed.map((s) => [`**${mdText(s.name)}**${s.usage === 'debug' ? ' (debug only)' : ''}`, mdText(s.vendor), collects(s), where(s), mdText(suggestedWording(s))]),
      ),
      '',
    );
  }

  const vendorOnly = of('vendor-only');
  if (vendorOnly.length)
    out.push(
      ...details(
        `⚠️ ${STATUS_LABEL['vendor-only']}: ${plural(vendorOnly.length, 'SDK', 'SDKs')} (${STATUS_HELP['vendor-only']})`,
        table(
          ['SDK', 'Vendor', 'The policy names', 'Where it comes in', 'Suggested policy wording'],
          vendorOnly.map((s) => [mdText(s.name), mdText(s.vendor), policyLines(s), where(s), mdText(suggestedWording(s))]),
        ),
      ),
    );

  const notJudged = of('no-disclosure');
  if (notJudged.length)
    out.push(
      ...details(
        `${STATUS_LABEL['no-disclosure']}: ${plural(notJudged.length, 'SDK', 'SDKs')} (${STATUS_HELP['no-disclosure']})`,
        table(['SDK', 'Vendor', 'What it collects', 'Where it comes in'], notJudged.map((s) => [mdText(s.name), mdText(s.vendor), s.collectsData ? collects(s) : '_nothing_', where(s)])),
      ),
    );

  const disclosed = of('disclosed');
  if (disclosed.length)
    out.push(
      ...details(
        `✅ ${STATUS_LABEL.disclosed}: ${plural(disclosed.length, 'SDK', 'SDKs')}`,
        table(['SDK', 'Vendor', 'Named in the policy', 'Where it comes in'], disclosed.map((s) => [mdText(s.name), mdText(s.vendor), policyLines(s), where(s)])),
      ),
    );

  const notApplicable = of('not-applicable');
  if (notApplicable.length)
    out.push(
      ...details(
        `${STATUS_LABEL['not-applicable']}: ${plural(notApplicable.length, 'SDK', 'SDKs')} (${STATUS_HELP['not-applicable']})`,
        table(['SDK', 'Vendor', 'Why', 'Where it comes in'], notApplicable.map((s) => [mdText(s.name), mdText(s.vendor), mdText(s.disclosure.reason ?? ''), where(s)])),
      ),
    );

  const others = result.findings.filter((f) => f.check !== 'undisclosed-sdk' && f.check !== 'vendor-only-disclosure');
  if (others.length) {
    const names = new Map(result.sdks.map((s) => [s.id, s.name]));
    out.push(
      ...details(
        `Other findings: ${others.length}`,
        table(
          ['Check', 'Severity', 'SDK', 'Where', 'Message'],
          others.map((f) => [
            mdCode(f.check),
            f.severity,
            f.sdk ? mdText(names.get(f.sdk) ?? f.sdk) : '',
            f.location ? mdCode(`${f.location.file}:${f.location.line}`) : '',
            mdText(f.message),
          ]),
        ),
      ),
    );
  }

  if (result.diagnostics.length)
    out.push(
      ...details(
        `Diagnostics: ${result.diagnostics.length}`,
        table(['File', 'Severity', 'Message'], result.diagnostics.map((d) => [mdCode(d.line ? `${d.file}:${d.line}` : d.file), d.severity, mdText(d.message)])),
      ),
    );

  out.push(`<sub>sdkscan ${mdText(result.tool.version)} · ${result.tool.rulesCount} SDK rules</sub>`);
  return `${out.join('\n')}\n`;
}
