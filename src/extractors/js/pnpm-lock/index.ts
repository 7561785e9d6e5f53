import type { Dependency, Diagnostic } from '../../../types';
import type { Extractor, ExtractResult } from '../../types';
import { nameGraph, walkLockGraph, type JsLockLinkData } from '../package-lock/index';
import { readBlockYaml, readLockYaml, type LockYaml, type YamlMap, type YamlValue } from '../yarn-lock/index';

// pnpm-lock.yaml, the resolved package graph.
//   v9   importers:                                       lockfileVersion: '9.0' (pnpm 9, 10)
//          .:
//            dependencies:
//              react-native-appsflyer: { specifier: ^6.15.1, version: 6.15.1(react-native@0.74.5(…))(react@18.2.0) }
//        packages:   '@sentry/react@7.119.1': { resolution: … }
//        snapshots:  '@sentry/react@7.119.1(react@18.2.0)': { dependencies: { hoist-non-react-statics: 3.3.2 } }
//   v6   dependencies: / devDependencies: (or importers:)   lockfileVersion: '6.0' (pnpm 8)
//        packages:   /@sentry/react@7.119.1(react@18.2.0): { dependencies: {…}, dev: false }
//   v5   packages:   /@sentry/react/7.119.1_react@18.2.0   (pnpm 7; read the same way)
// Importers' dependencies are direct; every other package is transitive with the shortest chain of parents
// (`via`). A package only devDependencies reach is usage 'test' (what v6's `dev: true` says; v9 dropped the flag):
// a devDependency that a shipped package also requires is 'release'. Resolved peers (listed among a snapshot's
// dependencies) are followed only to packages nothing else pulls in. Peer-resolution suffixes "(react@18.2.0)"
// fold into one row per name@version. `link:` dependencies (workspace packages, local folders) are the app's own
// code and are not rows. https://github.com/pnpm/spec/blob/master/lockfile/9.0.md

const SOURCE = 'js/pnpm-lock';

const SECTIONS: [string, 'release' | 'test'][] = [
  ['dependencies', 'release'],
  ['optionalDependencies', 'release'],
  ['devDependencies', 'test'],
];

const isMap = (v: YamlValue | undefined): v is YamlMap => !!v && typeof v === 'object' && !Array.isArray(v);

export function extractPnpmLock(input: { path: string; text: string }): ExtractResult {
  const file = input.path;
  const diagnostics: Diagnostic[] = [];
  const parsed = readLockYaml(input.text);
  let lock: LockYaml;
  if (parsed.ok) lock = parsed.doc;
  else {
    diagnostics.push({ file, line: parsed.line, severity: 'warning', message: `pnpm-lock.yaml could not be parsed: ${parsed.error}; read line by line instead`, source: SOURCE });
    lock = readBlockYaml(input.text);
  }
  const doc = lock.value;
  if (!isMap(doc) || !Object.keys(doc).length) {
    if (!diagnostics.length) diagnostics.push({ file, severity: 'warning', message: 'pnpm-lock.yaml is not a YAML mapping', source: SOURCE });
    return { dependencies: [], diagnostics };
  }
  const major = parseFloat(typeof doc.lockfileVersion === 'string' ? doc.lockfileVersion : '');
  const v5 = major > 0 && major < 6;

  /** '0.74.5(react@18.2.0)' -> '0.74.5'; v5: '0.70.0_react@18.2.0' -> '0.70.0' */
  const stripPeers = (s: string) => {
    let out = s;
    const p = out.indexOf('(');
    if (p > 0) out = out.slice(0, p);
    if (v5) {
      const u = out.indexOf('_', out.lastIndexOf('/') + 1);
      if (u > 0) out = out.slice(0, u);
    }
    return out;
  };
  /** a package key without leading '/' and peers -> name, version: 'a@1.0.0', '@s/a@1.0.0', v5 'a/1.0.0', '@s/a/1.0.0' */
  const parseKey = (k: string): { name: string; version: string } => {
    const at = k.indexOf('@', 1);
    if (at > 0 && !(v5 && k.lastIndexOf('/') > at)) return { name: k.slice(0, at), version: k.slice(at + 1) };
    const slash = k.lastIndexOf('/');
    return slash > 0 ? { name: k.slice(0, slash), version: k.slice(slash + 1) } : { name: k, version: '' };
  };
  // v5/v6 keys from another registry carry its host: 'registry.example.com/foo@1.0.0'
  const norm = (k: string) => {
    if (k.startsWith('/')) return stripPeers(k.slice(1));
    const bare = stripPeers(k);
    return major < 9 && /^[^@/]+\.[^@/]+\//.test(bare) ? bare.slice(bare.indexOf('/') + 1) : bare;
  };

  // every package once, as name@version, at its first key in `packages`
  const packages = isMap(doc.packages) ? doc.packages : undefined;
  const nodes = new Map<string, { name: string; version: string; line: number; peerNames: Set<string>; kids: Set<string>; peers: Set<string> }>();
  const byKey = new Map<string, string>();
  for (const [key, entry] of Object.entries(packages ?? {})) {
    const k = norm(key);
    const parsed = parseKey(k);
    const e = isMap(entry) ? entry : undefined;
    const name = typeof e?.name === 'string' ? e.name : parsed.name;
    const version = typeof e?.version === 'string' ? e.version : parsed.version;
    const id = `${name}@${version}`;
    byKey.set(k, id);
    const peerNames = new Set(isMap(e?.peerDependencies) ? Object.keys(e.peerDependencies) : []);
    if (!nodes.has(id)) nodes.set(id, { name, version, line: lock.keyLine(packages!, key) ?? 1, peerNames, kids: new Set(), peers: new Set() });
  }
  /** a dependency reference ('4.2.3', '0.74.5(react@18.2.0)', v6 '/string-width@4.2.3', v9 alias 'string-width@4.2.3') -> node id */
  const resolveRef = (name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:')) return undefined;
    const r = norm(ref);
    return byKey.get(r) ?? byKey.get(`${name}@${r}`) ?? byKey.get(`${name}/${r}`) ?? `${name}@${r}`;
  };
  // v9 keeps the edges in `snapshots`, older versions in `packages`
  const edgeSource = isMap(doc.snapshots) ? doc.snapshots : packages;
  for (const [key, entry] of Object.entries(edgeSource ?? {})) {
    if (!isMap(entry)) continue;
    const k = norm(key);
    const id = byKey.get(k) ?? `${parseKey(k).name}@${parseKey(k).version}`;
    const node = nodes.get(id);
    if (!node) continue;
    for (const section of ['dependencies', 'optionalDependencies']) {
      const block = entry[section];
      if (!isMap(block)) continue;
      for (const [n, ref] of Object.entries(block)) {
        const c = typeof ref === 'string' ? resolveRef(n, ref) : undefined;
        // v9 snapshots list resolved peers among the dependencies
        if (c && c !== id) (node.peerNames.has(n) ? node.peers : node.kids).add(c);
      }
    }
  }

  // importers: `importers:` (workspaces, and every v9 lock), else the top level of a single-project lock
  const importers: YamlMap[] = isMap(doc.importers) ? Object.values(doc.importers).filter(isMap) : [doc];
  const direct = new Map<string, string>();
  const layers: string[][] = [[], []];
  for (const imp of importers) {
    for (const [section, usage] of SECTIONS) {
      const block = imp[section];
      if (!isMap(block)) continue;
      for (const [name, spec] of Object.entries(block)) {
        const ref = typeof spec === 'string' ? spec : isMap(spec) && typeof spec.version === 'string' ? spec.version : undefined;
        const id = ref === undefined ? undefined : resolveRef(name, ref);
        if (!id || !nodes.has(id)) continue;
        if (!direct.has(id)) direct.set(id, section);
        layers[usage === 'release' ? 0 : 1].push(id);
      }
    }
  }
  const children = (id: string) => nodes.get(id)?.kids;
  const nameOf = (id: string) => nodes.get(id)?.name ?? parseKey(id).name;
  const walked = walkLockGraph(layers, children, nameOf, (id) => nodes.get(id)?.peers);

  const lines = input.text.split(/\r?\n/);
  const deps: Dependency[] = [];
  for (const [id, n] of nodes) {
    const w = walked.get(id);
    const dep: Dependency = {
      ecosystem: 'npm',
      name: n.name,
      direct: direct.has(id),
      location: { file, line: n.line },
      text: lines[n.line - 1]?.trim() ?? id,
      usage: w?.layer === 1 ? 'test' : 'release',
    };
    if (n.version) dep.version = n.version;
    if (dep.direct) dep.scope = direct.get(id);
    else if (!w) dep.skipReason = 'in pnpm-lock.yaml but not reachable from an importer';
    else if (w.via.length) dep.via = [...w.via];
    deps.push(dep);
  }
  const linkData: JsLockLinkData = {
    kind: 'js-lock',
    format: 'pnpm-lock',
    directKnown: true,
    roots: [...new Set([...layers[0], ...layers[1]].map(nameOf))].sort(),
    graph: nameGraph(nodes.keys(), children, nameOf),
  };
  return { dependencies: deps, diagnostics, linkData };
}

export const pnpmLock: Extractor = {
  name: 'js/pnpm-lock',
  docs: 'https://github.com/pnpm/spec/tree/master/lockfile',
  fileRequired: (path) => path.endsWith('pnpm-lock.yaml') && /(^|\/)pnpm-lock\.yaml$/.test(path) && !/(^|\/)node_modules\//.test(path),
  extract: extractPnpmLock,
};
