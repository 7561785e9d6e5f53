import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { parseYamlDocument } from '../../../parsers/yaml';
import { nameGraph, walkLockGraph, type JsLockLinkData } from '../package-lock/index';

// yarn.lock, classic (v1) and Berry (v2+), the resolved package list.
//   classic  "@babel/code-frame@^7.0.0", "@babel/code-frame@^7.12.13":      header: every range it answers
//              version "7.12.13"
//              dependencies:
//                "@babel/highlight" "^7.12.13"
//   Berry    "superstruct@npm:^0.6.2":                                    YAML, with a __metadata block
//              version: 0.6.2
//              resolution: "superstruct@npm:0.6.2"
//              dependencies:
//                clone-deep: "npm:^2.0.1"
//            "my-app@workspace:.": …                                      the app itself: its dependencies are the roots
// yarn.lock does not say which packages the app declares nor which are development-only: every row is
// direct: false and usage 'release', chained (`via`) from the roots (Berry: the workspaces' dependencies; classic:
// the packages nothing depends on). The link step joins with package.json. Peer dependencies are not edges
// (yarn does not install them). Over the YAML wrapper's size limit, Berry files are read line by line.
// https://classic.yarnpkg.com/lang/en/docs/yarn-lock/ ; Berry writes the same entries as YAML
// (yarnpkg/berry, packages/yarnpkg-parsers/sources/syml.ts).

const SOURCE = 'js/yarn-lock';

// ---- YAML read as strings (yarn reads Berry lock files with the failsafe schema: 1.10 stays '1.10') ----

export type YamlValue = string | YamlValue[] | YamlMap;
export interface YamlMap {
  [key: string]: YamlValue;
}
export interface LockYaml {
  value: YamlValue | undefined;
  /** 1-based line of `key` in `map` (a map inside value) */
  keyLine(map: YamlMap, key: string): number | undefined;
}
export type LockYamlResult = { ok: true; doc: LockYaml } | { ok: false; error: string; line?: number };

const NODE_TYPE = Symbol.for('yaml.node.type');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const SCALAR = Symbol.for('yaml.scalar');

interface YamlNode {
  [NODE_TYPE]?: symbol;
  items?: unknown[];
  key?: YamlNode | null;
  value?: unknown;
  type?: string;
  range?: [number, number, number];
}

const isYamlMap = (v: YamlValue | undefined): v is YamlMap => !!v && typeof v === 'object' && !Array.isArray(v);

const BLOCK_READER_ABOVE = 256 * 1024;

/** Reads a lock file's YAML through src/parsers/yaml.ts, every scalar as its source text; over the wrapper's size limit, with readBlockYaml. */
export function readLockYaml(text: string): LockYamlResult {
  // Big lock files go through the line reader: the YAML parser took 0.8 s on rainbow's 1 MB yarn.lock, the line
  // reader gives the same values (checked on 28 real Berry and pnpm lock files) in a tenth of that.
  if (text.length > BLOCK_READER_ABOVE) return { ok: true, doc: readBlockYaml(text) };
  const parsed = parseYamlDocument(text);
  if (!parsed.ok) return /larger than/.test(parsed.error) ? { ok: true, doc: readBlockYaml(text) } : parsed;
  const offsets = new WeakMap<object, Map<string, number>>();
  const convert = (n: YamlNode | null | undefined): YamlValue | undefined => {
    const type = n?.[NODE_TYPE];
    if (type === SCALAR) {
      if (n!.type === 'PLAIN' && n!.range) return text.slice(n!.range[0], n!.range[1]);
      return n!.value === null || n!.value === undefined ? '' : String(n!.value);
    }
    if (type === SEQ) return (n!.items ?? []).map((i) => convert(i as YamlNode) ?? '');
    if (type !== MAP) return undefined;
    const out: YamlMap = Object.create(null);
    const keys = new Map<string, number>();
    for (const pair of (n!.items ?? []) as YamlNode[]) {
      const k = convert(pair.key);
      if (typeof k !== 'string') continue;
      out[k] = convert(pair.value as YamlNode) ?? '';
      if (pair.key?.range && !keys.has(k)) keys.set(k, pair.key.range[0]);
    }
    offsets.set(out, keys);
    return out;
  };
  const value = convert(parsed.value.contents as YamlNode);
  let starts: number[] | undefined;
  return {
    ok: true,
    doc: {
      value,
      keyLine(map, key) {
        const off = offsets.get(map)?.get(key);
        if (off === undefined) return undefined;
        if (!starts) {
          starts = [0];
          for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= off) lo = mid;
          else hi = mid - 1;
        }
        return lo + 1;
      },
    },
  };
}

function unquote(s: string): string {
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    try {
      return JSON.parse(s);
    } catch {
      return s.slice(1, -1);
    }
  }
  return s;
}

/** `{integrity: sha512-…}` or `[arm64]`: the flow collections lock files write; values with commas inside are not split correctly (never read). */
function flowValue(s: string): YamlValue {
  const inner = s.slice(1, -1).trim();
  const parts = inner ? inner.split(/,\s*/) : [];
  if (s.startsWith('[')) return parts.map(unquote);
  const out: YamlMap = Object.create(null);
  for (const p of parts) {
    const i = p.search(/:(\s|$)/);
    if (i > 0) out[unquote(p.slice(0, i).trim())] = unquote(p.slice(i + 1).trim());
  }
  return out;
}

/**
 * A linear, line-by-line reader of the block YAML that yarn and pnpm write (2-space nesting, one key per line,
 * quoted or plain scalars, `- item` lists, small flow collections). For lock files over the YAML wrapper's size
 * limit; multi-line scalars and anchors are not supported (lock files have none).
 */
export function readBlockYaml(text: string): LockYaml {
  const root: YamlMap = Object.create(null);
  const lineOf = new WeakMap<object, Map<string, number>>();
  lineOf.set(root, new Map());
  const stack: { indent: number; node: YamlMap | YamlValue[] }[] = [{ indent: 0, node: root }];
  let pending: { map: YamlMap; key: string; indent: number } | undefined;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw.charCodeAt(indent) === 35 /* # */) continue;
    const content = raw.slice(indent).trimEnd();
    if (!content) continue;
    if (pending) {
      if (indent > pending.indent) {
        const node: YamlMap | YamlValue[] = content === '-' || content.startsWith('- ') ? [] : Object.create(null);
        if (!Array.isArray(node)) lineOf.set(node, new Map());
        pending.map[pending.key] = node;
        stack.push({ indent, node });
      }
      pending = undefined;
    }
    while (stack.length > 1 && stack[stack.length - 1].indent > indent) stack.pop();
    const top = stack[stack.length - 1];
    if (top.indent !== indent) continue; // a continuation line
    if (Array.isArray(top.node)) {
      if (content.startsWith('-')) top.node.push(unquote(content.slice(1).trim()));
      continue;
    }
    let key: string;
    let rest: string;
    const first = content.charCodeAt(0);
    const q = first === 34 || first === 39 ? /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)")\s*:(?:\s+|$)/.exec(content) : null;
    if (q) {
      key = q[1] !== undefined ? q[1].replace(/''/g, "'") : unquote(`"${q[2]}"`);
      rest = content.slice(q[0].length).trim();
    } else {
      const c = content.search(/:(\s|$)/);
      if (c <= 0) continue;
      key = content.slice(0, c).trimEnd();
      rest = content.slice(c + 1).trim();
    }
    const map = top.node;
    if (!lineOf.get(map)!.has(key)) lineOf.get(map)!.set(key, i + 1);
    if (!rest) {
      map[key] = '';
      pending = { map, key, indent };
    } else if ((rest.startsWith('{') && rest.endsWith('}')) || (rest.startsWith('[') && rest.endsWith(']'))) {
      map[key] = flowValue(rest);
      if (isYamlMap(map[key])) lineOf.set(map[key] as YamlMap, new Map());
    } else map[key] = unquote(rest);
  }
  return { value: root, keyLine: (map, key) => lineOf.get(map)?.get(key) };
}

// ---- yarn.lock ----

interface YarnEntry {
  descriptors: string[];
  name: string;
  version?: string;
  workspace: boolean;
  deps: [string, string][];
  line: number;
}

/** 'superstruct@npm:^0.6.2' -> 'superstruct'; '@sentry/react@7.119.1' -> '@sentry/react' */
export function descriptorName(d: string): string {
  const i = d.indexOf('@', 1);
  return i < 0 ? d : d.slice(0, i);
}

/** 'string-width-cjs@npm:string-width@^4.2.0' (an alias) -> 'string-width' */
function realName(descriptor: string): string {
  const name = descriptorName(descriptor);
  const alias = /^npm:(@?[^@]+)@/.exec(descriptor.slice(name.length + 1));
  return alias ? alias[1] : name;
}

const splitDescriptors = (header: string) =>
  header
    .replace(/"/g, '')
    .split(/\s*,\s*/)
    .map((d) => d.trim())
    .filter(Boolean);

const KV = /^(?:"((?:[^"\\]|\\.)*)"|([^\s":]+)):?(?:\s+(.*))?$/;

/** Classic lock files: headers at column 0, fields at 2, dependency lines at 4. */
function readClassic(lines: string[]): { entries: YarnEntry[]; bad?: number } {
  const entries: YarnEntry[] = [];
  let bad: number | undefined;
  let cur: YarnEntry | undefined;
  let section: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const content = l.trim();
    if (!content || content.startsWith('#')) continue;
    const indent = l.length - l.trimStart().length;
    if (indent === 0) {
      section = undefined;
      if (!content.endsWith(':')) {
        bad ??= i + 1;
        cur = undefined;
        continue;
      }
      const descriptors = splitDescriptors(content.slice(0, -1));
      cur = { descriptors, name: realName(descriptors[0] ?? ''), workspace: false, deps: [], line: i + 1 };
      entries.push(cur);
      continue;
    }
    if (!cur) continue;
    const m = KV.exec(content);
    if (!m) continue;
    const key = m[1] ?? m[2];
    const value = m[3] === undefined ? undefined : unquote(m[3].trim());
    if (indent <= 2) {
      section = value === undefined ? key : undefined;
      if (key === 'version' && value !== undefined) cur.version = value;
    } else if (indent <= 4 && value !== undefined && (section === 'dependencies' || section === 'optionalDependencies')) {
      cur.deps.push([key, value]);
    }
  }
  return { entries, bad };
}

function readBerry(doc: LockYaml): YarnEntry[] {
  const root = doc.value;
  if (!isYamlMap(root)) return [];
  const entries: YarnEntry[] = [];
  for (const [key, value] of Object.entries(root)) {
    if (key === '__metadata' || !isYamlMap(value)) continue;
    const descriptors = splitDescriptors(key);
    const resolution = typeof value.resolution === 'string' ? value.resolution : undefined;
    const deps: [string, string][] = [];
    for (const section of ['dependencies', 'optionalDependencies']) {
      const block = value[section];
      if (isYamlMap(block)) for (const [n, r] of Object.entries(block)) if (typeof r === 'string') deps.push([n, r]);
    }
    entries.push({
      descriptors,
      name: resolution ? descriptorName(resolution) : realName(descriptors[0] ?? ''),
      version: typeof value.version === 'string' ? value.version : undefined,
      workspace: !!resolution && resolution.includes('@workspace:'),
      deps,
      line: doc.keyLine(root, key) ?? 1,
    });
  }
  return entries;
}

export function extractYarnLock(input: { path: string; text: string }): ExtractResult {
  const file = input.path;
  const diagnostics: Diagnostic[] = [];
  const lines = input.text.split(/\r?\n/);
  let entries: YarnEntry[];
  if (/^__metadata:/m.test(input.text)) {
    const read = readLockYaml(input.text);
    if (!read.ok) {
      diagnostics.push({ file, line: read.line, severity: 'warning', message: `yarn.lock (Berry) could not be parsed: ${read.error}; read line by line instead`, source: SOURCE });
      entries = readBerry(readBlockYaml(input.text));
    } else entries = readBerry(read.doc);
  } else {
    const read = readClassic(lines);
    if (read.bad) diagnostics.push({ file, line: read.bad, severity: 'warning', message: 'yarn.lock: a line at column 0 that is not an entry header ("name@range":) was skipped', source: SOURCE });
    entries = read.entries;
  }

  // nodes are name@version; Berry's patched copies (resolve@patch:…) fold into the package
  const nodes = new Map<string, { entry: YarnEntry; kids: Set<string> }>();
  const byDescriptor = new Map<string, string>();
  const byName = new Map<string, Set<string>>();
  const workspaces = new Set<string>();
  for (const e of entries) {
    const id = `${e.name}@${e.version ?? ''}`;
    if (!nodes.has(id)) nodes.set(id, { entry: e, kids: new Set() });
    if (e.workspace) workspaces.add(id);
    for (const d of e.descriptors) {
      byDescriptor.set(d, id);
      // "pkg@portal:../::locator=app%40workspace%3A." answers "pkg": "portal:../"
      const p = d.indexOf('::');
      if (p > 0 && !byDescriptor.has(d.slice(0, p))) byDescriptor.set(d.slice(0, p), id);
      const n = descriptorName(d);
      if (!byName.has(n)) byName.set(n, new Set());
      byName.get(n)!.add(id);
    }
  }
  const resolve = (name: string, range: string): string | undefined => {
    const hit = byDescriptor.get(`${name}@${range}`) ?? (/^[a-z]+:/i.test(range) ? undefined : byDescriptor.get(`${name}@npm:${range}`));
    if (hit) return hit;
    const same = byName.get(name);
    return same && same.size === 1 ? [...same][0] : undefined;
  };
  for (const e of entries) {
    const node = nodes.get(`${e.name}@${e.version ?? ''}`)!;
    for (const [n, r] of e.deps) {
      const c = resolve(n, r);
      if (c) node.kids.add(c);
    }
  }
  const kidsOf = new Map<string, string[]>();
  for (const [id, n] of nodes) kidsOf.set(id, [...n.kids].filter((c) => !workspaces.has(c) && c !== id));
  const children = (id: string) => kidsOf.get(id);
  let roots: string[];
  if (workspaces.size) roots = [...workspaces].flatMap((w) => kidsOf.get(w)!);
  else {
    const required = new Set<string>();
    for (const kids of kidsOf.values()) for (const c of kids) required.add(c);
    roots = [...nodes.keys()].filter((id) => !required.has(id));
  }
  const nameOf = (id: string) => nodes.get(id)?.entry.name ?? descriptorName(id);
  const walked = walkLockGraph([roots], children, nameOf);

  const deps: Dependency[] = [];
  for (const [id, { entry }] of nodes) {
    if (workspaces.has(id)) continue;
    const dep: Dependency = {
      ecosystem: 'npm',
      name: entry.name,
      direct: false,
      location: { file, line: entry.line },
      text: lines[entry.line - 1]?.trim() ?? entry.descriptors.join(', '),
      usage: 'release',
    };
    if (entry.version) dep.version = entry.version;
    const w = walked.get(id);
    if (!w) dep.skipReason = workspaces.size ? "in yarn.lock but not reachable from the workspaces' dependencies (a stale entry)" : 'in yarn.lock but only inside a dependency cycle that nothing else requires';
    else if (w.via.length) dep.via = [...w.via];
    deps.push(dep);
  }
  const ids = [...nodes.keys()].filter((id) => !workspaces.has(id));
  const linkData: JsLockLinkData = {
    kind: 'js-lock',
    format: 'yarn-lock',
    directKnown: false,
    roots: [...new Set(roots.map(nameOf))].sort(),
    graph: nameGraph(ids, children, nameOf),
  };
  return { dependencies: deps, diagnostics, linkData };
}

export const yarnLock: Extractor = {
  name: 'js/yarn-lock',
  docs: 'https://classic.yarnpkg.com/lang/en/docs/yarn-lock/',
  fileRequired: (path) => path.endsWith('yarn.lock') && /(^|\/)yarn\.lock$/.test(path) && !/(^|\/)node_modules\//.test(path),
  extract: extractYarnLock,
};
