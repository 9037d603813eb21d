/**
 * `npm start` (vite preview) behaves like the deploy config (deploy/nginx.conf), so a local try shows what
 * production does: the same security headers (read from deploy/security-headers.conf, the one source), the same
 * cache rules (immutable only for a hashed asset that exists, no-cache for everything else), a real 404 for a
 * missing file instead of the app shell, no `/_headers`, a page's prerendered HTML for its address (else the
 * language's not-found page, else the app shell: pageFiles.ts), and the shell for a page path whose percent
 * escapes cannot be decoded (nginx sends it through `error_page 400`; the app then says "not found").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { pageFile } from './pageFiles.ts';

const HEADERS_FILE = new URL('../../deploy/security-headers.conf', import.meta.url);
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `add_header Name "value" always;` lines of the nginx include, as [name, value] pairs. */
export function securityHeaders(conf = readFileSync(HEADERS_FILE, 'utf8')): [string, string][] {
  return [...conf.matchAll(/^add_header\s+([\w-]+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
}

/** The decoded path, or null when its escapes are broken. (The result must be used: a bundler may drop a call
 * to a built-in it thinks is pure, and the throw with it.) */
function decoded(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Sets headers just before the response starts, whoever writes it (sirv, Vite's fallback, a 404), so the
 * status is known. Values passed to writeHead would win over setHeader, so ours are removed from them first.
 */
function onHeaders(res: ServerResponse, decide: (status: number) => [string, string][]): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const ours = decide(status);
    for (const arg of rest) {
      if (!arg || typeof arg !== 'object' || Array.isArray(arg)) continue;
      const passed = arg as Record<string, unknown>;
      for (const key of Object.keys(passed))
        if (ours.some(([name]) => name.toLowerCase() === key.toLowerCase())) delete passed[key];
    }
    if (!res.headersSent) for (const [name, value] of ours) res.setHeader(name, value);
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

export function deployLikePreview(): Plugin {
  const security = securityHeaders();
  return {
    name: 'sango-deploy-like-preview',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const fileExists = (path: string) => {
        path = normalize(join(root, path));
        return path.startsWith(root + sep) && existsSync(path) && statSync(path).isFile();
      };
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const { pathname } = url;
        const asset = pathname.startsWith('/assets/');
        onHeaders(res, (status) => [
          ...security,
          ['Cache-Control', asset && (status === 200 || status === 304) ? IMMUTABLE : 'no-cache'],
        ]);
        const looksLikeFile = asset || extname(pathname) !== '';
        const readable = decoded(pathname);
        // The deploy notes for other hosts are not part of the site; a missing file is a 404, not the shell.
        if (pathname === '/_headers' || (looksLikeFile && (readable === null || !fileExists(readable)))) {
          return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        }
        if (readable === null)
          req.url = `/index.html${url.search}`; // a page nobody can find: the app says so
        else if (!looksLikeFile) req.url = `${pageFile(readable, fileExists)}${url.search}`;
        next();
      });
    },
  };
}
