import type { Rule, RuleMatch } from '../types';

// The coverage table of rules/README.md: how many rules per category, and per ecosystem they can be found in.

const ECOSYSTEMS: [keyof RuleMatch, string][] = [
  ['maven', 'Maven'], ['javaPackages', 'Java packages'], ['androidManifest', 'Android manifest'], ['gradlePlugins', 'Gradle plugins'],
  ['cocoapods', 'CocoaPods'], ['spm', 'SwiftPM'], ['carthage', 'Carthage'], ['frameworks', 'frameworks'], ['plistKeys', 'Info.plist'],
  ['npm', 'npm'], ['pub', 'pub'], ['nuget', 'NuGet'], ['unity', 'Unity'], ['binaries', 'vendored binaries'], ['trackingDomains', 'domains'],
];

export function coverageTable(rules: Rule[]): string {
  const collecting = rules.filter((r) => r.collectsData);
  const lines: string[] = [];
  lines.push(`${rules.length} rules: ${collecting.length} data-collecting SDKs, ${rules.length - collecting.length} libraries that collect nothing; ${new Set(rules.map((r) => r.vendor)).size} vendors.`);
  lines.push(`${collecting.filter((r) => r.dataTypes.length && r.dataTypesSource).length} data-collecting rules name the source of their data types; ${rules.filter((r) => r.applePrivacyImpacting).length} are on Apple's privacy-impacting SDK list.`);
  lines.push('');
  const cats = new Map<string, Rule[]>();
  for (const r of rules) for (const c of r.categories) cats.set(c, [...(cats.get(c) ?? []), r]);
  lines.push(`| category | rules | ${ECOSYSTEMS.map(([, label]) => label).join(' | ')} |`);
  lines.push(`| --- | ---: | ${ECOSYSTEMS.map(() => '---:').join(' | ')} |`);
  const row = (label: string, list: Rule[]) => `| ${label} | ${list.length} | ${ECOSYSTEMS.map(([k]) => list.filter((r) => r.match[k]?.length).length).join(' | ')} |`;
  for (const [c, list] of [...cats].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) lines.push(row(c, list));
  lines.push(row('**all**', rules));
  return `${lines.join('\n')}\n`;
}

/** The data-type taxonomy with its Apple and Google Play identifiers, and how many rules use each type. */
export function taxonomyTable(rules: Rule[], dataTypes: Record<string, { label: string; apple: string; play: string; playLabel?: string }>): string {
  const lines = ['| id | label | Apple (NSPrivacyCollectedDataType…) | Google Play Data safety | rules |', '| --- | --- | --- | --- | ---: |'];
  for (const [id, t] of Object.entries(dataTypes)) {
    lines.push(`| \`${id}\` | ${t.label} | \`${t.apple.replace('NSPrivacyCollectedDataType', '')}\` | \`${t.play}\` (${t.playLabel ?? ''}) | ${rules.filter((r) => r.dataTypes.includes(id)).length} |`);
  }
  return `${lines.join('\n')}\n`;
}
