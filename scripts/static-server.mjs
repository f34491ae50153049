/**
 * A small static file server for the built site, used by the browser tests and `npm run serve`.
 * It serves `root` under `base`, answers directories with index.html, redirects a directory
 * path without its trailing slash (as nginx does), and answers unknown paths with 404.html.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
};

/** Starts the server; resolves to { url, port, close }. `url` ends with the base path. */
export function startStaticServer({ root = 'dist', base = '/', port = 0, host = '127.0.0.1' } = {}) {
  const rootDir = resolve(root);
  const b = ('/' + base.replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const reqUrl = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try { pathname = decodeURIComponent(reqUrl.pathname); } catch { pathname = '/__bad__'; }
    const send = (file, status = 200) => {
      const headers = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Cache-Control': 'no-cache',
      };
      res.writeHead(status, headers);
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      if (existsSync(page)) send(page, 404);
      else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
    };
    if (!pathname.startsWith(b) && pathname + '/' !== b) return notFound();
    const rel = pathname.slice(b.length - 1);
    const file = normalize(join(rootDir, rel));
    if (!file.startsWith(rootDir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        // Built from the path as sent (still encoded), with one leading slash: a decoded
        // `//example.com/..` must never become a protocol-relative Location (open redirect).
        const here = '/' + reqUrl.pathname.replace(/^[/\\]+/, '');
        res.writeHead(301, { Location: here + '/' + reqUrl.search }).end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(index) : notFound();
    }
    if (existsSync(file)) return send(file);
    return notFound();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        port: p,
        url: `http://${host}:${p}${b}`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done(undefined)); }),
      });
    });
  });
}
