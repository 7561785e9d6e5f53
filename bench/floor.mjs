// The physical floor of a scan: one fast-glob walk with sdkscan's default ignores, then a read of every file
// sdkscan would read (whole manifests; only the head of source files), and nothing else: no parsing, no
// matching, no report. Run as its own node process so start-up is counted like sdkscan's.
//
//   node bench/floor.mjs [--readdir] <root> [<list.tsv>]
//
// <list.tsv> (written by bench/run.mjs from sdkscan's extractor registry) has one "<headBytes>\t<path>" line
// per file to read; headBytes 0 means the whole file. Without a list, only the walk is done.
// Prints one JSON line: { walked, read, bytes }.
//
// --readdir replaces fast-glob with a plain recursive fs.readdirSync walk that skips folders by name (the
// unanchored DEFAULT_IGNORES; the anchored Carthage/* ones by path): informational, to show what the walk
// itself costs below fast-glob.

import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import fg from 'fast-glob';
import { DEFAULT_IGNORES, toGlobIgnores } from '../dist/walk/walk.js';

const args = process.argv.slice(2);
const readdir = args[0] === '--readdir';
const [root, listFile] = readdir ? args.slice(1) : args;
if (!root) {
  process.stderr.write('usage: node bench/floor.mjs [--readdir] <root> [<list.tsv>]\n');
  process.exit(2);
}

let entries;
if (readdir) {
  const names = new Set(DEFAULT_IGNORES.filter((d) => !d.includes('/')));
  const paths = new Set(DEFAULT_IGNORES.filter((d) => d.includes('/')));
  entries = [];
  const rec = (abs, rel) => {
    let list;
    try {
      list = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of list) {
      const r = rel + d.name;
      if (d.isDirectory()) {
        if (!names.has(d.name) && !paths.has(r)) rec(`${abs}/${d.name}`, `${r}/`);
      } else if (d.isFile()) entries.push(r);
    }
  };
  rec(root, '');
} else {
  const ignore = DEFAULT_IGNORES.map((d) => `${d}/`).flatMap(toGlobIgnores);
  entries = fg.sync('**/*', { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore, suppressErrors: true, unique: true });
}

let read = 0;
let bytes = 0;
if (listFile) {
  const want = new Map();
  for (const line of readFileSync(listFile, 'utf8').split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    want.set(line.slice(tab + 1), Number(line.slice(0, tab)));
  }
  for (const path of entries) {
    const head = want.get(path);
    if (head === undefined) continue;
    // the same calls as sdkscan's readFileChecked: open, fstat, read (the head or all), close
    const fd = openSync(join(root, path), 'r');
    try {
      const size = fstatSync(fd).size;
      const n = head ? Math.min(size, head) : size;
      const buf = Buffer.allocUnsafe(n);
      let got = 0;
      while (got < n) {
        const k = readSync(fd, buf, got, n - got, got);
        if (k === 0) break;
        got += k;
      }
      bytes += got;
      read++;
    } finally {
      closeSync(fd);
    }
  }
}
process.stdout.write(JSON.stringify({ walked: entries.length, read, bytes }) + '\n');
