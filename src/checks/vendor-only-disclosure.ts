import type { Check } from './types';
import { primaryLocation } from './types';

export const vendorOnlyDisclosure: Check = {
  id: 'vendor-only-disclosure',
  severity: 'warning',
  description: 'The privacy disclosure names only the vendor of an SDK, not the SDK or its purpose.',
  help: 'Name the product (for example "Google Mobile Ads" rather than "Google") so readers know which service receives their data.',
  run: (ctx) =>
    ctx.sdks
      .filter((s) => s.disclosure.status === 'vendor-only')
      .map((s) => {
        const ev = s.disclosure.evidence[0];
        return {
          check: 'vendor-only-disclosure',
          severity: 'warning' as const,
          sdk: s.id,
          message: `${s.name} is covered only by a mention of its vendor${ev ? ` ("${ev.term}", ${ev.source}:${ev.line})` : ''}.`,
          location: primaryLocation(s),
          related: s.disclosure.evidence.map((e) => ({ file: e.source, line: e.line })),
        };
      }),
};
