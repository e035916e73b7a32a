import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, openChannel, type Handlers } from '../../../src/platform/messages';

type Listener = (message: unknown) => void;

/** One end of a fake port pair: what one end posts, the other end's listeners receive (asynchronously, as in browsers). */
interface FakePort {
  name: string;
  sender?: { tab?: { id: number; url: string } };
  onMessage: { addListener(fn: Listener): void; removeListener(fn: Listener): void };
  onDisconnect: { addListener(fn: () => void): void; removeListener(fn: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

interface FakeEnd extends FakePort {
  messages: Set<Listener>;
  disconnects: Set<() => void>;
  open: boolean;
  other: FakeEnd | null;
}

function portPair(name: string, tab: { id: number; url: string }): [FakePort, FakePort] {
  const make = (): FakeEnd => {
    const port: FakeEnd = {
      name,
      messages: new Set<Listener>(),
      disconnects: new Set<() => void>(),
      open: true,
      other: null,
      onMessage: { addListener: (fn) => void port.messages.add(fn), removeListener: (fn) => void port.messages.delete(fn) },
      onDisconnect: { addListener: (fn) => void port.disconnects.add(fn), removeListener: (fn) => void port.disconnects.delete(fn) },
      postMessage(message: unknown) {
        if (!port.open) throw new Error('Attempting to use a disconnected port object');
        // Like the real thing: a copy, delivered later.
        const copy = JSON.parse(JSON.stringify(message)) as unknown;
        setTimeout(() => port.other?.messages.forEach((fn) => fn(copy)), 0);
      },
      disconnect() {
        if (!port.open) return;
        port.open = false;
        if (port.other) port.other.open = false;
        // The other end hears of it; the end that disconnected does not.
        setTimeout(() => port.other?.disconnects.forEach((fn) => fn()), 0);
      },
    };
    return port;
  };
  const client = make();
  const server = make();
  client.other = server;
  server.other = client;
  server.sender = { tab };
  return [client, server];
}

describe('the analysis channel (a port to the background)', () => {
  let serverPorts: FakePort[] = [];
  let connectListeners = new Set<(port: FakePort) => void>();
  let stop: () => void = () => undefined;
  const calls: { tabId: number | null; type: string }[] = [];

  const handlers = {
    'analyze-page': (req, sender) => {
      calls.push({ tabId: sender.tabId, type: req.type });
      if (req.url.includes('fail')) throw new Error('no corpus');
      return { gaza: req.article.title === 'Gaza', alignments: [] };
    },
  } as Partial<Handlers> as Handlers;

  beforeEach(() => {
    fakeBrowser.reset();
    serverPorts = [];
    calls.length = 0;
    connectListeners = new Set<(port: FakePort) => void>();
    (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = {
      addListener: (fn: (port: FakePort) => void) => void connectListeners.add(fn),
      removeListener: (fn: (port: FakePort) => void) => void connectListeners.delete(fn),
    };
    (fakeBrowser.runtime as unknown as { connect: unknown }).connect = ({ name }: { name: string }) => {
      const [client, server] = portPair(name, { id: 7, url: 'https://www.reuters.com/world/x' });
      serverPorts.push(server);
      connectListeners.forEach((fn) => fn(server));
      return client;
    };
    stop = listen(handlers);
  });
  afterEach(() => stop());

  const article = (title: string) => ({ title, text: '', date: null, publisher: null, url: null, pageType: null, lang: null, truncated: false, fullLength: 0, updates: [] });

  it('answers a request with its handler, knowing the tab it came from', async () => {
    const channel = openChannel();
    const verdict = await channel.request('analyze-page', { article: article('Gaza'), url: 'https://www.reuters.com/world/x', readMs: 1 });
    expect(verdict).toEqual({ gaza: true, alignments: [] });
    expect(calls).toEqual([{ tabId: 7, type: 'analyze-page' }]);
    channel.close();
  });

  it('pairs answers with their requests when several are in flight', async () => {
    const channel = openChannel();
    const [a, b] = await Promise.all([
      channel.request('analyze-page', { article: article('Gaza'), url: 'u1', readMs: 0 }),
      channel.request('analyze-page', { article: article('Ukraine'), url: 'u2', readMs: 0 }),
    ]);
    expect([a.gaza, b.gaza]).toEqual([true, false]);
    channel.close();
  });

  it('rejects with the handler\'s error', async () => {
    const channel = openChannel();
    await expect(channel.request('analyze-page', { article: article('Gaza'), url: 'fail', readMs: 0 })).rejects.toThrow('no corpus');
    channel.close();
  });

  it('rejects what is still waiting when the background goes away, and every later request', async () => {
    const channel = openChannel();
    const pending = channel.request('analyze-page', { article: article('Gaza'), url: 'u', readMs: 0 });
    serverPorts[0]?.disconnect();
    await expect(pending).rejects.toThrow(/closed the channel/);
    await expect(channel.request('analyze-page', { article: article('Gaza'), url: 'u', readMs: 0 })).rejects.toThrow(/closed/);
  });

  it('close() disconnects the port and rejects what is waiting', async () => {
    const channel = openChannel();
    const pending = channel.request('analyze-page', { article: article('Gaza'), url: 'u', readMs: 0 });
    channel.close();
    await expect(pending).rejects.toThrow(/was closed/);
    let heard = false;
    serverPorts[0]?.onDisconnect.addListener(() => (heard = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toBe(true);
  });

  it('ignores ports of other names, and messages on its own port that are not requests', async () => {
    const answers: unknown[] = [];
    for (const name of ['someone-else', 'crosscheck']) {
      const [client, server] = portPair(name, { id: 1, url: 'https://www.reuters.com/world/x' });
      client.onMessage.addListener((m) => void answers.push(m));
      connectListeners.forEach((fn) => fn(server));
      if (name === 'someone-else') client.postMessage({ type: 'analyze-page', id: 1, article: article('Gaza'), url: 'u', readMs: 0 });
      else for (const junk of ['not a request', { id: 2 }, { type: 'no-such-type', id: 3 }]) client.postMessage(junk);
    }
    await new Promise((r) => setTimeout(r, 5));
    expect(answers).toEqual([]);
    expect(calls).toEqual([]);
  });
});
