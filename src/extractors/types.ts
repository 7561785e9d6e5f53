import type { Dependency, Diagnostic, Fact } from '../types';

export interface ExtractInput {
  /** repo-relative path, '/' separators */
  path: string;
  /** file content decoded as UTF-8 (empty when the extractor does not need content) */
  text: string;
  /** the raw bytes, for binary formats (binary plists); absent when the extractor does not need content */
  bytes?: Buffer;
}

export interface ExtractResult {
  dependencies: Dependency[];
  diagnostics: Diagnostic[];
  facts?: Fact[];
  /** per-file data for the link stage (variables, catalog entries...), keyed by extractor */
  linkData?: unknown;
}

/** One manifest format. The name is its folder under src/extractors (`android/gradle`). */
export interface Extractor {
  name: string;
  /** documentation of the format */
  docs: string;
  /** cheap, path-only: does this extractor want this file? */
  fileRequired(path: string): boolean;
  /** false for extractors that judge by the path alone (vendored binaries): the file is never read */
  needsContent?: boolean;
  /** only the first this many bytes are needed (import lines at the top of a source file) */
  headBytes?: number;
  /** never throws on bad content: returns diagnostics instead */
  extract(input: ExtractInput): ExtractResult;
}

export function emptyResult(): ExtractResult {
  return { dependencies: [], diagnostics: [] };
}

export function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** The folder of a repo-relative path ('' at the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
