import type { Check } from './types';
import { primaryLocation, shipsOn } from './types';

// A tracking SDK (Apple's definition) while the app's PrivacyInfo.xcprivacy says NSPrivacyTracking false, or
// leaves the SDK's tracking domains out of NSPrivacyTrackingDomains.
export const undeclaredTracking: Check = {
  id: 'undeclared-tracking',
  severity: 'warning',
  description: "A tracking SDK ships while the app's privacy manifest declares no tracking or omits its tracking domains.",
  help: 'Set NSPrivacyTracking to true and list the SDK\'s tracking domains in NSPrivacyTrackingDomains, or configure the SDK not to track (and suppress with a reason).',
  run: (ctx) => {
    const out = [];
    for (const decl of ctx.declarations) {
      if (decl.kind !== 'privacy-manifest') continue;
      const domains = new Set((decl.declared.trackingDomains ?? []).map((d) => d.toLowerCase()));
      for (const sdk of ctx.sdks) {
        if (!sdk.tracking || sdk.usage === 'test' || !shipsOn(sdk, 'ios')) continue;
        const rule = ctx.rules.get(sdk.id);
        const line = decl.declared.lines?.NSPrivacyTracking ?? 1;
        if (decl.declared.tracking !== true) {
          out.push({
            check: 'undeclared-tracking',
            severity: 'warning' as const,
            sdk: sdk.id,
            message: `${sdk.name} tracks users across apps, but ${decl.source} sets NSPrivacyTracking to ${decl.declared.tracking === false ? 'false' : 'nothing'}.`,
            location: primaryLocation(sdk, 'ios'),
            related: [{ file: decl.source, line }],
          });
          continue;
        }
        const covered = (d: string) => [...domains].some((x) => x === d || x.endsWith(`.${d}`) || d.endsWith(`.${x}`));
        const missing = (rule?.match.trackingDomains ?? []).filter((d) => !covered(d.toLowerCase()));
        if (missing.length && missing.length === (rule?.match.trackingDomains ?? []).length) {
          out.push({
            check: 'undeclared-tracking',
            severity: 'warning' as const,
            sdk: sdk.id,
            message: `${sdk.name} tracks users, but none of its domains (${missing.join(', ')}) is in NSPrivacyTrackingDomains of ${decl.source}.`,
            location: primaryLocation(sdk, 'ios'),
            related: [{ file: decl.source, line: decl.declared.lines?.NSPrivacyTrackingDomains ?? 1 }],
          });
        }
      }
    }
    return out;
  },
};
