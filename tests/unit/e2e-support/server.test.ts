/**
 * The end-to-end fixture server (tests/e2e/support/server.ts) under a browser that hangs up: a
 * page closed while its response is still being written, and a proxy CONNECT reset by the client.
 * Either used to be able to surface as an uncaught `read ECONNRESET` (vitest then fails the whole
 * run). Here the resets happen for real, over TCP, and the test checks that the server logged
 * them, that no uncaught exception reached the process, and that it still answers.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type FixtureServer } from '../../e2e/support/server';

/** 8 MB: far more than the socket buffers hold, so the server is still writing when the client goes. */
const BIG = 'x'.repeat(8 * 1024 * 1024);

/** GET `path` on a fresh connection; the status and body length. */
function get(port: number, path: string): Promise<{ status: number; length: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let length = 0;
      res.on('data', (c: Buffer) => (length += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, length }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a raw connection, sends `head`, waits for the first bytes back, then resets the connection (RST). */
function sendThenReset(port: number, head: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1', () => socket.write(head));
    socket.once('data', () => {
      socket.resetAndDestroy();
      resolve();
    });
    socket.on('error', reject);
  });
}

/** Waits until `check` holds (polling), or fails after `ms`. */
async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('fixture server when the client hangs up mid-response', () => {
  let server: FixtureServer;
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown): void => void uncaught.push(err);
  const warnings: string[] = [];

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    server = await startServer();
    server.route('/big.html', BIG);
  });

  afterEach(() => {
    expect(uncaught, 'no uncaught exception or unhandled rejection in the process').toEqual([]);
  });

  afterAll(async () => {
    await server?.close();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    vi.restoreAllMocks();
  });

  it('serves the large page whole to a client that stays', async () => {
    expect(await get(server.port, '/big.html')).toEqual({ status: 200, length: BIG.length });
  });

  it('logs a reset in the middle of a large page, throws nothing, and still answers', async () => {
    const before = warnings.length;
    await sendThenReset(server.port, `GET /big.html HTTP/1.1\r\nHost: www.reuters.com:${server.port}\r\n\r\n`);
    await until(() => warnings.slice(before).some((w) => /fixture server: .*ECONNRESET|EPIPE/.test(w)));
    // Give a late error event a chance to escape, were there one.
    await new Promise((r) => setTimeout(r, 200));
    expect(await get(server.port, '/reuters/khan-younis-truce.html')).toMatchObject({ status: 200 });
  });

  it('logs a reset of a proxy CONNECT (HTTPS through the proxy), throws nothing, and still answers', async () => {
    const before = warnings.length;
    // Several, so at least one reset lands while the 403 is still on its way.
    for (let i = 0; i < 5; i++) await sendThenReset(server.port, `CONNECT accounts.example.com:443 HTTP/1.1\r\nHost: accounts.example.com:443\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests.filter((r) => r.path === 'CONNECT')).toHaveLength(5);
    expect(await get(server.port, '/reuters/khan-younis-truce.html')).toMatchObject({ status: 200 });
    // Whether each reset surfaced as an error depends on timing; any that did was logged, not thrown.
    for (const w of warnings.slice(before)) expect(w).toMatch(/^fixture server: /);
  });

  it('answers a malformed path with an error status instead of throwing', async () => {
    expect((await get(server.port, '/%E0%A4%A.html')).status).toBe(500);
  });

  it('closes promptly with connections still open', async () => {
    const other = await startServer();
    const idle = connect(other.port, '127.0.0.1');
    idle.on('error', () => undefined);
    await new Promise((r) => idle.once('connect', r));
    const t0 = Date.now();
    await other.close();
    // Not a timing test: the old close() waited for the idle connection forever.
    expect(Date.now() - t0).toBeLessThan(15_000);
    idle.destroy();
  });
});
