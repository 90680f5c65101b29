#!/usr/bin/env node
// Published package: runs the compiled CLI in dist/. In a checkout without a build, falls back to
// the TypeScript sources through tsx (a dev dependency), so `npx news-timeline` works either way.
import { existsSync } from 'node:fs';

const dist = new URL('../dist/cli/main.js', import.meta.url);
const src = new URL('../src/cli/main.ts', import.meta.url);

let entry = dist;
if (!existsSync(dist)) {
  if (!existsSync(src)) {
    process.stderr.write('news-timeline: dist/cli/main.js is missing; reinstall the package\n');
    process.exit(1);
  }
  const { register } = await import('tsx/esm/api');
  register();
  entry = src;
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
