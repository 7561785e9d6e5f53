import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { scan } from '../src/scan';
import { CHECKS } from '../src/checks/index';
import type { Finding, ScanResult, SdkReport } from '../src/types';
import { FINGERPRINT_KEY, checkHelpUri, formatSarif } from '../src/report/sarif';
import { MARKDOWN_MARKER, formatMarkdown } from '../src/report/markdown';
import { escapeHtml, formatHtml, sdkElementId } from '../src/report/html';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github';
import { formatJunit } from '../src/report/junit';

// Golden files: `UPDATE_GOLDEN=1 npx jest test/report-formats.test.ts` rewrites them; read the diff before keeping it.
const REPO = join(__dirname, '..');
const DEMO = join(REPO, 'fixtures', 'demo-app');
const GOLDEN = join(__dirname, 'golden');
const SCHEMA = join(__dirname, 'fixtures-data', 'sarif-schema-2.1.0.json');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const FORMATS: [string, (r: ScanResult) => string][] = [
  ['demo-app.sarif', formatSarif],
  ['demo-app.md', formatMarkdown],
  ['demo-app.html', formatHtml],
  ['demo-app.github.txt', formatGithub],
  ['demo-app.junit.xml', formatJunit],
];

/** The demo app as the CLI sees it from the repository root, with version and rule count pinned so that
 * releases and new rules do not rewrite every golden file. */
async function demoResult(): Promise<ScanResult> {
  const r = await scan({ root: DEMO, policies: [join(DEMO, 'privacy-policy.md')], cwd: REPO });
  return { ...r, tool: { ...r.tool, version: '0.0.0-golden', rulesCount: 0 } };
}

/** The OASIS errata01 schema declares draft-04, which Ajv 8 does not implement. Every keyword it uses means
 * the same in draft-07 (no boolean exclusiveMinimum/Maximum, no `dependencies`; asserted below), so it is
 * compiled as draft-07 with its `id` renamed `$id`. */
function sarifValidator(): ValidateFunction {
  const raw = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = raw;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id as string });
}

function sdk(over: Partial<SdkReport> & { id: string }): SdkReport {
  return {
    name: over.id,
    vendor: 'Vendor Inc.',
    categories: ['analytics'],
    collectsData: true,
    dataTypes: ['device-id'],
    usage: 'release',
    evidence: [{ file: 'android/app/build.gradle', line: 10, ecosystem: 'maven', name: 'com.example:sdk', direct: true, usage: 'release', text: "implementation 'com.example:sdk:1.0'" }],
    disclosure: { status: 'undisclosed', evidence: [] },
    ...over,
  };
}

function result(sdks: SdkReport[], findings: Finding[], policy = true): ScanResult {
  return {
    schemaVersion: 1,
    tool: { name: 'sdkscan', version: '0.0.0-test', rulesCount: 1 },
    root: '.',
    sdks,
    findings,
    disclosures: policy ? [{ source: 'privacy.md', kind: 'policy-markdown' }] : [],
    diagnostics: [],
  };
}

const EVIL = '<script>alert("x")</script>';
/** A result whose every text field tries to break out of its format. */
function hostileResult(): ScanResult {
  const bad = sdk({
    id: 'evil/sdk',
    name: `${EVIL} | SDK`,
    vendor: `"Evil" & <Co> | Ltd, it's`,
    categories: ['analytics'],
    evidence: [{ file: 'app/build.gradle', line: 3, ecosystem: 'maven', name: 'x:y', direct: true, usage: 'release', text: `<img src=x onerror=alert(1)> | \`tick\`` }],
    disclosure: { status: 'vendor-only', evidence: [{ source: 'privacy.md', line: 4, level: 'vendor', term: '<b>Evil</b>', text: 'We use <b>Evil</b> & friends.' }] },
  });
  return result(
    [bad],
    [
      { check: 'contradicted-disclosure', severity: 'error', sdk: 'evil/sdk', message: `The policy says "${EVIL}"\nis not used`, location: { file: 'app/build.gradle', line: 3 }, related: [{ file: 'privacy.md', line: 9 }] },
      { check: 'vendor-only-disclosure', severity: 'warning', sdk: 'evil/sdk', message: `${EVIL} is covered\nonly by 100% vendor, here: yes`, location: { file: 'app/build.gradle', line: 3 }, related: [{ file: 'privacy.md', line: 4 }] },
    ],
  );
}

describe('golden output on fixtures/demo-app', () => {
  let demo: ScanResult;
  beforeAll(async () => {
    demo = await demoResult();
    if (UPDATE) mkdirSync(GOLDEN, { recursive: true });
  });

  it.each(FORMATS)('%s', (file, format) => {
    const got = format(demo);
    const path = join(GOLDEN, file);
    if (UPDATE || !existsSync(path)) {
      if (!UPDATE) throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx jest test/report-formats.test.ts`);
      writeFileSync(path, got);
    }
    expect(got).toBe(readFileSync(path, 'utf8'));
  });

  it.each(FORMATS)('%s carries no absolute path', (_file, format) => {
    const got = format(demo);
    for (const abs of [REPO, homedir(), tmpdir()]) expect(got).not.toContain(abs);
    expect(got).not.toMatch(/file:\/\//);
  });

  it.each(FORMATS)('%s is deterministic: two scans, two formats, same bytes', async (_file, format) => {
    const again = await demoResult();
    expect(format(again)).toBe(format(demo));
    expect(format(demo)).toBe(format(demo));
  });

  it('the HTML needs nothing outside itself: no src, href or url() at all', () => {
    const html = formatHtml(demo);
    expect(html).not.toMatch(/\b(?:src|href|srcset|action)\s*=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('default-src &#39;none&#39;');
  });

  it('the Markdown names the undisclosed SDK with its data types and wording', () => {
    const md = formatMarkdown(demo);
    expect(md.startsWith(`${MARKDOWN_MARKER}\n`)).toBe(true);
    expect(md).toContain('❌ **1 data-collecting SDK is not named in the privacy policy**');
    const row = md.split('\n').find((l) => l.startsWith('| **AppsFlyer**'));
    expect(row).toBeDefined();
    expect(row).toContain('Device or other IDs, Advertising ID, Approximate location');
    expect(row).toContain('`android/app/build.gradle:22` (+2 more)');
    expect(row).toContain('We use AppsFlyer (AppsFlyer Ltd.) for attribution and analytics; it collects device or other IDs, advertising ID');
  });

  it('the GitHub annotations: one per finding, with the right command', () => {
    const lines = formatGithub(demo).trimEnd().split('\n');
    expect(lines).toHaveLength(demo.findings.length);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(demo.findings.map((f) => `::${f.severity === 'note' ? 'notice' : f.severity}`));
    expect(lines[0]).toBe(
      '::error file=android/app/build.gradle,line=22,title=undisclosed-sdk::AppsFlyer (AppsFlyer Ltd.) ships in the app but the privacy disclosure does not name it. It collects device-id, advertising-id, coarse-location, product-interaction, purchase-history, advertising-data.',
    );
  });

  it('the JUnit report: one case per SDK, the undisclosed one fails', () => {
    const xml = formatJunit(demo);
    expect(xml.match(/<testcase /g)).toHaveLength(demo.sdks.length);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('<testcase classname="sdkscan.undisclosed" name="appsflyer/appsflyer">');
    expect(xml).toContain('android/app/build.gradle:22  implementation &apos;com.appsflyer:af-android-sdk:6.14.2&apos;');
    expect(xml).toContain('<testcase classname="sdkscan.disclosed" name="sentry/sentry"/>');
  });
});

describe('SARIF', () => {
  let validate: ValidateFunction;
  let demo: ScanResult;
  beforeAll(async () => {
    validate = sarifValidator();
    demo = await demoResult();
  });

  it('the schema fixture uses no keyword whose meaning changed between draft-04 and draft-07', () => {
    const text = readFileSync(SCHEMA, 'utf8');
    expect(text).toContain('"$schema": "http://json-schema.org/draft-04/schema#"');
    for (const k of ['"exclusiveMinimum"', '"exclusiveMaximum"', '"dependencies"']) expect(text).not.toContain(k);
  });

  it('the validator rejects what the schema forbids (a region with no start)', () => {
    const bad = JSON.parse(formatSarif(demo));
    delete bad.runs[0].results[0].locations[0].physicalLocation.region.startLine;
    expect(validate(bad)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'not a uri' } } }] })).toBe(false);
  });

  it.each([
    ['the demo app', () => demo],
    ['a hostile result', hostileResult],
    ['an empty result', () => result([], [], false)],
  ])('%s is valid SARIF 2.1.0', (_name, make) => {
    const log = JSON.parse(formatSarif(make()));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has one rule per check, with docs URL and default level', () => {
    const driver = JSON.parse(formatSarif(demo)).runs[0].tool.driver;
    expect(driver.name).toBe('sdkscan');
    expect(driver.version).toBe('0.0.0-golden');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(CHECKS.map((c) => c.id));
    for (const [i, c] of CHECKS.entries()) {
      expect(driver.rules[i]).toMatchObject({
        id: c.id,
        shortDescription: { text: c.description },
        help: { text: c.help },
        helpUri: checkHelpUri(c.id),
        defaultConfiguration: { level: c.severity },
      });
      expect(driver.rules[i].helpUri).toBe(`https://github.com/sdkscan/sdkscan/blob/main/docs/checks/${c.id}.md`);
    }
  });

  it('has one result per finding, located relative to %SRCROOT%, with the policy line as related location', () => {
    const run = JSON.parse(formatSarif(demo)).runs[0];
    expect(run.results).toHaveLength(demo.findings.length);
    expect(Object.keys(run.originalUriBaseIds)).toEqual(['%SRCROOT%']);
    for (const [i, f] of demo.findings.entries()) {
      const r = run.results[i];
      expect(r.ruleId).toBe(f.check);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.check);
      expect(r.level).toBe(f.severity);
      expect(r.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: f.location!.file, uriBaseId: '%SRCROOT%' }, region: { startLine: f.location!.line } });
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    }
    const vendorOnly = run.results.find((r: { ruleId: string }) => r.ruleId === 'vendor-only-disclosure');
    expect(vendorOnly.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'privacy-policy.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 11 } }, message: { text: 'privacy-policy.md:11 names "Google"' } },
    ]);
  });

  describe('fingerprints', () => {
    const fingerprints = (r: ScanResult) => JSON.parse(formatSarif(r)).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints[FINGERPRINT_KEY]);
    /** The same result after 7 lines were inserted at the top of every file. */
    const shifted = (r: ScanResult): ScanResult => ({
      ...r,
      sdks: r.sdks.map((s) => ({
        ...s,
        evidence: s.evidence.map((e) => ({ ...e, line: e.line + 7 })),
        disclosure: { ...s.disclosure, evidence: s.disclosure.evidence.map((d) => ({ ...d, line: d.line + 7 })) },
      })),
      findings: r.findings.map((f) => ({
        ...f,
        message: f.message.replace(/:(\d+)/g, (_m, n) => `:${Number(n) + 7}`),
        location: f.location && { ...f.location, line: f.location.line + 7 },
        related: f.related?.map((l) => ({ ...l, line: l.line + 7 })),
      })),
    });

    it('are unique within a run', () => {
      const fp = fingerprints(demo);
      expect(new Set(fp).size).toBe(fp.length);
    });
    it('do not change when lines move', () => expect(fingerprints(shifted(demo))).toEqual(fingerprints(demo)));
    it('change when the evidence line changes', () => {
      const edited: ScanResult = {
        ...demo,
        sdks: demo.sdks.map((s) => (s.id === 'appsflyer/appsflyer' ? { ...s, evidence: s.evidence.map((e) => ({ ...e, text: e.text.replace('6.14.2', '6.15.0') })) } : s)),
      };
      const [before, after] = [fingerprints(demo), fingerprints(edited)];
      expect(after[0]).not.toBe(before[0]);
      expect(after.slice(1)).toEqual(before.slice(1));
    });
    it('ignore whitespace around the evidence text', () => {
      const padded: ScanResult = { ...demo, sdks: demo.sdks.map((s) => ({ ...s, evidence: s.evidence.map((e) => ({ ...e, text: `  ${e.text}\t` })) })) };
      expect(fingerprints(padded)).toEqual(fingerprints(demo));
    });
  });

  it('percent-encodes paths and leaves policy URLs absolute', () => {
    const r = result(
      [sdk({ id: 'a/b', evidence: [{ file: 'my app/build #1.gradle', line: 2, ecosystem: 'maven', name: 'x', direct: true, usage: 'release', text: 'x' }] })],
      [{ check: 'vendor-only-disclosure', severity: 'warning', sdk: 'a/b', message: 'm', location: { file: 'my app/build #1.gradle', line: 2 }, related: [{ file: 'https://example.com/privacy', line: 5 }] }],
    );
    const log = JSON.parse(formatSarif(r));
    expect(validate(log)).toBe(true);
    const res = log.runs[0].results[0];
    expect(res.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'my%20app/build%20%231.gradle', uriBaseId: '%SRCROOT%' });
    expect(res.relatedLocations[0].physicalLocation.artifactLocation).toEqual({ uri: 'https://example.com/privacy' });
  });
});

describe('GitHub workflow commands', () => {
  it.each([
    ['plain text', 'plain text'],
    ['100%', '100%25'],
    ['a\nb', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A literal', '%250A literal'],
    ['a: b, c', 'a: b, c'],
  ])('escapeData(%j) = %j', (input, want) => expect(escapeData(input)).toBe(want));

  it.each([
    ['android/app/build.gradle', 'android/app/build.gradle'],
    ['C:dir,x', 'C%3Adir%2Cx'],
    ['50%,\n', '50%25%2C%0A'],
  ])('escapeProperty(%j) = %j', (input, want) => expect(escapeProperty(input)).toBe(want));

  it('escapes a hostile finding so it stays one command', () => {
    const r = result([], [
      { check: 'undisclosed-sdk', severity: 'error', message: 'line one\nline two: 100%', location: { file: 'odd,name:x.gradle', line: 4 } },
      { check: 'stale-disclosure', severity: 'note', message: 'no location' },
    ]);
    expect(formatGithub(r)).toBe(
      '::error file=odd%2Cname%3Ax.gradle,line=4,title=undisclosed-sdk::line one%0Aline two: 100%25\n::notice title=stale-disclosure::no location\n',
    );
  });

  it('prints nothing when there are no findings', () => expect(formatGithub(result([], []))).toBe(''));
});

describe('escaping in HTML, Markdown and JUnit', () => {
  it('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('plain')).toBe('plain');
  });

  it('an SDK named <script> comes out as text, never as markup', () => {
    const html = formatHtml(hostileResult());
    expect(html).not.toContain(EVIL);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Evil</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | SDK');
    expect(html).toContain('&quot;Evil&quot; &amp; &lt;Co&gt; | Ltd, it&#39;s');
    expect(html).toContain('We use <mark>&lt;b&gt;Evil&lt;/b&gt;</mark> &amp; friends.');
    // the report's own script is the only one
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`id="${sdkElementId('evil/sdk')}" data-sdk="evil/sdk" data-status="vendor-only" data-category="analytics"`);
  });

  it('sdkElementId is unique and HTML-safe', () => {
    const ids = ['a/b-c', 'a-b/c', 'a_b/c', 'a/b_c', '极光/push'].map(sdkElementId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^sdk-[A-Za-z0-9_-]+$/);
  });

  it('Markdown escapes | in table cells and markup in names', () => {
    const md = formatMarkdown(hostileResult());
    expect(md).not.toContain('<script>');
    const row = md.split('\n').find((l) => l.includes('evil') || l.includes('\\<script'))!;
    expect(row).toBeDefined();
    // a 5-column row has exactly 6 unescaped pipes
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(row).toContain('\\<script\\>alert("x")\\</script\\> \\| SDK');
  });

  it('Markdown verdicts', () => {
    const ok = result([sdk({ id: 'a/a', disclosure: { status: 'disclosed', evidence: [] } })], []);
    expect(formatMarkdown(ok)).toContain('✅ **every data-collecting SDK is disclosed**');
    const none = result([sdk({ id: 'a/a', disclosure: { status: 'no-disclosure', evidence: [] } })], [], false);
    expect(formatMarkdown(none)).toContain('ℹ️ **1 SDK found; no privacy policy was given, so none was checked**');
    const two = result([sdk({ id: 'a/a' }), sdk({ id: 'b/b' })], []);
    expect(formatMarkdown(two)).toContain('❌ **2 data-collecting SDKs are not named in the privacy policy**');
  });

  it('JUnit escapes attributes and text', () => {
    const xml = formatJunit(hostileResult());
    expect(xml).not.toContain('<script');
    expect(xml).toContain('<testcase classname="sdkscan.vendor-only" name="evil/sdk">');
    expect(xml).toContain('<failure message="The policy says &quot;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&quot;&#10;is not used" type="contradicted-disclosure">');
    expect(xml).toContain('warning vendor-only-disclosure: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; is covered\nonly by 100% vendor');
    expect(formatJunit(result([sdk({ id: 'c/c', name: 'bad\u0001char' })], []))).toContain('bad\uFFFDchar');
  });
});
