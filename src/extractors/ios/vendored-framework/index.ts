import type { Extractor } from '../../types';

// Binary SDKs copied into the tree: AppsFlyerLib.xcframework/, FBSDKCoreKit.framework/, libWeChatSDK.a.
// Judged by name only; nothing inside is opened. Evidence points at the outermost framework folder.

const FRAMEWORK = /^(.*?(?:^|\/)([^/]+)\.(xcframework|framework))\/[^/]+$/;

export const vendoredFramework: Extractor = {
  name: 'ios/vendored-framework',
  docs: 'https://developer.apple.com/documentation/xcode/creating-a-multi-platform-binary-framework-bundle',
  needsContent: false,
  fileRequired: (path) => (path.includes('framework/') && FRAMEWORK.test(path) && !/\.(xc)?framework\/.*\.(xc)?framework\//.test(path)) || (path.endsWith('.a') && /(^|\/)lib[^/]+\.a$/.test(path)),
  extract: (input) => {
    const m = FRAMEWORK.exec(input.path);
    if (m) {
      return {
        dependencies: [{ ecosystem: 'framework', name: m[2], scope: 'vendored', direct: true, location: { file: m[1], line: 1 }, text: m[1], usage: 'release' }],
        diagnostics: [],
      };
    }
    return {
      dependencies: [{ ecosystem: 'vendored-binary', name: input.path.replace(/^.*\//, ''), scope: 'vendored', direct: true, location: { file: input.path, line: 1 }, text: input.path, usage: 'release' }],
      diagnostics: [],
    };
  },
};
