import type { Dependency } from '../../../types';
import type { Extractor } from '../../types';
import { firstPerName, importDependency } from '../import-deps';

// Dart imports of packages:  import 'package:firebase_analytics/firebase_analytics.dart';
// (also `export 'package:…'`). dart: and relative imports are skipped.
const IMPORT = /^\s*(?:import|export)\s+['"]package:([a-z][a-z0-9_]*)\//;

export const dartImports: Extractor = {
  name: 'source/dart-imports',
  docs: 'https://dart.dev/language/libraries',
  headBytes: 32 * 1024,
  fileRequired: (path) => path.endsWith('.dart') && !/\.g\.dart$|\.freezed\.dart$/.test(path),
  extract: ({ path, text }) => {
    const deps: Dependency[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = IMPORT.exec(lines[i]);
      if (m && m[1] !== 'flutter' && m[1] !== 'flutter_test') deps.push(importDependency(path, m[1], i + 1, lines[i]));
    }
    return { dependencies: firstPerName(deps), diagnostics: [] };
  },
};
