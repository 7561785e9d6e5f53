// The records that flow through the pipeline (see DESIGN.md). Plain data only.

export type Ecosystem =
  | 'maven'
  | 'gradle-plugin'
  | 'android-manifest'
  | 'java-package'
  | 'cocoapods'
  | 'spm'
  | 'carthage'
  | 'framework'
  | 'plist'
  | 'npm'
  | 'pub'
  | 'nuget'
  | 'unity'
  | 'vendored-binary'
  | 'source-import';

export interface Location {
  /** repo-relative, '/' separators */
  file: string;
  line: number;
  column?: number;
  endLine?: number;
}

export interface Dependency {
  ecosystem: Ecosystem;
  /** coordinate in that ecosystem: 'com.appsflyer:af-android-sdk', 'FirebaseCrashlytics', 'github.com/getsentry/sentry-cocoa' */
  name: string;
  /** resolved where possible ('6.14.2'), else the raw text ('$sentryVersion') */
  version?: string;
  /** 'implementation', 'debugImplementation', 'testImplementation', Podfile target, 'devDependencies'... */
  scope?: string;
  /** declared by the app, or only found in a lock file's tree */
  direct: boolean;
  /** for transitive ones: the chain of parents that pulled it in */
  via?: string[];
  location: Location;
  /** the source line (trimmed), for reports */
  text: string;
  /** why a version/name could not be resolved, instead of dropping it */
  skipReason?: string;
  /** the extractor that produced it */
  extractor?: string;
  /** evidence that never detects an SDK on its own (a SwiftPM pin resolved for another package) */
  weak?: boolean;
  /** scope class, derived from scope: shipped in release builds, debug-only, or test/dev-only */
  usage?: Usage;
}

export type Usage = 'release' | 'debug' | 'test';

export type Severity = 'error' | 'warning' | 'note';

export interface Diagnostic {
  file: string;
  line?: number;
  severity: Severity;
  message: string;
  /** the stage or extractor that raised it */
  source?: string;
}

/** A supporting fact that is not a dependency (e.g. NSUserTrackingUsageDescription is set). */
export interface Fact {
  kind: string;
  value: string;
  location: Location;
  text: string;
}

// ---- rules ----

export interface RuleMatch {
  maven?: string[];
  gradlePlugins?: string[];
  javaPackages?: string[];
  androidManifest?: string[];
  cocoapods?: string[];
  spm?: string[];
  carthage?: string[];
  frameworks?: string[];
  binaries?: string[];
  plistKeys?: string[];
  npm?: string[];
  pub?: string[];
  nuget?: string[];
  unity?: string[];
  trackingDomains?: string[];
}

export interface Rule {
  /** path under rules/ without extension: 'appsflyer/appsflyer' */
  id: string;
  name: string;
  vendor: string;
  family?: string;
  categories: string[];
  collectsData: boolean;
  noDataReason?: string;
  tracking?: boolean;
  applePrivacyImpacting?: boolean;
  dataTypes: string[];
  dataTypesSource?: string;
  website?: string;
  privacyPolicy?: string;
  names: string[];
  familyNames?: string[];
  vendorNames?: string[];
  ambiguousNames?: string[];
  formerNames?: string[];
  overlaps?: string[];
  match: RuleMatch;
  examples: { match: string[]; noMatch: string[] };
  sources: string[];
  /** where the rule was loaded from (repo-relative for built-ins, absolute for --rules) */
  file?: string;
}

// ---- detection and disclosure ----

export interface Evidence {
  file: string;
  line: number;
  ecosystem: Ecosystem;
  name: string;
  version?: string;
  scope?: string;
  direct: boolean;
  via?: string[];
  text: string;
  usage: Usage;
  skipReason?: string;
  weak?: boolean;
}

export interface Detection {
  rule: Rule;
  evidence: Evidence[];
  /** release, debug or test: the widest usage among the evidence */
  usage: Usage;
}

export type DisclosureStatus = 'disclosed' | 'vendor-only' | 'undisclosed' | 'not-applicable' | 'no-disclosure';

export type MentionLevel = 'product' | 'family' | 'vendor' | 'identifier';

export interface Mention {
  ruleId: string;
  level: MentionLevel;
  /** what matched in the document, as written */
  term: string;
  source: string;
  line: number;
  /** page for PDFs */
  page?: number;
  text: string;
  /** the mention is negated ("we do not use X") */
  negated?: boolean;
}

export type DisclosureKind = 'policy-text' | 'policy-markdown' | 'policy-html' | 'policy-pdf' | 'privacy-manifest' | 'data-safety-csv' | 'disclosure-file';

export interface DisclosureDocument {
  source: string;
  kind: DisclosureKind;
}

export interface Disclosure {
  documents: DisclosureDocument[];
  mentions: Mention[];
}

export interface SdkReport {
  id: string;
  name: string;
  vendor: string;
  categories: string[];
  collectsData: boolean;
  dataTypes: string[];
  tracking?: boolean;
  applePrivacyImpacting?: boolean;
  usage: Usage;
  evidence: Evidence[];
  /** what the SDK's own PrivacyInfo.xcprivacy (vendored in the tree) declares */
  privacyManifest?: { file: string; tracking?: boolean; trackingDomains: string[]; collectedDataTypes: string[] };
  disclosure: {
    status: DisclosureStatus;
    reason?: string;
    evidence: { source: string; line: number; page?: number; level: MentionLevel; term: string; text: string }[];
  };
}

export interface Finding {
  check: string;
  severity: Severity;
  sdk?: string;
  message: string;
  location?: Location;
  related?: Location[];
}

export interface ScanResult {
  schemaVersion: 1;
  tool: { name: 'sdkscan'; version: string; rulesCount: number };
  root: string;
  sdks: SdkReport[];
  findings: Finding[];
  disclosures: DisclosureDocument[];
  diagnostics: Diagnostic[];
  facts?: Fact[];
  /** findings accepted by a suppression in the config, with its reason */
  suppressed?: { check: string; sdk?: string; reason: string; expires?: string }[];
  /** how many findings a --baseline accepted */
  baselined?: number;
}
