import type { Finding } from '../types';
import type { Check, CheckContext } from './types';
import { undisclosedSdk } from './undisclosed-sdk';
import { vendorOnlyDisclosure } from './vendor-only-disclosure';
import { contradictedDisclosure } from './contradicted-disclosure';
import { staleDisclosure } from './stale-disclosure';
import { undeclaredDataType } from './undeclared-data-type';
import { undeclaredTracking } from './undeclared-tracking';
import { expiredSuppression, staleBaseline, unusedSuppression } from './config-checks';

export const CHECKS: Check[] = [
  undisclosedSdk, vendorOnlyDisclosure, contradictedDisclosure, undeclaredDataType, undeclaredTracking, staleDisclosure,
  expiredSuppression, unusedSuppression, staleBaseline,
];

const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

export function runChecks(ctx: CheckContext): Finding[] {
  return sortFindings(CHECKS.flatMap((c) => c.run(ctx)));
}

/** Errors first, then by check, SDK, file and line: the same findings always print in the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.check < b.check ? -1 : a.check > b.check ? 1 : 0) ||
      ((a.sdk ?? '') < (b.sdk ?? '') ? -1 : (a.sdk ?? '') > (b.sdk ?? '') ? 1 : 0) ||
      ((a.location?.file ?? '') < (b.location?.file ?? '') ? -1 : (a.location?.file ?? '') > (b.location?.file ?? '') ? 1 : 0) ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0),
  );
}
