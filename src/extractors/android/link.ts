import type { Dependency, Diagnostic } from '../../types';
import { dirOf } from '../types';
import type { GradleLinkData, GradleRef } from './gradle/extract';
import { interpolate, parseCoordinate } from './gradle/extract';
import type { PropertiesLinkData } from './gradle-properties/index';
import { normalizeAlias, type CatalogLinkData } from './version-catalog/index';
import { usageOfScope } from '../usage';

// Cross-file joins for Gradle builds:
//  - `$sentryVersion` defined in the root build.gradle `ext { }` or in gradle.properties;
//  - `libs.foo.bar` / `libs.bundles.x` / `alias(libs.plugins.x)` resolved against gradle/libs.versions.toml,
//    with the build script line as the evidence (and the catalog line as a second piece of evidence).

export interface LinkFile {
  path: string;
  data: unknown;
  dependencies: Dependency[];
}


function isAncestor(dir: string, path: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

export function linkAndroid(files: LinkFile[]): { dependencies: Dependency[]; diagnostics: Diagnostic[] } {
  const out: Dependency[] = [];
  const diagnostics: Diagnostic[] = [];
  // variables visible from a directory: gradle.properties and root/settings scripts of that directory
  const scopeVars: { dir: string; vars: Record<string, string> }[] = [];
  const catalogs: { root: string; data: CatalogLinkData }[] = [];
  const extraCatalogNames: { dir: string; name: string; file: string }[] = [];
  const scripts: { path: string; data: GradleLinkData }[] = [];
  for (const f of files) {
    const d = f.data as { kind?: string } | undefined;
    if (!d) continue;
    if (d.kind === 'properties') scopeVars.push({ dir: dirOf(f.path), vars: (d as PropertiesLinkData).vars });
    else if (d.kind === 'catalog') {
      const c = d as CatalogLinkData;
      const dir = dirOf(f.path);
      catalogs.push({ root: dir.endsWith('gradle') ? dirOf(dir) : dir, data: c });
    } else if (d.kind === 'gradle') {
      const g = d as GradleLinkData;
      scripts.push({ path: f.path, data: g });
      if (/(^|\/)build\.gradle(\.kts)?$/.test(f.path) || /(^|\/)settings\.gradle(\.kts)?$/.test(f.path)) {
        scopeVars.push({ dir: dirOf(f.path), vars: g.vars });
      }
      for (const [name, file] of Object.entries(g.catalogs ?? {})) extraCatalogNames.push({ dir: dirOf(f.path), name, file });
    }
  }
  // nearest directory first
  scopeVars.sort((a, b) => b.dir.length - a.dir.length);
  const varsFor = (path: string, own: Record<string, string>): Record<string, string> => {
    const merged: Record<string, string> = {};
    for (const s of [...scopeVars].reverse()) if (isAncestor(s.dir, path)) Object.assign(merged, s.vars);
    return Object.assign(merged, own);
  };

  // 1. versions that needed another file's variables
  for (const f of files) {
    const g = f.data as GradleLinkData | undefined;
    if (g?.kind !== 'gradle') continue;
    for (const dep of f.dependencies) {
      if (!dep.skipReason?.startsWith('unresolved variable') || dep.version === undefined) continue;
      const { value, unresolved } = interpolate(dep.version, varsFor(f.path, g.vars));
      dep.version = value;
      if (unresolved.length === 0) delete dep.skipReason;
      else dep.skipReason = `unresolved variable ${unresolved.map((u) => `'${u}'`).join(', ')}`;
    }
  }

  // 2. catalog and variable references
  const catalogFor = (path: string, name: string): CatalogLinkData | undefined => {
    let best: { root: string; data: CatalogLinkData } | undefined;
    const declared = extraCatalogNames.find((c) => c.name === name && isAncestor(c.dir, path));
    for (const c of catalogs) {
      const nameOk = declared ? c.data.path.endsWith(declared.file.replace(/^(\.\.\/|\.\/)+/, '')) : c.data.name === name;
      if (nameOk && isAncestor(c.root, path) && (!best || c.root.length > best.root.length)) best = c;
    }
    return best?.data;
  };
  const referenced = new Set<string>();
  const emit = (script: string, ref: GradleRef, module: string, version: string | undefined, catalog?: { path: string; line: number; text: string }) => {
    const isPlugin = ref.plugin;
    const dep: Dependency = {
      ecosystem: isPlugin ? 'gradle-plugin' : 'maven',
      name: module,
      scope: ref.platform ? `${ref.scope} (platform)` : ref.scope,
      direct: true,
      location: { file: script, line: ref.line },
      text: ref.text,
      usage: usageOfScope(ref.scope),
    };
    if (version !== undefined) dep.version = version;
    out.push(dep);
    if (catalog) {
      referenced.add(`${catalog.path}\u0000${catalog.line}`);
      out.push({ ...dep, location: { file: catalog.path, line: catalog.line }, text: catalog.text, scope: dep.scope });
    }
  };
  for (const { path, data } of scripts) {
    for (const ref of data.refs) {
      const [root, ...restParts] = ref.expr.split('.');
      const rest = restParts.join('.');
      const catalog = catalogFor(path, root);
      if (catalog) {
        const key = normalizeAlias(rest);
        if (key.startsWith('versions.')) continue;
        if (ref.plugin || key.startsWith('plugins.')) {
          const p = catalog.plugins[key.replace(/^plugins\./, '')];
          if (p) emit(path, { ...ref, plugin: true }, p.module, p.version, { path: catalog.path, line: p.line, text: p.text });
          else diagnostics.push({ file: path, line: ref.line, severity: 'warning', message: `plugin alias '${ref.expr}' is not in ${catalog.path}`, source: 'android/link' });
          continue;
        }
        if (key.startsWith('bundles.')) {
          const bundle = catalog.bundles[key.slice('bundles.'.length)];
          if (!bundle) {
            diagnostics.push({ file: path, line: ref.line, severity: 'warning', message: `bundle '${ref.expr}' is not in ${catalog.path}`, source: 'android/link' });
            continue;
          }
          for (const alias of bundle) {
            const lib = catalog.libraries[alias];
            if (lib) emit(path, ref, lib.module, lib.version, { path: catalog.path, line: lib.line, text: lib.text });
          }
          continue;
        }
        const lib = catalog.libraries[key];
        if (lib) emit(path, ref, lib.module, lib.version, { path: catalog.path, line: lib.line, text: lib.text });
        else diagnostics.push({ file: path, line: ref.line, severity: 'warning', message: `library alias '${ref.expr}' is not in ${catalog.path}`, source: 'android/link' });
        continue;
      }
      // a Groovy/Kotlin variable holding a coordinate: implementation deps.okhttp
      const vars = varsFor(path, data.vars);
      const value = vars[ref.expr] ?? vars[ref.expr.replace(/^(rootProject\.|project\.)?(ext\.)?/, '')];
      if (value !== undefined) {
        const { value: resolved } = interpolate(value, vars);
        const c = parseCoordinate(resolved);
        if (c) emit(path, ref, `${c.group}:${c.artifact}`, c.version);
      } else if (root === 'libs') {
        diagnostics.push({ file: path, line: ref.line, severity: 'warning', message: `'${ref.expr}' refers to a version catalog that was not found (expected gradle/libs.versions.toml)`, source: 'android/link' });
      }
    }
  }

  // 3. catalog entries that no script references are kept, marked, never dropped silently
  for (const { data } of catalogs) {
    for (const lib of Object.values(data.libraries)) {
      if (referenced.has(`${data.path}\u0000${lib.line}`)) continue;
      out.push({
        ecosystem: 'maven',
        name: lib.module,
        version: lib.version,
        scope: 'catalog',
        direct: true,
        location: { file: data.path, line: lib.line },
        text: lib.text,
        usage: 'release',
        skipReason: 'declared in the version catalog; no build script that sdkscan read references it',
      });
    }
  }
  return { dependencies: out, diagnostics };
}
