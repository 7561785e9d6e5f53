import { createHash } from 'node:crypto';
import type { DisclosureStatus, Finding, ScanResult, SdkReport } from '../types';
import {
  categoryLabel,
  countByStatus,
  dataTypeLabel,
  findingsWithoutSdkCard,
  plural,
  sdksInStatusOrder,
  STATUS_HELP,
  STATUS_LABEL,
  STATUS_ORDER,
  suggestedWording,
} from './labels';

// One self-contained HTML file: inline CSS and script, no network (a CSP forbids every fetch), every card
// visible without JavaScript. Hooks for tests and users: #summary [data-status] counts, .sdk-card with
// data-sdk / data-status / data-category, #filters (status checkboxes, #filter-category), #shown-count.

/** Text and attribute values: the five characters HTML gives meaning to. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A stable, unique element id for an SDK id: 'appsflyer/appsflyer' -> 'sdk-appsflyer_2fappsflyer'. */
export function sdkElementId(id: string): string {
  return `sdk-${id.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

const CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --card: #f6f8fa;
  --red: #cf222e; --red-bg: #ffebe9; --amber: #9a6700; --amber-bg: #fff8c5; --green: #1a7f37; --green-bg: #dafbe1;
  --grey: #59636e; --grey-bg: #eff2f5; --blue: #0969da; --blue-bg: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 0; }
h3 { font-size: 12px; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--grey-bg); padding: 1px 4px; border-radius: 4px; word-break: break-all; }
.meta, .sdk-meta, .ev-meta, footer { color: var(--muted); }
.verdict { font-size: 16px; font-weight: 600; padding: 8px 12px; border-radius: 6px; display: inline-block; margin: 8px 0 0; }
.verdict-fail { color: var(--red); background: var(--red-bg); }
.verdict-warn { color: var(--amber); background: var(--amber-bg); }
.verdict-pass { color: var(--green); background: var(--green-bg); }
.verdict-info { color: var(--blue); background: var(--blue-bg); }
#summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0; }
.count { min-width: 110px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; background: var(--card); }
.count-n { display: block; font-size: 24px; font-weight: 700; }
.count[data-status="undisclosed"] .count-n { color: var(--red); }
.count[data-status="vendor-only"] .count-n { color: var(--amber); }
.count[data-status="disclosed"] .count-n { color: var(--green); }
#filters { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; margin: 0 0 16px; padding: 8px 12px; border: 1px solid var(--line); border-radius: 6px; }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
#filters legend { float: left; margin-right: 8px; font-weight: 600; }
#sdks { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 12px; }
.sdk-card { border: 1px solid var(--line); border-left: 6px solid var(--grey); border-radius: 6px; padding: 12px 16px; background: var(--bg); }
.sdk-card[data-status="undisclosed"] { border-left-color: var(--red); }
.sdk-card[data-status="vendor-only"] { border-left-color: var(--amber); }
.sdk-card[data-status="disclosed"] { border-left-color: var(--green); }
.sdk-card[data-status="no-disclosure"] { border-left-color: var(--blue); }
.card-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px; }
.sdk-meta { margin: 2px 0 0; flex-basis: 100%; }
.badge { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; background: var(--grey-bg); color: var(--grey); }
.badge-undisclosed { background: var(--red-bg); color: var(--red); }
.badge-vendor-only { background: var(--amber-bg); color: var(--amber); }
.badge-disclosed { background: var(--green-bg); color: var(--green); }
.badge-no-disclosure { background: var(--blue-bg); color: var(--blue); }
.tag { font-size: 12px; padding: 0 6px; border: 1px solid var(--line); border-radius: 10px; color: var(--muted); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
ul.evidence, ul.findings, ul.data-types { list-style: none; margin: 0; padding: 0; }
ul.evidence li { margin: 0 0 6px; }
.loc { font-weight: 600; }
ul.data-types li { display: inline-block; margin: 0 4px 4px 0; padding: 0 6px; border-radius: 10px; background: var(--grey-bg); font-size: 12px; }
.finding { margin: 8px 0 0; padding: 6px 10px; border-radius: 6px; background: var(--grey-bg); }
.finding.sev-error { background: var(--red-bg); }
.finding.sev-warning { background: var(--amber-bg); }
.not-named { color: var(--red); font-weight: 600; }
.reason, .suggestion { margin: 8px 0 0; }
.suggestion q { font-style: italic; }
blockquote { margin: 2px 0 0; padding: 0 8px; border-left: 3px solid var(--line); color: var(--muted); }
mark { background: #fff8c5; color: inherit; padding: 0 1px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
#other-findings, #diagnostics { margin-top: 24px; }
footer { margin-top: 24px; }
[hidden] { display: none !important; }
@media (max-width: 640px) { #sdks { grid-template-columns: 1fr; } .sides { grid-template-columns: 1fr; } }
@media print { #filters { display: none !important; } .sdk-card { break-inside: avoid; } }
`;

// Filters only exist once the script runs: without JavaScript the form stays hidden and every card shows.
const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var select = document.getElementById('filter-category');
  var output = document.getElementById('shown-count');
  var cards = Array.prototype.slice.call(document.querySelectorAll('.sdk-card'));
  function apply() {
    var statuses = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="status"]'), function (box) {
      if (box.checked) statuses[box.value] = true;
    });
    var category = select.value;
    var shown = 0;
    cards.forEach(function (card) {
      var ok = statuses[card.getAttribute('data-status')] === true &&
        (category === '' || card.getAttribute('data-category').split(' ').indexOf(category) >= 0);
      card.hidden = !ok;
      if (ok) shown++;
    });
    output.textContent = shown + ' of ' + cards.length + ' SDKs shown';
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
})();
`;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
/** Nothing may be fetched; only this file's own style and script (by hash) may run. */
const CSP = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;

/** The policy line with the matched term marked (first occurrence, case-insensitive), all of it escaped. */
function markTerm(text: string, term: string): string {
  const at = term ? text.toLowerCase().indexOf(term.toLowerCase()) : -1;
  if (at < 0 || text.slice(at, at + term.length).toLowerCase() !== term.toLowerCase()) return escapeHtml(text);
  return `${escapeHtml(text.slice(0, at))}<mark>${escapeHtml(text.slice(at, at + term.length))}</mark>${escapeHtml(text.slice(at + term.length))}`;
}

function findingItem(f: Finding): string {
  const where = f.location ? ` <span class="loc">${escapeHtml(`${f.location.file}:${f.location.line}`)}</span>` : '';
  return `<li class="finding sev-${escapeHtml(f.severity)}" data-check="${escapeHtml(f.check)}" data-severity="${escapeHtml(f.severity)}"><strong>${escapeHtml(f.severity)}</strong> <code>${escapeHtml(f.check)}</code>${where}: ${escapeHtml(f.message)}</li>`;
}

function card(s: SdkReport, findings: Finding[]): string {
  const st = s.disclosure.status;
  const tags = [
    s.usage !== 'release' ? `${s.usage} only` : '',
    s.tracking ? 'tracking' : '',
    s.applePrivacyImpacting ? "Apple's privacy-impacting SDK list" : '',
  ].filter(Boolean);
  const out: string[] = [];
  out.push(
    `<article class="sdk-card" id="${sdkElementId(s.id)}" data-sdk="${escapeHtml(s.id)}" data-status="${escapeHtml(st)}" data-category="${escapeHtml(s.categories.join(' '))}" data-usage="${escapeHtml(s.usage)}">`,
    '<header class="card-head">',
    `<h2 class="sdk-name">${escapeHtml(s.name)}</h2>`,
    `<span class="badge badge-${escapeHtml(st)}" title="${escapeHtml(STATUS_HELP[st])}">${escapeHtml(STATUS_LABEL[st])}</span>`,
    ...tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`),
    `<p class="sdk-meta"><span class="sdk-vendor">${escapeHtml(s.vendor)}</span> · <code class="sdk-id">${escapeHtml(s.id)}</code>${s.categories.length ? ` · <span class="sdk-categories">${escapeHtml(s.categories.map(categoryLabel).join(', '))}</span>` : ''}</p>`,
    '</header>',
  );
  if (findings.length) out.push(`<ul class="findings">${findings.map(findingItem).join('')}</ul>`);
  if (s.collectsData)
    out.push(
      '<h3>Collects</h3>',
      s.dataTypes.length
        ? `<ul class="data-types">${s.dataTypes.map((d) => `<li data-type="${escapeHtml(d)}">${escapeHtml(dataTypeLabel(d))}</li>`).join('')}</ul>`
        : '<p class="data-types-unknown">Data types not listed in the rule.</p>',
    );
  if (s.privacyManifest)
    out.push(
      `<p class="sdk-privacy-manifest">Its own privacy manifest <code>${escapeHtml(s.privacyManifest.file)}</code>: tracking ${s.privacyManifest.tracking ? 'yes' : 'no'}${s.privacyManifest.trackingDomains.length ? `, tracking domains ${escapeHtml(s.privacyManifest.trackingDomains.join(', '))}` : ''}.</p>`,
    );

  const app = s.evidence.map((e) => {
    const meta = [e.ecosystem, e.version, e.scope, e.direct ? '' : 'transitive', e.usage !== 'release' ? e.usage : ''].filter(Boolean).join(' · ');
    const via = e.via?.length ? ` <span class="ev-via">via ${escapeHtml(e.via.join(' › '))}</span>` : '';
    return `<li data-file="${escapeHtml(e.file)}" data-line="${e.line}"><span class="loc">${escapeHtml(`${e.file}:${e.line}`)}</span> <span class="ev-meta">${escapeHtml(meta)}</span>${via}<br><code>${escapeHtml(e.text)}</code></li>`;
  });
  const policy = s.disclosure.evidence.map(
    (d) =>
      `<li data-source="${escapeHtml(d.source)}" data-line="${d.line}" data-level="${escapeHtml(d.level)}"><span class="loc">${escapeHtml(`${d.source}:${d.line}`)}${d.page ? ` (page ${d.page})` : ''}</span> <span class="term">“${escapeHtml(d.term)}”</span> <span class="ev-meta">${escapeHtml(d.level)} name</span><blockquote>${markTerm(d.text, d.term)}</blockquote></li>`,
  );
  const policySide =
    policy.length > 0
      ? `<ul class="evidence evidence-policy">${policy.join('')}</ul>`
      : st === 'undisclosed'
        ? '<p class="not-named">Not named in the policy.</p>'
        : st === 'no-disclosure'
          ? '<p class="no-policy">No policy given.</p>'
          : '<p class="not-needed">No mention needed.</p>';
  out.push(
    '<div class="sides">',
    `<section class="side side-app"><h3>In the app</h3><ul class="evidence evidence-app">${app.join('')}</ul></section>`,
    `<section class="side side-policy"><h3>In the policy</h3>${policySide}</section>`,
    '</div>',
  );
  if (s.disclosure.reason) out.push(`<p class="reason">${escapeHtml(s.disclosure.reason)}</p>`);
  if (st === 'undisclosed' || st === 'vendor-only') out.push(`<p class="suggestion">Suggested policy wording: <q>${escapeHtml(suggestedWording(s))}</q></p>`);
  out.push('</article>');
  return out.join('\n');
}

function verdict(result: ScanResult, counts: Record<DisclosureStatus, number>): { cls: string; text: string } {
  if (!result.disclosures.length) return { cls: 'verdict-info', text: `${plural(result.sdks.length, 'SDK', 'SDKs')} found; no privacy policy was given, so none was checked` };
  if (counts.undisclosed) return { cls: 'verdict-fail', text: `${plural(counts.undisclosed, 'data-collecting SDK is', 'data-collecting SDKs are')} not named in the privacy policy` };
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (errors) return { cls: 'verdict-fail', text: `${plural(errors, 'error', 'errors')} in the privacy disclosure` };
  if (counts['vendor-only']) return { cls: 'verdict-warn', text: `Every data-collecting SDK is disclosed, but ${plural(counts['vendor-only'], 'is', 'are')} named only by its vendor` };
  return { cls: 'verdict-pass', text: 'Every data-collecting SDK is disclosed' };
}

export function formatHtml(result: ScanResult): string {
  const counts = countByStatus(result);
  const v = verdict(result, counts);
  const present = STATUS_ORDER.filter((st) => counts[st] > 0);
  const categories = [...new Set(result.sdks.flatMap((s) => s.categories))].sort();
  const sources = result.disclosures.length
    ? `against ${result.disclosures.map((d) => `<code>${escapeHtml(d.source)}</code> (${escapeHtml(d.kind)})`).join(', ')}`
    : 'with no privacy policy';
  const bySdk = new Map<string, Finding[]>();
  for (const f of result.findings) if (f.sdk) bySdk.set(f.sdk, [...(bySdk.get(f.sdk) ?? []), f]);
  const others = findingsWithoutSdkCard(result);
  const sev = (s: string) => result.findings.filter((f) => f.severity === s).length;

  const h: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="sdkscan">',
    `<title>sdkscan report: ${escapeHtml(result.root)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header id="report-header">',
    '<h1>sdkscan report</h1>',
    `<p class="meta">Scanned <code id="root">${escapeHtml(result.root)}</code> ${sources}.</p>`,
    `<p id="verdict" class="verdict ${v.cls}">${escapeHtml(v.text)}</p>`,
    '</header>',
    '<section id="summary" aria-label="Summary">',
    `<div class="count" data-status="all"><span class="count-n" id="count-total">${result.sdks.length}</span><span class="count-label">SDKs found</span></div>`,
    ...present.map(
      (st) => `<div class="count" data-status="${st}"><span class="count-n" id="count-${st}">${counts[st]}</span><span class="count-label">${escapeHtml(STATUS_LABEL[st])}</span></div>`,
    ),
    `<div class="count" data-findings="${result.findings.length}"><span class="count-n" id="count-findings">${result.findings.length}</span><span class="count-label">findings (${sev('error')} error, ${sev('warning')} warning, ${sev('note')} note)</span></div>`,
    `<div class="count"><span class="count-n" id="count-diagnostics">${result.diagnostics.length}</span><span class="count-label">diagnostics</span></div>`,
    '</section>',
    '<form id="filters" hidden>',
    '<fieldset id="filter-status"><legend>Status</legend>',
    ...present.map((st) => `<label><input type="checkbox" name="status" value="${st}" checked> ${escapeHtml(STATUS_LABEL[st])} (${counts[st]})</label>`),
    '</fieldset>',
    `<label>Category <select id="filter-category" name="category"><option value="">all categories</option>${categories.map((c) => `<option value="${escapeHtml(c)}">${escapeHtml(categoryLabel(c))}</option>`).join('')}</select></label>`,
    `<output id="shown-count">${result.sdks.length} of ${result.sdks.length} SDKs shown</output>`,
    '</form>',
    '<main id="sdks">',
    ...sdksInStatusOrder(result).map((s) => card(s, bySdk.get(s.id) ?? [])),
    '</main>',
  ];
  if (others.length)
    h.push('<section id="other-findings">', `<h2>Other findings (${others.length})</h2>`, `<ul class="findings">${others.map(findingItem).join('')}</ul>`, '</section>');
  if (result.diagnostics.length)
    h.push(
      '<section id="diagnostics">',
      `<h2>Diagnostics (${result.diagnostics.length})</h2>`,
      '<table><thead><tr><th>File</th><th>Severity</th><th>Message</th></tr></thead><tbody>',
      ...result.diagnostics.map(
        (d) => `<tr class="diagnostic sev-${escapeHtml(d.severity)}"><td><code>${escapeHtml(d.line ? `${d.file}:${d.line}` : d.file)}</code></td><td>${escapeHtml(d.severity)}</td><td>${escapeHtml(d.message)}</td></tr>`,
      ),
      '</tbody></table>',
      '</section>',
    );
  h.push(`<footer>sdkscan ${escapeHtml(result.tool.version)} · ${result.tool.rulesCount} SDK rules</footer>`, `<script>${SCRIPT}</script>`, '</body>', '</html>', '');
  return h.join('\n');
}
