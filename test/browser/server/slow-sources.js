// Dev-server routes for the browser tests of loading: a source that answers late and one that
// never answers (the request is held open until the browser gives up).
import { readFile } from 'node:fs/promises';

const root = new URL('../fixtures/', import.meta.url);

/** `/__test/slow/<fixture>?ms=800` answers with test/browser/fixtures/<fixture> after `ms`; `/__test/never` never answers. */
export function slowSources() {
  return async (context, next) => {
    const path = context.path;
    if (path === '/__test/never') {
      await new Promise((resolve) => context.req.on('close', resolve));
      return;
    }
    const slow = /^\/__test\/slow\/([\w.-]+)$/.exec(path);
    if (!slow) return next();
    const ms = Math.min(Number(context.query.ms ?? 500), 10_000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = slow[1].endsWith('.json') ? 'application/json' : 'text/plain';
    context.body = await readFile(new URL(slow[1], root));
  };
}
