#!/usr/bin/env node
'use strict';
let cli;
try {
  cli = require('../dist/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('dist/cli.js')) {
    process.stderr.write("sdkscan: not built yet; run 'npm install' (or 'npm run build') in the sdkscan folder first\n");
    process.exit(2);
  }
  throw e;
}
cli.main();
