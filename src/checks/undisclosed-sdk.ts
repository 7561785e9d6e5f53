import type { Check } from './types';
import { dataSummary, primaryLocation } from './types';

export const undisclosedSdk: Check = {
  id: 'undisclosed-sdk',
  severity: 'error',
  description: 'A data-collecting SDK ships in the app but the privacy disclosure does not name it.',
  help: 'Name the SDK (or its vendor and purpose) in the privacy policy, or remove the dependency. GDPR art. 13, CCPA and the app stores require the published disclosure to cover third-party SDKs that collect data.',
  run: (ctx) =>
    ctx.sdks
      .filter((s) => s.disclosure.status === 'undisclosed')
      .map((s) => ({
        check: 'undisclosed-sdk',
        severity: 'error' as const,
        sdk: s.id,
        message: `${s.name} (${s.vendor}) ships in the app${s.usage === 'debug' ? ' (debug builds only)' : ''} but the privacy disclosure does not name it.${dataSummary(s)}`,
        location: primaryLocation(s),
      })),
};
