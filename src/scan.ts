import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Dependency, Diagnostic, Disclosure, Fact, Mention, Rule, ScanResult, SdkReport } from './types';
import { walk } from './walk/walk';
import { EXTRACTORS } from './extractors/registry';
import type { Extractor, ExtractResult } from './extractors/types';
import { linkAndroid, type LinkFile } from './extractors/android/link';
import { linkIos } from './extractors/ios/link';
import { linkJs } from './extractors/js/link';
import { buildIndex, matchDependencies } from './match/index';
import { loadBuiltinRules, loadRuleDir } from './rules/load';
import { loadDisclosureTerms } from './disclosure/terms-data';
import { buildTermIndex } from './disclosure/terms';
import { findMentions } from './disclosure/mentions';
import { loadPolicySource } from './disclosure/sources';
import { disclosureStatus } from './checks/status';
import { runChecks, sortFindings } from './checks/index';
import { applyConfig } from './checks/suppress';
import { applyBaseline, type BaselineEntry } from './checks/baseline';
import { scopeNotShipped, type Suppression } from './config/load';
import { VERSION } from './version';
import { decodeUtf16Bom } from './disclosure/document';

export interface ScanOptions {
  /** folder to scan */
  root: string;
  /** policy files (text, Markdown, HTML, PDF), privacy manifests, Data safety CSVs, or http(s) URLs */
  policies?: string[];
  /** extra rule folders (same format as rules/) */
  rulesDirs?: string[];
  /** .gitignore-style patterns to skip */
  ignore?: string[];
  /** files larger than this are skipped with a diagnostic (bytes; default 5 MB) */
  maxFileSize?: number;
  /** a family mention (Firebase) discloses its products (default true) */
  familyDiscloses?: boolean;
  /** read import lines of Kotlin/Java, Swift/Objective-C, Dart and JS/TS sources as supporting evidence (default true) */
  sourceImports?: boolean;
  /** scopes that never ship (config `notShipped`): Gradle configurations, Podfile targets... */
  notShipped?: string[];
  /** per-check severity (config `checks`) */
  checkLevels?: Record<string, 'error' | 'warning' | 'note' | 'off'>;
  /** accepted findings (config `suppressions`) */
  suppressions?: Suppression[];
  /** the config file they came from, for findings about suppressions */
  configFile?: string;
  /** accepted findings from a baseline file: only new findings are reported */
  baseline?: BaselineEntry[];
  /** read files from here instead of the working tree (a git revision) */
  source?: FileSource;
  /** YYYY-MM-DD for suppression expiry (default: today) */
  today?: string;
  /** working directory for display paths (default process.cwd()) */
  cwd?: string;
}

/** A usage, configuration, rule or root problem: the CLI exits 2. */
export class ScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScanError';
  }
}

const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

/** Paths in reports are never absolute: relative to the scan root, else to cwd, else the base name. */
export function displayPath(p: string, root: string, cwd: string): string {
  const abs = resolve(cwd, p);
  for (const base of [root, cwd]) {
    const rel = relative(base, abs);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return basename(abs);
}

export function loadRules(rulesDirs: string[] = []): Rule[] {
  const rules = [...loadBuiltinRules()];
  for (const dir of rulesDirs) {
    const loaded = loadRuleDir(dir, dir, new Set(rules.map((r) => r.id)));
    if (loaded.problems.length) {
      const p = loaded.problems[0];
      throw new ScanError(`--rules ${dir}: ${p.file}: ${p.message}${loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more; run 'sdkscan rules validate ${dir}')` : ''}`);
    }
    const ids = new Set(rules.map((r) => r.id));
    for (const r of loaded.rules) {
      if (ids.has(r.id)) {
        // a user rule with a built-in id replaces it
        const i = rules.findIndex((x) => x.id === r.id);
        rules[i] = r;
      } else rules.push(r);
    }
  }
  return rules;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.root);
  let st;
  try {
    st = statSync(root);
  } catch {
    throw new ScanError(`${options.root}: no such folder; give the path of the app repository to scan`);
  }
  if (!st.isDirectory()) throw new ScanError(`${options.root}: is a file, not a folder; give the repository folder to scan`);

  const rules = loadRules(options.rulesDirs);
  // policies are read before the walk, so a bad --policy fails fast
  const documents = await Promise.all((options.policies ?? []).map((p) => loadPolicySource(p, (x) => displayPath(x, root, cwd))));

  const index = buildIndex(rules);
  // import lines that name no known SDK are dropped as soon as a file is read: on source-heavy trees they are
  // most of the records, and keeping them only costs memory
  const keepImport = (d: Dependency) => index.lookup(d) !== undefined;
  const extractOptions = { ...options, keepImport };
  const { dependencies: deps, diagnostics, facts } = options.source ? await extractFrom(options.source, extractOptions) : await extractAll(root, extractOptions);
  for (const d of deps) if (d.usage !== 'test' && scopeNotShipped(d.scope, options.notShipped)) d.usage = 'test';

  // 6. match
  const detections = matchDependencies(deps, index);

  // SDK privacy manifests found inside vendored frameworks, attached to the SDK the framework belongs to
  const sdkManifests = new Map<string, NonNullable<SdkReport['privacyManifest']>>();
  for (const f of facts) {
    if (f.kind !== 'sdk-privacy-manifest') continue;
    const m = JSON.parse(f.value) as { framework: string; tracking?: boolean; trackingDomains: string[]; collectedDataTypes: { type: string }[] };
    const rule = index.lookup({ ecosystem: 'framework', name: m.framework });
    if (!rule || sdkManifests.has(rule.id)) continue;
    const entry: NonNullable<SdkReport['privacyManifest']> = { file: f.location.file, trackingDomains: m.trackingDomains, collectedDataTypes: m.collectedDataTypes.map((d) => d.type) };
    if (m.tracking !== undefined) entry.tracking = m.tracking;
    sdkManifests.set(rule.id, entry);
  }

  // 7. disclose
  // the name index is only needed when there is something to read names in
  let termIndexCache: ReturnType<typeof buildTermIndex> | undefined;
  const termIndexOf = () => (termIndexCache ??= buildTermIndex(rules, loadDisclosureTerms()));
  const ruleIds = new Set(rules.map((r) => r.id));
  const mentions: Mention[] = documents.flatMap((d) => {
    if ('lines' in d) return findMentions(d, termIndexOf());
    // a disclosure file names SDKs by rule id or by name
    return (d.names ?? []).flatMap((n) => {
      if (ruleIds.has(n.name)) return [{ ruleId: n.name, level: 'product' as const, term: n.name, source: d.source, line: n.line, text: n.text }];
      const found = findMentions({ source: d.source, kind: d.kind, lines: [{ line: n.line, text: n.name, row: true }] }, termIndexOf());
      return found.map((m) => ({ ...m, text: n.text }));
    });
  });
  const disclosure: Disclosure = { documents: documents.map((d) => ({ source: d.source, kind: d.kind })), mentions };
  const namesJudged = documents.some((d) => 'lines' in d || d.kind === 'disclosure-file');
  const declarations = documents.flatMap((d) => ('declared' in d && d.declared ? [{ source: d.source, kind: d.kind, declared: d.declared }] : []));

  // 8. judge
  const sdks: SdkReport[] = detections.map((det) => {
    const r = det.rule;
    const sdk: SdkReport = {
      id: r.id,
      name: r.name,
      vendor: r.vendor,
      categories: r.categories,
      collectsData: r.collectsData,
      dataTypes: r.dataTypes,
      usage: det.usage,
      evidence: det.evidence,
      disclosure: disclosureStatus(det, mentions, { familyDiscloses: options.familyDiscloses ?? true, noPolicy: !namesJudged }),
    };
    if (r.tracking !== undefined) sdk.tracking = r.tracking;
    const manifest = sdkManifests.get(r.id);
    if (manifest) sdk.privacyManifest = manifest;
    if (r.applePrivacyImpacting) sdk.applePrivacyImpacting = true;
    return sdk;
  });
  const raw = runChecks({ sdks, mentions, ruleNames: new Map(rules.map((r) => [r.id, r.name])), declarations, rules: new Map(rules.map((r) => [r.id, r])) });
  const configured = applyConfig(raw, { checks: options.checkLevels, suppressions: options.suppressions, configFile: options.configFile, today: options.today ?? new Date().toISOString().slice(0, 10) });
  const baselined = applyBaseline(configured.findings, options.baseline);
  const findings = sortFindings(baselined.findings);

  const result: ScanResult = {
    schemaVersion: 1,
    tool: { name: 'sdkscan', version: VERSION, rulesCount: rules.length },
    root: displayRoot(root, cwd),
    sdks,
    findings,
    disclosures: disclosure.documents,
    diagnostics: sortDiagnostics(diagnostics),
  };
  if (configured.suppressed.length) result.suppressed = configured.suppressed.map((x) => ({ check: x.finding.check, sdk: x.finding.sdk, reason: x.reason, ...(x.expires ? { expires: x.expires } : {}) }));
  if (options.baseline) result.baselined = baselined.accepted;
  if (facts.length) result.facts = facts.sort((a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line));
  return result;
}

export interface Extracted {
  dependencies: Dependency[];
  diagnostics: Diagnostic[];
  facts: Fact[];
}

/** Stages walk, extract and link: every dependency found under root, before matching against rules. */
export interface ExtractOptions extends Pick<ScanOptions, 'ignore' | 'maxFileSize' | 'sourceImports'> {
  /** keep only the source-import dependencies this accepts (scan passes "names a known SDK") */
  keepImport?: (d: Dependency) => boolean;
}

export async function extractAll(root: string, options: ExtractOptions = {}): Promise<Extracted> {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return extractFrom(
    { paths: await walk(root, { ignore: options.ignore }), read: (path, head) => readFileChecked(resolve(root, path), maxSize, head) },
    options,
  );
}

/** Where extraction reads from: the working tree, or a git revision (sdkscan diff). */
export interface FileSource {
  paths: string[];
  read(path: string, headBytes?: number): { bytes: Buffer } | { error: string };
}

/** The extractors a scan runs, without the source-import ones when they are turned off. */
export function activeExtractors(sourceImports: boolean | undefined): Extractor[] {
  return sourceImports === false ? EXTRACTORS.filter((e) => !e.name.startsWith('source/')) : EXTRACTORS;
}

export async function extractFrom(source: FileSource, options: Pick<ExtractOptions, 'sourceImports' | 'keepImport'> = {}): Promise<Extracted> {
  const extractors = activeExtractors(options.sourceImports);
  const diagnostics: Diagnostic[] = [];
  const facts: Fact[] = [];
  const deps: Dependency[] = [];
  const linkFiles: Record<string, LinkFile[]> = { android: [], ios: [], js: [] };

  // 1. walk once; 2. choose files by path; 3. read the chosen ones; 4. extract
  const paths = source.paths;
  const jobs: { path: string; extractors: Extractor[] }[] = [];
  for (const path of paths) {
    let chosen: Extractor[] | undefined;
    for (const ex of extractors) {
      if (ex.fileRequired(path)) (chosen ??= []).push(ex);
    }
    if (chosen) jobs.push({ path, extractors: chosen });
  }
  const results: { path: string; extractor: Extractor; result: ExtractResult }[] = [];
  // Synchronous reads: on 5.7k source files, 300 ms against 1.2 s for 32 concurrent promise reads (libuv
  // round trips dominate for small files). Extractors that only need a file's head (import lines) read that.
  for (const job of jobs) {
    const needsContent = job.extractors.some((e) => e.needsContent !== false);
    let bytes: Buffer | undefined;
    if (needsContent) {
      const head = job.extractors.every((e) => e.headBytes) ? Math.max(...job.extractors.map((e) => e.headBytes!)) : undefined;
      const read = source.read(job.path, head);
      if ('error' in read) {
        diagnostics.push({ file: job.path, severity: 'warning', message: read.error, source: 'walk' });
        continue;
      }
      bytes = read.bytes;
    }
    const text = bytes ? decodeFile(bytes) : '';
    for (const ex of job.extractors) {
      const input = { path: job.path, text, bytes: ex.needsContent === false ? undefined : bytes };
      try {
        const result = ex.extract(input);
        if (options.keepImport && ex.name.startsWith('source/')) result.dependencies = result.dependencies.filter(options.keepImport);
        results.push({ path: job.path, extractor: ex, result });
      } catch (e) {
        // an extractor bug must not end the scan: report it like bad input
        diagnostics.push({ file: job.path, severity: 'error', message: `${ex.name} failed: ${(e as Error).message}`, source: ex.name });
      }
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.extractor.name < b.extractor.name ? -1 : 1));

  for (const { path, extractor, result } of results) {
    for (const d of result.dependencies) d.extractor ??= extractor.name;
    deps.push(...result.dependencies);
    diagnostics.push(...result.diagnostics);
    if (result.facts) facts.push(...result.facts);
    const platform = extractor.name.split('/')[0];
    if (platform in linkFiles) linkFiles[platform].push({ path, data: result.linkData, dependencies: result.dependencies });
  }

  // 5. link across files
  for (const linked of [linkAndroid(linkFiles.android), linkIos(linkFiles.ios), linkJs(linkFiles.js)]) {
    deps.push(...linked.dependencies);
    diagnostics.push(...linked.diagnostics);
  }

  return { dependencies: deps, diagnostics, facts };
}

function displayRoot(root: string, cwd: string): string {
  const rel = relative(cwd, root);
  if (!rel) return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return basename(root);
}

const SCRATCH = Buffer.allocUnsafe(64 * 1024);

/** Reads a file, or the first `head` bytes of it; never throws. Files over `max` bytes are refused. A head read
 * returns a view of a shared buffer, valid until the next read. */
export function readFileChecked(abs: string, max: number, head?: number): { bytes: Buffer } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const size = fstatSync(fd).size;
    if (size > max && !head) return { error: `skipped: ${size} bytes is over the ${max}-byte limit (--max-file-size)` };
    const want = head ? Math.min(size, head) : size;
    // heads of source files go through one reused buffer (the caller decodes before the next read): 83k
    // separate 32 KB buffers were most of the peak memory of an import scan
    const buf = head && want <= SCRATCH.length ? SCRATCH.subarray(0, want) : Buffer.allocUnsafe(want);
    let got = 0;
    while (got < want) {
      const n = readSync(fd, buf, got, want - got, got);
      if (n === 0) break;
      got += n;
    }
    return { bytes: got === want ? buf : buf.subarray(0, got) };
  } catch (e) {
    return { error: `could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** File bytes as text: UTF-16 with BOM decoded, UTF-8 otherwise (invalid bytes become U+FFFD). */
export function decodeFile(bytes: Buffer): string {
  const utf16 = decodeUtf16Bom(bytes);
  if (utf16 !== undefined) return utf16;
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const k = `${d.file}\u0000${d.line ?? 0}\u0000${d.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
}
