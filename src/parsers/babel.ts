// The one place that loads `@babel/parser`: JavaScript/TypeScript config files are parsed, never run.
import type { ParseResult } from './result';
import type { File } from '@babel/types';

const MAX_BYTES = 2 * 1024 * 1024;

export function parseJs(text: string, typescript: boolean): ParseResult<File> {
  if (text.length > MAX_BYTES) return { ok: false, error: `script larger than ${MAX_BYTES} bytes` };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const babel = require('@babel/parser') as typeof import('@babel/parser');
  try {
    const ast = babel.parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      plugins: typescript ? ['typescript', 'jsx'] : ['jsx', 'flow'],
    });
    return { ok: true, value: ast as unknown as File };
  } catch (e) {
    const err = e as Error & { loc?: { line: number } };
    return { ok: false, error: err.message, line: err.loc?.line };
  }
}
