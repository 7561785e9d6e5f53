import type { Extractor } from './types';
import { gradle } from './android/gradle/index';
import { gradleProperties } from './android/gradle-properties/index';
import { versionCatalog } from './android/version-catalog/index';
import { manifest } from './android/manifest/index';
import { vendoredBinary } from './android/vendored-binary/index';

/** Every extractor; the name of each is its folder (a test keeps this list equal to the folders). */
export const EXTRACTORS: Extractor[] = [gradle, gradleProperties, versionCatalog, manifest, vendoredBinary];
