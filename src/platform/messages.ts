/**
 * The whole message protocol between Crosscheck's contexts, in one place.
 *
 *   content script ──analyze-page──▶ background ──▶ PageVerdict (the full TabResult is kept per tab);
 *                    sent on a port opened before the article is read (openChannel)
 *   content script ──page-cleared──▶ background       (not a Gaza-war article, or site off)
 *   popup ──get-tab──▶ background ──▶ TabResult | null
 *   popup ──search──▶ background ──▶ SearchHit[]
 *   popup / report page ──get-report──▶ background ──▶ ReportView | null
 *   options / popup ──corpus-info──▶ background ──▶ CorpusInfo
 *   badge card / popup ──open-report──▶ background            (opens the report page in a tab)
 *
 * Settings do not travel as messages: every context reads and watches them in storage
 * (src/platform/settings.ts).
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../analysis/analyze-article';
import type { SearchHit } from '../corpus/match-reports';
import type { SeriesCredit } from '../reference/series-info';
import type { Alignment, Article, Figure } from '../types';

/** What the background keeps for a tab and gives the popup. */
export interface TabResult {
  url: string;
  /** When the page was analysed (ms since epoch). */
  at: number;
  analysis: Analysis;
}

/** What the content script needs back to place badges; the popup reads the full result from storage. */
export interface PageVerdict {
  gaza: boolean;
  alignments: Alignment[];
  /** The figures checked against an official series (each with its `reference`), for their badges. */
  checks: Figure[];
  /** Who publishes each series those checks name, for the badge card's credit line (no values). */
  series: SeriesCredit[];
}

/** A bundled report, for the report page. */
export interface ReportView {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string;
  text: string;
  figures: Figure[];
}

/** What the corpus holds, for the options page. */
export interface CorpusInfo {
  count: number;
  from: string | null;
  to: string | null;
  publishers: string[];
}

/** Requests, keyed by `type`, with what each one answers. */
export interface Protocol {
  'analyze-page': { request: { article: Article; url: string; readMs: number }; response: PageVerdict };
  'page-cleared': { request: { url: string; reason: string }; response: null };
  'get-tab': { request: { tabId: number }; response: TabResult | null };
  search: { request: { query: string }; response: SearchHit[] };
  'get-report': { request: { id: string }; response: ReportView | null };
  'corpus-info': { request: Record<string, never>; response: CorpusInfo };
  'open-report': { request: { id: string }; response: null };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
export type RequestOf<K extends MessageType> = { type: K } & Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

/** Sends a typed request to the background and returns its typed answer. */
export async function send<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage({ ...request, type })) as ResponseOf<K>;
}

/** Where a message came from, as far as handlers need to know. */
export interface Sender {
  tabId: number | null;
  url: string | null;
}

export type Handlers = { [K in MessageType]: (req: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K> };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The name of the ports {@link openChannel} opens. */
const CHANNEL = 'crosscheck';

/** A request on a channel, and its answer: `id` pairs them. */
type ChannelRequest = Message & { id: number };
type ChannelAnswer = { id: number; value?: unknown; error?: string };

/** A port to the background for requests that are on a page's way to its badges. */
export interface Channel {
  request<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<ResponseOf<K>>;
  /** Disconnects; requests still waiting are rejected. */
  close(): void;
}

/**
 * Opens a port to the background. The same protocol as {@link send}, but the connection is made
 * once, ahead of the request: the content script opens it before reading the article, so when the
 * article is ready it crosses in one message, with no channel set up on the way (about a
 * millisecond less each way in Chromium). Close it when done: an open port keeps an MV3 worker awake.
 */
export function openChannel(): Channel {
  const port = browser.runtime.connect({ name: CHANNEL });
  const waiting = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  let next = 0;
  let closed = false;
  const fail = (why: string): void => {
    closed = true;
    for (const w of waiting.values()) w.reject(new Error(why));
    waiting.clear();
  };
  port.onMessage.addListener((answer: unknown) => {
    const a = answer as ChannelAnswer;
    const w = waiting.get(a.id);
    if (!w) return;
    waiting.delete(a.id);
    if (a.error !== undefined) w.reject(new Error(a.error));
    else w.resolve(a.value);
  });
  port.onDisconnect.addListener(() => fail('Crosscheck: the background closed the channel'));
  return {
    request<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<ResponseOf<K>> {
      if (closed) return Promise.reject(new Error('Crosscheck: the channel is closed'));
      const id = ++next;
      return new Promise<ResponseOf<K>>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        port.postMessage({ ...request, type, id });
      });
    },
    close(): void {
      if (closed) return;
      fail('Crosscheck: the channel was closed');
      port.disconnect();
    },
  };
}

/** Where a sender is, as handlers see it. */
function senderOf(sender: browser.Runtime.MessageSender | undefined): Sender {
  return { tabId: sender?.tab?.id ?? null, url: sender?.tab?.url ?? sender?.url ?? null };
}

/**
 * Answers every protocol message with its handler (background only), whether it comes by
 * {@link send} or on a {@link openChannel} port. Unknown messages are ignored.
 */
export function listen(handlers: Handlers): () => void {
  const answer = (message: Message, from: Sender): Promise<unknown> => {
    const handler = handlers[message.type] as (req: Message, s: Sender) => unknown;
    return Promise.resolve().then(() => handler(message, from));
  };
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(message) || !(message.type in handlers)) return undefined;
    return answer(message, senderOf(sender));
  };
  const onConnect = (port: browser.Runtime.Port): void => {
    if (port.name !== CHANNEL) return;
    const from = senderOf(port.sender);
    port.onMessage.addListener((message: unknown) => {
      if (!isMessage(message) || !(message.type in handlers)) return;
      const { id } = message as ChannelRequest;
      const reply = (a: ChannelAnswer): void => {
        try {
          port.postMessage(a);
        } catch {
          // The page went away before its answer: nothing is waiting.
        }
      };
      answer(message, from).then(
        (value) => reply({ id, value }),
        (err: unknown) => reply({ id, error: err instanceof Error ? err.message : String(err) }),
      );
    });
  };
  browser.runtime.onMessage.addListener(listener);
  browser.runtime.onConnect.addListener(onConnect);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
    browser.runtime.onConnect.removeListener(onConnect);
  };
}
