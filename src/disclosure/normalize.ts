// Text normalization for matching names in policies: NFKC folds full-width forms (ＡｐｐｓＦｌｙｅｒ),
// compatibility characters and ligatures; then case folding. Lengths may change, so matching works on
// lines and reports the line, never a column.

export function normalizeText(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2000-\u200b\u3000]/g, ' ');
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits a Latin name into its parts: 'AppsFlyer SDK' -> [apps, flyer, sdk]; 'Growing.io' -> [growing, io]. */
export function nameParts(name: string): string[] {
  return name
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s\-_.·/]+/)
    .filter(Boolean)
    .map((p) => p.toLowerCase());
}

/**
 * A pattern for a Latin name on word boundaries, where the parts may be joined by nothing, a space, a hyphen
 * or a dot ('Apps Flyer', 'AppsFlyer', 'apps-flyer'), and a multi-word name ending in 's' may drop it
 * ('Google Analytic'). Applied to normalized (lower-case) text.
 */
export function latinNamePattern(name: string): string {
  const parts = nameParts(name);
  let body = parts.map(escapeRe).join('[\\s\\-.]?');
  if (parts.length > 1 && /[a-z]{4,}s$/.test(parts[parts.length - 1])) body += '?';
  // boundaries are Latin letters and digits only: CJK text puts names right next to other words ('zendesk用户')
  return `(?<![a-z0-9\\u00c0-\\u024f])${body}(?![a-z0-9\\u00c0-\\u024f])`;
}

/** The longest part of a name, for a cheap `includes` pre-filter before running its pattern. */
export function prefilterKey(name: string): string {
  const parts = nameParts(name);
  const key = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return key.length > 4 && key.endsWith('s') ? key.slice(0, -1) : key;
}
