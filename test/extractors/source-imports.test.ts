import { jvmImports } from '../../src/extractors/source/jvm-imports/index';
import { appleImports } from '../../src/extractors/source/apple-imports/index';
import { dartImports } from '../../src/extractors/source/dart-imports/index';
import { jsImports, packageOfSpecifier } from '../../src/extractors/source/js-imports/index';
import { briefs } from '../helpers';
import type { Extractor } from '../../src/extractors/types';

const names = (ex: Extractor, path: string, text: string) => briefs(ex.extract({ path, text }).dependencies);

describe('source/jvm-imports', () => {
  it('reads SDK imports with lines, skips platform packages, stops at the first declaration', () => {
    const text = ['package com.example.app', '', 'import android.app.Application', 'import com.appsflyer.AppsFlyerLib', 'import io.sentry.*', 'import com.umeng.commonsdk.UMConfigure;', 'import kotlinx.coroutines.launch', 'import com.appsflyer.attribution.AppsFlyerRequestListener', '', 'class App : Application() {', '  // import com.fake.Later', '}'].join('\n');
    expect(names(jvmImports, 'app/src/main/java/App.kt', text)).toEqual([
      'source-import com.appsflyer.AppsFlyerLib - import L4 release',
      'source-import com.appsflyer.attribution.AppsFlyerRequestListener - import L8 release',
      'source-import com.umeng.commonsdk.UMConfigure - import L6 release',
      'source-import io.sentry - import L5 release',
    ]);
  });
  it('tests are test-only', () => {
    expect(names(jvmImports, 'app/src/test/java/AppTest.kt', 'import com.appsflyer.AppsFlyerLib')).toEqual(['source-import com.appsflyer.AppsFlyerLib - import L1 test']);
  });
  it.each([
    ['app/src/main/java/App.kt', true],
    ['app/src/main/java/App.java', true],
    ['buildSrc/src/main/kotlin/Deps.kt', false],
    ['app/src/main/java/App.kts', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(jvmImports.fileRequired(p)).toBe(want));
});

describe('source/apple-imports', () => {
  it.each([
    ['App.swift', 'import FirebaseAnalytics', ['source-import FirebaseAnalytics - import L1 release']],
    ['App.swift', '@testable import Shop', ['source-import Shop - import L1 release']],
    ['App.swift', 'import class Sentry.SentrySDK', ['source-import Sentry - import L1 release']],
    ['App.swift', 'import UIKit', []],
    ['AppDelegate.m', '#import <AppsFlyerLib/AppsFlyerLib.h>', ['source-import AppsFlyerLib - import L1 release']],
    ['AppDelegate.m', '@import FBSDKCoreKit;', ['source-import FBSDKCoreKit - import L1 release']],
    ['AppDelegate.m', '#import "AppDelegate.h"', []],
    ['AppDelegate.m', '#import <UIKit/UIKit.h>', []],
  ])('%s: %s', (path, text, want) => expect(names(appleImports, path, text)).toEqual(want));
});

describe('source/dart-imports', () => {
  it.each([
    ["import 'package:firebase_analytics/firebase_analytics.dart';", ['source-import firebase_analytics - import L1 release']],
    ["import 'package:flutter/material.dart';", []],
    ["import 'dart:async';", []],
    ["import '../src/util.dart';", []],
    ["export 'package:sentry_flutter/sentry_flutter.dart';", ['source-import sentry_flutter - import L1 release']],
  ])('%s', (text, want) => expect(names(dartImports, 'lib/main.dart', text)).toEqual(want));
});

describe('source/js-imports', () => {
  it('imports, re-exports, require and dynamic import; relative paths skipped', () => {
    const text = ["import appsFlyer from 'react-native-appsflyer';", "import * as Sentry from '@sentry/react-native/dist/js';", "const amp = require('@amplitude/analytics-react-native');", "export * from './local';", 'async function f() {', "  await import('react-native-purchases');", '}', "// import x from 'commented-out'"].join('\n');
    expect(names(jsImports, 'src/App.tsx', text)).toEqual([
      'source-import @amplitude/analytics-react-native - import L3 release',
      'source-import @sentry/react-native - import L2 release',
      'source-import react-native-appsflyer - import L1 release',
      'source-import react-native-purchases - import L6 release',
    ]);
  });
  it('an unparsable file is a note, never a crash', () => {
    const r = jsImports.extract({ path: 'src/broken.ts', text: 'import { from "x"\n<<<<<<< HEAD' });
    expect(r.dependencies.length + r.diagnostics.length).toBeGreaterThanOrEqual(0);
  });
  it.each([
    ['@sentry/react-native/expo', '@sentry/react-native'],
    ['lodash/get', 'lodash'],
    ['./App', undefined],
    ['node:fs', undefined],
    ['@scope', undefined],
  ])('packageOfSpecifier(%s) = %s', (spec, want) => expect(packageOfSpecifier(spec)).toBe(want));
  it.each([
    ['src/App.tsx', true],
    ['index.js', true],
    ['src/types.d.ts', false],
    ['dist/bundle.min.js', false],
    ['src/App.css', false],
  ])('fileRequired(%s) = %s', (p, want) => expect(jsImports.fileRequired(p)).toBe(want));
});
