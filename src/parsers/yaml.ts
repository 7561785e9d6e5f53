// The one place that loads the `yaml` package. Limits: documents over MAX_BYTES are refused,
// alias expansion is capped (billion-laughs style documents fail instead of exploding).
import type { ParseResult } from './result';

const MAX_BYTES = 5 * 1024 * 1024;

export function parseYaml(text: string): ParseResult<unknown> {
  if (text.length > MAX_BYTES) return { ok: false, error: `YAML document larger than ${MAX_BYTES} bytes` };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  try {
    const doc = YAML.parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length) return { ok: false, error: doc.errors[0].message, line: lineOf(doc.errors[0]) };
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Parses YAML keeping node positions; used by extractors that need line numbers. */
export function parseYamlDocument(text: string): ParseResult<import('yaml').Document.Parsed> {
  if (text.length > MAX_BYTES) return { ok: false, error: `YAML document larger than ${MAX_BYTES} bytes` };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  try {
    const doc = YAML.parseDocument(text, { uniqueKeys: false, keepSourceTokens: false });
    if (doc.errors.length) return { ok: false, error: doc.errors[0].message, line: lineOf(doc.errors[0]) };
    return { ok: true, value: doc };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

function lineOf(err: { linePos?: [{ line: number; col: number }] | [{ line: number; col: number }, { line: number; col: number }] }): number | undefined {
  return err.linePos?.[0]?.line;
}
