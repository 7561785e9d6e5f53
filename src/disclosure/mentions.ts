import type { Mention } from '../types';
import type { PolicyDocument, PolicyLine } from './document';
import { normalizeText } from './normalize';
import { patternOf, type TermIndex } from './terms';

// Finds every place a policy names an SDK: by product, family or vendor name, by Java package
// (`io.sentry.event`, `com.amazonaws.**`, `zendesk.core.*`) or by domain (`appsflyer.com`).

const SENTENCE_END = /[.!?。！？;；]\s|[。！？；]/g;

/** The sentence around [start, end) in a normalized line. */
function sentenceAround(s: string, start: number, end: number): string {
  let from = 0;
  let to = s.length;
  SENTENCE_END.lastIndex = 0;
  for (const m of s.matchAll(SENTENCE_END)) {
    const stop = m.index! + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  // very long run-on text (scraped pages): keep a window
  if (start - from > 200) from = start - 200;
  if (to - end > 200) to = end + 200;
  return s.slice(from, to);
}

function containsWord(hay: string, word: string): boolean {
  let i = hay.indexOf(word);
  while (i >= 0) {
    const before = i === 0 ? '' : hay[i - 1];
    const after = hay[i + word.length] ?? '';
    const latin = /[a-z]/.test(word[0]);
    if (!latin || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) return true;
    i = hay.indexOf(word, i + 1);
  }
  return false;
}

function negatedBefore(sentence: string, termPos: number, cues: string[]): boolean {
  const before = sentence.slice(0, termPos);
  return cues.some((c) => containsWord(before, c));
}

const LEVEL_RANK: Record<Mention['level'], number> = { product: 3, identifier: 2, family: 1, vendor: 0 };

interface Candidate {
  ruleIds: string[];
  level: Mention['level'];
  term: string;
  start: number;
  end: number;
}

export function findMentions(doc: PolicyDocument, index: TermIndex): Mention[] {
  const out: Mention[] = [];
  const { contextWords, negationCues, vendorNonSdkSuffixes } = index.terms;
  for (const pl of doc.lines) {
    if (!pl.text.trim()) continue;
    const norm = normalizeText(pl.text);
    const original = pl.text.normalize('NFKC');
    const found: Candidate[] = [];
    const tokenSpans: [number, number][] = [];

    // 1. packages and domains: lower-case dotted tokens in the original text (case kept, so that
    //    'com.facebookFacebook' from a scraped table stops at the capital letter)
    for (const m of original.matchAll(/(?<![A-Za-z0-9_.])[a-z][a-z0-9_-]*(?:[.:](?:[a-z0-9_-]+|\*{1,2}))+/g)) {
      let token = m[0].replace(/:/g, '.').replace(/(\.\*{1,2})+$/, '');
      const start = m.index!;
      let end = start + m[0].length;
      // a table cell glued to the next one: 'io.sentry.eventsentry' = 'io.sentry.event' + 'sentry'
      const segs = token.split('.');
      const last = segs[segs.length - 1];
      for (let i = 1; i <= last.length - 4; i++) {
        const glued = index.squashed.get(last.slice(i));
        if (glued) {
          token = [...segs.slice(0, -1), last.slice(0, i)].join('.');
          const nameStart = end - (last.length - i);
          for (const g of glued) found.push({ ruleIds: g.ruleIds, level: g.level, term: g.term, start: nameStart, end });
          end = nameStart;
          break;
        }
      }
      tokenSpans.push([start, end]);
      const ids = resolveToken(token, index);
      // group:artifact forms (com.stripe:stripe, com.vk:android) name the rules of that Maven group
      if (m[0].includes(':')) for (const id of index.mavenGroups.get(m[0].split(':')[0].toLowerCase()) ?? []) if (!ids.includes(id)) ids.push(id);
      if (ids.length) found.push({ ruleIds: ids, level: 'identifier', term: original.slice(start, end), start, end });
    }
    const inToken = (s: number, e: number) => tokenSpans.some(([a, b]) => s >= a && e <= b);

    // 2. names (a vendor word inside another product's name still names the vendor: "Google" in "Google Analytics")
    for (const g of index.groups) {
      if (!norm.includes(g.key)) continue;
      const spans: [number, number][] = [];
      if (g.cjk) {
        for (let i = norm.indexOf(g.key); i >= 0; i = norm.indexOf(g.key, i + g.key.length)) spans.push([i, i + g.key.length]);
      } else {
        const re = patternOf(g);
        re.lastIndex = 0;
        for (const m of norm.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
      }
      for (const [start, end] of spans) {
        // 'com.google' in a package is not the vendor named as a recipient
        if (g.level !== 'product' && !g.cjk && inToken(start, end)) continue;
        if (g.ambiguous) {
          // ordinary words need their capital letter as written in the policy, and context
          if (g.capitalized && !/^\p{Lu}/u.test(original.slice(start, end))) continue;
          const sentence = sentenceAround(norm, start, end);
          // a negation is context too: "we never use Segment" names the product it denies
          const context = pl.row || contextWords.some((w) => containsWord(sentence, w)) || /\b[a-z0-9-]+\.(com|io|net|co)\b/.test(sentence) || negatedBefore(sentence, sentence.indexOf(norm.slice(start, end)), negationCues);
          if (!context) continue;
        }
        if (g.level === 'vendor') {
          const after = norm.slice(end).replace(/^['’]s\b/, '').trimStart();
          if (vendorNonSdkSuffixes.some((s) => after.startsWith(s) && !/[\p{L}\p{N}]/u.test(after[s.length] ?? ''))) continue;
        }
        found.push({ ruleIds: g.ruleIds, level: g.level, term: original.slice(start, end) || g.term, start, end });
      }
    }

    // 3. one mention per rule and line: the strongest, not negated when one is not
    const best = new Map<string, Mention>();
    for (const c of found) {
      const sentence = sentenceAround(norm, c.start, c.end);
      const pos = sentence.indexOf(norm.slice(c.start, c.end));
      const negated = negatedBefore(sentence, pos < 0 ? 0 : pos, negationCues);
      for (const ruleId of c.ruleIds) {
        const m = mention(doc, pl, ruleId, c.level, c.term, negated);
        const prev = best.get(ruleId);
        const score = (x: Mention) => (x.negated ? 0 : 10) + LEVEL_RANK[x.level];
        if (!prev || score(m) > score(prev)) best.set(ruleId, m);
      }
    }
    out.push(...best.values());
  }
  return out;
}

/** Rules a package / coordinate / domain token names. */
export function resolveToken(token: string, index: TermIndex): string[] {
  const t = token.toLowerCase();
  const ids = new Set<string>();
  // domains: appsflyer.com, sdk.appsflyer.com
  for (let d = t; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const hit = index.domains.get(d);
    if (hit) {
      ids.add(hit);
      break;
    }
  }
  const segs = t.split('.');
  if (segs.length < 2) return [...ids];
  // the token is as specific as, or more specific than, a claimed package: io.sentry.event -> io.sentry
  let owner: string | undefined;
  for (let i = segs.length; i >= 2; i--) {
    const hit = index.packages.get(segs.slice(0, i).join('.'));
    if (hit) {
      owner = hit;
      ids.add(hit);
      break;
    }
  }
  for (const id of index.mavenGroups.get(t) ?? []) ids.add(id);
  // the token is broader than claimed packages: com.google.android.gms -> every play-services rule under it.
  // Two-segment prefixes (com.google) only count when the token itself belongs to one vendor's rule.
  const under = index.packagePrefixes.get(t) ?? [];
  const ownerVendor = owner && index.packages.get(t) === owner ? index.vendorOf.get(owner) : index.mavenGroups.get(t)?.map((id) => index.vendorOf.get(id))[0];
  for (const id of under) {
    if (segs.length >= 3 || (ownerVendor && index.vendorOf.get(id) === ownerVendor)) ids.add(id);
  }
  return [...ids].sort();
}

function mention(doc: PolicyDocument, pl: PolicyLine, ruleId: string, level: Mention['level'], term: string, negated: boolean): Mention {
  const m: Mention = { ruleId, level, term, source: doc.source, line: pl.line, text: excerpt(pl.text, term) };
  if (pl.page !== undefined) m.page = pl.page;
  if (negated) m.negated = true;
  return m;
}

/** The policy line, cut to a readable window around the term when the line is very long. */
function excerpt(text: string, term: string): string {
  const t = text.trim();
  if (t.length <= 240) return t;
  const i = normalizeText(t).indexOf(normalizeText(term));
  const from = Math.max(0, (i < 0 ? 0 : i) - 100);
  return `${from > 0 ? '…' : ''}${t.slice(from, from + 240).trim()}${from + 240 < t.length ? '…' : ''}`;
}
