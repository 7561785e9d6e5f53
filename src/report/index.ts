import type { ScanResult } from '../types';
import { formatJson } from './json';
import { formatText } from './text';
import { formatSarif } from './sarif';
import { formatMarkdown } from './markdown';
import { formatHtml } from './html';
import { formatGithub } from './github';
import { formatJunit } from './junit';

export interface FormatOptions {
  color: boolean;
}

/** Output formats: name -> pure function from the result to a string. */
export const FORMATTERS: Record<string, (r: ScanResult, o: FormatOptions) => string> = {
  text: (r, o) => formatText(r, o),
  json: (r) => formatJson(r),
  sarif: (r) => formatSarif(r),
  markdown: (r) => formatMarkdown(r),
  html: (r) => formatHtml(r),
  github: (r) => formatGithub(r),
  junit: (r) => formatJunit(r),
};
