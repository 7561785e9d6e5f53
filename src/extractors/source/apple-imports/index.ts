import type { Dependency } from '../../../types';
import type { Extractor } from '../../types';
import { firstPerName, importDependency } from '../import-deps';

// Swift and Objective-C imports, by a cheap line scan:
//   import FirebaseAnalytics  |  @testable import App  |  import class Sentry.SentrySDK
//   #import <AppsFlyerLib/AppsFlyerLib.h>  |  @import FBSDKCoreKit;
// Apple's own frameworks are skipped; quoted #import "Local.h" is the app's own code.
const SWIFT = /^\s*(?:@testable\s+|@_exported\s+|@_implementationOnly\s+)?import\s+(?:(?:class|struct|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_]\w*)/;
const OBJC = /^\s*(?:#import|#include)\s*<([A-Za-z_][\w-]*)\/[^>]+>|^\s*@import\s+([A-Za-z_]\w*)/;
const APPLE = new Set([
  'Foundation', 'UIKit', 'SwiftUI', 'Combine', 'CoreData', 'CoreGraphics', 'CoreLocation', 'MapKit', 'AVFoundation', 'AVKit',
  'WebKit', 'StoreKit', 'UserNotifications', 'AppTrackingTransparency', 'AdSupport', 'Security', 'CryptoKit', 'CoreText',
  'QuartzCore', 'CoreImage', 'Photos', 'PhotosUI', 'Contacts', 'ContactsUI', 'SafariServices', 'AuthenticationServices',
  'XCTest', 'os', 'Darwin', 'Dispatch', 'ObjectiveC', 'Swift', 'SystemConfiguration', 'CoreTelephony', 'Network', 'MessageUI',
  'LocalAuthentication', 'HealthKit', 'CloudKit', 'GameKit', 'WidgetKit', 'Intents', 'IntentsUI', 'CoreMotion', 'CoreBluetooth',
  'Accelerate', 'Metal', 'MetalKit', 'SpriteKit', 'SceneKit', 'ARKit', 'Vision', 'VisionKit', 'CoreML', 'NaturalLanguage',
  'Speech', 'EventKit', 'EventKitUI', 'PassKit', 'CallKit', 'PushKit', 'MediaPlayer', 'CoreMedia', 'CoreVideo', 'ImageIO',
  'MobileCoreServices', 'UniformTypeIdentifiers', 'QuickLook', 'LinkPresentation', 'BackgroundTasks', 'CoreHaptics', 'OSLog',
  'Observation', 'SwiftData', 'Charts', 'RegexBuilder', 'CoreFoundation', 'AppKit', 'Cocoa', 'WatchKit', 'ClockKit', 'PackageDescription',
]);

export const appleImports: Extractor = {
  name: 'source/apple-imports',
  docs: 'https://docs.swift.org/swift-book/documentation/the-swift-programming-language/',
  headBytes: 32 * 1024,
  fileRequired: (path) => /\.(swift|m|mm|h)$/.test(path) && !/\.(xc)?framework\//.test(path) && !/(^|\/)Package(@swift-[\d.]+)?\.swift$/.test(path),
  extract: ({ path, text }) => {
    const deps: Dependency[] = [];
    const swift = path.endsWith('.swift');
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (!l.includes('import') && !l.includes('#include')) continue;
      const m = swift ? SWIFT.exec(l) : OBJC.exec(l);
      const name = m && (m[1] ?? m[2]);
      if (name && !APPLE.has(name)) deps.push(importDependency(path, name, i + 1, l));
    }
    return { dependencies: firstPerName(deps), diagnostics: [] };
  },
};
