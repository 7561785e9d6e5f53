import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { scan } from '../../src/scan';
import { PolicyLoadError } from '../../src/disclosure/document';
import { parseDataSafetyCsv, parseCsv } from '../../src/disclosure/data-safety';
import { execFile } from 'node:child_process';
import type { ScanResult } from '../../src/types';

// PDFs are read by pdfjs-dist, an ES module that jest's CommonJS sandbox cannot import: those cases run the
// built CLI (the same code path users run) in a child process.
const CLI = join(__dirname, '..', '..', 'bin', 'sdkscan.js');
function cliStatuses(policy: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile('node', [CLI, 'scan', APP, '--policy', policy, '--format', 'json', '--no-source-imports'], { maxBuffer: 1 << 26 }, (err, stdout, stderr) => {
      if (err && err.code !== 1) return reject(new Error(stderr));
      const r = JSON.parse(stdout) as ScanResult;
      resolve(r.sdks.map((x) => `${x.id.split('/')[1]}=${x.disclosure.status}${x.disclosure.evidence.slice(0, 2).map((e) => `@${e.line}${e.page ? `p${e.page}` : ''}`).join('')}`));
    });
  });
}

// Whole-result tests: one app, policies of several styles; for each, every SDK's status and the policy lines.
const FIX = join(__dirname, '..', '..', 'fixtures', 'policies');
const APP = join(FIX, 'app');

async function statuses(...policies: string[]) {
  const r = await scan({ root: APP, policies: policies.map((p) => (p.startsWith('http') ? p : join(FIX, p))), sourceImports: false, cwd: FIX });
  return {
    sdks: r.sdks.map((s) => `${s.id.split('/')[1]}=${s.disclosure.status}${s.disclosure.evidence.slice(0, 2).map((e) => `@${e.line}${e.page ? `p${e.page}` : ''}`).join('')}`),
    other: r.findings.filter((f) => f.check !== 'undisclosed-sdk' && f.check !== 'vendor-only-disclosure').map((f) => `${f.check}:${f.sdk}`),
  };
}

describe('policies of several styles against one app', () => {
  it('a short Markdown policy: list items, a link, a vendor-only ad network, an ordinary word, a "never use"', async () => {
    expect(await statuses('short-policy.md')).toEqual({
      sdks: ['adjust=undisclosed', 'appsflyer=disclosed@9', 'bugsnag=disclosed@6', 'firebase-analytics=vendor-only@8', 'google-mobile-ads=vendor-only@8', 'jpush=undisclosed', 'mixpanel=disclosed@5', 'segment=undisclosed', 'sentry=undisclosed', 'stripe=disclosed@7', 'wechat-open-sdk=undisclosed', 'umeng-analytics=undisclosed'],
      other: ['contradicted-disclosure:segment/segment'],
    });
  });
  it('a long English legal policy: legal names, d/b/a, a negation, "adjust" and "branch" as verbs', async () => {
    expect(await statuses('long-legal-policy.txt')).toEqual({
      sdks: ['adjust=undisclosed', 'appsflyer=disclosed@13', 'bugsnag=undisclosed', 'firebase-analytics=vendor-only@16', 'google-mobile-ads=vendor-only@16', 'jpush=undisclosed', 'mixpanel=disclosed@12', 'segment=undisclosed', 'sentry=disclosed@14', 'stripe=disclosed@15', 'wechat-open-sdk=undisclosed', 'umeng-analytics=undisclosed'],
      other: ['contradicted-disclosure:segment/segment'],
    });
  });
  it('an HTML page in windows-1252: table rows, script and navigation ignored, lines mapped to the source', async () => {
    expect(await statuses('providers.html')).toEqual({
      sdks: ['adjust=disclosed@14', 'appsflyer=undisclosed', 'bugsnag=undisclosed', 'firebase-analytics=undisclosed', 'google-mobile-ads=undisclosed', 'jpush=undisclosed', 'mixpanel=undisclosed', 'segment=undisclosed', 'sentry=disclosed@15', 'stripe=disclosed@16', 'wechat-open-sdk=undisclosed', 'umeng-analytics=undisclosed'],
      other: [],
    });
  });
  it('a Chinese third-party SDK list (第三方SDK目录), with a scraped table whose cells run together', async () => {
    expect(await statuses('chinese-sdk-list.txt')).toEqual({
      sdks: ['adjust=undisclosed', 'appsflyer=disclosed@23', 'bugsnag=undisclosed', 'firebase-analytics=undisclosed', 'google-mobile-ads=undisclosed', 'jpush=disclosed@5@7', 'mixpanel=undisclosed', 'segment=undisclosed', 'sentry=disclosed@23', 'stripe=disclosed@23', 'wechat-open-sdk=disclosed@11@13', 'umeng-analytics=disclosed@17@18'],
      other: [],
    });
  });
  it('a PDF: page numbers as locations', async () => {
    expect(await cliStatuses(join(FIX, 'legal-policy.pdf'))).toEqual(['adjust=undisclosed', 'appsflyer=undisclosed', 'bugsnag=disclosed@7p2', 'firebase-analytics=undisclosed', 'google-mobile-ads=undisclosed', 'jpush=undisclosed', 'mixpanel=disclosed@6p2', 'segment=undisclosed', 'sentry=undisclosed', 'stripe=disclosed@8p2', 'wechat-open-sdk=undisclosed', 'umeng-analytics=undisclosed']);
  });
  it('an explicit disclosure file: rule ids and names', async () => {
    expect((await statuses('sdkscan-disclosures.yml')).sdks.filter((s) => s.includes('=disclosed'))).toEqual(['appsflyer=disclosed@3', 'jpush=disclosed@6', 'mixpanel=disclosed@5']);
  });
  it('a Data safety CSV and a privacy manifest: data types and tracking beyond names', async () => {
    const r = await statuses('data-safety.csv', 'PrivacyInfo.xcprivacy');
    expect(r.sdks.every((s) => s.endsWith('=no-disclosure'))).toBe(true); // neither names SDKs
    expect(r.other.filter((o) => o.startsWith('undeclared-tracking'))).toEqual(['undeclared-tracking:appsflyer/appsflyer']);
    expect(r.other.filter((o) => o === 'undeclared-data-type:appsflyer/appsflyer')).toHaveLength(2); // Play and Apple
    expect(r.other).not.toContain('undeclared-data-type:jiguang/jpush' + 'x');
  });
});

describe('policy loading errors are errors, never an empty policy', () => {
  it.each([
    ['a CSV with another header', 'x.csv', 'a,b,c\n1,2,3\n', 'not a Play Console Data safety export'],
    ['an unknown data type ID', 'y.csv', 'Question ID (machine readable),Response ID (machine readable),Response value,Answer requirement,Human-friendly question label\nPSL_DATA_TYPES_PERSONAL,PSL_SHOE_SIZE,true,,x\n', "unknown data type ID 'PSL_SHOE_SIZE'"],
  ])('%s', (_n, name, text, msg) => {
    expect(() => parseDataSafetyCsv(name, text)).toThrow(PolicyLoadError);
    expect(() => parseDataSafetyCsv(name, text)).toThrow(msg);
  });
  it('CSV parsing: quotes, doubled quotes, CRLF, newlines in quotes', () => {
    expect(parseCsv('a,"b ""q"", c",d\r\n"x\ny",z\n').map((r) => [r.line, ...r.row])).toEqual([[1, 'a', 'b "q", c', 'd'], [2, 'x\ny', 'z']]);
  });
});

describe('a policy given as a URL (served on loopback by the test)', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      if (req.url === '/old') return void res.writeHead(301, { location: '/privacy' }).end();
      if (req.url === '/privacy') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><nav>Home</nav><p>We use Mixpanel for analytics.</p><p>Crashes go to Bugsnag.</p></body></html>');
      if (req.url === '/policy.pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(join(FIX, 'legal-policy.pdf')));
      if (req.url === '/image') return void res.writeHead(200, { 'content-type': 'image/png' }).end('x');
      if (req.url === '/slow') return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 3000);
      if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
      res.writeHead(404).end('nope');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('follows redirects and chooses the format from the content type', async () => {
    const r = await statuses(`${base}/old`);
    expect(r.sdks.filter((s) => s.includes('=disclosed'))).toEqual(['bugsnag=disclosed@1', 'mixpanel=disclosed@1']);
  });
  it('a PDF by URL', async () => {
    expect(await cliStatuses(`${base}/policy.pdf`)).toContain('stripe=disclosed@8p2');
  });
  it.each([
    ['/missing', 'answered 404'],
    ['/image', "content type 'image/png'"],
    ['/loop', 'more than 5 redirects'],
  ])('%s fails clearly', async (path, msg) => {
    await expect(scan({ root: APP, policies: [`${base}${path}`] })).rejects.toThrow(msg);
  });
  it('times out', async () => {
    process.env.SDKSCAN_FETCH_TIMEOUT_MS = '300';
    try {
      await expect(scan({ root: APP, policies: [`${base}/slow`] })).rejects.toThrow('no answer within 300 ms');
    } finally {
      delete process.env.SDKSCAN_FETCH_TIMEOUT_MS;
    }
  });
});

describe('disclosure options and encodings', () => {
  it('--no-family-disclosure: a family name alone is only vendor-level', async () => {
    const dir = require('node:fs').mkdtempSync(join(require('node:os').tmpdir(), 'sdkscan-fam-'));
    const policy = join(dir, 'policy.txt');
    require('node:fs').writeFileSync(policy, 'Crash reports and analytics are handled by Firebase.\n');
    const root = join(FIX, '..', 'demo-app');
    const st = async (familyDiscloses: boolean) => (await scan({ root, policies: [policy], familyDiscloses })).sdks.find((x) => x.id === 'google/firebase-crashlytics')?.disclosure.status;
    expect(await st(true)).toBe('disclosed');
    expect(await st(false)).toBe('vendor-only');
  });
  it('a UTF-16 policy with a BOM is read', async () => {
    const dir = require('node:fs').mkdtempSync(join(require('node:os').tmpdir(), 'sdkscan-u16-'));
    const file = join(dir, 'policy.txt');
    require('node:fs').writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('We use AppsFlyer for attribution.\n', 'utf16le')]));
    const r = await scan({ root: APP, policies: [file], sourceImports: false });
    expect(r.sdks.find((s) => s.id === 'appsflyer/appsflyer')?.disclosure.status).toBe('disclosed');
  });
});
