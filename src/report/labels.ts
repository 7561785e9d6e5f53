import type { DisclosureStatus, Finding, ScanResult, SdkReport } from '../types';
import { TAXONOMY } from '../rules/taxonomy';
import { primaryLocation } from '../checks/types';

// Wording and ordering shared by the Markdown, HTML and JUnit formatters.

/** Most urgent first: the order groups appear in every human-facing report. */
export const STATUS_ORDER: readonly DisclosureStatus[] = ['undisclosed', 'vendor-only', 'no-disclosure', 'disclosed', 'not-applicable'];

export const STATUS_LABEL: Record<DisclosureStatus, string> = {
  undisclosed: 'Undisclosed',
  'vendor-only': 'Vendor only',
  'no-disclosure': 'Not judged',
  disclosed: 'Disclosed',
  'not-applicable': 'Not applicable',
};

export const STATUS_HELP: Record<DisclosureStatus, string> = {
  undisclosed: 'collects data, and the policy does not name it',
  'vendor-only': 'the policy names only the vendor, not the SDK',
  'no-disclosure': 'no policy was given (use --policy to judge)',
  disclosed: 'the policy names the SDK, its family or one of its identifiers',
  'not-applicable': 'collects no data, or is a test/dev dependency only',
};

/** The taxonomy label of a data type id ('device-id' -> 'Device or other IDs'); unknown ids as they are. */
export function dataTypeLabel(id: string): string {
  return TAXONOMY.dataTypes[id]?.label ?? id;
}

/** A label inside a sentence: 'Approximate location' -> 'approximate location', but 'Advertising ID' keeps 'ID'. */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** 'crash-reporting' -> 'crash reporting' */
export function categoryLabel(id: string): string {
  return id.replace(/-/g, ' ');
}

/** ['a'] -> 'a'; ['a', 'b'] -> 'a and b'; ['a', 'b', 'c'] -> 'a, b and c' */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A sentence the app's policy could carry to disclose the SDK. */
export function suggestedWording(s: SdkReport): string {
  const who = s.vendor && s.vendor !== s.name ? `${s.name} (${s.vendor})` : s.name;
  const purpose = s.categories.length ? ` for ${listText(s.categories.map(categoryLabel))}` : '';
  const data = s.dataTypes.length ? `; it collects ${listText(s.dataTypes.map((d) => lowerFirst(dataTypeLabel(d))))}` : '';
  return `We use ${who}${purpose}${data}.`;
}

/** Where the SDK comes into the app: its first shipped, direct piece of evidence (as the checks point). */
export function entryPoint(s: SdkReport): { file: string; line: number; text?: string } | undefined {
  const loc = primaryLocation(s);
  if (!loc) return undefined;
  const ev = s.evidence.find((e) => e.file === loc.file && e.line === loc.line);
  return { ...loc, text: ev?.text };
}

export function countByStatus(result: ScanResult): Record<DisclosureStatus, number> {
  const counts: Record<DisclosureStatus, number> = { undisclosed: 0, 'vendor-only': 0, 'no-disclosure': 0, disclosed: 0, 'not-applicable': 0 };
  for (const s of result.sdks) counts[s.disclosure.status]++;
  return counts;
}

/** The SDKs in report order: by status (most urgent first), then by id. */
export function sdksInStatusOrder(result: ScanResult): SdkReport[] {
  return STATUS_ORDER.flatMap((st) => result.sdks.filter((s) => s.disclosure.status === st));
}

/** Findings about SDKs the result does not list (stale disclosures) or about no SDK at all. */
export function findingsWithoutSdkCard(result: ScanResult): Finding[] {
  const ids = new Set(result.sdks.map((s) => s.id));
  return result.findings.filter((f) => !f.sdk || !ids.has(f.sdk));
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
