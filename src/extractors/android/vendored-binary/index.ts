import type { Extractor } from '../../types';
import { basename } from '../../types';
import { usageOfScope } from '../../usage';

// Android libraries vendored as files: app/libs/alipaysdk-android-15.8.17.aar, libs/umeng-common-9.4.7.jar.
// Judged by the file name only; the archive is never opened (it may be empty or corrupt).
export const vendoredBinary: Extractor = {
  name: 'android/vendored-binary',
  docs: 'https://developer.android.com/studio/projects/android-library#psd-add-aar-jar-dependency',
  needsContent: false,
  fileRequired: (path) => /\.(aar|jar)$/i.test(path) && !/(^|\/)gradle\/wrapper\//.test(path),
  extract: (input) => ({
    dependencies: [
      {
        ecosystem: 'vendored-binary',
        name: basename(input.path),
        direct: true,
        scope: 'vendored',
        location: { file: input.path, line: 1 },
        text: input.path,
        usage: usageOfScope(/(^|\/)(test|androidTest)\//.test(input.path) ? 'test' : undefined),
      },
    ],
    diagnostics: [],
  }),
};
