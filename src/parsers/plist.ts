// The one place that loads `plist`. XML plists only; binary plists (bplist00) are reported, not guessed at.
import type { ParseResult } from './result';
import { parseXml } from './xml';

const MAX_BYTES = 5 * 1024 * 1024;

export function isBinaryPlist(bytes: Uint8Array | undefined): boolean {
  return !!bytes && bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).toString('latin1') === 'bplist00';
}

export function parsePlist(text: string): ParseResult<unknown> {
  if (text.length > MAX_BYTES) return { ok: false, error: `plist larger than ${MAX_BYTES} bytes` };
  if (/<!ENTITY/i.test(text)) return { ok: false, error: 'plist declares entities in a DTD; refused (entity expansion is never performed)' };
  // xmldom (under plist) repairs broken XML and prints warnings; a strict parse first keeps both out
  const strict = parseXml(text);
  if (!strict.ok) return strict;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const plist = require('plist') as typeof import('plist');
  try {
    return { ok: true, value: plist.parse(text) };
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0] };
  }
}
