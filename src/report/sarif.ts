import { createHash } from 'node:crypto';
import type { Finding, Location, ScanResult, Severity } from '../types';
import { CHECKS } from '../checks/index';

// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`).
// Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
// GitHub's subset: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/sdkscan/sdkscan';
export const FINGERPRINT_KEY = 'sdkscan/v1';
const SRCROOT = '%SRCROOT%';

export function checkHelpUri(checkId: string): string {
  return `https://github.com/sdkscan/sdkscan/blob/main/docs/checks/${checkId}.md`;
}

/** 'vendor-only-disclosure' -> 'VendorOnlyDisclosure' (SARIF reportingDescriptor.name) */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A result's URI: policy URLs stay absolute; file paths (repo-relative, '/' separators) are
 * percent-encoded per segment and resolved against %SRCROOT%, the scanned folder.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (/^https?:\/\//i.test(file)) return { uri: file };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function physicalLocation(loc: Location) {
  const region: { startLine?: number; endLine?: number; startColumn?: number } = {};
  if (loc.line >= 1) {
    region.startLine = loc.line;
    if (loc.column !== undefined && loc.column >= 1) region.startColumn = loc.column;
    if (loc.endLine !== undefined && loc.endLine >= loc.line) region.endLine = loc.endLine;
  }
  return { artifactLocation: artifactLocation(loc.file), ...(region.startLine ? { region } : {}) };
}

/**
 * The text a finding points at, without its line number: the SDK evidence line at the finding's
 * location, else the policy line there, else the message with 'file:line' references removed.
 */
function anchorText(result: ScanResult, f: Finding): string {
  const loc = f.location;
  if (loc) {
    const sdk = result.sdks.find((s) => s.id === f.sdk);
    const ev = sdk?.evidence.find((e) => e.file === loc.file && e.line === loc.line);
    if (ev) return ev.text.trim();
    for (const s of result.sdks) {
      const d = s.disclosure.evidence.find((e) => e.source === loc.file && e.line === loc.line);
      if (d) return d.text.trim();
    }
  }
  return f.message.replace(/:\d+\b/g, '').trim();
}

/**
 * Stable across unrelated edits: check id, SDK id, evidence file and the trimmed evidence text, but not
 * the line number, so lines added above the evidence do not turn an old alert into a new one.
 */
export function findingFingerprint(result: ScanResult, f: Finding): string {
  const parts = [f.check, f.sdk ?? '', f.location?.file ?? '', anchorText(result, f)];
  return createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex');
}

/** 'privacy-policy.md:11 names "Google"' when the line is one of the SDK's disclosure evidence, else 'file:line'. */
function relatedText(result: ScanResult, f: Finding, r: Location): string {
  const sdk = result.sdks.find((s) => s.id === f.sdk);
  const d = sdk?.disclosure.evidence.find((e) => e.source === r.file && e.line === r.line);
  return d ? `${r.file}:${r.line} names "${d.term}"` : `${r.file}:${r.line}`;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };

/** The SARIF 2.1.0 log: one run, one rule per check, one result per finding, diagnostics as notifications. */
export function formatSarif(result: ScanResult): string {
  const ruleIndex = new Map(CHECKS.map((c, i) => [c.id, i]));
  const rules = CHECKS.map((c) => ({
    id: c.id,
    name: ruleName(c.id),
    shortDescription: { text: c.description },
    fullDescription: { text: `${c.description} ${c.help}` },
    help: {
      text: c.help,
      markdown: `**${c.description}**\n\n${c.help}\n\n[Documentation for \`${c.id}\`](${checkHelpUri(c.id)})`,
    },
    helpUri: checkHelpUri(c.id),
    defaultConfiguration: { level: LEVEL[c.severity] },
    properties: { tags: ['privacy'] },
  }));

  const results = result.findings.map((f) => {
    const index = ruleIndex.get(f.check);
    const related = (f.related ?? []).map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: relatedText(result, f, r) },
    }));
    return {
      ruleId: f.check,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      ...(f.location ? { locations: [{ physicalLocation: physicalLocation(f.location) }] } : {}),
      ...(related.length ? { relatedLocations: related } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(result, f) },
      ...(f.sdk ? { properties: { sdk: f.sdk } } : {}),
    };
  });

  const notifications = result.diagnostics.map((d) => ({
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: physicalLocation({ file: d.file, line: d.line ?? 0 }) }],
    ...(d.source ? { properties: { source: d.source } } : {}),
  }));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sdkscan',
            version: result.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        // No absolute path: the scanned folder is described, not located (SARIF 3.14.14 lets uri be omitted).
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: `The folder sdkscan scanned (${result.root}); result paths are relative to it.` } },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          root: result.root,
          disclosures: result.disclosures.map((d) => ({ source: d.source, kind: d.kind })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
