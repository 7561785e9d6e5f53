#!/usr/bin/env node
// Bundles the CLI (dist/cli.js and what it imports eagerly) into dist/sdkscan.cjs, so that start-up loads one
// file instead of ~170 modules (measured: ~35 ms against ~150 ms to load). Parsers that only some repos need
// (Babel, YAML, XML, plist, HTML, PDF, TOML, Ajv) stay outside and are still loaded on first use.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: [join(root, 'dist/cli.js')],
  outfile: join(root, 'dist/sdkscan.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['pdfjs-dist', '@babel/parser', 'yaml', 'xml2js', 'plist', 'htmlparser2', 'ajv', 'smol-toml'],
  logLevel: 'warning',
  legalComments: 'none',
});
