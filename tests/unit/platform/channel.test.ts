import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listen, openChannel, type Handlers } from '../../../src/platform/messages';
import { installFakePorts, portPair, type FakePort } from '../support/fake-ports';

describe('the analysis channel (a port to the background)', () => {
  let serverPorts: FakePort[] = [];
  let accept: (port: FakePort) => void = () => undefined;
  let stop: () => void = () => undefined;
  const calls: { tabId: number | null; type: string }[] = [];

  const handlers = {
    'analyze-page': (req, sender) => {
      calls.push({ tabId: sender.tabId, type: req.type });
      if (req.url.includes('fail')) throw new Error('no corpus');
      return { gaza: req.article.title === 'Gaza', badges: [] };
    },
  } as Partial<Handlers> as Handlers;

  beforeEach(() => {
    fakeBrowser.reset();
    calls.length = 0;
    ({ opened: serverPorts, accept } = installFakePorts({ id: 7, url: 'https://www.reuters.com/world/x' }));
    stop = listen(handlers);
  });
  afterEach(() => stop());

  const article = (title: string) => ({ title, text: '', date: null, publisher: null, url: null, pageType: null, lang: null, truncated: false, fullLength: 0, updates: [] });

  it('answers a request with its handler, knowing the tab it came from', async () => {
    const channel = openChannel();
    const verdict = await channel.request('analyze-page', { article: article('Gaza'), url: 'https://www.reuters.com/world/x', readMs: 1 });
    expect(verdict).toEqual({ gaza: true, badges: [] });
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
      accept(server);
      if (name === 'someone-else') client.postMessage({ type: 'analyze-page', id: 1, article: article('Gaza'), url: 'u', readMs: 0 });
      else for (const junk of ['not a request', { id: 2 }, { type: 'no-such-type', id: 3 }]) client.postMessage(junk);
    }
    await new Promise((r) => setTimeout(r, 5));
    expect(answers).toEqual([]);
    expect(calls).toEqual([]);
  });
});
