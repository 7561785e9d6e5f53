#!/usr/bin/env node
// Compiles rules/<vendor>/<sdk>.yml into dist/rules.json (one JSON parse at start-up instead of 400 YAML files).
// Fails the build on any invalid rule, so a broken rule never ships.
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadRuleDir } = require(join(root, 'dist/rules/load.js'));
const { loadTaxonomy } = require(join(root, 'dist/rules/taxonomy.js'));
const { loadDisclosureTerms } = require(join(root, 'dist/disclosure/terms-data.js'));

const rulesDir = join(root, 'rules');
const { rules, problems } = loadRuleDir(rulesDir);
if (problems.length) {
  for (const p of problems) console.error(`rules/${p.file}: ${p.message}`);
  console.error(`compile-rules: ${problems.length} problem(s); fix them or run 'node bin/sdkscan.js rules validate rules'`);
  process.exit(1);
}
// The runtime bundle leaves out what scans never read (examples, sources, links): 'rules show' and
// 'rules test' read the YAML files themselves.
const slim = rules.map(({ examples, sources, dataTypesSource, website, ...r }) => ({ ...r, examples: { match: [], noMatch: [] }, sources: [] }));
const bundle = { taxonomy: loadTaxonomy(), terms: loadDisclosureTerms(), rules: slim };
writeFileSync(join(root, 'dist/rules.json'), JSON.stringify(bundle));
console.log(`compile-rules: ${rules.length} rules -> dist/rules.json`);
