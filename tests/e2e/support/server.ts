/**
 * A local web server for the end-to-end suites. It serves tests/fixtures/pages/ under any hostname
 * (the browsers map real news hostnames to 127.0.0.1), and also works as a plain HTTP proxy, so
 * Firefox can be pointed at it. Every request it sees is logged, so a test can tell exactly what
 * left the browser.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

/** One request the server saw. */
export interface SeenRequest {
  host: string;
  /** The port asked for ('' for the scheme's default). */
  port: string;
  path: string;
}

/** A running fixture server. */
export interface FixtureServer {
  port: number;
  requests: SeenRequest[];
  /** http://HOST:PORT/PATH for a fixture. */
  url(host: string, path: string): string;
  /** Serves `body` at `path` (any host) until closed: for pages a test builds itself. */
  route(path: string, body: string | (() => string)): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', json: 'application/json', txt: 'text/plain; charset=utf-8' };

const INCLUDE = /<!-- include: ([\w./-]+) -->/g;

/**
 * Puts shared fragments into a page: `<!-- include: reuters/x.story.html -->` becomes that file of
 * the pages folder, so fixtures that carry the same story keep one copy of it. One level deep.
 */
export async function expandIncludes(html: string, dir = PAGES_DIR): Promise<string> {
  const parts = await Promise.all([...html.matchAll(INCLUDE)].map(async (m) => {
    const file = normalize(join(dir, m[1] ?? ''));
    return file.startsWith(dir) ? readFile(file, 'utf8') : '';
  }));
  let i = 0;
  return html.replace(INCLUDE, () => parts[i++] ?? '');
}

/** Starts the server on a free port of 127.0.0.1. `pagesDir` defaults to tests/fixtures/pages. */
export async function startServer(pagesDir = PAGES_DIR, extraDirs: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  const routes = new Map<string, string | (() => string)>();
  const server: Server = createServer((req, res) => {
    // A proxy request carries an absolute URL; a direct one a path and a Host header.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push({ host: target.hostname, port: target.port, path: target.pathname });
    const path = decodeURIComponent(target.pathname);
    const routed = routes.get(path);
    if (routed !== undefined) {
      res.writeHead(200, { 'content-type': TYPES.html! });
      res.end(typeof routed === 'function' ? routed() : routed);
      return;
    }
    let base = pagesDir;
    let rest = path;
    for (const [prefix, dir] of Object.entries(extraDirs)) {
      if (path.startsWith(`/${prefix}/`)) {
        base = dir;
        rest = path.slice(prefix.length + 1);
      }
    }
    const file = normalize(join(base, rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then(async (body) => {
        const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        res.end(file.endsWith('.html') ? await expandIncludes(body.toString('utf8'), base) : body);
      })
      .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
  });
  // HTTPS through the proxy arrives as CONNECT: log it and refuse (no fixture is served over TLS).
  server.on('connect', (req, socket) => {
    const [host, port] = (req.url ?? '').split(':');
    requests.push({ host: host ?? '', port: port ?? '', path: 'CONNECT' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (host, path) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    route: (path, body) => void routes.set(path, body),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
