import { parsePlist } from '../parsers/plist';

// PrivacyInfo.xcprivacy: Apple's privacy manifest (a plist).
// https://developer.apple.com/documentation/bundleresources/privacy_manifest_files

export interface PrivacyManifest {
  tracking?: boolean;
  trackingDomains: string[];
  collectedDataTypes: { type: string; linked?: boolean; tracking?: boolean; purposes: string[] }[];
  accessedApiTypes: string[];
}

export function parsePrivacyManifest(text: string): { ok: true; value: PrivacyManifest } | { ok: false; error: string } {
  const parsed = parsePlist(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const root = parsed.value as Record<string, unknown>;
  if (!root || typeof root !== 'object' || Array.isArray(root)) return { ok: false, error: 'the top level is not a dictionary' };
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const value: PrivacyManifest = {
    trackingDomains: list(root.NSPrivacyTrackingDomains).filter((d): d is string => typeof d === 'string'),
    collectedDataTypes: list(root.NSPrivacyCollectedDataTypes)
      .filter((d): d is Record<string, unknown> => !!d && typeof d === 'object')
      .filter((d) => typeof d.NSPrivacyCollectedDataType === 'string')
      .map((d) => {
        const e: PrivacyManifest['collectedDataTypes'][number] = {
          type: d.NSPrivacyCollectedDataType as string,
          purposes: list(d.NSPrivacyCollectedDataTypePurposes).filter((p): p is string => typeof p === 'string'),
        };
        if (typeof d.NSPrivacyCollectedDataTypeLinked === 'boolean') e.linked = d.NSPrivacyCollectedDataTypeLinked;
        if (typeof d.NSPrivacyCollectedDataTypeTracking === 'boolean') e.tracking = d.NSPrivacyCollectedDataTypeTracking;
        return e;
      }),
    accessedApiTypes: list(root.NSPrivacyAccessedAPITypes)
      .map((a) => (a && typeof a === 'object' ? (a as Record<string, unknown>).NSPrivacyAccessedAPIType : undefined))
      .filter((a): a is string => typeof a === 'string'),
  };
  if (typeof root.NSPrivacyTracking === 'boolean') value.tracking = root.NSPrivacyTracking;
  return { ok: true, value };
}
