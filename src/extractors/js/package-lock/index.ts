import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';

// package-lock.json and npm-shrinkwrap.json: the resolved npm tree.
//   v2/v3  "packages": { "": {root}, "node_modules/superstruct": { "version": "0.6.2", "dependencies": {…}, "dev": true } }
//          "node_modules/a/node_modules/b": nested copies; "node_modules/x": { "resolved": "packages/x", "link": true }
//   v1     "dependencies": { "superstruct": { "version": "0.6.2", "requires": {…}, "dependencies": { nested } } }
// Direct = resolved from the root's (or a workspace's) dependencies / optionalDependencies / devDependencies;
// every other package is transitive with the shortest chain of parents (`via`). v1 does not record the root's
// dependencies: all rows are direct: false, chained from the packages nothing requires, for the link step to join
// with package.json. `"dev": true` (only needed for development) is usage 'test'. Peer dependencies are followed
// only to packages nothing else pulls in (npm 7+ installs missing peers). The legacy "dependencies" block of v2
// is ignored (it repeats "packages").
// https://docs.npmjs.com/cli/configuring-npm/package-lock-json

const SOURCE = 'js/package-lock';

/** Handed to the link step: enough to recompute chains from package.json's direct dependencies. */
export interface JsLockLinkData {
  kind: 'js-lock';
  format: 'package-lock' | 'yarn-lock' | 'pnpm-lock';
  /** false when the lock file does not say which packages the app declares (yarn.lock, package-lock v1) */
  directKnown: boolean;
  /** names the chains start from: the direct dependencies, or the packages nothing depends on */
  roots: string[];
  /** package name -> names it depends on (all versions folded), sorted */
  graph: Record<string, string[]>;
}

/** Chains keep their first MAX_CHAIN parents: a crafted, thousands-deep lock file must not take quadratic memory. */
export const MAX_CHAIN = 64;

export interface Walked {
  /** parent names from a root, outermost first; [] for a root */
  via: string[];
  /** index of the root layer it was first reached from */
  layer: number;
  /** breadth-first visit order, for picking one of several copies */
  order: number;
}

/**
 * Breadth-first from each layer of roots in turn (shipped dependencies before development ones), roots and
 * children in order of name: every reachable node gets its shortest chain, the same on every run. Peer edges are
 * a last resort, followed afterwards only to packages nothing else pulls in (npm 7+ and pnpm install missing
 * peers). Linear in nodes and edges.
 */
export function walkLockGraph(
  layers: string[][],
  children: (id: string) => Iterable<string> | undefined,
  nameOf: (id: string) => string,
  peers?: (id: string) => Iterable<string> | undefined,
): Map<string, Walked> {
  const out = new Map<string, Walked>();
  let order = 0;
  const visit = (queue: string[], next: (id: string) => string[]) => {
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      const kids = next(id);
      if (!kids.length) continue;
      const w = out.get(id)!;
      const via = w.via.length >= MAX_CHAIN ? w.via : [...w.via, nameOf(id)];
      for (const c of kids) {
        if (out.has(c)) continue;
        out.set(c, { via, layer: w.layer, order: order++ });
        queue.push(c);
      }
    }
  };
  // by package name first, so that every lock format breaks ties the same way
  const cmp = (a: string, b: string) => {
    const na = nameOf(a);
    const nb = nameOf(b);
    return na < nb ? -1 : na > nb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  const sorted = (ids: Iterable<string> | undefined) => (ids ? [...new Set(ids)].sort(cmp) : []);
  layers.forEach((roots, layer) => {
    const queue: string[] = [];
    for (const r of sorted(roots)) {
      if (out.has(r)) continue;
      out.set(r, { via: [], layer, order: order++ });
      queue.push(r);
    }
    visit(queue, (id) => sorted(children(id)));
  });
  if (peers) visit([...out.keys()], (id) => sorted([...(peers(id) ?? []), ...(children(id) ?? [])]));
  return out;
}

/** The name-level graph for JsLockLinkData. */
export function nameGraph(ids: Iterable<string>, children: (id: string) => Iterable<string> | undefined, nameOf: (id: string) => string): Record<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const id of ids) {
    const n = nameOf(id);
    const set = sets.get(n) ?? new Set<string>();
    sets.set(n, set);
    for (const c of children(id) ?? []) if (nameOf(c) !== n) set.add(nameOf(c));
  }
  const out: Record<string, string[]> = Object.create(null);
  for (const n of [...sets.keys()].sort()) out[n] = [...sets.get(n)!].sort();
  return out;
}

interface Node {
  /** the package path, 'node_modules/a/node_modules/b' */
  key: string;
  name: string;
  version?: string;
  dev: boolean;
  /** deps resolve from here: the key, or a link's target folder */
  from: string;
  deps: string[];
  peers: string[];
}

const DEP_SECTIONS = ['dependencies', 'optionalDependencies'];
const ROOT_SECTIONS: [string, 'release' | 'test'][] = [
  ['dependencies', 'release'],
  ['optionalDependencies', 'release'],
  ['devDependencies', 'test'],
];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const depNames = (entry: Record<string, unknown>, sections: string[]) => sections.flatMap((s) => (isObject(entry[s]) ? Object.keys(entry[s] as object) : []));

function diag(path: string, message: string, line?: number): Diagnostic {
  return { file: path, line, severity: 'warning', message, source: SOURCE };
}

/** Line of the character at `pos`, from a JSON.parse error ("… at position 123" or "(line 5 column 3)"). */
function errorLine(text: string, e: Error): number | undefined {
  const l = /line (\d+) column/.exec(e.message);
  if (l) return Number(l[1]);
  const p = /position (\d+)/.exec(e.message);
  if (!p) return undefined;
  let line = 1;
  for (let i = 0; i < Number(p[1]) && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const OPEN = /^\s*(?:"((?:[^"\\]|\\.)*)"\s*:\s*)?[{[]\s*$/;
const CLOSE = /^\s*[}\]]\s*,?\s*$/;

/**
 * One pass over the lines of pretty-printed JSON (as npm writes it), following the nesting of keys, to find the
 * line of each package entry: "node_modules/x": { under "packages" (v2/v3), or under nested "dependencies" (v1).
 */
function entryLines(lines: string[], v1: boolean): Map<string, number> {
  const stack: (string | null)[] = [];
  const out = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const m = OPEN.exec(lines[i]);
    if (!m) {
      if (CLOSE.test(lines[i])) stack.pop();
      continue;
    }
    let key: string | null = null;
    if (m[1] !== undefined) {
      try {
        key = JSON.parse(`"${m[1]}"`);
      } catch {
        key = m[1];
      }
    }
    stack.push(key);
    // stack[0] is the document's own '{'
    let path: string | undefined;
    if (!v1) {
      if (stack.length === 3 && stack[1] === 'packages' && key !== null) path = key;
    } else if (stack.length >= 3 && stack.length % 2 === 1) {
      const names: string[] = [];
      for (let k = 1; k < stack.length; k += 2) {
        if (stack[k] !== 'dependencies' || stack[k + 1] === null) break;
        names.push(stack[k + 1]!);
      }
      if (names.length === (stack.length - 1) / 2) path = `node_modules/${names.join('/node_modules/')}`;
    }
    if (path !== undefined && !out.has(path)) out.set(path, i + 1);
  }
  return out;
}

/** The folder node resolves `name` from when required at `from`: itself, then each enclosing node_modules. */
function resolver(nodes: Map<string, Node>) {
  return (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const cand = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
      if (nodes.has(cand)) return cand;
      if (!base) return undefined;
      const i = base.lastIndexOf('/node_modules/');
      if (i >= 0) base = base.slice(0, i);
      else if (base.startsWith('node_modules/')) base = '';
      else {
        const j = base.lastIndexOf('/');
        base = j >= 0 ? base.slice(0, j) : '';
      }
    }
  };
}

const nameFromPath = (key: string) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

export function extractPackageLock(input: { path: string; text: string }): ExtractResult {
  const file = input.path;
  const label = file.endsWith('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : 'package-lock.json';
  let doc: unknown;
  try {
    doc = JSON.parse(input.text);
  } catch (e) {
    return { dependencies: [], diagnostics: [diag(file, `${label} is not valid JSON: ${(e as Error).message}`, errorLine(input.text, e as Error))] };
  }
  if (!isObject(doc)) return { dependencies: [], diagnostics: [diag(file, `${label} is not a JSON object`)] };

  const nodes = new Map<string, Node>();
  /** folders whose dependencies are the app's own: the root and in-repo workspaces */
  const importers: [string, Record<string, unknown>][] = [];
  const v1 = !isObject(doc.packages);
  if (!v1) {
    const packages = doc.packages as Record<string, unknown>;
    const targets = new Map<string, Record<string, unknown>>();
    for (const [key, entry] of Object.entries(packages)) {
      if (!isObject(entry)) continue;
      if (key === '' || !key.includes('node_modules/')) {
        if (key === '' || !key.startsWith('..')) importers.push([key, entry]);
        targets.set(key, entry);
      }
    }
    const importerFolders = new Set(importers.map(([folder]) => folder));
    for (const [key, entry] of Object.entries(packages)) {
      if (!isObject(entry) || !key.includes('node_modules/')) continue;
      const link = entry.link === true ? str(entry.resolved) : undefined;
      // a link to a workspace is the app's own code: its dependencies are direct, it is not one itself
      if (link !== undefined && importerFolders.has(link)) continue;
      const target = link !== undefined ? targets.get(link) : undefined;
      const source = target ?? entry;
      nodes.set(key, {
        key,
        name: str(entry.name) ?? (link === undefined ? undefined : str(target?.name)) ?? nameFromPath(key),
        version: str(source.version),
        dev: entry.dev === true,
        from: link ?? key,
        deps: depNames(source, DEP_SECTIONS),
        peers: depNames(source, ['peerDependencies']),
      });
    }
  } else if (isObject(doc.dependencies)) {
    const stack: [string, Record<string, unknown>][] = [['', doc.dependencies]];
    while (stack.length) {
      const [prefix, block] = stack.pop()!;
      for (const [name, entry] of Object.entries(block)) {
        if (!isObject(entry)) continue;
        const key = `${prefix}node_modules/${name}`;
        const version = str(entry.version);
        // "version": "npm:superstruct@0.6.2" is an alias
        const alias = version?.startsWith('npm:') ? /^npm:(@?[^@]+)@(.*)$/.exec(version) : null;
        nodes.set(key, {
          key,
          name: alias ? alias[1] : name,
          version: alias ? alias[2] : version,
          dev: entry.dev === true,
          from: key,
          deps: isObject(entry.requires) ? Object.keys(entry.requires) : [],
          peers: [],
        });
        if (isObject(entry.dependencies)) stack.push([`${key}/`, entry.dependencies]);
      }
    }
  } else {
    // a project without dependencies writes { "lockfileVersion": 1, "requires": true } and nothing else
    return { dependencies: [], diagnostics: typeof doc.lockfileVersion === 'number' ? [] : [diag(file, `${label} has no "lockfileVersion", "packages" or "dependencies"`)] };
  }

  const resolve = resolver(nodes);
  const edges = new Map<string, string[]>();
  const peerEdges = new Map<string, string[]>();
  for (const n of nodes.values()) {
    for (const [names, map] of [[n.deps, edges], [n.peers, peerEdges]] as const) {
      const kids: string[] = [];
      for (const d of names) {
        const c = resolve(n.from, d);
        if (c && c !== n.key) kids.push(c);
      }
      if (kids.length) map.set(n.key, kids);
    }
  }

  /** node key -> the root section that declares it */
  const direct = new Map<string, string>();
  const layers: string[][] = [[], []];
  if (!v1) {
    for (const [folder, entry] of importers) {
      for (const [section, usage] of ROOT_SECTIONS) {
        if (!isObject(entry[section])) continue;
        for (const name of Object.keys(entry[section] as object)) {
          const key = resolve(folder, name);
          if (!key) continue;
          if (!direct.has(key)) direct.set(key, section);
          layers[usage === 'release' ? 0 : 1].push(key);
        }
      }
    }
  } else {
    const required = new Set<string>();
    for (const kids of edges.values()) for (const c of kids) required.add(c);
    for (const n of nodes.values()) {
      if (n.key.lastIndexOf('node_modules/') === 0 && !required.has(n.key)) layers[n.dev ? 1 : 0].push(n.key);
    }
  }
  const nameOf = (key: string) => nodes.get(key)?.name ?? nameFromPath(key);
  const walked = walkLockGraph(layers, (k) => edges.get(k), nameOf, (k) => peerEdges.get(k));

  // one row per name@version: the direct copy, else the one reached first, else the first in the file
  const groups = new Map<string, Node[]>();
  for (const n of nodes.values()) {
    const id = `${n.name}@${n.version ?? ''}`;
    const g = groups.get(id);
    if (g) g.push(n);
    else groups.set(id, [n]);
  }
  const lines = input.text.split(/\r?\n/);
  const lineOf = entryLines(lines, v1);
  const deps: Dependency[] = [];
  for (const group of groups.values()) {
    const rank = (n: Node) => (direct.has(n.key) ? -1 : walked.get(n.key)?.order ?? Number.MAX_SAFE_INTEGER);
    const best = group.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    const line = lineOf.get(best.key);
    const dep: Dependency = {
      ecosystem: 'npm',
      name: best.name,
      direct: direct.has(best.key),
      location: { file, line: line ?? 1 },
      text: line ? lines[line - 1].trim() : JSON.stringify(best.key),
      usage: group.every((n) => n.dev) ? 'test' : 'release',
    };
    if (best.version) dep.version = best.version;
    if (dep.direct) dep.scope = direct.get(best.key);
    else {
      const w = walked.get(best.key);
      if (!w) dep.skipReason = v1 ? `in ${label} but only inside a dependency cycle that nothing else requires` : `in ${label} but not reachable from the root package (extraneous)`;
      else if (w.via.length) dep.via = [...w.via];
    }
    deps.push(dep);
  }
  const linkData: JsLockLinkData = {
    kind: 'js-lock',
    format: 'package-lock',
    directKnown: !v1,
    roots: [...new Set([...layers[0], ...layers[1]].map(nameOf))].sort(),
    graph: nameGraph(nodes.keys(), (k) => edges.get(k), nameOf),
  };
  return { dependencies: deps, diagnostics: [], linkData };
}

export const packageLock: Extractor = {
  name: 'js/package-lock',
  docs: 'https://docs.npmjs.com/cli/configuring-npm/package-lock-json',
  fileRequired: (path) => path.endsWith('.json') && /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(path) && !/(^|\/)node_modules\//.test(path),
  extract: extractPackageLock,
};
