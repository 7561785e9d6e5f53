import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../parsers/yaml';
import { BUILTIN_RULES_DIR } from '../rules/taxonomy';
import type { DisclosureTerms } from './terms';

let cached: DisclosureTerms | undefined;

/** rules/disclosure-terms.yml: context words, negation cues, vendor non-SDK suffixes (bundled at build time). */
export function loadDisclosureTerms(): DisclosureTerms {
  if (cached) return cached;
  const parsed = parseYaml(readFileSync(join(BUILTIN_RULES_DIR, 'disclosure-terms.yml'), 'utf8'));
  if (!parsed.ok) throw new Error(`rules/disclosure-terms.yml: ${parsed.error}`);
  const v = parsed.value as Partial<DisclosureTerms>;
  const norm = (l?: string[]) => (l ?? []).map((x) => x.normalize('NFKC').toLowerCase());
  cached = { contextWords: norm(v.contextWords), negationCues: norm(v.negationCues), vendorNonSdkSuffixes: norm(v.vendorNonSdkSuffixes) };
  return cached;
}

export function setDisclosureTerms(t: DisclosureTerms): void {
  cached = t;
}
