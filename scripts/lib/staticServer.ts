/**
 * A small static host that behaves like deploy/nginx.conf: files with their MIME type and cache rules, gzip
 * when the browser asks for it, a page's prerendered HTML for its address (else the language's not-found page,
 * else the app shell: pageFiles.ts), and a real 404 for a missing asset. The root can
 * be switched while it runs (a deploy) and it can be stopped (the server is gone), which is what the update and
 * offline browser tests need; the benchmark uses it for gzip transfer sizes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { pageFile } from './pageFiles.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
const NO_CACHE = new Set(['/index.html', '/sw.js', '/manifest.webmanifest', '/registerSW.js']);

export interface StaticServer {
  /** http://localhost:PORT */
  url: string;
  /** Serve another build from now on, as a deploy would. */
  setRoot(dir: string): void;
  /** Every path asked for, in order, with its status. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  let base = resolve(root);
  const log: StaticServer['log'] = [];

  function fileFor(pathname: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return null; // a broken escape names no file (a page path still gets the shell, as on nginx)
    }
    const path = normalize(join(base, decoded));
    if (path !== base && !path.startsWith(base + sep)) return null; // no way out of the root
    return existsSync(path) && statSync(path).isFile() ? path : null;
  }

  function handle(req: IncomingMessage, res: ServerResponse) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = fileFor(pathname);
    let name = pathname;
    // A page URL (no file extension) gets its page; a missing asset gets a real 404, never the shell.
    if (!file && !extname(pathname)) {
      let decoded: string | null = null;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        // a broken escape: the app shell, which says "not found"
      }
      name = decoded === null ? '/index.html' : pageFile(decoded, (p) => fileFor(p) !== null);
      file = fileFor(name);
    }
    if (!file) {
      log.push({ path: pathname, status: 404 });
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control':
        NO_CACHE.has(name) || name.endsWith('.html')
          ? 'no-cache'
          : name.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 }); // nginx's usual gzip_comp_level
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    log.push({ path: pathname, status: 200 });
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer(handle);
  await new Promise<void>((ok) => server.listen(port, 'localhost', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}`,
    setRoot(dir) {
      base = resolve(dir);
    },
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
