import type { Extractor, ExtractResult } from '../../types';

// gradle.properties: `key=value` pairs that build scripts read as variables ($sentryVersion).
// https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties

export interface PropertiesLinkData {
  kind: 'properties';
  vars: Record<string, string>;
}

export function parseProperties(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m) vars[m[1]] = m[2].trim();
  }
  return vars;
}

export const gradleProperties: Extractor = {
  name: 'android/gradle-properties',
  docs: 'https://docs.gradle.org/current/userguide/build_environment.html',
  fileRequired: (path) => path.endsWith('gradle.properties') && /(^|\/)gradle\.properties$/.test(path),
  extract: (input): ExtractResult => ({
    dependencies: [],
    diagnostics: [],
    linkData: { kind: 'properties', vars: parseProperties(input.text) } satisfies PropertiesLinkData,
  }),
};
