import type { Check } from './types';

export const staleDisclosure: Check = {
  id: 'stale-disclosure',
  severity: 'note',
  description: 'The privacy disclosure names an SDK that the app no longer contains.',
  help: 'If the SDK was removed, the policy can drop it; if it is loaded in a way sdkscan cannot see, ignore this note.',
  run: (ctx) => {
    const detected = new Set(ctx.sdks.map((s) => s.id));
    // a name shared by two rules ("Google Analytics") is not stale when it names an SDK the app has
    const used = ctx.mentions.filter((m) => detected.has(m.ruleId));
    const covered = (m: { source: string; line: number; term: string }) =>
      used.some((u) => u.source === m.source && u.line === m.line && (u.term.toLowerCase().includes(m.term.toLowerCase()) || m.term.toLowerCase().includes(u.term.toLowerCase())));
    const seen = new Set<string>();
    const out = [];
    for (const m of ctx.mentions) {
      if (m.level !== 'product' || m.negated || detected.has(m.ruleId) || seen.has(m.ruleId)) continue;
      if (covered(m)) continue;
      seen.add(m.ruleId);
      out.push({
        check: 'stale-disclosure',
        severity: 'note' as const,
        sdk: m.ruleId,
        message: `The policy names ${ctx.ruleNames.get(m.ruleId) ?? m.ruleId} ("${m.term}"), which sdkscan did not find in the app.`,
        location: { file: m.source, line: m.line },
      });
    }
    return out;
  },
};
