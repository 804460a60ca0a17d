import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The app's address, ending with the sub-path and a slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder under a sub-path on 127.0.0.1, as a school's web server would
 * (e.g. http://127.0.0.1:PORT/ecole/facteur/). Anything outside the sub-path is a 404.
 */
export async function serveStatic(
  root: string,
  subPath = '/ecole/facteur/',
): Promise<StaticServer> {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    throw new Error(`${base}/index.html is missing: run \`npm run build\` first.`);
  }
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(subPath)) {
      response.writeHead(404).end('not found');
      return;
    }
    const relative = normalize(path.slice(subPath.length) || 'index.html');
    const file = resolve(base, relative);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
