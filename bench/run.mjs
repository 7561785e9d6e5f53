// sdkscan benchmark: `npm run bench` (builds first) or `node bench/run.mjs [options]`.
//
//   --quick         1 repetition on the ~20k-file tree (a sanity check in well under a minute)
//   --reps N        timed repetitions of every command (default 5; 1 with --quick)
//   --seed N        generator seed (default 1); trees live in os.tmpdir()/sdkscan-bench-<seed>
//   --regen         regenerate the tree even when its marker matches
//   --no-scaling    skip the 10/20/40 sub-project scaling check
//   --rss-wrapper   measure peak RSS with bench/rss-wrapper.mjs even when /usr/bin/time exists
//
// Every command runs as its own node process; commands are interleaved round-robin within each repetition
// (so slow drift of the machine hits them all alike), after one untimed warm-up round that also fills the
// page cache and checks outputs. Results go to stdout and bench/results.json.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, SCALING_ROOTS, benchBase, ensureMonorepo } from './generate.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const MAIN = resolve(BENCH, '..');
const CLI = join(MAIN, 'bin', 'sdkscan.js');
const DEMO = join(MAIN, 'fixtures', 'demo-app');

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const option = (f, dflt) => {
  const i = argv.indexOf(f);
  if (i < 0) return dflt;
  const v = Number(argv[i + 1]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`${f} needs a positive integer`);
    process.exit(2);
  }
  return v;
};
const quick = flag('--quick');
const reps = option('--reps', quick ? 1 : 5);
const seed = option('--seed', 1);
const scaling = !flag('--no-scaling');
const useTime = !flag('--rss-wrapper') && existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
const rssMethod = useTime ? '/usr/bin/time -f %M' : 'bench/rss-wrapper.mjs (process.resourceUsage().maxRSS)';

if (!existsSync(join(MAIN, 'dist', 'cli.js'))) {
  console.log('dist/ is missing: npm run build');
  const b = spawnSync('npm', ['run', 'build'], { cwd: MAIN, stdio: 'inherit' });
  if (b.status !== 0) process.exit(2);
}

// other people may rebuild dist/ while the bench runs: fingerprint what bin/sdkscan.js loads, before and after
function distFingerprint() {
  for (const f of ['sdkscan.cjs', 'cli.js']) {
    const p = join(MAIN, 'dist', f);
    if (existsSync(p)) return { file: `dist/${f}`, sha1: createHash('sha1').update(readFileSync(p)).digest('hex').slice(0, 12), mtime: statSync(p).mtime.toISOString() };
  }
  return null;
}
const distBefore = distFingerprint();

const { EXTRACTORS } = await import(join(MAIN, 'dist', 'extractors', 'registry.js'));
const { DEFAULT_IGNORES, toGlobIgnores } = await import(join(MAIN, 'dist', 'walk', 'walk.js'));
const { default: fg } = await import('fast-glob');

// ---------------------------------------------------------------- trees

const t0 = Date.now();
const mono = ensureMonorepo({ seed, quick, regen: flag('--regen'), log: (m) => console.log(m) });
const base = benchBase(seed);
const work = join(base, 'work');
mkdirSync(work, { recursive: true });
console.log(`${mono.reused ? 'reusing' : 'generated'} ${mono.root} (${mono.marker.files} files, ${(mono.marker.bytes / 1e6).toFixed(1)} MB of content)`);

/** What sdkscan reads under root: one walk, the same path choice and read sizes as extractAll in src/scan.ts. */
function readPlan(root) {
  const ignore = DEFAULT_IGNORES.map((d) => `${d}/`).flatMap(toGlobIgnores);
  const paths = fg.sync('**/*', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore, suppressErrors: true, unique: true });
  const plan = { walked: paths.length, manifests: [], sources: [], pathOnly: 0 };
  for (const path of paths) {
    const chosen = EXTRACTORS.filter((e) => e.fileRequired(path));
    if (!chosen.length) continue;
    const manifestExtractors = chosen.filter((e) => !e.name.startsWith('source/'));
    // without source imports only the manifest extractors run; with them, all chosen ones
    const entry = (exs) => {
      if (!exs.length) return undefined;
      if (!exs.some((e) => e.needsContent !== false)) return 'skip';
      return exs.every((e) => e.headBytes) ? Math.max(...exs.map((e) => e.headBytes)) : 0;
    };
    const noSrc = entry(manifestExtractors);
    const withSrc = entry(chosen);
    if (manifestExtractors.length) {
      if (noSrc === 'skip') plan.pathOnly++;
      else plan.manifests.push([noSrc, withSrc, path]);
    } else if (withSrc !== 'skip') plan.sources.push([withSrc, path]);
  }
  return plan;
}

function writeLists(id, root) {
  const plan = readPlan(root);
  const noSrc = join(work, `${id}.manifests.tsv`);
  const withSrc = join(work, `${id}.all.tsv`);
  writeFileSync(noSrc, plan.manifests.map(([h, , p]) => `${h}\t${p}\n`).join(''));
  writeFileSync(withSrc, [...plan.manifests.map(([, h, p]) => `${h}\t${p}\n`), ...plan.sources.map(([h, p]) => `${h}\t${p}\n`)].join(''));
  return { root, walked: plan.walked, manifestFiles: plan.manifests.length, sourceFiles: plan.sources.length, pathOnlyFiles: plan.pathOnly, lists: { noSrc, withSrc } };
}

const trees = { demo: writeLists('demo', DEMO), monorepo: writeLists(quick ? 'monorepo-quick' : 'monorepo', mono.root) };
const scaleTrees = {};
if (scaling) {
  for (const [n, sub] of Object.entries(SCALING_ROOTS)) {
    if (sub === '.') scaleTrees[n] = trees.monorepo;
    else scaleTrees[n] = writeLists(`${quick ? 'monorepo-quick' : 'monorepo'}-${n}`, join(mono.root, sub));
  }
}
for (const [id, t] of Object.entries(trees)) console.log(`${id}: ${t.walked} files walked, ${t.manifestFiles} manifest files, ${t.sourceFiles} source files (${t.root})`);

// ---------------------------------------------------------------- commands

const commands = [];
const add = (id, label, args, extra = {}) => commands.push({ id, label, args, ...extra });
add('node', "node -e ''", ['-e', '']);
for (const [tid, t] of Object.entries(trees)) {
  add(`${tid}.floor.noSrc`, `${tid}: floor (walk + manifests)`, [join(BENCH, 'floor.mjs'), t.root, t.lists.noSrc], { kind: 'floor' });
  add(`${tid}.floor.withSrc`, `${tid}: floor (walk + manifests + source heads)`, [join(BENCH, 'floor.mjs'), t.root, t.lists.withSrc], { kind: 'floor' });
  if (tid === 'monorepo') {
    add(`${tid}.readdir.noSrc`, `${tid}: readdir walk + manifests (info)`, [join(BENCH, 'floor.mjs'), '--readdir', t.root, t.lists.noSrc], { kind: 'floor' });
    add(`${tid}.readdir.withSrc`, `${tid}: readdir walk + manifests + heads (info)`, [join(BENCH, 'floor.mjs'), '--readdir', t.root, t.lists.withSrc], { kind: 'floor' });
  }
  add(`${tid}.scan.noSrc`, `${tid}: sdkscan --no-source-imports`, [CLI, 'scan', t.root, '--format', 'json', '--no-source-imports'], { kind: 'scan' });
  add(`${tid}.scan.withSrc`, `${tid}: sdkscan`, [CLI, 'scan', t.root, '--format', 'json'], { kind: 'scan' });
}
for (const [n, t] of Object.entries(scaleTrees)) {
  if (t === trees.monorepo) continue; // the 40 sub-project point is the monorepo itself
  add(`scale${n}.floor.noSrc`, `${n} sub-projects: floor (walk + manifests)`, [join(BENCH, 'floor.mjs'), t.root, t.lists.noSrc], { kind: 'floor' });
  add(`scale${n}.floor.withSrc`, `${n} sub-projects: floor (walk + manifests + heads)`, [join(BENCH, 'floor.mjs'), t.root, t.lists.withSrc], { kind: 'floor' });
  add(`scale${n}.scan.noSrc`, `${n} sub-projects: sdkscan --no-source-imports`, [CLI, 'scan', t.root, '--format', 'json', '--no-source-imports'], { kind: 'scan' });
  add(`scale${n}.scan.withSrc`, `${n} sub-projects: sdkscan`, [CLI, 'scan', t.root, '--format', 'json'], { kind: 'scan' });
}

// ---------------------------------------------------------------- running

const rssFile = join(work, 'rss.txt');
function runOnce(cmd) {
  const outFile = join(work, `${cmd.id}.out`);
  const out = openSync(outFile, 'w');
  rmSync(rssFile, { force: true });
  const [exe, args] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, ...cmd.args]] : [process.execPath, [join(BENCH, 'rss-wrapper.mjs'), rssFile, ...cmd.args]];
  const start = process.hrtime.bigint();
  const r = spawnSync(exe, args, { cwd: MAIN, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  // sdkscan exits 1 when findings reach --fail-on; 2 is a real error
  const okStatus = cmd.kind === 'scan' ? [0, 1] : [0];
  if (r.error || !okStatus.includes(r.status)) {
    console.error(`\n${cmd.label} failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${String(r.stderr).slice(-2000)}`);
    process.exit(2);
  }
  let rssKB;
  try {
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    rssKB = Number(lines[lines.length - 1]);
  } catch {
    rssKB = NaN;
  }
  return { ms, rssKB, outFile };
}

function summarize(cmd, res) {
  const o = readFileSync(res.outFile, 'utf8');
  if (cmd.kind === 'floor') return JSON.parse(o);
  if (cmd.kind === 'scan') {
    const r = JSON.parse(o);
    return { outputBytes: Buffer.byteLength(o), sdks: r.sdks.length, evidence: r.sdks.reduce((a, s) => a + s.evidence.length, 0), diagnostics: r.diagnostics.length };
  }
  return undefined;
}

console.log(`\nwarm-up round (${commands.length} commands, untimed)...`);
for (const cmd of commands) {
  const res = runOnce(cmd);
  cmd.output = summarize(cmd, res);
  cmd.samples = [];
}
for (let rep = 1; rep <= reps; rep++) {
  process.stdout.write(`repetition ${rep}/${reps}...`);
  const t = Date.now();
  for (const cmd of commands) {
    const { ms, rssKB } = runOnce(cmd);
    cmd.samples.push({ ms, rssKB });
  }
  console.log(` ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- statistics

function quantile(sorted, q) {
  if (sorted.length === 1) return sorted[0];
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1: quantile(s, 0.25), q3: quantile(s, 0.75), n: s.length };
}
const byId = {};
for (const cmd of commands) {
  cmd.ms = stats(cmd.samples.map((s) => s.ms));
  const rss = cmd.samples.map((s) => s.rssKB).filter((x) => Number.isFinite(x));
  cmd.rssMB = rss.length ? stats(rss.map((k) => k / 1024)) : undefined;
  byId[cmd.id] = cmd;
}
const med = (id) => byId[id]?.ms.median;
const ratio = (a, b) => med(a) / med(b);

// ---------------------------------------------------------------- report

const fmtMs = (x) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  totalMemGB: +(os.totalmem() / 2 ** 30).toFixed(1),
  loadAvgAtEnd: os.loadavg().map((x) => +x.toFixed(2)),
  date: new Date().toISOString(),
};

console.log(`\nsdkscan benchmark: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.os}`);
console.log(`${reps} timed repetition(s) after a warm-up (page cache warm); median [min–max] and IQR; peak RSS via ${rssMethod}\n`);
const W = Math.max(...commands.map((c) => c.label.length)) + 2;
console.log(`${pad('command', W)}${lpad('median', 9)}${lpad('min', 9)}${lpad('max', 9)}${lpad('IQR', 9)}${lpad('peak RSS', 11)}  output`);
for (const c of commands) {
  const o = c.output;
  const outText = !o ? '' : c.kind === 'floor' ? `${o.walked} walked, ${o.read} read (${(o.bytes / 1e6).toFixed(1)} MB)` : `${o.sdks} SDKs, ${o.evidence} evidence, ${o.diagnostics} diagnostics, ${(o.outputBytes / 1024).toFixed(0)} KB JSON`;
  console.log(`${pad(c.label, W)}${lpad(fmtMs(c.ms.median), 9)}${lpad(fmtMs(c.ms.min), 9)}${lpad(fmtMs(c.ms.max), 9)}${lpad(fmtMs(c.ms.q3 - c.ms.q1), 9)}${lpad(c.rssMB ? `${c.rssMB.median.toFixed(0)} MB` : '?', 11)}  ${outText}`);
}

const ratios = [];
const addRatio = (text, value, extra = {}) => ratios.push({ text, value: +value.toFixed(2), ...extra });
addRatio("demo: scan / node -e '' (no source imports)", ratio('demo.scan.noSrc', 'node'));
addRatio("demo: scan / node -e '' (with source imports)", ratio('demo.scan.withSrc', 'node'));
addRatio('demo: scan / floor (no source imports)', ratio('demo.scan.noSrc', 'demo.floor.noSrc'));
addRatio('demo: scan / floor (with source imports)', ratio('demo.scan.withSrc', 'demo.floor.withSrc'));
addRatio('monorepo: scan / floor (no source imports)', ratio('monorepo.scan.noSrc', 'monorepo.floor.noSrc'), { aboveFloorMs: Math.round(med('monorepo.scan.noSrc') - med('monorepo.floor.noSrc')) });
addRatio('monorepo: scan / floor (with source imports)', ratio('monorepo.scan.withSrc', 'monorepo.floor.withSrc'), { aboveFloorMs: Math.round(med('monorepo.scan.withSrc') - med('monorepo.floor.withSrc')) });
addRatio('monorepo: scan with / without source imports', ratio('monorepo.scan.withSrc', 'monorepo.scan.noSrc'));
addRatio('monorepo: fast-glob floor / readdir floor (no source imports)', ratio('monorepo.floor.noSrc', 'monorepo.readdir.noSrc'));
// start-up taken out of both sides
const net = (a, b) => (med(a) - med('node')) / (med(b) - med('node'));
addRatio("monorepo: (scan - node) / (floor - node) (no source imports)", net('monorepo.scan.noSrc', 'monorepo.floor.noSrc'));
addRatio("monorepo: (scan - node) / (floor - node) (with source imports)", net('monorepo.scan.withSrc', 'monorepo.floor.withSrc'));

console.log('');
for (const r of ratios) console.log(`${r.text} = ${r.value}x${r.aboveFloorMs !== undefined ? `  (${r.aboveFloorMs} ms above the floor)` : ''}`);
const rss = {};
for (const c of commands.filter((x) => x.kind === 'scan')) rss[c.id] = c.rssMB ? +c.rssMB.max.toFixed(1) : null;
console.log(`peak RSS: demo ${rss['demo.scan.withSrc']} MB, monorepo ${rss['monorepo.scan.noSrc']} MB (no source imports) / ${rss['monorepo.scan.withSrc']} MB (with source imports); node -e '' ${byId.node.rssMB?.median.toFixed(0)} MB`);

let scalingRows;
if (scaling) {
  scalingRows = Object.entries(scaleTrees).map(([n, t]) => {
    const key = t === trees.monorepo ? 'monorepo' : `scale${n}`;
    return {
      projects: Number(n), root: t.root, walked: t.walked, manifestFiles: t.manifestFiles, sourceFiles: t.sourceFiles,
      floorNoSrcMs: Math.round(med(`${key}.floor.noSrc`)), floorWithSrcMs: Math.round(med(`${key}.floor.withSrc`)),
      scanNoSrcMs: Math.round(med(`${key}.scan.noSrc`)), scanWithSrcMs: Math.round(med(`${key}.scan.withSrc`)),
      rssNoSrcMB: byId[`${key}.scan.noSrc`].rssMB?.median, rssWithSrcMB: byId[`${key}.scan.withSrc`].rssMB?.median,
    };
  });
  console.log('\nscaling (the monorepo restricted to its first 10, 20 and 40 sub-projects; ms/manif. and µs/file are the');
  console.log('marginal cost: (scan - demo scan) / manifest files, and / files read with source imports):');
  console.log(`${pad('projects', 10)}${lpad('walked', 8)}${lpad('manifests', 11)}${lpad('sources', 9)}${lpad('floor', 9)}${lpad('scan', 9)}${lpad('ms/manif.', 11)}${lpad('floor+src', 11)}${lpad('scan+src', 10)}${lpad('µs/file', 9)}`);
  for (const r of scalingRows) {
    // marginal cost: the demo scan (5 manifest files) stands for sdkscan's fixed cost (start-up, rules, report)
    const perManifest = (r.scanNoSrcMs - med('demo.scan.noSrc')) / r.manifestFiles;
    const perFile = ((r.scanWithSrcMs - med('demo.scan.withSrc')) * 1000) / (r.manifestFiles + r.sourceFiles);
    r.msPerManifestNoSrc = +perManifest.toFixed(2);
    r.usPerFileWithSrc = +perFile.toFixed(0);
    console.log(`${pad(r.projects, 10)}${lpad(r.walked, 8)}${lpad(r.manifestFiles, 11)}${lpad(r.sourceFiles, 9)}${lpad(fmtMs(r.floorNoSrcMs), 9)}${lpad(fmtMs(r.scanNoSrcMs), 9)}${lpad(perManifest.toFixed(2), 11)}${lpad(fmtMs(r.floorWithSrcMs), 11)}${lpad(fmtMs(r.scanWithSrcMs), 10)}${lpad(perFile.toFixed(0), 9)}`);
  }
  // least-squares line through (manifest files, scan time): a straight line with a small intercept = linear cost
  const fit = (xs, ys) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
    const slope = sxy / sxx;
    const intercept = my - slope * mx;
    const ssr = ys.reduce((a, y, i) => a + (y - (intercept + slope * xs[i])) ** 2, 0);
    const sst = ys.reduce((a, y) => a + (y - my) ** 2, 0);
    return { slope, intercept, r2: sst ? 1 - ssr / sst : 1 };
  };
  const fNo = fit(scalingRows.map((r) => r.manifestFiles), scalingRows.map((r) => r.scanNoSrcMs));
  const fWith = fit(scalingRows.map((r) => r.manifestFiles + r.sourceFiles), scalingRows.map((r) => r.scanWithSrcMs));
  scalingRows.fit = {
    noSrc: { msPerManifest: +fNo.slope.toFixed(3), interceptMs: Math.round(fNo.intercept), r2: +fNo.r2.toFixed(4) },
    withSrc: { usPerFileRead: +(fWith.slope * 1000).toFixed(1), interceptMs: Math.round(fWith.intercept), r2: +fWith.r2.toFixed(4) },
  };
  const first = scalingRows[0];
  const last = scalingRows[scalingRows.length - 1];
  console.log(`fit (no source imports): time = ${fNo.intercept.toFixed(0)} ms + ${fNo.slope.toFixed(2)} ms x manifest files, R² = ${fNo.r2.toFixed(4)}`);
  console.log(`fit (with source imports): time = ${fWith.intercept.toFixed(0)} ms + ${(fWith.slope * 1000).toFixed(0)} µs x files read, R² = ${fWith.r2.toFixed(4)}`);
  const growth = (a, b, fixed) => ((a - fixed) / (b - fixed)).toFixed(2);
  console.log(`${last.projects}/${first.projects} sub-projects: manifest files x${(last.manifestFiles / first.manifestFiles).toFixed(2)}, scan time above the fixed cost x${growth(last.scanNoSrcMs, first.scanNoSrcMs, med('demo.scan.noSrc'))} (no source imports; total x${(last.scanNoSrcMs / first.scanNoSrcMs).toFixed(2)})`);
  console.log(`${' '.repeat(`${last.projects}/${first.projects} sub-projects: `.length)}files read x${((last.manifestFiles + last.sourceFiles) / (first.manifestFiles + first.sourceFiles)).toFixed(2)}, scan time above the fixed cost x${growth(last.scanWithSrcMs, first.scanWithSrcMs, med('demo.scan.withSrc'))} (with source imports; total x${(last.scanWithSrcMs / first.scanWithSrcMs).toFixed(2)})`);
}

const distAfter = distFingerprint();
const distChanged = JSON.stringify(distBefore) !== JSON.stringify(distAfter);
if (distChanged) console.log(`\nWARNING: ${distAfter?.file ?? 'dist'} changed during the run (rebuilt by someone else?): the numbers mix two builds; run again`);
const results = {
  machine,
  sdkscan: { version: JSON.parse(readFileSync(join(MAIN, 'package.json'), 'utf8')).version, dist: distAfter, distChangedDuringRun: distChanged },
  config: { seed, reps, quick, scaling, rssMethod, generatorVersion: GENERATOR_VERSION, benchSeconds: Math.round((Date.now() - t0) / 1000) },
  trees: {
    demo: { path: 'fixtures/demo-app', walked: trees.demo.walked, manifestFiles: trees.demo.manifestFiles, sourceFiles: trees.demo.sourceFiles },
    monorepo: { path: mono.root, generatedFiles: mono.marker.files, contentBytes: mono.marker.bytes, walked: trees.monorepo.walked, manifestFiles: trees.monorepo.manifestFiles, sourceFiles: trees.monorepo.sourceFiles, pathOnlyFiles: trees.monorepo.pathOnlyFiles },
  },
  measurements: Object.fromEntries(
    commands.map((c) => [c.id, { label: c.label, command: ['node', ...c.args.map((a) => a.replace(MAIN + '/', ''))].join(' '), ms: roundAll(c.ms), rssMB: c.rssMB && roundAll(c.rssMB), output: c.output, samplesMs: c.samples.map((s) => +s.ms.toFixed(1)) }]),
  ),
  ratios,
  peakRssMB: rss,
  scaling: scalingRows && { rows: scalingRows, fit: scalingRows.fit },
};
function roundAll(o) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? +v.toFixed(1) : v]));
}
writeFileSync(join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench/results.json (${results.config.benchSeconds} s in all)`);
