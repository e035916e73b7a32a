/**
 * The whole message protocol between Crosscheck's contexts, in one place.
 *
 *   content script ──analyze-page──▶ background ──▶ PageVerdict (the full TabResult is kept per tab)
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

/** Answers every protocol message with its handler (background only). Unknown messages are ignored. */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(message) || !(message.type in handlers)) return undefined;
    const handler = handlers[message.type] as (req: Message, s: Sender) => unknown;
    const from: Sender = { tabId: sender.tab?.id ?? null, url: sender.tab?.url ?? sender.url ?? null };
    return Promise.resolve().then(() => handler(message, from));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
