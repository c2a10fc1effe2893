import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export type StaticServer = { url: string; close(): Promise<void>; server: Server };

/**
 * Extra response headers for one file, from a sidecar `<file>.headers.json` (`{ "name": "value" }`):
 * how a test page gets a Content-Security-Policy header.
 */
function extraHeaders(file: string): Record<string, string> {
  const sidecar = `${file}.headers.json`;
  if (!existsSync(sidecar)) return {};
  return JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>;
}

/**
 * Serves a folder on 127.0.0.1 (an ephemeral port unless one is given): the demo page and the
 * browser tests' pages. Only files under `root` are served.
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...extraHeaders(file),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
