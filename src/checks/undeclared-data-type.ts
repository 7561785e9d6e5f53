import type { Check } from './types';
import { primaryLocation, shipsOn } from './types';
import { TAXONOMY } from '../rules/taxonomy';

// An SDK's data types (from its rule) that the app's own privacy manifest (NSPrivacyCollectedDataTypes) or
// Play Data safety export does not declare.
export const undeclaredDataType: Check = {
  id: 'undeclared-data-type',
  severity: 'warning',
  description: "An SDK collects a data type that the app's privacy manifest or Play Data safety form does not declare.",
  help: "Declare the data type in PrivacyInfo.xcprivacy (NSPrivacyCollectedDataTypes) or in Play Console's Data safety form, or confirm that the SDK is configured not to collect it and suppress this finding with a reason.",
  run: (ctx) => {
    const out = [];
    for (const decl of ctx.declarations) {
      const apple = decl.kind === 'privacy-manifest';
      const declared = new Set(decl.declared.dataTypes);
      for (const sdk of ctx.sdks) {
        if (!sdk.collectsData || sdk.usage === 'test') continue;
        // the App Store manifest covers the iOS app, the Play form the Android app
        if (!shipsOn(sdk, apple ? 'ios' : 'android')) continue;
        const missing = new Map<string, string>();
        for (const t of sdk.dataTypes) {
          const info = TAXONOMY.dataTypes[t];
          if (!info) continue;
          const id = apple ? info.apple : info.play;
          if (!declared.has(id) && !missing.has(id)) missing.set(id, apple ? info.label : (info.playLabel ?? info.label));
        }
        if (!missing.size) continue;
        const list = [...missing].map(([id, label]) => `${label} (${id})`).join(', ');
        out.push({
          check: 'undeclared-data-type',
          severity: 'warning' as const,
          sdk: sdk.id,
          message: `${sdk.name} collects ${list}, which ${decl.source} does not declare.`,
          location: primaryLocation(sdk, apple ? 'ios' : 'android'),
          related: [{ file: decl.source, line: 1 }],
        });
      }
    }
    return out;
  },
};
