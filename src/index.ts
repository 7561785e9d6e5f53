// sdkscan as a library: `scan(options)` returns the same ScanResult the CLI prints.
export { scan, ScanError, loadRules } from './scan';
export type { ScanOptions } from './scan';
export { FORMATTERS } from './report/index';
export { PolicyLoadError } from './disclosure/document';
export type * from './types';
