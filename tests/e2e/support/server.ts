/**
 * A local web server for the end-to-end suites. It serves tests/fixtures/pages/ under any hostname
 * (the browsers map real news hostnames to 127.0.0.1), and also works as a plain HTTP proxy, so
 * Firefox can be pointed at it. Every request it sees is logged, so a test can tell exactly what
 * left the browser.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

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

/** A short line on stderr for a network error the server shrugs off (a browser closing a page mid-response). */
function warn(where: string, err: unknown): void {
  const e = err as NodeJS.ErrnoException;
  console.warn(`fixture server: ${where}: ${e?.code ?? ''} ${e?.message ?? String(err)}`.replace(/\s+/g, ' ').trim());
}

/**
 * Sends a whole response, unless the response can no longer be written (the browser went away, or
 * a response was already started): then it is dropped, with a line in the log, and never throws.
 */
function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  if (res.destroyed || res.writableEnded || res.headersSent) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  try {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  } catch (err) {
    warn('response', err);
    res.destroy();
  }
}

/** Starts the server on a free port of 127.0.0.1. `pagesDir` defaults to tests/fixtures/pages. */
export async function startServer(pagesDir = PAGES_DIR, extraDirs: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: SeenRequest[] = [];
  const routes = new Map<string, string | (() => string)>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // A page closed while its response is being written makes these streams fail: log, never throw.
    req.on('error', (err) => warn(`request ${req.url ?? ''}`, err));
    res.on('error', (err) => warn(`response ${req.url ?? ''}`, err));
    try {
      respond(req, res);
    } catch (err) {
      warn(`handler ${req.url ?? ''}`, err);
      send(res, 500, 'text/plain', 'server error');
    }
  });

  function respond(req: IncomingMessage, res: ServerResponse): void {
    // A proxy request carries an absolute URL; a direct one a path and a Host header.
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    requests.push({ host: target.hostname, port: target.port, path: target.pathname });
    const path = decodeURIComponent(target.pathname);
    const routed = routes.get(path);
    if (routed !== undefined) {
      send(res, 200, TYPES.html!, typeof routed === 'function' ? routed() : routed);
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
      send(res, 403, 'text/plain', 'forbidden');
      return;
    }
    readFile(file)
      .then(async (body) => {
        const type = TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
        send(res, 200, type, file.endsWith('.html') ? await expandIncludes(body.toString('utf8'), base) : body);
      })
      .catch(() => send(res, 404, 'text/plain', 'not found'));
  }

  // Every socket, also one taken over by CONNECT (Node drops its own error handler then): a reset
  // from the browser is logged, and close() can destroy whatever is still open.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', (err) => warn('socket', err));
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (err, socket) => {
    warn('client', err);
    socket.destroy();
  });
  server.on('error', (err) => warn('server', err));
  // HTTPS through the proxy arrives as CONNECT: log it and refuse (no fixture is served over TLS).
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const [host, port] = (req.url ?? '').split(':');
    requests.push({ host: host ?? '', port: port ?? '', path: 'CONNECT' });
    socket.on('error', (err) => warn(`CONNECT ${req.url ?? ''}`, err));
    if (socket.writable) socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | null = null;
  return {
    port,
    requests,
    url: (host, path) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    route: (path, body) => void routes.set(path, body),
    // Stops listening and destroys every open socket (keep-alive, half-written, CONNECT), so close
    // never waits on a browser. Safe to call twice.
    close: () => (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    })),
  };
}
