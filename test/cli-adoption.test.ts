import { join } from 'node:path';
import { cpSync, mkdtempSync, writeFileSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { run } from '../src/cli';

// End-to-end: config, suppressions, expiry, baseline, diff, --staged and disclose, through the CLI, with exit codes.
const DEMO = join(__dirname, '..', 'fixtures', 'demo-app');

function copyDemo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkscan-adopt-'));
  cpSync(DEMO, dir, { recursive: true });
  return dir;
}

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'pipe' }).toString();

describe('.sdkscan.yml', () => {
  it('policy from the config; a suppression with a reason turns a failing check green', async () => {
    const dir = copyDemo();
    expect((await cli('scan', dir, '-q', '--policy', join(dir, 'privacy-policy.md'))).code).toBe(1);
    writeFileSync(join(dir, '.sdkscan.yml'), 'policies: [privacy-policy.md]\nsuppressions:\n  - sdk: appsflyer/appsflyer\n    reason: "Campaign build only; policy update tracked in LEGAL-42"\n    expires: 2999-12-31\n');
    const r = await cli('scan', dir, '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.suppressed).toEqual([{ check: 'undisclosed-sdk', sdk: 'appsflyer/appsflyer', reason: 'Campaign build only; policy update tracked in LEGAL-42', expires: '2999-12-31' }]);
    expect(json.disclosures).toEqual([{ source: 'privacy-policy.md', kind: 'policy-markdown' }]);
  });
  it('an expired suppression no longer applies and is itself a finding', async () => {
    const dir = copyDemo();
    writeFileSync(join(dir, '.sdkscan.yml'), 'policies: [privacy-policy.md]\nsuppressions:\n  - sdk: appsflyer/appsflyer\n    reason: "until the policy update"\n    expires: 2020-01-01\n');
    const r = await cli('scan', dir, '--format', 'json');
    expect(r.code).toBe(1);
    const checks = JSON.parse(r.out).findings.map((f: { check: string; location?: { file: string; line: number } }) => `${f.check} ${f.location?.file}:${f.location?.line}`);
    expect(checks).toContain('expired-suppression .sdkscan.yml:3');
    expect(checks).toContain('undisclosed-sdk android/app/build.gradle:22');
  });
  it.each([
    ['an unknown key', 'polices: [x.md]\n', "(top level): must NOT have additional properties 'polices'"],
    ['a suppression without a reason', 'suppressions:\n  - sdk: appsflyer/appsflyer\n', "suppressions.0: must have required property 'reason'"],
    ['a bad fail-on', 'failOn: sometimes\n', 'failOn: must be equal to one of the allowed values (one of undisclosed, vendor-only, any, never)'],
    ['broken YAML', 'policies: [x\n', 'not valid YAML'],
  ])('%s is exit 2 naming the file and key', async (_n, yml, msg) => {
    const dir = copyDemo();
    writeFileSync(join(dir, '.sdkscan.yml'), yml);
    const r = await cli('scan', dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('.sdkscan.yml');
    expect(r.err).toContain(msg);
  });
  it('per-check severity and notShipped scopes', async () => {
    const dir = copyDemo();
    writeFileSync(join(dir, '.sdkscan.yml'), 'policies: [privacy-policy.md]\nchecks:\n  undisclosed-sdk: warning\n');
    expect((await cli('scan', dir, '-q')).code).toBe(0);
    expect((await cli('scan', dir, '-q', '--fail-on', 'vendor-only')).code).toBe(1);
  });
});

describe('baseline', () => {
  it("accepts today's findings, fails on a new one, reports stale entries", async () => {
    const dir = copyDemo();
    const base = join(dir, 'baseline.json');
    const policy = join(dir, 'privacy-policy.md');
    expect((await cli('baseline', 'create', dir, '--policy', policy, '--output', base)).code).toBe(0);
    expect(JSON.parse(readFileSync(base, 'utf8')).findings).toEqual([
      { check: 'undisclosed-sdk', sdk: 'appsflyer/appsflyer', file: 'android/app/build.gradle' },
      { check: 'vendor-only-disclosure', sdk: 'google/play-services-ads-identifier', file: 'android/app/src/main/AndroidManifest.xml' },
    ]);
    expect((await cli('scan', dir, '--policy', policy, '--baseline', base, '-q')).code).toBe(0);
    appendFileSync(join(dir, 'ios', 'Podfile'), "\ntarget 'Extra' do\n  pod 'Mixpanel-swift'\nend\n");
    const r = await cli('scan', dir, '--policy', policy, '--baseline', base, '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.filter((f: { severity: string }) => f.severity !== 'note').map((f: { check: string; sdk: string }) => `${f.check} ${f.sdk}`)).toEqual(['undisclosed-sdk mixpanel/mixpanel']);
    expect(JSON.parse(r.out).baselined).toBe(2);
    expect((await cli('scan', dir, '--baseline', join(dir, 'privacy-policy.md'))).code).toBe(2);
  });
});

describe('git integrations', () => {
  it('diff --base: "this change adds Mixpanel", read from git without a checkout', async () => {
    const dir = copyDemo();
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    appendFileSync(join(dir, 'ios', 'Podfile'), "\ntarget 'Extra' do\n  pod 'Mixpanel-swift'\nend\n");
    const r = await cli('diff', dir, '--base', 'HEAD', '--policy', join(dir, 'privacy-policy.md'), '--format', 'markdown');
    expect(r.out).toContain('This change adds **Mixpanel**');
    expect(r.out).not.toContain('AppsFlyer');
    expect(r.code).toBe(1);
    const none = await cli('diff', dir, '--base', 'HEAD~0', '--format', 'json', '--policy', join(dir, 'privacy-policy.md'));
    expect(JSON.parse(none.out).added.map((s: { id: string }) => s.id)).toEqual(['mixpanel/mixpanel']);
    expect((await cli('diff', dir, '--base', 'no-such-ref')).code).toBe(2);
  });
  it('--staged exits 0 at once when no manifest or policy is staged, and scans when one is', async () => {
    const dir = copyDemo();
    writeFileSync(join(dir, '.sdkscan.yml'), 'policies: [privacy-policy.md]\n');
    git(dir, 'init', '-q');
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    git(dir, 'add', 'notes.txt');
    const quick = await cli('scan', dir, '--staged');
    expect(quick.code).toBe(0);
    expect(quick.err).toContain('nothing to check');
    git(dir, 'add', 'android/app/build.gradle');
    expect((await cli('scan', dir, '--staged', '-q')).code).toBe(1);
  });
});

describe('disclose', () => {
  it.each([
    ['markdown', '| AppsFlyer | AppsFlyer Ltd. |'],
    ['xcprivacy', '<string>NSPrivacyCollectedDataTypeDeviceID</string>'],
    ['datasafety-csv', 'PSL_DATA_TYPES_IDENTIFIERS,PSL_DEVICE_ID,true'],
  ])('%s draft', async (format, want) => {
    const r = await cli('disclose', DEMO, '--format', format);
    expect(r.code).toBe(0);
    expect(r.out).toContain(want);
  });
});

describe('several formats in one run', () => {
  it('--format x=file for each, or --output-dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sdkscan-fmt-'));
    const r = await cli('scan', DEMO, '--policy', join(DEMO, 'privacy-policy.md'), '--format', 'text', '--format', `json=${join(dir, 'r.json')}`, '--format', `sarif=${join(dir, 'r.sarif')}`);
    expect(r.out).toContain('Undisclosed');
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).schemaVersion).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    const out = join(dir, 'all');
    await cli('scan', DEMO, '--policy', join(DEMO, 'privacy-policy.md'), '--format', 'html', '--format', 'junit', '--output-dir', out, '-q');
    expect(readFileSync(join(out, 'sdkscan.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(readFileSync(join(out, 'sdkscan.xml'), 'utf8')).toContain('<testsuite');
    expect((await cli('scan', DEMO, '--format', 'json', '--format', 'sarif')).code).toBe(2);
  });
});
