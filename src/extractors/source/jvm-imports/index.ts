import type { Dependency } from '../../../types';
import type { Extractor } from '../../types';
import { firstPerName, importDependency } from '../import-deps';

// Kotlin and Java imports, by a cheap line scan:  import com.appsflyer.AppsFlyerLib  |  import io.sentry.*
// Platform and language packages (java.*, android.*, androidx.*, kotlin.*) are skipped.
const IMPORT = /^\s*import\s+(?:static\s+)?([a-z][\w]*(?:\.[\w]+)+)(?:\.\*)?\s*;?\s*(?:as\s+\w+)?\s*$/;
const PLATFORM = /^(java|javax|android|androidx|kotlin|kotlinx|dalvik|org\.junit|org\.json|org\.w3c|org\.xml|junit)\./;

export const jvmImports: Extractor = {
  name: 'source/jvm-imports',
  docs: 'https://kotlinlang.org/docs/packages.html#imports',
  headBytes: 32 * 1024,
  fileRequired: (path) => /\.(kt|java)$/.test(path) && !/(^|\/)(buildSrc|build-logic)\//.test(path),
  extract: ({ path, text }) => {
    const deps: Dependency[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!l.includes('import')) {
        // imports come first: stop at the first class/object/fun declaration
        if (/^\s*(public\s+|internal\s+|private\s+|abstract\s+|open\s+|data\s+|final\s+)*(class|object|interface|fun|enum)\b/.test(l)) break;
        continue;
      }
      const m = IMPORT.exec(l);
      if (m && !PLATFORM.test(m[1])) deps.push(importDependency(path, m[1], i + 1, l));
    }
    return { dependencies: firstPerName(deps), diagnostics: [] };
  },
};
