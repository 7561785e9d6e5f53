// The one place that loads `smol-toml`.
import type { ParseResult } from './result';

const MAX_BYTES = 5 * 1024 * 1024;

export function parseToml(text: string): ParseResult<Record<string, unknown>> {
  if (text.length > MAX_BYTES) return { ok: false, error: `TOML document larger than ${MAX_BYTES} bytes` };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const toml = require('smol-toml') as typeof import('smol-toml');
  try {
    return { ok: true, value: toml.parse(text) as Record<string, unknown> };
  } catch (e) {
    const err = e as Error & { line?: number };
    return { ok: false, error: err.message.split('\n')[0], line: err.line };
  }
}
