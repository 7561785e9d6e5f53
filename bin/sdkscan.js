#!/usr/bin/env node
'use strict';
// The CLI runs from the bundle (dist/sdkscan.cjs, one file to load); dist/cli.js is the same code unbundled.
let cli;
try {
  cli = require('../dist/sdkscan.cjs');
} catch (e) {
  if (!(e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('sdkscan.cjs'))) throw e;
  try {
    cli = require('../dist/cli.js');
  } catch (e2) {
    if (e2 && e2.code === 'MODULE_NOT_FOUND' && String(e2.message).includes('dist/cli.js')) {
      process.stderr.write("sdkscan: not built yet; run 'npm install' (or 'npm run build') in the sdkscan folder first\n");
      process.exit(2);
    }
    throw e2;
  }
}
cli.main();
