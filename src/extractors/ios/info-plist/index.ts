import type { Dependency, Fact } from '../../../types';
import type { Extractor, ExtractInput, ExtractResult } from '../../types';
import { isBinaryPlist, parsePlist } from '../../../parsers/plist';

// Info.plist: top-level keys that only one SDK reads (FacebookAppID, GADApplicationIdentifier, branch_key,
// AppLovinSdkKey...) become `plist` dependencies; NSUserTrackingUsageDescription and SKAdNetworkItems are
// recorded as supporting facts. https://developer.apple.com/documentation/bundleresources/information_property_list

export function extractInfoPlist(input: ExtractInput): ExtractResult {
  if (isBinaryPlist(input.bytes)) {
    return { dependencies: [], diagnostics: [{ file: input.path, severity: 'note', message: 'binary plist: not read (convert with `plutil -convert xml1` to let sdkscan read its keys)', source: 'ios/info-plist' }] };
  }
  const parsed = parsePlist(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `plist could not be parsed: ${parsed.error}`, source: 'ios/info-plist' }] };
  const root = parsed.value;
  if (!root || typeof root !== 'object' || Array.isArray(root)) return { dependencies: [], diagnostics: [] };
  const lines = input.text.split(/\r?\n/);
  const lineOfKey = (key: string) => {
    const needle = `<key>${key}</key>`;
    const i = lines.findIndex((l) => l.includes(needle));
    return i < 0 ? 1 : i + 1;
  };
  const deps: Dependency[] = [];
  const facts: Fact[] = [];
  for (const key of Object.keys(root as Record<string, unknown>).sort()) {
    const line = lineOfKey(key);
    const text = lines[line - 1]?.trim() ?? key;
    if (key === 'NSUserTrackingUsageDescription') {
      facts.push({ kind: 'ios-tracking-prompt', value: String((root as Record<string, unknown>)[key]), location: { file: input.path, line }, text });
      continue;
    }
    if (key === 'SKAdNetworkItems') {
      const items = (root as Record<string, unknown>)[key];
      facts.push({ kind: 'ios-skadnetwork-ids', value: String(Array.isArray(items) ? items.length : 0), location: { file: input.path, line }, text });
      continue;
    }
    if (/^(CF|NS|UI|LS|WK|MK|GK|ITS|Apple)[A-Z]/.test(key)) continue; // Apple's own keys
    const dep: Dependency = { ecosystem: 'plist', name: key, direct: true, scope: 'Info.plist', location: { file: input.path, line }, text, usage: 'release' };
    // a boolean (FIREBASE_ANALYTICS_COLLECTION_ENABLED = false) is a setting, not proof that the SDK is linked
    if (typeof (root as Record<string, unknown>)[key] === 'boolean') {
      dep.weak = true;
      dep.skipReason = 'a boolean setting: names the SDK, does not show it is linked';
    }
    deps.push(dep);
  }
  return { dependencies: deps, diagnostics: [], facts };
}

export const infoPlist: Extractor = {
  name: 'ios/info-plist',
  docs: 'https://developer.apple.com/documentation/bundleresources/information_property_list',
  fileRequired: (path) => path.endsWith('.plist') && /(^|\/)(Info|[\w-]+-Info)\.plist$/.test(path) && !/\.(xc)?framework\//.test(path),
  extract: extractInfoPlist,
};
