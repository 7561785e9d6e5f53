import type { ScanResult } from '../types';
import { formatJson } from './json';
import { formatText } from './text';

export interface FormatOptions {
  color: boolean;
}

/** Output formats: name -> pure function from the result to a string. */
export const FORMATTERS: Record<string, (r: ScanResult, o: FormatOptions) => string> = {
  text: (r, o) => formatText(r, o),
  json: (r) => formatJson(r),
};
