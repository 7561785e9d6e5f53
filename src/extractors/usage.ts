import type { Usage } from '../types';

// Classifies a scope into release / debug / test so that test-only dependencies are reported but never
// judged as shipped, and debug-only ones are judged but marked.
export function usageOfScope(scope: string | undefined): Usage {
  if (!scope) return 'release';
  const s = scope.toLowerCase();
  if (/(^|[^a-z])(test|tests|dev|development)([^a-z]|$)/.test(s) || /test(implementation|api|compileonly|runtimeonly|compile|kapt|ksp|annotationprocessor)$/.test(s) || s.startsWith('test') || s.startsWith('androidtest') || s === 'devdependencies' || s === 'dev_dependencies' || s.includes('testfixtures')) {
    return 'test';
  }
  if (s.startsWith('debug') || s === 'debug' || s.endsWith('debugimplementation')) return 'debug';
  return 'release';
}
