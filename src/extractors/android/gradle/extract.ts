import type { Dependency, Diagnostic } from '../../../types';
import type { ExtractInput, ExtractResult } from '../../types';
import { C_LIKE, LineMap, stripComments } from '../../source-text';
import { usageOfScope } from '../../usage';

// Gradle build scripts (Groovy `build.gradle`, Kotlin DSL `build.gradle.kts`, settings scripts and
// buildSrc / convention-plugin sources), tokenized and never run. Docs:
// https://docs.gradle.org/current/userguide/declaring_dependencies.html

/** What the link stage needs from a script: its variables and the references it could not resolve alone. */
export interface GradleLinkData {
  kind: 'gradle';
  /** variables defined in this script: ext { x = '1' }, ext.x = '1', def/val x = '1', extra["x"] = '1' */
  vars: Record<string, string>;
  /** `libs.foo.bar` / `libs.bundles.x` / `deps.okhttp` references, resolved by the link stage */
  refs: GradleRef[];
  /** version catalogs declared in a settings script: name -> file */
  catalogs?: Record<string, string>;
  /** modules included by a settings script */
  includes?: string[];
  isRoot: boolean;
}

export interface GradleRef {
  /** 'libs.mixpanel', 'libs.bundles.network', 'libs.plugins.kotlin.android', 'deps.okhttp' */
  expr: string;
  scope: string;
  line: number;
  text: string;
  platform: boolean;
  plugin: boolean;
}

const CONFIG_EXACT = new Set([
  'implementation', 'api', 'compile', 'compileOnly', 'runtimeOnly', 'runtime', 'kapt', 'ksp', 'annotationProcessor',
  'classpath', 'lintChecks', 'lintPublish', 'coreLibraryDesugaring', 'wearApp', 'testImplementation', 'androidTestImplementation',
  'debugImplementation', 'releaseImplementation', 'compileOnlyApi', 'developmentOnly', 'testFixturesImplementation', 'testFixturesApi',
]);
// flavor / build type / source-set configurations: gmsImplementation, releaseApi, androidMainImplementation...
const CONFIG_SUFFIX = /^[a-z][A-Za-z0-9]*(Implementation|Api|CompileOnly|RuntimeOnly|Compile|Kapt|Ksp|AnnotationProcessor)$/;

export function isConfiguration(name: string): boolean {
  return CONFIG_EXACT.has(name) || CONFIG_SUFFIX.test(name);
}

// group:artifact[:version][:classifier][@ext]
const COORD = /^([A-Za-z0-9_.-]+):([A-Za-z0-9_.${}-]+)(?::([^:@\s]+))?(?::([^:@\s]+))?(?:@([a-z]+))?$/;

export function parseCoordinate(s: string): { group: string; artifact: string; version?: string; ext?: string } | undefined {
  const m = COORD.exec(s.trim());
  if (!m) return undefined;
  return { group: m[1], artifact: m[2], version: m[3], ext: m[5] };
}

/** Expands `$x`, `${x}`, `${rootProject.ext.x}`, `${versions.x}` from vars; unresolved references stay as written. */
export function interpolate(s: string, vars: Record<string, string>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = s.replace(/\$\{\s*([A-Za-z_][\w.]*(?:\[["'][\w.-]+["']\])?)\s*\}|\$([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g, (whole, a: string | undefined, b: string | undefined) => {
    const key = normalizeVarRef(a ?? b ?? '');
    const hit = lookupVar(key, vars);
    if (hit !== undefined) return hit;
    unresolved.push(key);
    return whole;
  });
  return { value, unresolved };
}

/** rootProject.ext.x, project.ext.x, ext.x, rootProject.extra["x"], extra["x"] -> x (keeps map paths: versions.x) */
export function normalizeVarRef(ref: string): string {
  let r = ref.trim();
  r = r.replace(/\[["']([\w.-]+)["']\]/g, '.$1');
  r = r.replace(/^(rootProject\.|project\.)/, '');
  r = r.replace(/^(ext\.|extra\.|properties\.)/, '');
  return r;
}

export function lookupVar(key: string, vars: Record<string, string>): string | undefined {
  return Object.prototype.hasOwnProperty.call(vars, key) ? vars[key] : undefined;
}

// a quoted literal; Kotlin templates may hold quotes: "…${extra["x"]}"
const STRING = String.raw`(?:'([^'\n]*)'|"((?:\$\{[^}\n]*\}|[^"\n])*)")`;

export function extractGradle(input: ExtractInput): ExtractResult {
  const diagnostics: Diagnostic[] = [];
  const deps: Dependency[] = [];
  const text = input.text;
  const code = stripComments(text, C_LIKE);
  const lines = new LineMap(text);
  const isSettings = /(^|\/)settings\.gradle(\.kts)?$/.test(input.path);
  const isBuildSrc = /(^|\/)(buildSrc|build-logic)\//.test(input.path);
  const vars = collectVars(code);
  const refs: GradleRef[] = [];
  const data: GradleLinkData = { kind: 'gradle', vars, refs, isRoot: !input.path.includes('/') || isSettings };

  // Kotlin Multiplatform source sets: commonMain { dependencies { … } }, val iosMain by getting { … },
  // getByName("androidMain") { … }; a dependency inside one is scoped 'iosMain:implementation'
  const sourceSets = blockSpans(code, /\b(?:val\s+)?([a-z]\w*(?:Main|Test))\b(?:\s+by\s+getting)?(?:\s*\.\s*dependencies)?\s*\{|\b(?:getByName|named)\s*\(\s*"([a-z]\w*(?:Main|Test))"\s*\)\s*\{/g);
  const sourceSetAt = (offset: number) => {
    let best: { name: string; start: number } | undefined;
    for (const sp of sourceSets) if (offset > sp.start && offset < sp.end && (!best || sp.start > best.start)) best = sp;
    return best?.name;
  };
  const push = (d: Omit<Dependency, 'location' | 'text' | 'direct' | 'usage'> & { offset: number }) => {
    const line = lines.lineOf(d.offset);
    const { offset, ...rest } = d;
    const set = sourceSetAt(offset);
    if (set && rest.scope && rest.scope !== 'plugin') rest.scope = `${set}:${rest.scope}`;
    deps.push({ ...rest, direct: true, location: { file: input.path, line }, text: lines.lineText(line), usage: usageOfScope(set?.endsWith('Test') ? 'test' : rest.scope) });
  };

  const addCoordinate = (raw: string, scope: string, offset: number, platform: boolean) => {
    const { value, unresolved } = interpolate(raw, vars);
    const c = parseCoordinate(value);
    if (!c) return false;
    // 'com.foo:bar:1.0@aar' is still a Maven dependency: the @ext only picks the artifact type
    const dep: Omit<Dependency, 'location' | 'text' | 'direct' | 'usage'> & { offset: number } = {
      ecosystem: 'maven',
      name: `${c.group}:${c.artifact}`,
      scope: platform ? `${scope} (platform)` : scope,
      offset,
    };
    if (c.version !== undefined) dep.version = c.version;
    if (unresolved.length) dep.skipReason = `unresolved variable ${unresolved.map((u) => `'${u}'`).join(', ')}`;
    push(dep);
    return true;
  };

  // 1. string notation:  implementation 'g:a:v' | implementation("g:a:$v") | implementation platform("g:bom:v")
  const stringNotation = new RegExp(String.raw`\b([a-z][A-Za-z0-9]*)\s*\(?\s*(?:(platform|enforcedPlatform|testFixtures)\s*\(\s*)?${STRING}`, 'g');
  for (const m of code.matchAll(stringNotation)) {
    const config = m[1];
    if (!isConfiguration(config)) continue;
    const literal = m[3] ?? m[4] ?? '';
    if (!literal.includes(':')) continue;
    addCoordinate(literal, config, m.index!, m[2] === 'platform' || m[2] === 'enforcedPlatform');
  }

  // 2. map notation:  implementation group: 'com.zendesk', name: 'support', version: '5.1.2'  (Groovy)
  //                   implementation(group = "com.zendesk", name = "support", version = "5.1.2")  (Kotlin)
  const mapNotation = new RegExp(
    String.raw`\b([a-z][A-Za-z0-9]*)\s*\(?\s*group\s*[:=]\s*${STRING}\s*,\s*name\s*[:=]\s*${STRING}(?:\s*,\s*version\s*[:=]\s*${STRING})?`,
    'g',
  );
  for (const m of code.matchAll(mapNotation)) {
    if (!isConfiguration(m[1])) continue;
    const group = m[2] ?? m[3];
    const name = m[4] ?? m[5];
    const version = m[6] ?? m[7];
    addCoordinate(version !== undefined ? `${group}:${name}:${version}` : `${group}:${name}`, m[1], m.index!, false);
  }

  // 3. local binaries:  implementation files('libs/x.aar')  |  implementation(name: 'x', ext: 'aar')  |  fileTree(dir: 'libs', include: ['*.aar'])
  const filesCall = /\b([a-z][A-Za-z0-9]*)\s*\(?\s*files\s*\(([^)]*)\)/g;
  for (const m of code.matchAll(filesCall)) {
    if (!isConfiguration(m[1])) continue;
    for (const s of m[2].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
      const p = s[1] ?? s[2];
      if (/\.(aar|jar)$/i.test(p)) push({ ecosystem: 'vendored-binary', name: p.replace(/^.*\//, ''), scope: m[1], offset: m.index! });
    }
  }
  const nameExt = new RegExp(String.raw`\b([a-z][A-Za-z0-9]*)\s*\(?\s*name\s*[:=]\s*${STRING}\s*,\s*ext\s*[:=]\s*${STRING}`, 'g');
  for (const m of code.matchAll(nameExt)) {
    if (!isConfiguration(m[1])) continue;
    const ext = m[4] ?? m[5];
    push({ ecosystem: 'vendored-binary', name: `${m[2] ?? m[3]}.${ext}`, scope: m[1], offset: m.index! });
  }

  // 4. references resolved later:  implementation(libs.mixpanel) | implementation libs.bundles.x | implementation deps.okhttp
  const refCall = /\b([a-z][A-Za-z0-9]*)\s*(\(\s*)?(?:(platform|enforcedPlatform)\s*\(\s*)?([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)(?:\.get\(\))?/g;
  for (const m of code.matchAll(refCall)) {
    if (!isConfiguration(m[1])) continue;
    const expr = m[4];
    if (/^(project|files|fileTree|rootProject|kotlin|gradleApi)\b/.test(expr)) continue;
    const line = lines.lineOf(m.index!);
    refs.push({ expr, scope: m[1], line, text: lines.lineText(line), platform: !!m[3], plugin: false });
  }

  // 5. plugins:  id 'com.google.gms.google-services' | id("io.sentry.android.gradle") version "4.0.0" | apply plugin: 'x' | alias(libs.plugins.x)
  const pluginPatterns: RegExp[] = [
    new RegExp(String.raw`\bid\s*\(?\s*${STRING}`, 'g'),
    new RegExp(String.raw`\bapply\s+plugin\s*:\s*${STRING}`, 'g'),
    new RegExp(String.raw`\bapply\s*\(\s*plugin\s*=\s*${STRING}`, 'g'),
  ];
  pluginPatterns.forEach((re, i) => {
    for (const m of code.matchAll(re)) {
      const id = m[1] ?? m[2] ?? '';
      // `id 'x'` needs a dotted id (an `id` may be something else); `apply plugin:` also takes legacy ones ('realm-android')
      if (!/^[A-Za-z0-9_.-]+$/.test(id) || (i === 0 && !id.includes('.'))) continue;
      push({ ecosystem: 'gradle-plugin', name: id, scope: 'plugin', offset: m.index! });
    }
  });
  for (const m of code.matchAll(/\balias\s*\(\s*([A-Za-z_]\w*\.plugins(?:\.[A-Za-z_]\w*)+)\s*\)/g)) {
    const line = lines.lineOf(m.index!);
    refs.push({ expr: m[1], scope: 'plugin', line, text: lines.lineText(line), platform: false, plugin: true });
  }

  // Kotlin Multiplatform CocoaPods: cocoapods { pod("FirebaseAnalytics") { version = "10.0" } } | pod("Sentry", version = "8.36.0")
  for (const block of blockSpans(code, /\bcocoapods\s*\{/g)) {
    const body = code.slice(block.start, block.end);
    for (const m of body.matchAll(/\bpod\s*\(\s*"([^"]+)"(?:\s*,\s*version\s*=\s*"([^"]+)")?[^)]*\)(?:\s*\{[^}]*?\bversion\s*=\s*"([^"]+)")?/g)) {
      const dep: Omit<Dependency, 'location' | 'text' | 'direct' | 'usage'> & { offset: number } = { ecosystem: 'cocoapods', name: m[1], scope: 'kotlin cocoapods', offset: block.start + m.index! };
      const version = m[2] ?? m[3];
      if (version) dep.version = version;
      push(dep);
    }
  }

  // 6. buildSrc / convention plugins often hold coordinates as constants: const val okhttp = "g:a:v"
  if (isBuildSrc && /\.(kt|java|groovy)$/.test(input.path)) {
    const seen = new Set(deps.map((d) => `${d.location.line}:${d.name}`));
    for (const m of code.matchAll(new RegExp(STRING, 'g'))) {
      const lit = m[1] ?? m[2] ?? '';
      const c = parseCoordinate(interpolate(lit, vars).value);
      if (!c || !c.group.includes('.') || c.version === undefined) continue;
      const line = lines.lineOf(m.index!);
      if (seen.has(`${line}:${c.group}:${c.artifact}`)) continue;
      addCoordinate(lit, 'buildSrc', m.index!, false);
    }
  }

  // settings: included modules and extra version catalogs
  if (isSettings) {
    data.includes = [];
    for (const m of code.matchAll(/\binclude\s*\(?((?:\s*,?\s*(?:'[^'\n]*'|"[^"\n]*"))+)/g)) {
      for (const s of m[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) data.includes.push((s[1] ?? s[2]).replace(/^:/, '').replace(/:/g, '/'));
    }
    const catalogs: Record<string, string> = {};
    for (const m of code.matchAll(/\bcreate\s*\(\s*["'](\w+)["']\s*\)\s*\{[^}]*?from\s*\(\s*files\s*\(\s*["']([^"']+)["']/g)) catalogs[m[1]] = m[2];
    for (const m of code.matchAll(/\b(\w+)\s*\{\s*from\s*\(?\s*files\s*\(\s*["']([^"']+)["']/g)) if (m[1] !== 'create') catalogs[m[1]] = m[2];
    if (Object.keys(catalogs).length) data.catalogs = catalogs;
  }

  if (unbalanced(code)) {
    diagnostics.push({ file: input.path, severity: 'warning', message: 'unbalanced braces: the script may be truncated or malformed; what could be read is reported', source: 'android/gradle' });
  }
  return { dependencies: deps, diagnostics, linkData: data };
}

/** Variables: ext { x = '1' } | ext.x = '1' | def x = '1' | val x = "1" | extra["x"] = "1" | set("x", "1") | versions = [a: '1'] */
export function collectVars(code: string): Record<string, string> {
  const vars: Record<string, string> = {};
  const assign = new RegExp(String.raw`(?:^|[\s;{(])(?:(?:def|val|var|const\s+val|String)\s+)?((?:rootProject\.|project\.)?(?:ext(?:ra)?\.)?[A-Za-z_]\w*)\s*(?::\s*String\s*)?=\s*${STRING}`, 'gm');
  for (const m of code.matchAll(assign)) vars[normalizeVarRef(m[1])] = m[2] ?? m[3] ?? '';
  for (const m of code.matchAll(new RegExp(String.raw`\b(?:extra|ext)\s*\[\s*${STRING}\s*\]\s*=\s*${STRING}`, 'g'))) vars[m[1] ?? m[2]] = m[3] ?? m[4] ?? '';
  for (const m of code.matchAll(new RegExp(String.raw`\bset\s*\(\s*${STRING}\s*,\s*${STRING}\s*\)`, 'g'))) vars[m[1] ?? m[2]] = m[3] ?? m[4] ?? '';
  for (const m of code.matchAll(new RegExp(String.raw`\bval\s+(\w+)\s+by\s+extra\s*\(\s*${STRING}\s*\)`, 'g'))) vars[m[1]] = m[2] ?? m[3] ?? '';
  // Groovy maps: versions = [kotlin: '1.9.0', okhttp: "4.12.0"]   (also ext.deps = [...])
  for (const m of code.matchAll(/(?:ext\.)?([A-Za-z_]\w*)\s*=\s*\[([^\]]*)\]/g)) {
    for (const e of m[2].matchAll(/([A-Za-z_]\w*)\s*:\s*(?:'([^'\n]*)'|"([^"\n]*)")/g)) vars[`${m[1]}.${e[1]}`] = e[2] ?? e[3] ?? '';
  }
  // resolve variables that refer to other variables (one level is the common case)
  for (const [k, v] of Object.entries(vars)) if (v.includes('$')) vars[k] = interpolate(v, vars).value;
  return vars;
}

/** Spans from each opener match to its closing brace: [start of match, offset of the matching '}']. */
function blockSpans(code: string, opener: RegExp): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  for (const m of code.matchAll(opener)) {
    const open = m.index! + m[0].length - 1;
    let depth = 0;
    let end = code.length;
    for (let i = open; i < code.length; i++) {
      const c = code[i];
      if (c === '"' || c === "'") {
        const q = c;
        for (i++; i < code.length && code[i] !== q && code[i] !== '\n'; i++) if (code[i] === '\\') i++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        end = i;
        break;
      }
    }
    out.push({ name: m[1] ?? m[2] ?? '', start: m.index!, end });
  }
  return out;
}

function unbalanced(code: string): boolean {
  let depth = 0;
  const stripped = code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, '""');
  for (const ch of stripped) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0) return true;
  }
  return depth !== 0;
}
