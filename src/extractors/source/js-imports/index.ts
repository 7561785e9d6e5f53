import type { Dependency } from '../../../types';
import type { Extractor } from '../../types';
import { LineMap, stripComments } from '../../source-text';
import { firstPerName, importDependency } from '../import-deps';

// JavaScript / TypeScript imports, read lexically (comments blanked, strings and template literals kept):
//   import appsFlyer from 'react-native-appsflyer'  |  export * from '@sentry/react-native'
//   const x = require('@amplitude/analytics-react-native')  |  await import('react-native-purchases')
// The package is the specifier's root ('@scope/name' or 'name'); relative and absolute paths are the app's own.
// Why not @babel/parser here: on real React Native repos (mattermost-mobile, rainbow: 2-3k source files) a full
// parse per file took 10-15 s and failed on decorators and other syntax needing plugins; the lexical scan reads
// the same imports in a fraction of that. Config files (app.config.ts), where structure matters, use the parser.

const JS_SYNTAX = { line: ['//'], block: ['/*', '*/'] as [string, string], quotes: ['`', '"', "'"] };
const SPECIFIER = /\b(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?(['"])([^'"\n]+)\1|\b(?:require|import)\s*\(\s*(['"])([^'"\n]+)\3\s*\)/g;

export function packageOfSpecifier(spec: string): string | undefined {
  if (!spec || spec.startsWith('.') || spec.startsWith('/') || spec.includes(':')) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? (parts.length >= 2 ? parts.slice(0, 2).join('/') : undefined) : parts[0];
}

export const jsImports: Extractor = {
  name: 'source/js-imports',
  docs: 'https://babeljs.io/docs/babel-parser',
  fileRequired: (path) => /\.(js|jsx|ts|tsx|mjs|cjs)$/.test(path) && !/\.(min|bundle)\.js$|\.d\.ts$/.test(path) && !/(^|\/)(dist|vendor|coverage|\.expo|web-build)\//.test(path) && !/(^|\/)[\w-]+\.config\.[cm]?[jt]s$/.test(path), // tooling configs (capacitor, metro, babel, jest)
  extract: ({ path, text }) => {
    if (!/\bimport\b|\brequire\s*\(|\bexport\b/.test(text)) return { dependencies: [], diagnostics: [] };
    const code = stripComments(text, JS_SYNTAX);
    const lines = new LineMap(text);
    const deps: Dependency[] = [];
    for (const m of code.matchAll(SPECIFIER)) {
      const pkg = packageOfSpecifier(m[2] ?? m[4]);
      if (!pkg) continue;
      const line = lines.lineOf(m.index!);
      deps.push(importDependency(path, pkg, line, lines.lineText(line)));
    }
    return { dependencies: firstPerName(deps), diagnostics: [] };
  },
};
