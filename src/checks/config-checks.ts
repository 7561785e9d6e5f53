import type { Check } from './types';

// Findings about the configuration itself. They are produced where suppressions and baselines are applied
// (suppress.ts, baseline.ts); declared here so that every finding's check has an id, a description and a doc.

export const expiredSuppression: Check = {
  id: 'expired-suppression',
  severity: 'error',
  description: 'A suppression in .sdkscan.yml has passed its expiry date.',
  help: 'Review the suppressed finding: fix it, or extend the suppression with a new date and reason.',
  run: () => [],
};

export const unusedSuppression: Check = {
  id: 'unused-suppression',
  severity: 'note',
  description: 'A suppression in .sdkscan.yml matches no finding.',
  help: 'Remove it if the SDK is gone or the finding was fixed.',
  run: () => [],
};

export const staleBaseline: Check = {
  id: 'stale-baseline',
  severity: 'note',
  description: 'The baseline accepts a finding that no longer occurs.',
  help: "Recreate the baseline with 'sdkscan baseline create' to drop the entry.",
  run: () => [],
};
