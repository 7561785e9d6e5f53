import { spawnSync } from 'node:child_process';
import type { FileSource } from '../scan';

// Files of a git revision, read with `git ls-tree` and `git cat-file --batch` -- no checkout, nothing run.

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

function git(cwd: string, args: string[], input?: string): Buffer {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`git could not be run (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}); install git or run without --base`);
  if (r.status !== 0) throw new GitError(`git ${args[0]} failed: ${r.stderr.toString().trim().split('\n')[0]}`);
  return r.stdout;
}

/** Repository-relative paths of the files staged for commit under dir (added, copied, modified, renamed). */
export function stagedPaths(dir: string): string[] {
  const prefix = git(dir, ['rev-parse', '--show-prefix']).toString().trim();
  return git(dir, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--relative'])
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

/** The files under dir at revision `ref`, chosen by `wanted(path)`; paths relative to dir. */
export function gitRevisionSource(dir: string, ref: string, wanted: (path: string) => boolean): FileSource {
  git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  const prefix = git(dir, ['rev-parse', '--show-prefix']).toString().trim();
  const all = git(dir, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', prefix || '.'])
    .toString()
    .split('\0')
    .filter((p) => p && p.startsWith(prefix))
    .map((p) => p.slice(prefix.length));
  const paths = all.filter(wanted).sort();
  const blobs = new Map<string, Buffer>();
  if (paths.length) {
    const out = git(dir, ['cat-file', '--batch'], paths.map((p) => `${ref}:${prefix}${p}`).join('\n') + '\n');
    let i = 0;
    for (const p of paths) {
      const nl = out.indexOf(10, i);
      const header = out.subarray(i, nl).toString();
      const m = /^\S+ blob (\d+)$/.exec(header);
      if (!m) {
        i = nl + 1;
        continue;
      }
      const size = Number(m[1]);
      blobs.set(p, out.subarray(nl + 1, nl + 1 + size));
      i = nl + 1 + size + 1;
    }
  }
  return {
    paths,
    read: (path, head) => {
      const b = blobs.get(path);
      if (!b) return { error: `not in ${ref}` };
      return { bytes: head ? b.subarray(0, head) : b };
    },
  };
}
