import type { Dependency } from '../../../types';
import type { Extractor } from '../../types';
import type * as t from '@babel/types';
import { parseJs } from '../../../parsers/babel';
import { firstPerName, importDependency } from '../import-deps';

// JavaScript / TypeScript imports, parsed with @babel/parser (never run):
//   import appsFlyer from 'react-native-appsflyer'  |  export * from '@sentry/react-native'
//   const x = require('@amplitude/analytics-react-native')  |  await import('react-native-purchases')
// The package is the specifier's root ('@scope/name' or 'name'); relative and absolute paths are the app's own.

export function packageOfSpecifier(spec: string): string | undefined {
  if (!spec || spec.startsWith('.') || spec.startsWith('/') || spec.includes(':')) return undefined;
  const parts = spec.split('/');
  return spec.startsWith('@') ? (parts.length >= 2 ? parts.slice(0, 2).join('/') : undefined) : parts[0];
}

export const jsImports: Extractor = {
  name: 'source/js-imports',
  docs: 'https://babeljs.io/docs/babel-parser',
  fileRequired: (path) => /\.(js|jsx|ts|tsx|mjs|cjs)$/.test(path) && !/\.(min|bundle)\.js$|\.d\.ts$/.test(path) && !/(^|\/)(dist|vendor|coverage|\.expo|web-build)\//.test(path),
  extract: ({ path, text }) => {
    if (!/\bimport\b|\brequire\s*\(|\bexport\b/.test(text)) return { dependencies: [], diagnostics: [] };
    const parsed = parseJs(text, /\.tsx?$/.test(path));
    if (!parsed.ok) return { dependencies: [], diagnostics: [{ file: path, line: parsed.line, severity: 'note', message: `imports not read: ${parsed.error}`, source: 'source/js-imports' }] };
    const lines = text.split('\n');
    const deps: Dependency[] = [];
    const add = (spec: string, node: t.Node) => {
      const pkg = packageOfSpecifier(spec);
      const line = node.loc?.start.line ?? 1;
      if (pkg) deps.push(importDependency(path, pkg, line, lines[line - 1] ?? ''));
    };
    const visit = (node: t.Node | null | undefined): void => {
      if (!node || typeof node !== 'object') return;
      if ((node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node.source) add(node.source.value, node);
      if (node.type === 'CallExpression' && node.arguments.length === 1 && node.arguments[0].type === 'StringLiteral') {
        const callee = node.callee;
        if ((callee.type === 'Identifier' && callee.name === 'require') || callee.type === 'Import') add(node.arguments[0].value, node);
      }
      for (const [k, v] of Object.entries(node)) {
        if (k === 'loc' || k === 'leadingComments' || k === 'trailingComments' || k === 'extra') continue;
        if (Array.isArray(v)) for (const c of v) visit(c as t.Node);
        else if (v && typeof v === 'object' && typeof (v as t.Node).type === 'string') visit(v as t.Node);
      }
    };
    visit(parsed.value.program);
    return { dependencies: firstPerName(deps), diagnostics: [] };
  },
};
