import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Finding, ScanResult } from './types';
import { activeExtractors, displayPath, scan, ScanError, loadRules, type ScanOptions } from './scan';
import { ConfigError, loadConfig, type Config } from './config/load';
import { parseBaseline, toBaseline } from './checks/baseline';
import { diffScan, formatDiff } from './diff';
import { GitError, stagedPaths } from './git/source';
import { draftDataSafetyCsv, draftPolicy, draftXcprivacy } from './report/disclose';
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

  const scanCmd = addScanOptions(
    program
      .command('scan')
      .description('scan a repository and judge every data-collecting SDK against the privacy disclosure')
      .argument('[dir]', 'repository folder to scan', '.'),
  )
    .option('-f, --format <format>', `output format: ${Object.keys(FORMATTERS).join(', ')}; repeatable as format=file`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--output-dir <dir>', 'write every --format to <dir>/sdkscan.<ext>')
    .option('--baseline <file>', 'report only findings that are not in this baseline (see: sdkscan baseline create)')
    .option('--staged', 'pre-commit mode: exit 0 at once unless a manifest or policy file is staged')
    .option('--no-color', 'never colour the text report')
    .option('-q, --quiet', 'print nothing; only the exit code tells the outcome')
    .addHelpText(
      'after',
      `
Examples:
  $ sdkscan scan . --policy docs/privacy-policy.md
  $ sdkscan scan android --policy https://example.com/privacy --format json --output sdkscan.json
  $ sdkscan scan . --policy privacy.md --format sarif=sdkscan.sarif --format markdown=summary.md
  $ sdkscan scan . --policy privacy.md --fail-on vendor-only
  $ sdkscan scan --staged          # in a pre-commit hook, with the policy set in .sdkscan.yml

Configuration: .sdkscan.yml in the scanned folder (or --config), schema in schema/sdkscan-config.schema.json.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, config, rule or policy-loading errors.`,
    )
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { options, failOn } = resolveScanOptions(dir, opts, scanCmd);
      if (opts.staged && !stagedRelevant(dir, options)) {
        if (!opts.quiet) io.err('sdkscan: no manifest or policy file is staged; nothing to check\n');
        return setExit(0);
      }
      if (opts.baseline) {
        const parsed = parseBaseline(readText(opts.baseline as string, '--baseline'));
        if (typeof parsed === 'string') throw new ExitError(2, `--baseline ${opts.baseline}: ${parsed}`);
        options.baseline = parsed;
      }
      const result = await scan(options);
      const outputs = planOutputs(opts.format as string[], opts.output as string | undefined, opts.outputDir as string | undefined);
      const color = io.isTTY && opts.color !== false && !process.env.NO_COLOR;
      for (const o of outputs) {
        const rendered = FORMATTERS[o.format](result, { color: color && o.format === 'text' && !o.file });
        if (o.file) writeFileSync(o.file, rendered);
        else if (!opts.quiet) io.out(rendered);
      }
      setExit(failsAt(result.findings, failOn) ? 1 : 0);
    });

  const baseline = program.command('baseline').description("accept today's findings so that CI fails only on new ones");
  const baselineCreate = addScanOptions(baseline.command('create').description('write a baseline file of the current findings').argument('[dir]', 'repository folder to scan', '.'))
    .option('-o, --output <file>', 'baseline file to write', '.sdkscan-baseline.json')
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { options } = resolveScanOptions(dir, opts, baselineCreate);
      const result = await scan(options);
      const file = toBaseline(result.findings);
      writeFileSync(opts.output as string, `${JSON.stringify(file, null, 2)}\n`);
      io.err(`sdkscan: ${file.findings.length} finding(s) written to ${opts.output}; use it with --baseline ${opts.output}\n`);
      setExit(0);
    });

  const diffCmd = addScanOptions(
    program
      .command('diff')
      .description('the SDKs added or removed since a git revision, judged against the disclosure (read with git, no checkout)')
      .argument('[dir]', 'repository folder', '.'),
  )
    .requiredOption('--base <ref>', 'git revision to compare with (e.g. origin/main)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { options, failOn } = resolveScanOptions(dir, opts, diffCmd);
      const d = await diffScan(options, opts.base as string);
      io.out(formatDiff(d, opts.format as string));
      setExit(failsAt(d.findings, failOn) ? 1 : 0);
    });

  const discloseCmd = addScanOptions(
    program
      .command('disclose')
      .description('draft disclosure text for the SDKs the app ships: a policy table, PrivacyInfo.xcprivacy entries, Data safety CSV rows')
      .argument('[dir]', 'repository folder', '.'),
  )
    .addOption(new Option('-f, --format <format>', 'what to draft').choices(['markdown', 'xcprivacy', 'datasafety-csv']).default('markdown'))
    .action(async (dir: string, opts: Record<string, unknown>) => {
      const { options } = resolveScanOptions(dir, opts, discloseCmd);
      const result = await scan({ ...options, policies: [] });
      const rules = loadRules(options.rulesDirs);
      const links = new Map(rules.filter((r) => r.privacyPolicy).map((r) => [r.id, r.privacyPolicy!]));
      const f = opts.format as string;
      io.out(f === 'xcprivacy' ? draftXcprivacy(result) : f === 'datasafety-csv' ? draftDataSafetyCsv(result) : draftPolicy(result, links));
      setExit(0);
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
      // the full rule, with its examples and sources, from the YAML files (the run-time bundle is slimmer)
      const all = [...loadRuleDir(BUILTIN_RULES_DIR).rules, ...opts.rules.flatMap((d) => loadRuleDir(d).rules)];
      const rule = all.reverse().find((r) => r.id === id);
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

/** Options shared by scan, baseline create, diff and disclose. */
function addScanOptions(cmd: Command): Command {
  return cmd
    .option('-p, --policy <file|url>', 'privacy disclosure: text, Markdown, HTML, PDF, URL, PrivacyInfo.xcprivacy, Data safety CSV or sdkscan-disclosures.yml; repeatable', collect, [])
    .option('-c, --config <file>', 'configuration file (default: .sdkscan.yml in the scanned folder)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when findings reach this level (default undisclosed)').choices([...FAIL_ON]))
    .option('--rules <dir>', 'extra rule folder (same format as rules/); repeatable', collect, [])
    .option('--ignore <pattern>', '.gitignore-style pattern of paths to skip; repeatable', collect, [])
    .option('--max-file-size <bytes>', 'skip manifest files larger than this (default 5m)', parseSize)
    .option('--no-source-imports', 'do not read import lines of source files (Kotlin, Java, Swift, Objective-C, Dart, JS/TS)')
    .option('--no-family-disclosure', 'a family name alone (e.g. "Firebase") counts only as a vendor-level disclosure');
}

/** Command-line flags over .sdkscan.yml over defaults. */
function resolveScanOptions(dir: string, opts: Record<string, unknown>, cmd: Command): { options: ScanOptions; failOn: FailOn } {
  const root = resolve(dir);
  let config: Config;
  try {
    config = loadConfig(root, opts.config as string | undefined);
  } catch (e) {
    if (e instanceof ConfigError) throw new ExitError(2, e.message);
    throw e;
  }
  const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  const list = (name: string, cfg: string[] | undefined) => ((opts[name] as string[]).length ? (opts[name] as string[]) : (cfg ?? []));
  const options: ScanOptions = {
    root: dir,
    policies: list('policy', config.policies),
    rulesDirs: [...(config.rules ?? []), ...(opts.rules as string[])],
    ignore: [...(config.ignore ?? []), ...(opts.ignore as string[])],
    maxFileSize: opts.maxFileSize as number | undefined,
    familyDiscloses: fromCli('familyDisclosure') ? (opts.familyDisclosure as boolean) : (config.familyDisclosure ?? true),
    sourceImports: fromCli('sourceImports') ? (opts.sourceImports as boolean) : (config.sourceImports ?? true),
    notShipped: config.notShipped,
    checkLevels: config.checks,
    suppressions: config.suppressions,
    configFile: config.file ? displayPath(config.file, root, process.cwd()) : undefined,
  };
  return { options, failOn: (opts.failOn as FailOn | undefined) ?? config.failOn ?? 'undisclosed' };
}

/** --format json | --format sarif=out.sarif | --output-dir dir: where each report goes (no file = stdout). */
function planOutputs(formats: string[], output: string | undefined, outputDir: string | undefined): { format: string; file?: string }[] {
  const specs = formats.length ? formats : ['text'];
  const plan = specs.map((spec) => {
    const [format, file] = spec.split('=', 2);
    if (!FORMATTERS[format]) throw new ExitError(2, `unknown format '${format}' (one of ${Object.keys(FORMATTERS).join(', ')})`);
    return { format, file: file || (outputDir ? join(outputDir, `sdkscan.${EXTENSIONS[format] ?? format}`) : undefined) };
  });
  if (output) {
    if (plan.length > 1) throw new ExitError(2, '--output takes one format; for several use --format x=file or --output-dir');
    plan[0].file = output;
  }
  if (outputDir) mkdirSync(outputDir, { recursive: true });
  if (plan.filter((p) => !p.file).length > 1) throw new ExitError(2, 'only one format can go to stdout; give the others a file (--format sarif=report.sarif) or use --output-dir');
  return plan;
}

const EXTENSIONS: Record<string, string> = { text: 'txt', json: 'json', sarif: 'sarif', markdown: 'md', html: 'html', github: 'txt', junit: 'xml' };

/** --staged: is any staged file a manifest sdkscan reads, or a policy? */
function stagedRelevant(dir: string, options: ScanOptions): boolean {
  let staged: string[];
  try {
    staged = stagedPaths(resolve(dir));
  } catch (e) {
    if (e instanceof GitError) throw new ExitError(2, `--staged: ${e.message}`);
    throw e;
  }
  const extractors = activeExtractors(false);
  const policies = (options.policies ?? []).map((p) => resolve(p));
  return staged.some((p) => extractors.some((e) => e.fileRequired(p)) || policies.includes(resolve(dir, p)) || /(^|\/)\.sdkscan\.ya?ml$/.test(p));
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new ExitError(2, `${what} ${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
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
    if (e instanceof ScanError || e instanceof PolicyLoadError || e instanceof GitError || e instanceof ConfigError) {
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
