import type { Extractor, ExtractResult } from '../../types';
import { parseToml } from '../../../parsers/toml';

// Gradle version catalogs (gradle/libs.versions.toml):
//   mixpanel = { module = "com.mixpanel.android:mixpanel-android", version.ref = "mixpanel" }
//   adjust-android = { group = "com.adjust.sdk", name = "adjust-android", version = "4.38.5" }
//   lottie = "com.airbnb.android:lottie:6.5.2"
//   [bundles] network = ["okhttp", "retrofit"]
// Entries become dependencies when a build script references them (link stage).
// https://docs.gradle.org/current/userguide/version_catalogs.html

export interface CatalogEntry {
  module: string;
  version?: string;
  line: number;
  text: string;
}

export interface CatalogLinkData {
  kind: 'catalog';
  /** accessor name: libs.versions.toml -> libs */
  name: string;
  path: string;
  /** normalized alias (kotlinx.coroutines.android) -> entry */
  libraries: Record<string, CatalogEntry>;
  bundles: Record<string, string[]>;
  plugins: Record<string, CatalogEntry>;
}

/** `kotlinx-coroutines_android` and `kotlinx.coroutines.android` are the same accessor. */
export function normalizeAlias(alias: string): string {
  return alias.replace(/[-_]/g, '.').toLowerCase();
}

export function extractCatalog(input: { path: string; text: string }): ExtractResult {
  const parsed = parseToml(input.text);
  const name = input.path.replace(/^.*\//, '').replace(/\.versions\.toml$/, '');
  if (!parsed.ok) {
    return { dependencies: [], diagnostics: [{ file: input.path, line: parsed.line, severity: 'warning', message: `version catalog is not valid TOML: ${parsed.error}`, source: 'android/version-catalog' }] };
  }
  const lines = input.text.split(/\r?\n/);
  const lineOfKey = (section: string, key: string): number => {
    let inSection = false;
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t.startsWith('[')) inSection = t === `[${section}]`;
      else if (inSection && (t.startsWith(`${key} `) || t.startsWith(`${key}=`) || t.startsWith(`"${key}"`))) return i + 1;
    }
    return 1;
  };
  const doc = parsed.value;
  const versions = (doc.versions ?? {}) as Record<string, unknown>;
  const versionOf = (v: unknown): string | undefined => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.ref === 'string') {
        const r = versions[o.ref];
        return typeof r === 'string' ? r : r && typeof r === 'object' ? versionOf(r) : `ref:${o.ref}`;
      }
      for (const k of ['strictly', 'require', 'prefer']) if (typeof o[k] === 'string') return o[k] as string;
    }
    return undefined;
  };
  const data: CatalogLinkData = { kind: 'catalog', name, path: input.path, libraries: {}, bundles: {}, plugins: {} };
  const diagnostics: ExtractResult['diagnostics'] = [];
  for (const [alias, v] of Object.entries((doc.libraries ?? {}) as Record<string, unknown>)) {
    const line = lineOfKey('libraries', alias);
    let module: string | undefined;
    let version: string | undefined;
    if (typeof v === 'string') {
      const parts = v.split(':');
      module = parts.slice(0, 2).join(':');
      version = parts[2];
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.module === 'string') module = o.module;
      else if (typeof o.group === 'string' && typeof o.name === 'string') module = `${o.group}:${o.name}`;
      version = versionOf(o.version);
    }
    if (!module || !module.includes(':')) {
      diagnostics.push({ file: input.path, line, severity: 'warning', message: `library '${alias}' has no module or group/name`, source: 'android/version-catalog' });
      continue;
    }
    data.libraries[normalizeAlias(alias)] = { module, version, line, text: lines[line - 1]?.trim() ?? '' };
  }
  for (const [b, list] of Object.entries((doc.bundles ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(list)) data.bundles[normalizeAlias(b)] = list.filter((x): x is string => typeof x === 'string').map(normalizeAlias);
  }
  for (const [alias, v] of Object.entries((doc.plugins ?? {}) as Record<string, unknown>)) {
    const line = lineOfKey('plugins', alias);
    const id = typeof v === 'string' ? v.split(':')[0] : v && typeof v === 'object' ? (v as Record<string, unknown>).id : undefined;
    if (typeof id === 'string') data.plugins[normalizeAlias(alias)] = { module: id, version: typeof v === 'object' ? versionOf((v as Record<string, unknown>).version) : undefined, line, text: lines[line - 1]?.trim() ?? '' };
  }
  return { dependencies: [], diagnostics, linkData: data };
}

export const versionCatalog: Extractor = {
  name: 'android/version-catalog',
  docs: 'https://docs.gradle.org/current/userguide/version_catalogs.html',
  fileRequired: (path) => /\.versions\.toml$/.test(path),
  extract: extractCatalog,
};
