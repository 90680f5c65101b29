// Dev-server middleware (web-test-runner, the demo server): a request for `src/…/x.js` that does
// not exist is served from `src/…/x.ts`, compiled by the esbuild plugin. Imports between modules are
// resolved this way already; this covers URLs the browser fetches itself, such as the extraction
// worker's `new URL('./extract-worker.js', import.meta.url)`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} rootDir - the server's root directory */
export function tsSources(rootDir) {
  return async function serveTsForJs(context, next) {
    const { pathname, search } = new URL(context.url, 'http://x');
    if (pathname.startsWith('/src/') && pathname.endsWith('.js')) {
      const file = join(rootDir, decodeURIComponent(pathname));
      const ts = file.replace(/\.js$/, '.ts');
      if (!existsSync(file) && existsSync(ts)) context.url = `${pathname.replace(/\.js$/, '.ts')}${search}`;
    }
    return next();
  };
}
