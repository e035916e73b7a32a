/**
 * Pages served over HTTPS under any hostname, for the sites on the browsers' HSTS preload lists
 * (www.bbc.com, www.theguardian.com, www.nytimes.com: a browser never asks for them over plain
 * HTTP). Two servers on free ports of 127.0.0.1:
 *  - an HTTPS server with a throwaway self-signed certificate made at start (openssl, into a
 *    mkdtemp folder removed at close), serving the routes it is given under any host;
 *  - an HTTP proxy in front of it: CONNECT host:port tunnels to the HTTPS server whatever the host
 *    (so the browsers reach every news hostname through it), and plain proxied HTTP requests get
 *    the same routes. Every request is logged, as the fixture server does.
 * The browsers must accept the certificate (Chromium: ignoreHTTPSErrors; Firefox: acceptInsecureCerts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeenRequest } from './server';

/** A running HTTPS site with its proxy. */
export interface TlsSite {
  /** The HTTPS server's port (URLs use it; through the proxy any port reaches the same server). */
  port: number;
  /** The HTTP proxy's port, for the browsers' proxy settings. */
  proxyPort: number;
  requests: SeenRequest[];
  /** https://HOST:PORT/PATH */
  url(host: string, path: string): string;
  /** Serves `body` (HTML) at `path` under any host. */
  route(path: string, body: string): void;
  close(): Promise<void>;
}

/** A self-signed certificate for one day, made by openssl in a fresh temporary folder. */
function throwawayCertificate(): { key: Buffer; cert: Buffer; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=test',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'pipe' });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`openssl could not make a test certificate (is it installed?): ${(err as Error).message}`);
  }
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), dir };
}

const listen = (server: { listen(port: number, host: string, cb: () => void): unknown; address(): unknown }): Promise<number> =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

/** Starts the HTTPS server and its proxy. */
export async function startTlsSite(): Promise<TlsSite> {
  const { key, cert, dir } = throwawayCertificate();
  const requests: SeenRequest[] = [];
  const routes = new Map<string, string>();
  const sockets = new Set<Socket>();
  const track = (s: Socket): void => {
    sockets.add(s);
    // A browser closing a tab resets its connections: that is not the test's failure.
    s.on('error', () => undefined);
    s.on('close', () => sockets.delete(s));
  };

  const serve = (scheme: 'http' | 'https') => (req: IncomingMessage, res: ServerResponse): void => {
    const target = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    requests.push({ host: target.hostname, port: target.port, path: target.pathname });
    const body = routes.get(decodeURIComponent(target.pathname));
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };

  const https = createHttpsServer({ key, cert }, serve('https'));
  https.on('connection', track);
  https.on('tlsClientError', () => undefined);
  const port = await listen(https);

  const proxy = createHttpServer(serve('http'));
  proxy.on('connection', track);
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    const [host, p] = (req.url ?? '').split(':');
    requests.push({ host: host ?? '', port: p ?? '', path: 'CONNECT' });
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    track(client);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  const proxyPort = await listen(proxy);

  const close = (server: typeof proxy | typeof https): Promise<void> => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return {
    port,
    proxyPort,
    requests,
    url: (host, path) => `https://${host}:${port}/${path.replace(/^\//, '')}`,
    route: (path, body) => void routes.set(path, body),
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([close(proxy), close(https)]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
