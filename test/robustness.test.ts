import fc from 'fast-check';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as net from 'node:net';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { EXTRACTORS } from '../src/extractors/registry';
import { extractFrom, scan, readFileChecked } from '../src/scan';
import { FORMATTERS } from '../src/report/index';
import { markdownToLines, textToLines } from '../src/disclosure/document';
import { htmlToBlocks } from '../src/parsers/html';
import { parseCsv } from '../src/disclosure/data-safety';
import { parsePrivacyManifest } from '../src/disclosure/xcprivacy';
import { buildTermIndex } from '../src/disclosure/terms';
import { findMentions } from '../src/disclosure/mentions';
import { loadDisclosureTerms } from '../src/disclosure/terms-data';
import { loadBuiltinRules } from '../src/rules/load';
import { latinNamePattern } from '../src/disclosure/normalize';

const FIX = join(__dirname, '..', 'fixtures');
const RUNS = Number(process.env.SDKSCAN_FC_RUNS ?? 60);

/** Every fixture file each extractor wants, as seeds for mutation. */
function seedsFor(ex: (typeof EXTRACTORS)[number]): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) walk(abs, r);
      else if (ex.fileRequired(r) && out.length < 4) out.push({ path: r, text: readFileSync(abs, 'utf8') });
    }
  };
  walk(FIX, '');
  return out;
}

/** A text with random edits: characters inserted, deleted or replaced, lines duplicated or cut. */
const mutated = (text: string) =>
  fc.array(fc.tuple(fc.nat(Math.max(1, text.length)), fc.constantFrom('insert', 'delete', 'replace', 'cut'), fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 12 }).map((edits) => {
    let t = text;
    for (const [at, op, s] of edits) {
      const i = Math.min(at, t.length);
      if (op === 'insert') t = t.slice(0, i) + s + t.slice(i);
      else if (op === 'delete') t = t.slice(0, i) + t.slice(i + s.length + 1);
      else if (op === 'replace') t = t.slice(0, i) + s + t.slice(i + s.length);
      else t = t.slice(0, i);
    }
    return t;
  });

describe('every extractor returns results or diagnostics, never throws or hangs', () => {
  it.each(EXTRACTORS.map((e) => [e.name, e] as const))('%s: arbitrary text and mutations of its fixtures', (name, ex) => {
    const seeds = seedsFor(ex);
    const path = seeds[0]?.path ?? 'x';
    const check = (text: string, p: string) => {
      const t0 = Date.now();
      const r = ex.extract({ path: p, text, bytes: Buffer.from(text) });
      expect(Array.isArray(r.dependencies) && Array.isArray(r.diagnostics)).toBe(true);
      for (const d of r.dependencies) expect(d.location.line).toBeGreaterThanOrEqual(1);
      expect(Date.now() - t0).toBeLessThan(2000);
    };
    fc.assert(fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (s) => check(s, path)), { numRuns: RUNS });
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => check(Buffer.from(b).toString('utf8'), path)), { numRuns: RUNS });
    for (const seed of seeds) fc.assert(fc.property(mutated(seed.text), (t) => check(t, seed.path)), { numRuns: RUNS });
    void name;
  });
});

describe('hostile documents', () => {
  const laughs = (root: string) =>
    `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<${root}>&lol9;</${root}>`;
  it.each([
    ['app/src/main/AndroidManifest.xml', laughs('manifest')],
    ['App/Info.plist', laughs('plist')],
    ['Unity/Assets/Firebase/Editor/AppDependencies.xml', laughs('dependencies')],
  ])('billion laughs in %s finishes at once with a diagnostic', (path, text) => {
    const exs = EXTRACTORS.filter((e) => e.fileRequired(path));
    expect(exs.length).toBeGreaterThan(0);
    for (const ex of exs) {
      const t0 = Date.now();
      const r = ex.extract({ path, text, bytes: Buffer.from(text) });
      expect(Date.now() - t0).toBeLessThan(500);
      expect(r.dependencies).toEqual([]);
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });
  it.each([
    ['package.json', `{"dependencies": ${'['.repeat(100000)}${']'.repeat(100000)}}`],
    ['Podfile.lock', `PODS:\n${'- '.repeat(20000)}x\n`],
    ['pubspec.yaml', `dependencies:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i % 200)}k${i}:`).join('\n')}\n`],
    ['gradle/libs.versions.toml', `[libraries]\n${'a = { module = "x:y" }\n'.repeat(20000)}`],
    ['app/build.gradle', `dependencies {\n${"implementation 'com.a:b:1'\n".repeat(20000)}}`],
    ['app/build.gradle', `${'{'.repeat(50000)}`],
    ['App.xcodeproj/project.pbxproj', `// !$*UTF8*$!\n{ objects = { ${'A = {isa = PBXFileReference; path = "x"; };'.repeat(20000)} }; }`],
  ])('deep nesting or a huge %s is bounded', (path, text) => {
    for (const ex of EXTRACTORS.filter((e) => e.fileRequired(path))) {
      const t0 = Date.now();
      expect(() => ex.extract({ path, text })).not.toThrow();
      expect(Date.now() - t0).toBeLessThan(5000);
    }
  });
  it.each([
    ['UTF-16 with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("implementation 'com.appsflyer:af-android-sdk:6.14.2'\r\n", 'utf16le')])],
    ['CRLF', Buffer.from("dependencies {\r\n  implementation 'com.appsflyer:af-android-sdk:6.14.2'\r\n}\r\n")],
    ['NUL bytes', Buffer.from("\u0000\u0000implementation 'com.appsflyer:af-android-sdk:6.14.2'\u0000")],
    ['invalid UTF-8', Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from("\nimplementation 'com.appsflyer:af-android-sdk:6.14.2'\n")])],
  ])('%s: still read', async (_n, bytes) => {
    const r = await extractFrom({ paths: ['app/build.gradle'], read: () => ({ bytes }) });
    expect(r.dependencies.map((d) => d.name)).toContain('com.appsflyer:af-android-sdk');
  });
});

describe('disclosure parsers never throw on arbitrary input', () => {
  const rules = loadBuiltinRules();
  const index = buildTermIndex(rules, loadDisclosureTerms());
  it('text, Markdown, HTML, CSV, privacy manifests and mention finding', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600, unit: 'grapheme' }), (s) => {
        for (const lines of [textToLines(s), markdownToLines(s), htmlToBlocks(s).map((b) => ({ ...b }))]) {
          expect(Array.isArray(findMentions({ source: 'p', kind: 'policy-text', lines }, index))).toBe(true);
        }
        parseCsv(s);
        parsePrivacyManifest(s);
      }),
      { numRuns: RUNS },
    );
  });
  it('name patterns have no catastrophic backtracking (each rule name against pathological text)', () => {
    const hostile = `${'a-'.repeat(5000)}${'apps flyer '.repeat(2000)}${'x.'.repeat(5000)}`;
    const t0 = Date.now();
    for (const r of rules) for (const n of [r.name, ...r.names, ...(r.vendorNames ?? []), ...(r.ambiguousNames ?? [])]) {
      if (/[\u3040-\u9fff\uac00-\ud7af]/.test(n)) continue;
      new RegExp(latinNamePattern(n), 'gu').test(hostile);
    }
    expect(Date.now() - t0).toBeLessThan(15000);
    const t1 = Date.now();
    findMentions({ source: 'p', kind: 'policy-text', lines: [{ line: 1, text: hostile }] }, index);
    expect(Date.now() - t1).toBeLessThan(10000);
  });
});

describe('the file system', () => {
  it('symlink loops and links outside the root are not followed; odd paths are fine', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sdkscan-fs-'));
    const outside = mkdtempSync(join(tmpdir(), 'sdkscan-outside-'));
    writeFileSync(join(outside, 'build.gradle'), "implementation 'com.mixpanel.android:mixpanel-android:7.5.2'");
    mkdirSync(join(root, 'app with spaces', 'données'), { recursive: true });
    writeFileSync(join(root, 'app with spaces', 'données', 'build.gradle'), "implementation 'com.appsflyer:af-android-sdk:6.14.2'");
    symlinkSync(root, join(root, 'loop'));
    symlinkSync(outside, join(root, 'outside'));
    symlinkSync(join(outside, 'build.gradle'), join(root, 'build.gradle'));
    const r = await scan({ root });
    expect(r.sdks.map((s) => `${s.id} ${s.evidence.map((e) => e.file).join(',')}`)).toEqual(['appsflyer/appsflyer app with spaces/données/build.gradle']);
  });
  it('a file that vanishes or cannot be read is a diagnostic; the scan goes on', async () => {
    const r = await extractFrom({
      paths: ['gone/build.gradle', 'ok/build.gradle'],
      read: (p) => (p.startsWith('gone') ? readFileChecked('/nonexistent/sdkscan/build.gradle', 1e6) : { bytes: Buffer.from("implementation 'io.sentry:sentry-android:7.0.0'") }),
    });
    expect(r.diagnostics.map((d) => `${d.file} ${d.message}`)).toEqual(['gone/build.gradle could not be read: ENOENT']);
    expect(r.dependencies.map((d) => d.name)).toEqual(['io.sentry:sentry-android']);
  });
  it('a file over the size limit is skipped with a diagnostic, not read', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sdkscan-big-'));
    writeFileSync(join(root, 'build.gradle'), `${' '.repeat(2000)}implementation 'com.appsflyer:af-android-sdk:6.14.2'`);
    const r = await scan({ root, maxFileSize: 1000 });
    expect(r.sdks).toEqual([]);
    expect(r.diagnostics[0].message).toContain('over the 1000-byte limit');
  });
});

describe('no execution and no network', () => {
  it('scanning a repo whose scripts would write files or open sockets leaves no trace and opens no connection', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sdkscan-exec-'));
    writeFileSync(join(root, 'build.gradle'), "new File('EXECUTED-gradle').text = 'x'\nimplementation 'com.appsflyer:af-android-sdk:6.14.2'\n");
    writeFileSync(join(root, 'Podfile'), "File.write('EXECUTED-podfile', 'x')\ntarget 'A' do\n  pod 'Sentry'\nend\n");
    writeFileSync(join(root, 'app.config.js'), "require('fs').writeFileSync('EXECUTED-config', 'x'); require('net').connect(9, '127.0.0.1'); module.exports = { plugins: ['react-native-onesignal'] };\n");
    writeFileSync(join(root, 'package.json'), '{"scripts":{"postinstall":"touch EXECUTED-npm"},"dependencies":{"react-native-onesignal":"5.0.0"}}');
    // every outbound connection (http, https, fetch, raw sockets) goes through net.Socket#connect
    const calls: string[] = [];
    const spies = [
      jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket) {
        calls.push('net');
        return this;
      }),
      jest.spyOn(globalThis, 'fetch').mockImplementation(() => {
        calls.push('fetch');
        throw new Error('no network');
      }),
    ];
    try {
      const r = await scan({ root, policies: [] });
      expect(r.sdks.map((s) => s.id)).toEqual(['appsflyer/appsflyer', 'onesignal/onesignal', 'sentry/sentry']);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(calls).toEqual([]);
    expect(readdirSync(root).filter((f) => f.startsWith('EXECUTED'))).toEqual([]);
  });
});

describe('determinism and paths', () => {
  it('two scans of the same tree, created in a different order, print the same bytes in every format', async () => {
    const src = join(FIX, 'demo-app');
    const files: string[] = [];
    const collect = (dir: string, rel: string) => {
      for (const n of readdirSync(dir)) statSync(join(dir, n)).isDirectory() ? collect(join(dir, n), `${rel}${n}/`) : files.push(`${rel}${n}`);
    };
    collect(src, '');
    const build = (order: string[]) => {
      const root = join(mkdtempSync(join(tmpdir(), 'sdkscan-det-')), 'app');
      for (const f of order) {
        mkdirSync(join(root, f, '..'), { recursive: true });
        cpSync(join(src, f), join(root, f));
      }
      return root;
    };
    const a = build(files);
    const b = build([...files].reverse());
    const ra = await scan({ root: a, policies: [join(a, 'privacy-policy.md')] });
    const rb = await scan({ root: b, policies: [join(b, 'privacy-policy.md')] });
    for (const [name, f] of Object.entries(FORMATTERS)) {
      const oa = f(ra, { color: false });
      expect([name, oa]).toEqual([name, f(rb, { color: false })]);
      expect(oa).not.toContain(tmpdir());
    }
  });
  it('reports hold only repository-relative paths, even for a policy outside the repository', async () => {
    const policyDir = mkdtempSync(join(tmpdir(), 'sdkscan-policy-'));
    writeFileSync(join(policyDir, 'policy.txt'), 'We use Sentry.');
    const r = await scan({ root: join(FIX, 'demo-app'), policies: [join(policyDir, 'policy.txt')], cwd: '/' });
    for (const f of Object.values(FORMATTERS)) expect(f(r, { color: false })).not.toContain(policyDir);
    expect(existsSync(join(policyDir, 'policy.txt'))).toBe(true);
  });
});
