// A small static file server for the built demo (build/demo), the way a static host serves it:
// files only, no module resolution or compilation. Listens on 127.0.0.1 only.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside `dir`; `undefined` for paths that leave it. Directories get index.html. */
function fileFor(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  try {
    return statSync(file).isDirectory() ? join(file, 'index.html') : file;
  } catch {
    return file;
  }
}

/**
 * Serves the files under `dir` on 127.0.0.1:`port` (0 picks a free port).
 *
 * @example
 * const { port, server } = await serveStatic('build/demo', 0);
 * // … fetch(`http://127.0.0.1:${port}/index.html`) …
 * server.close();
 */
export async function serveStatic(dir: string, port: number): Promise<{ server: Server; port: number }> {
  const base = normalize(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(base, url.pathname);
    let size = -1;
    try {
      if (file) size = statSync(file).size;
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`not found: ${url.pathname}`);
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, port: (server.address() as AddressInfo).port };
}
