import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths';
import { parseYaml } from '../parsers/yaml';

export interface DataTypeInfo {
  label: string;
  apple: string;
  play: string;
  playLabel?: string;
}

export interface Taxonomy {
  dataTypes: Record<string, DataTypeInfo>;
  categories: string[];
}

/** Folder of the built-in rules: <package>/rules, from both src/rules and dist/rules. */
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules');

let cached: Taxonomy | undefined;

/** The taxonomy from rules/taxonomy.yml, read once. */
export function loadTaxonomy(): Taxonomy {
  if (cached) return cached;
  const parsed = parseYaml(readFileSync(join(BUILTIN_RULES_DIR, 'taxonomy.yml'), 'utf8'));
  if (!parsed.ok) throw new Error(`rules/taxonomy.yml: ${parsed.error}`);
  const t = parsed.value as Taxonomy;
  cached = { dataTypes: t.dataTypes, categories: t.categories };
  return cached;
}

/** Lets the bundle loader provide the taxonomy without parsing YAML. */
export function setTaxonomy(t: Taxonomy): void {
  cached = t;
}

export const TAXONOMY = {
  get dataTypes(): Record<string, DataTypeInfo> {
    return loadTaxonomy().dataTypes;
  },
  get categories(): string[] {
    return loadTaxonomy().categories;
  },
};
