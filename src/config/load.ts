import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths';
import { parseYamlDocument } from '../parsers/yaml';

// .sdkscan.yml (or --config FILE), validated against schema/sdkscan-config.schema.json -- the same file editors
// use for completion. Errors name the file, the key and the fix; the CLI exits 2.

export interface Suppression {
  sdk: string;
  check?: string;
  reason: string;
  expires?: string;
  /** line in the config file, for findings about the suppression itself */
  line: number;
}

export interface Config {
  /** the config file, for messages; undefined when none was found */
  file?: string;
  policies?: string[];
  ignore?: string[];
  rules?: string[];
  failOn?: 'undisclosed' | 'vendor-only' | 'any' | 'never';
  sourceImports?: boolean;
  familyDisclosure?: boolean;
  notShipped?: string[];
  checks?: Record<string, 'error' | 'warning' | 'note' | 'off'>;
  suppressions?: Suppression[];
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const CONFIG_NAMES = ['.sdkscan.yml', '.sdkscan.yaml'];
export const SCHEMA_PATH = join(PACKAGE_ROOT, 'schema', 'sdkscan-config.schema.json');

/** Finds the config: --config, else .sdkscan.yml in the scanned folder. Paths in it resolve against its folder. */
export function loadConfig(root: string, explicit?: string): Config {
  const file = explicit ? resolve(explicit) : CONFIG_NAMES.map((n) => join(root, n)).find((p) => existsSync(p));
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`${explicit ?? file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const shown = explicit ?? file;
  const parsed = parseYamlDocument(text);
  if (!parsed.ok) throw new ConfigError(`${shown}${parsed.line ? `:${parsed.line}` : ''}: not valid YAML: ${parsed.error}`);
  const value = (parsed.value.toJS() ?? {}) as Record<string, unknown>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv') as typeof import('ajv').default;
  const ajv = new Ajv({ allErrors: false, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  if (!validate(value)) {
    const err = validate.errors![0];
    const key = err.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(top level)';
    const extra = err.params && 'additionalProperty' in err.params ? ` '${(err.params as { additionalProperty: string }).additionalProperty}'` : '';
    const allowed = err.params && 'allowedValues' in err.params ? ` (one of ${(err.params as { allowedValues: string[] }).allowedValues.join(', ')})` : '';
    throw new ConfigError(`${shown}: ${key}: ${err.message}${extra}${allowed}; see schema/sdkscan-config.schema.json`);
  }
  const base = dirname(file);
  const lines = text.split(/\r?\n/);
  const cfg: Config = { ...(value as Omit<Config, 'file'>), file: shown };
  cfg.policies = cfg.policies?.map((p) => (/^https?:\/\//i.test(p) ? p : resolve(base, p)));
  cfg.rules = cfg.rules?.map((p) => resolve(base, p));
  cfg.suppressions = ((value.suppressions as Omit<Suppression, 'line'>[]) ?? []).map((s) => {
    const i = lines.findIndex((l) => l.includes(s.sdk));
    return { ...s, line: i < 0 ? 1 : i + 1 };
  });
  return cfg;
}

/** Does a scope fall under one of the `notShipped` patterns (exact, or a prefix with a trailing '*')? */
export function scopeNotShipped(scope: string | undefined, patterns: string[] | undefined): boolean {
  if (!scope || !patterns?.length) return false;
  const s = scope.toLowerCase();
  return patterns.some((p) => {
    const q = p.toLowerCase();
    return q.endsWith('*') ? s.startsWith(q.slice(0, -1)) || s.split(/[/:\s(]/).some((part) => part.startsWith(q.slice(0, -1))) : s === q || s.split(/[/:\s(]/).includes(q);
  });
}
