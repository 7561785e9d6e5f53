import type { Check } from './types';
import { primaryLocation } from './types';

export const contradictedDisclosure: Check = {
  id: 'contradicted-disclosure',
  severity: 'error',
  description: 'The privacy disclosure says the app does not use an SDK that the app ships.',
  help: 'Correct the policy sentence that denies using the SDK, or remove the SDK from the app.',
  run: (ctx) =>
    ctx.sdks
      .filter((s) => s.usage !== 'test' && s.disclosure.status !== 'disclosed')
      .flatMap((s) => {
        const neg = ctx.mentions.filter((m) => m.ruleId === s.id && m.negated && m.level !== 'vendor');
        if (!neg.length) return [];
        return [{
          check: 'contradicted-disclosure',
          severity: 'error' as const,
          sdk: s.id,
          message: `The policy says the app does not use ${s.name} (${neg[0].source}:${neg[0].line}), but the app ships it.`,
          location: primaryLocation(s),
          related: neg.map((m) => ({ file: m.source, line: m.line })),
        }];
      }),
};
