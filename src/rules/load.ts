import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PACKAGE_ROOT } from '../paths';
import type { Rule } from '../types';
import { parseYaml } from '../parsers/yaml';
import { isValidRuleId, toRule, validateRuleShape } from './validate';
import { BUILTIN_RULES_DIR, setTaxonomy, type Taxonomy } from './taxonomy';
import { identifierClaims } from './identifiers';
import { setDisclosureTerms } from '../disclosure/terms-data';
import type { DisclosureTerms } from '../disclosure/terms';

export interface RuleProblem {
  file: string;
  message: string;
}

export interface LoadedRules {
  rules: Rule[];
  problems: RuleProblem[];
}

/** Every `<vendor>/<sdk>.yml` under dir, sorted. Files directly in dir (taxonomy.yml) are not rules. */
export function listRuleFiles(dir: string): string[] {
  const out: string[] = [];
  for (const vendor of readdirSync(dir).sort()) {
    const vdir = join(dir, vendor);
    if (!statSync(vdir).isDirectory()) continue;
    for (const f of readdirSync(vdir).sort()) {
      if (f.endsWith('.yml') || f.endsWith('.yaml')) out.push(join(vdir, f));
    }
  }
  return out;
}

/** Loads and validates a folder of rule files; problems name the file and field. */
/** `knownIds`: ids of other loaded rules (the built-ins) that `overlaps` may name. */
export function loadRuleDir(dir: string, displayBase = dir, knownIds: Set<string> = new Set()): LoadedRules {
  const rules: Rule[] = [];
  const problems: RuleProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { rules, problems: [{ file: dir, message: 'not a folder of rule files' }] };
  }
  for (const file of listRuleFiles(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    const shown = relative(displayBase, file).split(sep).join('/') || rel;
    const id = rel.replace(/\.ya?ml$/, '');
    if (!isValidRuleId(id)) {
      problems.push({ file: shown, message: `id '${id}': folder and file names must be lowercase a-z, 0-9 and '-'` });
      continue;
    }
    const parsed = parseYaml(readFileSync(file, 'utf8'));
    if (!parsed.ok) {
      problems.push({ file: shown, message: `not valid YAML${parsed.line ? ` (line ${parsed.line})` : ''}: ${parsed.error}` });
      continue;
    }
    const shape = validateRuleShape(parsed.value);
    if (shape.length) {
      for (const m of shape) problems.push({ file: shown, message: m });
      continue;
    }
    rules.push(toRule(id, parsed.value as Record<string, unknown>, shown));
  }
  problems.push(...crossRuleProblems(rules, knownIds));
  return { rules, problems };
}

/** No identifier claimed by two rules unless both declare the overlap; overlaps name existing rules. */
export function crossRuleProblems(rules: Rule[], knownIds: Set<string> = new Set()): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const owners = new Map<string, Rule>();
  for (const rule of rules) {
    for (const claim of identifierClaims(rule)) {
      const prev = owners.get(claim);
      if (!prev) {
        owners.set(claim, rule);
        continue;
      }
      if (prev.id === rule.id) continue;
      const declared = (prev.overlaps ?? []).includes(rule.id) && (rule.overlaps ?? []).includes(prev.id);
      if (!declared) {
        problems.push({
          file: rule.file ?? rule.id,
          message: `match: '${claim.split('\u0000')[1]}' (${claim.split('\u0000')[0]}) is also claimed by ${prev.id}; keep it in one rule or list each rule in the other's overlaps`,
        });
      }
    }
    for (const o of rule.overlaps ?? []) {
      if (!byId.has(o) && !knownIds.has(o)) problems.push({ file: rule.file ?? rule.id, message: `overlaps: no rule '${o}'` });
    }
  }
  return problems;
}

export interface RuleBundle {
  taxonomy: Taxonomy;
  terms: DisclosureTerms;
  rules: Rule[];
}

/** Path of the compiled bundle written by scripts/compile-rules.mjs. */
export const BUNDLE_PATH = join(PACKAGE_ROOT, 'dist', 'rules.json');

let builtin: Rule[] | undefined;

/** The built-in rules: the compiled bundle when present (one JSON parse), else the YAML folder. */
export function loadBuiltinRules(): Rule[] {
  if (builtin) return builtin;
  if (existsSync(BUNDLE_PATH)) {
    const bundle = JSON.parse(readFileSync(BUNDLE_PATH, 'utf8')) as RuleBundle;
    setTaxonomy(bundle.taxonomy);
    setDisclosureTerms(bundle.terms);
    builtin = bundle.rules;
    return builtin;
  }
  const loaded = loadRuleDir(BUILTIN_RULES_DIR);
  if (loaded.problems.length) {
    throw new Error(`built-in rules are invalid: ${loaded.problems[0].file}: ${loaded.problems[0].message}`);
  }
  builtin = loaded.rules;
  return builtin;
}
