import type { Finding, ScanResult, Severity } from '../types';

// GitHub Actions workflow commands: one annotation per finding.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#setting-an-error-message
// Escaping follows the runner's own (actions/toolkit packages/core/src/command.ts escapeData / escapeProperty).

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };

/** The message after '::': % CR LF become %25 %0D %0A. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (file=, title=): as escapeData, and ':' ',' become %3A %2C. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotation(f: Finding): string {
  const props: string[] = [];
  if (f.location) {
    props.push(`file=${escapeProperty(f.location.file)}`);
    if (f.location.line >= 1) props.push(`line=${f.location.line}`);
    if (f.location.endLine !== undefined && f.location.endLine >= f.location.line) props.push(`endLine=${f.location.endLine}`);
    if (f.location.column !== undefined && f.location.column >= 1) props.push(`col=${f.location.column}`);
  }
  props.push(`title=${escapeProperty(f.check)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

/** One workflow command per finding, in the result's order; nothing at all when there are no findings. */
export function formatGithub(result: ScanResult): string {
  return result.findings.map((f) => `${githubAnnotation(f)}\n`).join('');
}
