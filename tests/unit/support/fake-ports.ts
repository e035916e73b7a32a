/**
 * Ports between a content script and the background, in memory: what one end posts, the other
 * end's listeners receive, as a copy and later, as in browsers. fakeBrowser leaves
 * runtime.connect and runtime.onConnect unmocked; {@link installFakePorts} fills them in.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (message: unknown) => void;

/** One end of a fake port pair: what one end posts, the other end's listeners receive (asynchronously, as in browsers). */
export interface FakePort {
  /** False once either end disconnected. */
  open?: boolean;
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

export function portPair(name: string, tab: { id: number; url: string }): [FakePort, FakePort] {
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

/**
 * Makes `runtime.connect` open a pair of fake ports whose far end goes to the `runtime.onConnect`
 * listeners, as if the connecting script ran in `tab`. Call after `fakeBrowser.reset()`. Gives
 * the background's ends of the ports opened, in order, and `accept`, which hands the background a
 * port made by hand.
 */
export function installFakePorts(tab: { id: number; url: string }): { opened: FakePort[]; accept(port: FakePort): void } {
  const serverPorts: FakePort[] = [];
  const connectListeners = new Set<(port: FakePort) => void>();
  (fakeBrowser.runtime as unknown as { onConnect: unknown }).onConnect = {
    addListener: (fn: (port: FakePort) => void) => void connectListeners.add(fn),
    removeListener: (fn: (port: FakePort) => void) => void connectListeners.delete(fn),
  };
  (fakeBrowser.runtime as unknown as { connect: unknown }).connect = ({ name }: { name: string }) => {
    const [client, server] = portPair(name, tab);
    serverPorts.push(server);
    connectListeners.forEach((fn) => fn(server));
    return client;
  };
  return { opened: serverPorts, accept: (port) => connectListeners.forEach((fn) => fn(port)) };
}
