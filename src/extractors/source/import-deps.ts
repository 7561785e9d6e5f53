import type { Dependency } from '../../types';

// Shared by the source-import extractors: an import line becomes supporting evidence (ecosystem
// 'source-import'); it catches SDKs vendored as plain source or binaries without a manifest entry.

const TEST_PATH = /(^|\/)(test|tests|androidTest|testDebug|__tests__|__mocks__|spec|[A-Za-z]+Tests|[A-Za-z]+UITests)\//;

export function importDependency(path: string, name: string, line: number, text: string): Dependency {
  return { ecosystem: 'source-import', name, scope: 'import', direct: true, location: { file: path, line }, text: text.trim(), usage: TEST_PATH.test(path) ? 'test' : 'release' };
}

/** One dependency per imported name and file: the first line that imports it. */
export function firstPerName(deps: Dependency[]): Dependency[] {
  const seen = new Set<string>();
  return deps.filter((d) => (seen.has(d.name) ? false : (seen.add(d.name), true)));
}
