import type { ScanResult } from '../types';
import { formatText } from './text';

export interface FormatOptions {
  color: boolean;
}

// Formatters other than text are loaded when asked for: a pre-commit run never pays for the HTML template.
/* eslint-disable @typescript-eslint/no-require-imports */
/** Output formats: name -> pure function from the result to a string. */
export const FORMATTERS: Record<string, (r: ScanResult, o: FormatOptions) => string> = {
  text: (r, o) => formatText(r, o),
  json: (r) => (require('./json') as typeof import('./json')).formatJson(r),
  sarif: (r) => (require('./sarif') as typeof import('./sarif')).formatSarif(r),
  markdown: (r) => (require('./markdown') as typeof import('./markdown')).formatMarkdown(r),
  html: (r) => (require('./html') as typeof import('./html')).formatHtml(r),
  github: (r) => (require('./github') as typeof import('./github')).formatGithub(r),
  junit: (r) => (require('./junit') as typeof import('./junit')).formatJunit(r),
};
