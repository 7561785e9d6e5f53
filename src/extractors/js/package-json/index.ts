import type { Dependency } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';

// package.json of React Native, Expo, Capacitor and Cordova apps (and their monorepo workspaces):
//   "dependencies": { "react-native-appsflyer": "^6.15.1" }      shipped
//   "optionalDependencies": { … }                                 shipped when installed
//   "devDependencies": { "jest": "^29.7.0" }                      development only, never judged as shipped
// node_modules is never read. https://docs.npmjs.com/cli/configuring-npm/package-json#dependencies

const SECTIONS: [string, Dependency['usage']][] = [
  ['dependencies', 'release'],
  ['optionalDependencies', 'release'],
  ['devDependencies', 'test'],
];

export function extractPackageJson(input: { path: string; text: string }): ExtractResult {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(input.text);
  } catch (e) {
    return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `package.json is not valid JSON: ${(e as Error).message}`, source: 'js/package-json' }] };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { dependencies: [], diagnostics: [] };
  const lines = input.text.split(/\r?\n/);
  const deps: Dependency[] = [];
  for (const [section, usage] of SECTIONS) {
    const block = doc[section];
    if (!block || typeof block !== 'object' || Array.isArray(block)) continue;
    // the section's line range, so that the same package in two sections gets the right line
    const start = lines.findIndex((l) => l.includes(`"${section}"`));
    for (const [name, version] of Object.entries(block as Record<string, unknown>)) {
      const needle = `${JSON.stringify(name)}`;
      let i = lines.findIndex((l, k) => k > start && l.includes(needle));
      if (i < 0) i = start;
      const dep: Dependency = {
        ecosystem: 'npm',
        name,
        scope: section,
        direct: true,
        location: { file: input.path, line: i + 1 },
        text: lines[i]?.trim() ?? name,
        usage,
      };
      if (typeof version === 'string') dep.version = version;
      deps.push(dep);
    }
  }
  return { dependencies: deps, diagnostics: [] };
}

export const packageJson: Extractor = {
  name: 'js/package-json',
  docs: 'https://docs.npmjs.com/cli/configuring-npm/package-json',
  fileRequired: (path) => path.endsWith('package.json') && /(^|\/)package\.json$/.test(path),
  extract: extractPackageJson,
};
