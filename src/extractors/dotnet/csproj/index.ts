import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { basename } from '../../types';
import { children, parseXml, type XmlNode } from '../../../parsers/xml';
import { LineMap } from '../../source-text';

// NuGet references of .NET MAUI and Xamarin apps:
//   <PackageReference Include="Xamarin.Firebase.Crashlytics" Version="118.6.4" />          *.csproj, Directory.Build.props
//   <PackageReference Include="Sentry.Maui"><Version>4.12.0</Version></PackageReference>
//   <PackageReference Update="Plugin.Firebase" Version="3.1.1" />                          changes an existing reference
//   <ItemGroup Condition="'$(TargetFramework)' == 'net8.0-android'"> … </ItemGroup>     the condition goes into the scope
//   <PackageVersion Include="Sentry.Maui" Version="4.12.0" />                            Directory.Packages.props (central versions)
//   <package id="Microsoft.AppCenter.Analytics" version="5.0.6" targetFramework="monoandroid12.0" />   packages.config
// $(Property) versions are resolved from this file's PropertyGroups, else kept raw with a skipReason.
// Test projects (IsTestProject, *Tests.csproj), Debug-only conditions and developmentDependency="true" are not shipped.
// ProjectReference, Reference/HintPath and framework references are ignored. https://learn.microsoft.com/nuget/consume-packages/package-references-in-project-files

const ITEMS = ['PackageReference', 'PackageVersion', 'GlobalPackageReference'];
const SOURCE = 'dotnet/csproj';

function textOf(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim();
  if (first && typeof first === 'object' && typeof (first as XmlNode)._ === 'string') return (first as XmlNode)._!.trim();
  return undefined;
}

/** Offsets of `<Tag … Include="Name"` (or id= for packages.config), comments blanked, keyed by tag and name. */
function positions(text: string): Map<string, number[]> {
  const clean = text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  const out = new Map<string, number[]>();
  for (const m of clean.matchAll(/<([\w.:-]+)\b[^>]*?\b(Include|Update|id)\s*=\s*(["'])(.*?)\3/g)) {
    const key = `${m[1]}\u0000${m[4].toLowerCase()}`;
    const attr = m.index! + m[0].lastIndexOf(m[2]);
    out.set(key, [...(out.get(key) ?? []), attr]);
  }
  return out;
}

export function extractCsproj(input: { path: string; text: string }): ExtractResult {
  const diag = (message: string, line?: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ file: input.path, line, severity, message, source: SOURCE });
  const parsed = parseXml(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [diag(`${basename(input.path)} could not be parsed: ${parsed.error}`, parsed.line)] };
  const lines = new LineMap(input.text);
  const pos = positions(input.text);
  const used = new Map<string, number>();
  const locate = (tag: string, name: string) => {
    const key = `${tag}\u0000${name.toLowerCase()}`;
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    const list = pos.get(key);
    const offset = list?.[k] ?? list?.[0];
    return offset === undefined ? 1 : lines.lineOf(offset);
  };
  const deps: Dependency[] = [];

  if (/(^|\/)packages\.config$/.test(input.path)) {
    const root = parsed.value.packages;
    if (!root) return { dependencies: [], diagnostics: [diag('packages.config has no <packages> root element', undefined, 'note')] };
    for (const p of children(root, 'package')) {
      const id = p.$?.id;
      if (!id) continue;
      const line = locate('package', id);
      const dev = p.$?.developmentDependency === 'true';
      const dep: Dependency = { ecosystem: 'nuget', name: id, scope: dev ? 'packages.config (developmentDependency)' : 'packages.config', direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: dev ? 'test' : 'release' };
      if (p.$?.version) dep.version = p.$.version;
      deps.push(dep);
    }
    return { dependencies: deps, diagnostics: [] };
  }

  const project = parsed.value.Project;
  if (!project) return { dependencies: [], diagnostics: [diag('no <Project> root element', undefined, 'note')] };

  // unconditional properties, for $(Name) in versions
  const props = new Map<string, string>();
  for (const group of children(project, 'PropertyGroup')) {
    if (group.$?.Condition) continue;
    for (const [k, v] of Object.entries(group)) {
      if (k === '$' || k === '_' || !Array.isArray(v)) continue;
      for (const el of v) {
        const t = el && typeof el === 'object' && (el as XmlNode).$?.Condition ? undefined : textOf(el);
        if (t !== undefined) props.set(k.toLowerCase(), t);
      }
    }
  }
  const testProject = props.get('istestproject') === 'true' || /(^|[/.])(Unit|UI|Integration)?Tests?\.csproj$/.test(input.path);

  const found: { tag: string; node: XmlNode; conditions: string[] }[] = [];
  const walk = (node: XmlNode, conditions: string[], depth: number) => {
    if (depth > 20) return;
    for (const [tag, value] of Object.entries(node)) {
      if (tag === '$' || tag === '_' || !Array.isArray(value)) continue;
      for (const child of value) {
        if (!child || typeof child !== 'object') continue;
        const c = child as XmlNode;
        const cond = c.$?.Condition?.replace(/\s+/g, ' ').trim();
        const conds = cond ? [...conditions, cond] : conditions;
        if (ITEMS.includes(tag)) found.push({ tag, node: c, conditions: conds });
        else if (tag !== 'PropertyGroup') walk(c, tag === 'Otherwise' ? [...conds, 'otherwise'] : conds, depth + 1);
      }
    }
  };
  walk(project, [], 0);

  for (const { tag, node, conditions } of found) {
    const update = !node.$?.Include && !!node.$?.Update;
    const name = node.$?.Include ?? node.$?.Update;
    if (!name) continue;
    const line = locate(tag, name);
    const scope = `${tag}${update ? ' Update' : ''}${conditions.length ? ` if ${conditions.join(' and ')}` : ''}`;
    const debugOnly = conditions.some((c) => /\$\(Configuration\)'?\s*==\s*'Debug'/i.test(c));
    const dep: Dependency = {
      ecosystem: 'nuget',
      name,
      scope,
      direct: true,
      location: { file: input.path, line },
      text: lines.lineText(line),
      usage: testProject ? 'test' : debugOnly ? 'debug' : 'release',
    };
    const raw = node.$?.Version ?? node.$?.VersionOverride ?? textOf(node.Version) ?? textOf(node.VersionOverride);
    if (raw) {
      const unresolved: string[] = [];
      const version = raw.replace(/\$\(([\w.]+)\)/g, (whole, p: string) => {
        const v = props.get(p.toLowerCase());
        if (v === undefined || /\$\(/.test(v)) {
          unresolved.push(whole);
          return whole;
        }
        return v;
      });
      dep.version = version;
      if (unresolved.length) dep.skipReason = `unresolved property ${unresolved.map((u) => `'${u}'`).join(', ')}`;
    }
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics: [] };
}

export const csproj: Extractor = {
  name: 'dotnet/csproj',
  docs: 'https://learn.microsoft.com/nuget/consume-packages/package-references-in-project-files',
  fileRequired: (path) => /\.(csproj|props|targets|config)$/.test(path) && /(^|\/)([^/]+\.csproj|Directory\.Packages\.props|Directory\.Build\.(props|targets)|packages\.config)$/.test(path),
  extract: extractCsproj,
};
