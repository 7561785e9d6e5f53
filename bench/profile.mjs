// Where does a scan spend its time? Runs one `sdkscan scan` under `node --cpu-prof` and summarizes the profile:
// top functions by self time, self time by package / sdkscan folder, and inclusive time of sdkscan's own
// functions (its stages: walk, extract, read, match, report).
//
// Caveat: the sampling profiler inflates time spent in synchronous fs calls (read, open, readdir) several
// times over on this workload; the bench's floor measurements are the honest cost of the I/O. Read the
// JavaScript rows for where sdkscan's own time goes.
//
//   node bench/profile.mjs [--quick] [--seed N] [--no-source-imports] [--top N] [<dir>]
//
// Without <dir> it profiles the generated monorepo (generating it if needed). The .cpuprofile is kept under
// os.tmpdir()/sdkscan-bench-<seed>/work/ for a closer look in Chrome DevTools.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBase, ensureMonorepo } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const MAIN = resolve(BENCH, '..');

const argv = process.argv.slice(2);
const valueOf = (f, d) => {
  const i = argv.indexOf(f);
  return i < 0 ? d : Number(argv[i + 1]);
};
const seed = valueOf('--seed', 1);
const top = valueOf('--top', 25);
const noSrc = argv.includes('--no-source-imports');
const positional = argv.filter((a, i) => !a.startsWith('--') && !['--seed', '--top'].includes(argv[i - 1]));
const root = positional[0] ? resolve(positional[0]) : ensureMonorepo({ seed, quick: argv.includes('--quick'), log: (m) => console.log(m) }).root;

const dir = join(benchBase(seed), 'work', 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const args = ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '500', join(MAIN, 'bin', 'sdkscan.js'), 'scan', root, '--format', 'json', ...(noSrc ? ['--no-source-imports'] : [])];
const start = process.hrtime.bigint();
const r = spawnSync(process.execPath, args, { cwd: MAIN, stdio: ['ignore', 'ignore', 'inherit'] });
const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));

// self time per node: timeDeltas[i] is the time since the previous sample, charged to the previous sample's node
const nodes = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]));
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  nodes.get(profile.samples[i]).self += dt / 1000;
}
const totalMs = [...nodes.values()].reduce((a, n) => a + n.self, 0);

const shortUrl = (url) => {
  if (!url) return '';
  let u = url.replace(/^file:\/\//, '');
  if (u.startsWith(MAIN + '/')) u = u.slice(MAIN.length + 1);
  return u;
};
// a bundled dist file (esbuild) marks each source module with a `// src/...` comment: name the module too
const moduleMarks = new Map();
const sourceModule = (url, line) => {
  if (!url.endsWith('.cjs') && !url.endsWith('.js')) return '';
  if (!moduleMarks.has(url)) {
    const marks = [];
    try {
      readFileSync(url.replace(/^file:\/\//, ''), 'utf8').split('\n').forEach((l, i) => {
        const m = /^\/\/ ((?:src|dist|node_modules)\/\S+)$/.exec(l);
        if (m) marks.push([i, m[1]]);
      });
    } catch {
      // file gone (rebuilt): no module names
    }
    moduleMarks.set(url, marks);
  }
  let found = '';
  for (const [i, name] of moduleMarks.get(url)) {
    if (i > line) break;
    found = name;
  }
  return found;
};
const keyOf = (n) => {
  const cf = n.callFrame;
  const name = cf.functionName || '(anonymous)';
  const url = shortUrl(cf.url);
  if (!url) return name;
  const mod = url.startsWith('dist/') ? sourceModule(cf.url, cf.lineNumber) : '';
  return `${name}  ${url}:${cf.lineNumber + 1}${mod ? ` [${mod}]` : ''}`;
};
const FS_CALLS = new Set(['open', 'read', 'close', 'fstat', 'readdir', 'lstat', 'stat', 'realpath', 'access']);
const groupOf = (n) => {
  const url = shortUrl(n.callFrame.url);
  const fn = n.callFrame.functionName;
  if (!url) {
    if (fn.startsWith('(')) return fn;
    if (fn.startsWith('RegExp:')) return '(regular expressions: path choice, ignore globs, extractors)';
    if (FS_CALLS.has(fn)) return '(fs system calls: open/read/fstat/close/readdir)';
    return '(other native / V8 builtins)';
  }
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return `node_modules/${nm[1]}`;
  if (url.startsWith('node:')) return 'node: internals';
  if (url.startsWith('dist/')) {
    const mod = sourceModule(n.callFrame.url, n.callFrame.lineNumber);
    if (mod) return mod.startsWith('node_modules/') ? mod.split('/').slice(0, mod.split('/')[1].startsWith('@') ? 3 : 2).join('/') + ' (bundled)' : mod.split('/').slice(0, mod.startsWith("src/extractors/") || mod.startsWith("dist/extractors/") ? 4 : 2).join('/');
    return url.split('/').slice(0, url.startsWith('dist/extractors/') ? 4 : 2).join('/');
  }
  return url;
};

const selfBy = (keyFn) => {
  const m = new Map();
  for (const n of nodes.values()) m.set(keyFn(n), (m.get(keyFn(n)) ?? 0) + n.self);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};

// inclusive time per function, counting each function once per call stack (recursion is not double-counted)
const inclusive = new Map();
const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
const totals = new Map();
const totalOf = (id) => {
  if (totals.has(id)) return totals.get(id);
  let t = nodes.get(id).self;
  for (const c of children.get(id)) t += totalOf(c);
  totals.set(id, t);
  return t;
};
const rootId = profile.nodes[0].id;
totalOf(rootId);
const walkTree = (id, onStack) => {
  const n = nodes.get(id);
  const k = keyOf(n);
  const fresh = !onStack.has(k);
  if (fresh) {
    inclusive.set(k, (inclusive.get(k) ?? 0) + totals.get(id));
    onStack.add(k);
  }
  for (const c of children.get(id)) walkTree(c, onStack);
  if (fresh) onStack.delete(k);
};
walkTree(rootId, new Set());

const pct = (ms) => `${((100 * ms) / totalMs).toFixed(1)}%`.padStart(6);
const row = (ms, text) => `${ms.toFixed(0).padStart(7)} ms ${pct(ms)}  ${text}`;
console.log(`profile of: node bin/sdkscan.js scan ${root} --format json${noSrc ? ' --no-source-imports' : ''}`);
console.log(`wall ${wallMs.toFixed(0)} ms (with profiling overhead), ${totalMs.toFixed(0)} ms sampled; profile: ${join(dir, file)}\n`);
console.log(`top ${top} functions by self time:`);
for (const [k, ms] of selfBy(keyOf).slice(0, top)) console.log(row(ms, k));
console.log('\nself time by package / sdkscan folder:');
for (const [k, ms] of selfBy(groupOf).slice(0, 15)) console.log(row(ms, k));
console.log('\ninclusive time of sdkscan functions (dist/):');
const own = [...inclusive.entries()].filter(([k]) => k.includes('  dist/')).sort((a, b) => b[1] - a[1]);
for (const [k, ms] of own.slice(0, top)) console.log(row(ms, k));
