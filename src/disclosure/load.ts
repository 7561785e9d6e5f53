import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DisclosureKind } from '../types';
import { decodeText, markdownToLines, PolicyLoadError, textToLines, type PolicyDocument } from './document';
import { htmlToBlocks, sniffHtmlCharset } from '../parsers/html';
import { pdfToLines } from '../parsers/pdf';

// Reads one --policy source into lines. Format by extension: .md/.markdown Markdown, anything else text.
// A policy that cannot be read is an error, never an empty policy.

const MAX_POLICY_BYTES = 20 * 1024 * 1024;

export function kindOf(path: string): DisclosureKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'policy-markdown';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'policy-html';
  if (ext === '.pdf') return 'policy-pdf';
  return 'policy-text';
}

export function readPolicyFile(path: string, display = path): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new PolicyLoadError(display, 'is a folder; give the policy file itself');
    size = st.size;
  } catch (e) {
    if (e instanceof PolicyLoadError) throw e;
    throw new PolicyLoadError(display, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path given to --policy`);
  }
  if (size > MAX_POLICY_BYTES) throw new PolicyLoadError(display, `is larger than ${MAX_POLICY_BYTES / 1024 / 1024} MB`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new PolicyLoadError(display, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

export async function documentFromBytes(source: string, kind: DisclosureKind, bytes: Uint8Array, charset?: string): Promise<PolicyDocument> {
  if (kind === 'policy-pdf') {
    let lines;
    try {
      lines = await pdfToLines(bytes);
    } catch (e) {
      throw new PolicyLoadError(source, `is not a readable PDF (${(e as Error).message})`);
    }
    if (!lines.length) throw new PolicyLoadError(source, 'has no extractable text (a scanned image?); give the policy as text, HTML or a text PDF');
    return { source, kind, lines: lines.map((l, i) => ({ line: i + 1, page: l.page, text: l.text, row: /^\s*([-*•·]|\d+[.)])\s/.test(l.text) })) };
  }
  const text = decodeText(source, bytes, kind === 'policy-html' ? (charset ?? sniffHtmlCharset(bytes)) : charset);
  if (!text.trim()) throw new PolicyLoadError(source, 'is empty: an empty policy discloses nothing; give the published policy');
  switch (kind) {
    case 'policy-markdown':
      return { source, kind, lines: markdownToLines(text) };
    case 'policy-text':
      return { source, kind, lines: textToLines(text) };
    case 'policy-html': {
      const lines = htmlToBlocks(text).map((b) => ({ line: b.line, text: b.text, row: b.row }));
      if (!lines.length) throw new PolicyLoadError(source, 'has no visible text (only scripts, styles or navigation)');
      return { source, kind, lines };
    }
    default:
      throw new PolicyLoadError(source, `${kind} policies are not supported yet; convert it to text or Markdown`);
  }
}

