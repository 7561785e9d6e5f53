// Fallback for machines without GNU /usr/bin/time: runs a node script (or nothing, for `-e ''`) in this
// process and writes process.resourceUsage().maxRSS (kilobytes) to <rss-file> when the process exits.
//
//   node bench/rss-wrapper.mjs <rss-file> <script> [args...]
//   node bench/rss-wrapper.mjs <rss-file> -e ''

import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...rest] = process.argv.slice(2);
process.on('exit', () => writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`));
if (script && script !== '-e') {
  const abs = resolve(script);
  process.argv = [process.argv[0], abs, ...rest];
  if (abs.endsWith('.mjs')) await import(pathToFileURL(abs).href);
  else createRequire(import.meta.url)(abs);
}
