import type { DisclosureKind } from '../types';

/** A policy as lines of text with their original line numbers (and pages for PDFs). */
export interface PolicyLine {
  line: number;
  page?: number;
  text: string;
  /** a table row or list item: an SDK name alone here is a disclosure even when it is an ordinary word */
  row?: boolean;
}

export interface PolicyDocument {
  source: string;
  kind: DisclosureKind;
  lines: PolicyLine[];
}

/** A policy that cannot be read, fetched or decoded: the CLI exits 2, never scans with an empty policy. */
export class PolicyLoadError extends Error {
  constructor(
    public readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'PolicyLoadError';
  }
}

/** Text of bytes that start with a UTF-16 byte-order mark; undefined for anything else. */
export function decodeUtf16Bom(buf: Uint8Array): string | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return undefined;
}

/** Decodes policy bytes: UTF-8 (with or without BOM) and UTF-16 with BOM; anything else is an error. */
export function decodeText(source: string, buf: Uint8Array, declared?: string): string {
  const utf16 = decodeUtf16Bom(buf);
  if (utf16 !== undefined) return utf16;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(buf);
    } catch {
      throw new PolicyLoadError(source, `declares the encoding '${declared}', which cannot be decoded`);
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.includes('\u0000')) throw new PolicyLoadError(source, 'contains NUL bytes: this looks like a binary file, not a policy text');
    return text;
  } catch (e) {
    if (e instanceof PolicyLoadError) throw e;
    throw new PolicyLoadError(source, 'is not valid UTF-8 (save it as UTF-8, or as HTML that declares its charset)');
  }
}

const ROW = /^\s*(\||[-*+•·]\s|\d+[.)]\s|[a-z][.)]\s)/i;

/** Plain text: one PolicyLine per line; list items and tab-separated rows are rows. */
export function textToLines(text: string): PolicyLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t, row: ROW.test(t) || t.includes('\t') }));
}

/** Markdown: inline markup removed, link targets kept beside their text, table and list rows marked. */
export function markdownToLines(text: string): PolicyLine[] {
  return textToLines(text).map((l) => ({
    ...l,
    text: l.text
      .replace(/!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, '$1 ($2)')
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/(\*\*|__|`)/g, '')
      .replace(/<[^>]+>/g, ' '),
  }));
}
