import { join } from 'node:path';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { run, failsAt } from '../src/cli';

const FIX = join(__dirname, '..', 'fixtures');
const DEMO = join(FIX, 'demo-app');
const POLICY = join(DEMO, 'privacy-policy.md');

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

describe('exit codes', () => {
  it('1 when an undisclosed SDK ships', async () => expect((await cli('scan', DEMO, '--policy', POLICY, '-q')).code).toBe(1));
  it('0 with --fail-on never', async () => expect((await cli('scan', DEMO, '--policy', POLICY, '--fail-on', 'never', '-q')).code).toBe(0));
  it('0 without a policy (an inventory, nothing to judge)', async () => expect((await cli('scan', DEMO, '-q')).code).toBe(0));
  it.each([
    [['scan', DEMO, '--bogus'], "unknown option '--bogus'"],
    [['scan', DEMO, '--format', 'yaml'], "'yaml'"],
    [['scan', DEMO, '--fail-on', 'sometimes'], "'sometimes'"],
    [['scan', DEMO, '--policy', join(DEMO, 'missing.md')], 'missing.md: cannot be read'],
    [['scan', join(FIX, 'does-not-exist')], 'no such folder'],
    [['scan', POLICY], 'is a file, not a folder'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['rules', 'show', 'nope/nope'], "no rule 'nope/nope'"],
  ])('2 and one clear line for %j', async (args, msg) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toContain(msg);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });
  it('2 for an unreadable policy: an empty file is not an empty policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdkscan-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe]));
    expect((await cli('scan', DEMO, '--policy', join(dir, 'empty.txt'))).code).toBe(2);
    expect((await cli('scan', DEMO, '--policy', join(dir, 'binary.txt'))).code).toBe(2);
  });
  it('--help and --version exit 0', async () => {
    const h = await cli('scan', '--help');
    expect(h.code).toBe(0);
    expect(h.out).toContain('Examples:');
    expect(h.out).toContain('--fail-on');
    expect((await cli('--version')).out).toMatch(/^\d+\.\d+\.\d+/);
  });
  it.each([
    ['undisclosed', [{ severity: 'warning' }], false],
    ['undisclosed', [{ severity: 'error' }], true],
    ['vendor-only', [{ severity: 'warning' }], true],
    ['vendor-only', [{ severity: 'note' }], false],
    ['any', [{ severity: 'note' }], true],
    ['never', [{ severity: 'error' }], false],
  ] as const)('failsAt(%s)', (level, findings, want) => {
    expect(failsAt(findings.map((f) => ({ check: 'x', message: 'm', ...f })), level)).toBe(want);
  });
});

describe('reports', () => {
  it('JSON follows the contract and is byte-identical across runs', async () => {
    const a = await cli('scan', DEMO, '--policy', POLICY, '--format', 'json');
    const b = await cli('scan', DEMO, '--policy', POLICY, '--format', 'json');
    expect(a.out).toBe(b.out);
    const r = JSON.parse(a.out);
    expect(r.schemaVersion).toBe(1);
    expect(r.tool.name).toBe('sdkscan');
    expect(r.disclosures).toEqual([{ source: 'privacy-policy.md', kind: 'policy-markdown' }]);
    const appsflyer = r.sdks.find((s: { id: string }) => s.id === 'appsflyer/appsflyer');
    expect(appsflyer.disclosure).toEqual({ status: 'undisclosed', evidence: [] });
    expect(appsflyer.evidence.map((e: { file: string; line: number }) => `${e.file}:${e.line}`)).toEqual([
      'android/app/build.gradle:22',
      'android/app/src/main/AndroidManifest.xml:7',
      'ios/Podfile:9',
    ]);
    expect(r.findings.filter((f: { check: string }) => f.check === 'undisclosed-sdk').map((f: { sdk: string }) => f.sdk)).toEqual(['appsflyer/appsflyer']);
    expect(a.out).not.toContain(FIX); // no absolute paths of the scanning machine
  });
  it('text report lists undisclosed SDKs first with file:line evidence and ends with a summary', async () => {
    const { out } = await cli('scan', DEMO, '--policy', POLICY);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^Undisclosed/);
    expect(out).toContain('android/app/build.gradle:22');
    expect(lines[lines.length - 1]).toMatch(/SDKs found \(against privacy-policy.md\): 1 undisclosed/);
    expect(out).not.toContain('\u001b['); // no colour when not a TTY
  });
  it('--output writes the file and prints nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sdkscan-')), 'r.json');
    const r = await cli('scan', DEMO, '--policy', POLICY, '--format', 'json', '--output', file);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
  });
});

describe('rules commands', () => {
  it('rules list --json lists every rule', async () => {
    const r = await cli('rules', 'list', '--json');
    const list = JSON.parse(r.out);
    expect(list.length).toBeGreaterThan(80);
    expect(list.find((x: { id: string }) => x.id === 'appsflyer/appsflyer').name).toBe('AppsFlyer');
  });
  it('rules show prints one rule', async () => {
    expect(JSON.parse((await cli('rules', 'show', 'appsflyer/appsflyer')).out).match.maven).toContain('com.appsflyer:af-android-sdk');
  });
  it('a user rule folder adds an SDK; a malformed one is exit 2 naming file and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdkscan-rules-'));
    mkdirSync(join(dir, 'acme'));
    writeFileSync(join(dir, 'acme', 'okhttp-spy.yml'), 'name: Acme Spy\nvendor: Acme\ncategories: [analytics]\ncollectsData: true\ndataTypes: [device-id]\nnames: [Acme Spy]\nmatch:\n  maven: ["com.squareup.okhttp3:okhttp"]\nexamples:\n  match: ["maven com.squareup.okhttp3:okhttp:4.12.0"]\n  noMatch: ["maven com.squareup.okhttp3:okhttp-sse:4.12.0"]\nsources: [https://example.com]\n');
    const bad = mkdtempSync(join(tmpdir(), 'sdkscan-rules-'));
    mkdirSync(join(bad, 'acme'));
    writeFileSync(join(bad, 'acme', 'x.yml'), 'name: X\nvendor: X\ncategories: [nonsense]\ncollectsData: true\ndataTypes: []\nnames: [X]\nmatch:\n  npm: [x]\nexamples:\n  match: ["npm x"]\n  noMatch: ["npm y"]\nsources: [https://x.example]\n');
    const ok = JSON.parse((await cli('scan', DEMO, '--rules', dir, '--format', 'json')).out);
    expect(ok.sdks.find((s: { id: string }) => s.id === 'acme/okhttp-spy').evidence[0].file).toBe('android/app/build.gradle');
    const r = await cli('scan', DEMO, '--rules', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain('acme/x.yml');
    expect(r.err).toContain('categories');
  });
});
