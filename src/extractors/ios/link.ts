import type { Dependency, Diagnostic } from '../../types';
import type { LinkFile } from '../android/link';

export function linkIos(files: LinkFile[]): { dependencies: Dependency[]; diagnostics: Diagnostic[] } {
  void files;
  return { dependencies: [], diagnostics: [] };
}
