// The one place that loads `xml2js`. sax (under xml2js) never fetches external entities and never expands
// entities declared in a DTD, so billion-laughs and XXE documents fail fast instead of exploding.
import type { ParseResult } from './result';

const MAX_BYTES = 5 * 1024 * 1024;

export type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

export function parseXml(text: string): ParseResult<Record<string, XmlNode>> {
  if (text.length > MAX_BYTES) return { ok: false, error: `XML document larger than ${MAX_BYTES} bytes` };
  if (/<!ENTITY/i.test(text)) return { ok: false, error: 'XML declares entities in a DTD; refused (entity expansion is never performed)' };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const xml2js = require('xml2js') as typeof import('xml2js');
  let result: ParseResult<Record<string, XmlNode>> = { ok: false, error: 'empty document' };
  const parser = new xml2js.Parser({ explicitArray: true, async: false, strict: true });
  try {
    parser.parseString(text.replace(/^\uFEFF/, ''), (err: Error | null, value: Record<string, XmlNode> | null) => {
      if (err) {
        const m = /Line: (\d+)/.exec(err.message);
        result = { ok: false, error: err.message.split('\n')[0], line: m ? Number(m[1]) + 1 : undefined };
      } else if (!value) result = { ok: false, error: 'empty document' };
      else result = { ok: true, value };
    });
  } catch (e) {
    result = { ok: false, error: (e as Error).message.split('\n')[0] };
  }
  return result;
}

/** Children of an xml2js node with the given tag, always an array. */
export function children(node: unknown, tag: string): XmlNode[] {
  if (!node || typeof node !== 'object') return [];
  const v = (node as Record<string, unknown>)[tag];
  return Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as XmlNode[]) : [];
}
