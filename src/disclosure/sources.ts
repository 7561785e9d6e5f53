import { basename, extname } from 'node:path';
import type { DisclosureKind } from '../types';
import { PolicyLoadError, type PolicyDocument } from './document';
import { documentFromBytes, kindOf, readPolicyFile } from './load';
import { fetchPolicy } from './fetch';
import { parsePrivacyManifest } from './xcprivacy';
import { parseDataSafetyCsv } from './data-safety';
import { parseDisclosureFile } from './disclosure-file';
import { decodeText } from './document';

/** What a structured disclosure declares about data collection (privacy manifest, Data safety form). */
export interface DeclaredData {
  /** Apple NSPrivacyCollectedDataType* constants or Play PSL_* data type IDs */
  dataTypes: string[];
  tracking?: boolean;
  trackingDomains?: string[];
  /** the line where each declared type is (for evidence) */
  lines?: Record<string, number>;
}

/** A disclosure read as structured data (privacy manifest, Data safety CSV, disclosure file), not as prose. */
export interface StructuredDisclosure {
  source: string;
  kind: DisclosureKind;
  /** SDKs the document names (disclosure files); ids or names resolved later */
  names?: { name: string; line: number; text: string }[];
  declared?: DeclaredData;
}

export type DisclosureSource = PolicyDocument | StructuredDisclosure;

const URL_RE = /^https?:\/\//i;

/** Reads one --policy argument: a file (by extension) or an http(s) URL. Throws PolicyLoadError. */
export async function loadPolicySource(arg: string, display: (p: string) => string): Promise<DisclosureSource> {
  if (URL_RE.test(arg)) {
    const res = await fetchPolicy(arg);
    const type = res.contentType.split(';')[0].trim().toLowerCase();
    const charset = /charset=([\w-]+)/i.exec(res.contentType)?.[1];
    const kind: DisclosureKind =
      type === 'text/html' || type === 'application/xhtml+xml'
        ? 'policy-html'
        : type === 'application/pdf'
          ? 'policy-pdf'
          : type === 'text/markdown' || type === 'text/x-markdown'
            ? 'policy-markdown'
            : type.startsWith('text/')
              ? 'policy-text'
              : (() => {
                  throw new PolicyLoadError(arg, `the server answered with content type '${type || 'none'}', which is not a policy (HTML, PDF, text or Markdown)`);
                })();
    return documentFromBytes(arg, kind, res.body, charset);
  }
  const shown = display(arg);
  const name = basename(arg).toLowerCase();
  const ext = extname(name);
  if (ext === '.xcprivacy') {
    const text = decodeText(shown, readPolicyFile(arg, shown));
    const parsed = parsePrivacyManifest(text);
    if (!parsed.ok) throw new PolicyLoadError(shown, `is not a readable privacy manifest: ${parsed.error}`);
    const lines = text.split(/\r?\n/);
    const lineOf = (needle: string) => {
      const i = lines.findIndex((l) => l.includes(needle));
      return i < 0 ? 1 : i + 1;
    };
    const declared: DeclaredData = { dataTypes: parsed.value.collectedDataTypes.map((d) => d.type), trackingDomains: parsed.value.trackingDomains, lines: {} };
    if (parsed.value.tracking !== undefined) declared.tracking = parsed.value.tracking;
    for (const t of declared.dataTypes) declared.lines![t] = lineOf(t);
    declared.lines!.NSPrivacyTracking = lineOf('NSPrivacyTracking<');
    declared.lines!.NSPrivacyTrackingDomains = lineOf('NSPrivacyTrackingDomains');
    return { source: shown, kind: 'privacy-manifest', declared };
  }
  if (ext === '.csv') {
    const text = decodeText(shown, readPolicyFile(arg, shown));
    return { source: shown, kind: 'data-safety-csv', declared: parseDataSafetyCsv(shown, text) };
  }
  if (ext === '.yml' || ext === '.yaml') {
    const text = decodeText(shown, readPolicyFile(arg, shown));
    return { source: shown, kind: 'disclosure-file', names: parseDisclosureFile(shown, text) };
  }
  return documentFromBytes(shown, kindOf(arg), readPolicyFile(arg, shown));
}
