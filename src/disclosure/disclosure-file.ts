import { PolicyLoadError } from './document';
import { parseYaml } from '../parsers/yaml';

// sdkscan-disclosures.yml: for teams that keep an explicit list of the SDKs their policy covers.
//   disclosures:
//     - sdk: appsflyer/appsflyer          # a rule id
//       justification: "Section 4 of the policy names our attribution partner"
//     - name: Mixpanel                    # or a name, matched like a policy mention

export function parseDisclosureFile(source: string, text: string): { name: string; line: number; text: string }[] {
  const parsed = parseYaml(text);
  if (!parsed.ok) throw new PolicyLoadError(source, `is not valid YAML${parsed.line ? ` (line ${parsed.line})` : ''}: ${parsed.error}`);
  const doc = parsed.value as { disclosures?: unknown } | null;
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.disclosures)) throw new PolicyLoadError(source, "needs a top-level 'disclosures:' list of entries with 'sdk: <rule id>' or 'name: <SDK name>'");
  const lines = text.split(/\r?\n/);
  return doc.disclosures.map((e: unknown, i: number) => {
    const entry = (typeof e === 'string' ? { name: e } : e) as { sdk?: unknown; name?: unknown };
    const name = typeof entry?.sdk === 'string' ? entry.sdk : typeof entry?.name === 'string' ? entry.name : undefined;
    if (!name) throw new PolicyLoadError(source, `disclosures[${i}]: give 'sdk: <rule id>' or 'name: <SDK name>'`);
    const idx = lines.findIndex((l) => l.includes(name));
    return { name, line: idx < 0 ? 1 : idx + 1, text: idx < 0 ? name : lines[idx].trim() };
  });
}
