import type { Extractor } from '../../types';
import { extractGradle } from './extract';

const SCRIPT = /(^|\/)(build|settings)\.gradle(\.kts)?$|\.gradle(\.kts)?$/;
const BUILD_SRC = /(^|\/)(buildSrc|build-logic)\/.*\.(kt|kts|gradle|groovy|java)$/;

export const gradle: Extractor = {
  name: 'android/gradle',
  docs: 'https://docs.gradle.org/current/userguide/declaring_dependencies.html',
  // cheap string checks first: this runs on every path of the tree
  fileRequired: (path) => ((path.endsWith('.gradle') || path.endsWith('.kts')) && SCRIPT.test(path)) || ((path.includes('buildSrc/') || path.includes('build-logic/')) && BUILD_SRC.test(path)),
  extract: extractGradle,
};
