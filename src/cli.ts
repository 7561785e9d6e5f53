import { writeFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Finding, ScanResult } from './types';
import { scan, ScanError, loadRules } from './scan';
import { FORMATTERS } from './report/index';
import { PolicyLoadError } from './disclosure/document';
import { BUILTIN_RULES_DIR } from './rules/taxonomy';
import { loadRuleDir, loadBuiltinRules } from './rules/load';
import { testExamples } from './rules/examples';
import { VERSION } from './version';

// The only place that writes to stdout/stderr and decides exit codes:
// 0 clean, 1 findings at or above --fail-on, 2 usage, config, rule or policy-loading errors.

export const FAIL_ON = ['undisclosed', 'vendor-only', 'any', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Does this set of findings fail the run at this threshold? */
export function failsAt(findings: Finding[], failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false;
    case 'undisclosed':
      return findings.some((f) => f.severity === 'error');
    case 'vendor-only':
      return findings.some((f) => f.severity === 'error' || f.severity === 'warning');
    case 'any':
      return findings.length > 0;
  }
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

class ExitError extends Error {
  constructor(public readonly code: number, message: string) {
    super(message);
  }
}

const collect = (value: string, prev: string[] = []) => [...prev, value];

function parseSize(v: string): number {
  const m = /^(\d+)(k|kb|m|mb)?$/i.exec(v.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 5000000, 500k or 5m');
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1);
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('sdkscan')
    .description('Find the third-party SDKs a mobile app ships and check that its privacy disclosure names them.')
    .version(VERSION, '-v, --version', 'print the version')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .exitOverride();

  program
    .command('scan')
    .description('scan a repository and judge every data-collecting SDK against the privacy disclosure')
    .argument('[dir]', 'repository folder to scan', '.')
    .option('-p, --policy <file>', 'privacy policy (text or Markdown); repeatable', collect, [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <level>', 'exit 1 when findings reach this level').choices([...FAIL_ON]).default('undisclosed'))
    .option('--rules <dir>', 'extra rule folder (same format as rules/); repeatable', collect, [])
    .option('--ignore <pattern>', '.gitignore-style pattern of paths to skip; repeatable', collect, [])
    .option('--max-file-size <bytes>', 'skip manifest files larger than this (default 5m)', parseSize)
    .option('--no-source-imports', 'do not read import lines of source files (Kotlin, Java, Swift, Objective-C, Dart, JS/TS)')
    .option('--no-family-disclosure', 'a family name alone (e.g. "Firebase") counts only as a vendor-level disclosure')
    .option('--no-color', 'never colour the text report')
    .option('-q, --quiet', 'print nothing; only the exit code tells the outcome')
    .addHelpText(
      'after',
      `
Examples:
  $ sdkscan scan . --policy docs/privacy-policy.md
  $ sdkscan scan android --policy privacy.txt --format json --output sdkscan.json
  $ sdkscan scan . --policy privacy.md --fail-on vendor-only

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or loading errors.`,
    )
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const result = await scan({
        root: dir,
        policies: opts.policy as string[],
        rulesDirs: opts.rules as string[],
        ignore: opts.ignore as string[],
        maxFileSize: opts.maxFileSize as number | undefined,
        familyDiscloses: opts.familyDisclosure as boolean,
        sourceImports: opts.sourceImports as boolean,
      });
      const format = opts.format as string;
      const color = format === 'text' && io.isTTY && opts.color !== false && !process.env.NO_COLOR && !opts.output;
      const rendered = FORMATTERS[format](result, { color });
      if (opts.output) writeFileSync(opts.output as string, rendered);
      else if (!opts.quiet) io.out(rendered);
      setExit(failsAt(result.findings, opts.failOn as FailOn) ? 1 : 0);
    });

  const rules = program.command('rules').description('list, show, validate and test SDK rules');
  rules
    .command('list')
    .description('list the SDK rules (built-in and --rules folders)')
    .option('--json', 'print JSON')
    .option('--rules <dir>', 'extra rule folder; repeatable', collect, [])
    .action((opts: { json?: boolean; rules: string[] }) => {
      const list = loadRules(opts.rules);
      if (opts.json) {
        io.out(`${JSON.stringify(list.map((r) => ({ id: r.id, name: r.name, vendor: r.vendor, categories: r.categories, collectsData: r.collectsData, dataTypes: r.dataTypes, ecosystems: Object.keys(r.match).filter((k) => k !== 'trackingDomains') })), null, 2)}\n`);
      } else {
        const width = Math.max(...list.map((r) => r.id.length));
        for (const r of list) io.out(`${r.id.padEnd(width)}  ${r.name} (${r.vendor})${r.collectsData ? '' : ' [no data]'}\n`);
        io.out(`${list.length} rules\n`);
      }
      setExit(0);
    });
  rules
    .command('show')
    .description('print one rule')
    .argument('<id>', "rule id, e.g. 'appsflyer/appsflyer'")
    .option('--rules <dir>', 'extra rule folder; repeatable', collect, [])
    .action((id: string, opts: { rules: string[] }) => {
      const rule = loadRules(opts.rules).find((r) => r.id === id);
      if (!rule) throw new ExitError(2, `no rule '${id}'; 'sdkscan rules list' shows the ids`);
      io.out(`${JSON.stringify(rule, null, 2)}\n`);
      setExit(0);
    });
  rules
    .command('validate')
    .description('check rule files: schema, id = path, well-formed identifiers, no identifier claimed twice')
    .argument('[dir]', 'rule folder', BUILTIN_RULES_DIR)
    .action((dir: string) => {
      const known = dir === BUILTIN_RULES_DIR ? new Set<string>() : new Set(loadBuiltinRules().map((r) => r.id));
      const { rules: loaded, problems } = loadRuleDir(dir, dir, known);
      for (const p of problems) io.err(`${p.file}: ${p.message}\n`);
      io.out(`${loaded.length} rules valid, ${problems.length} problem(s)\n`);
      setExit(problems.length ? 1 : 0);
    });
  rules
    .command('test')
    .description("check every rule's examples: `match` lines must match it, `noMatch` lines must not")
    .argument('[dir]', 'rule folder', BUILTIN_RULES_DIR)
    .action((dir: string) => {
      const known = dir === BUILTIN_RULES_DIR ? new Set<string>() : new Set(loadBuiltinRules().map((r) => r.id));
      const { rules: loaded, problems } = loadRuleDir(dir, dir, known);
      if (problems.length) throw new ExitError(2, `${problems.length} invalid rule file(s); run 'sdkscan rules validate ${dir}' first`);
      const isBuiltin = dir === BUILTIN_RULES_DIR;
      const all = isBuiltin ? loaded : [...loadBuiltinRules().filter((r) => !loaded.some((l) => l.id === r.id)), ...loaded];
      const failures = testExamples(loaded, all);
      for (const f of failures) io.err(`${f.file}: example '${f.example}' should ${f.expected === 'match' ? 'match' : 'not match'} ${f.ruleId}${f.got ? ` (matched ${f.got})` : ''}\n`);
      const total = loaded.reduce((n, r) => n + r.examples.match.length + r.examples.noMatch.length, 0);
      io.out(`${total - failures.length} passed, ${failures.length} failed\n`);
      setExit(failures.length ? 1 : 0);
    });
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      if (e.code === 'commander.executeSubCommandAsync') return code;
      const hint = e.code === 'commander.unknownCommand' || e.code === 'commander.unknownOption' || e.code === 'commander.excessArguments' ? " (see 'sdkscan --help')" : '';
      io.err(`sdkscan: ${e.message.replace(/^error: /, '')}${hint}\n`);
      return 2;
    }
    if (e instanceof ExitError) {
      io.err(`sdkscan: ${e.message}\n`);
      return e.code;
    }
    if (e instanceof ScanError || e instanceof PolicyLoadError) {
      io.err(`sdkscan: ${e.message}\n`);
      return 2;
    }
    io.err(`sdkscan: internal error: ${(e as Error).stack ?? String(e)}\nPlease report it with the command you ran.\n`);
    return 2;
  }
}

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const args = argv.length ? argv : ['--help'];
  const code = await run(args, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
  });
  process.exitCode = code;
}

export type { ScanResult };
