import type { Extractor, ExtractResult } from '../../types';
import { parsePrivacyManifest } from '../../../disclosure/xcprivacy';

// The privacy manifest a vendored SDK ships (Frameworks/AppsFlyerLib.xcframework/…/PrivacyInfo.xcprivacy,
// Vendor/Foo.bundle/PrivacyInfo.xcprivacy): read and attached to that SDK's detection as what the vendor
// itself declares (tracking, tracking domains, collected data types). The app's own manifest is a disclosure
// (--policy), not an SDK's.

const OWNER = /(?:^|\/)([^/]+)\.(xcframework|framework|bundle)\//;

export function sdkOfManifestPath(path: string): string | undefined {
  return OWNER.exec(path)?.[1];
}

export function extractSdkPrivacyManifest(input: { path: string; text: string }): ExtractResult {
  const owner = sdkOfManifestPath(input.path)!;
  const parsed = parsePrivacyManifest(input.text);
  if (!parsed.ok) return { dependencies: [], diagnostics: [{ file: input.path, severity: 'warning', message: `privacy manifest could not be read: ${parsed.error}`, source: 'ios/sdk-privacy-manifest' }] };
  return {
    dependencies: [],
    diagnostics: [],
    facts: [{ kind: 'sdk-privacy-manifest', value: JSON.stringify({ framework: owner, ...parsed.value }), location: { file: input.path, line: 1 }, text: `${owner} privacy manifest` }],
  };
}

export const sdkPrivacyManifest: Extractor = {
  name: 'ios/sdk-privacy-manifest',
  docs: 'https://developer.apple.com/documentation/bundleresources/privacy_manifest_files',
  fileRequired: (path) => path.endsWith('PrivacyInfo.xcprivacy') && OWNER.test(path),
  extract: extractSdkPrivacyManifest,
};
