/**
 * The whole message protocol between Crosscheck's contexts, in one place.
 *
 *   content script ──analyze-page──▶ background ──▶ PageVerdict (the full TabResult is kept per tab);
 *                    sent on a port opened before the article is read (openChannel)
 *   content script ──page-update──▶ background ──▶ PageVerdict | null   (on the same port, when the
 *                    first answer came without the library: its comparisons, once its index loaded)
 *   content script ──page-cleared──▶ background       (not a Gaza-war article, or site off)
 *   popup ──get-tab──▶ background ──▶ TabResult | null
 *   popup ──search──▶ background ──▶ SearchHit[]
 *   popup / report page ──get-report──▶ background ──▶ ReportView | null
 *   options / popup ──corpus-info──▶ background ──▶ CorpusInfo
 *   badge card / popup ──open-report──▶ background            (opens the report page in a tab)
 *   popup ──library-status──▶ background ──▶ LibraryStatus     (the setting, the invitation, this tab)
 *   popup ──library-save / library-forget──▶ background ──▶ LibraryOutcome
 *   options ──library-list──▶ background ──▶ LibraryListing      (newest first, searchable, paged)
 *   options ──library-delete-all──▶ background ──▶ LibraryOutcome
 *   options ──library-export──▶ background ──▶ LibraryExportPage (page by page, for a pack)
 *   options ──library-import-begin / -add / -commit / -abort──▶ background
 *            (items staged in chunks, then written in one transaction: all or nothing)
 *
 * Settings do not travel as messages: every context reads and watches them in storage
 * (src/platform/settings.ts).
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../analysis/analyze-article';
import type { SearchHit } from '../corpus/match-reports';
import type { SeriesCredit } from '../reference/series-info';
import type { LibraryEntry } from '../analysis/library-entry';
import type { ReferenceVerdict } from '../reference/format';
import type { Alignment, Article, DifferenceKind, Figure } from '../types';

/** What the background keeps for a tab and gives the popup. */
export interface TabResult {
  url: string;
  /** When the page was analysed (ms since epoch). */
  at: number;
  analysis: Analysis;
  /** The library entry this page would be kept as (Gaza-war pages with a web address), for "Save this article". */
  keep?: LibraryEntry | null;
  /** The tab is in a private window: nothing of it is ever kept. */
  incognito?: boolean;
  /** This analysis was made without the reader's library (its index was loading); the one with it follows. */
  pending?: boolean;
}

/** What a badge shows, worked out in the background (ui/badges/badge-model.ts), so the page only builds it. */
export interface BadgeFace {
  value: number;
  measure: string;
  /** data-kind: the corpus comparison's kind, when reports compare. */
  kind: DifferenceKind | null;
  /** data-reference: the official check's verdict, when a series covers the figure. */
  reference: ReferenceVerdict | null;
  /** The button's class: `ref-<verdict>` (or `ref-other-counter`) when checked, else the kind. */
  tone: string;
  icon: string;
  label: string;
  /** What a screen reader hears after the label. */
  name: string;
}

/** A page figure as a badge's card needs it. */
export type BadgeFigure = Pick<Figure, 'value' | 'text' | 'qualifier' | 'measure' | 'label' | 'reference'>;

/** One badge for the page: what it shows, where it goes, and what its card opens with. */
export interface VerdictBadge {
  face: BadgeFace;
  /** The figure's words and its sentence, to find it in the page by. */
  text: string;
  sentence: string;
  /** Offset of the figure in the analysed text: badges come in text order. */
  start: number;
  /** The card's data: the page figure with its official check, the comparison with reports, the series' credit. */
  figure?: BadgeFigure | null;
  alignment?: Alignment | null;
  series?: SeriesCredit | null;
}

/**
 * What the content script needs back to place badges (the popup reads the full result from
 * storage): every badge with what it shows already worked out here, in the background, where the
 * code is warm; the page builds them.
 */
export interface PageVerdict {
  gaza: boolean;
  badges: VerdictBadge[];
  /**
   * Set when this answer was made without the reader's library (a worker just woken, its index
   * still loading): the answer with the library's comparisons follows, fetched with `page-update`.
   */
  followUp?: number;
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

/** The reader's library as the popup sees it (settings live in storage: keepLibrary, libraryPaused, libraryInvited). */
export interface LibraryStatus {
  /** The library is on (the user opted in) and not paused: Gaza-war pages are kept as they are read. */
  keeping: boolean;
  /** Show the one-time invitation: the library is off, never answered, and this tab is a Gaza-war article. */
  invite: boolean;
  /** How many entries, and their stored size in bytes. */
  count: number;
  bytes: number;
  /** This tab: whether its article is kept, and why it cannot be (private window, site off, not a Gaza-war article…), or null. */
  tab: { url: string; saved: boolean; blocked: string | null } | null;
}

/** The answer to a library action: what happened, in one sentence a reader understands. */
export interface LibraryOutcome {
  ok: boolean;
  message: string;
  /** Entries affected (saved, deleted, imported). */
  count: number;
}

/** A library entry as the options page lists it (no figures, sentences or features). */
export interface LibraryItem {
  url: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  dateInferred: boolean;
  keptAt: number;
  figures: number;
}

/** A page of the library, newest first, filtered by `query` when one was given. */
export interface LibraryListing {
  items: LibraryItem[];
  /** Entries in the library, and entries matching the query. */
  total: number;
  matched: number;
  /** Stored size of the whole library, in bytes. */
  bytes: number;
  /** Offset of the next page, or null. */
  next: number | null;
  /** Stored records that could not be read (skipped, not fatal). */
  corrupt: number;
}

/** A slice of the library for export, newest first. */
export interface LibraryExportPage {
  entries: LibraryEntry[];
  total: number;
  next: number | null;
}

/**
 * One thing to import: an entry from a corpus pack, or an article the options page read from a
 * file (a .txt in the seeds' format, or an .html page read by the engine's reader). A pack's
 * entries come `strict`: the background checks each as it is staged, and one that is invalid
 * refuses the whole import at its commit (a pack is read all or nothing).
 */
export type ImportItem = { name: string; entry: unknown; strict?: boolean } | { name: string; article: Article };

/** What one chunk of an import staged: each item accepted or rejected, with why. */
export interface ImportChunkReport {
  accepted: { name: string; url: string; title: string | null }[];
  rejected: { name: string; reason: string }[];
}

/** Requests, keyed by `type`, with what each one answers. */
export interface Protocol {
  'analyze-page': { request: { article: Article; url: string; readMs: number }; response: PageVerdict };
  /** The answer that follows a first one with `followUp` (null once it is gone, or for another tab). */
  'page-update': { request: { followUp: number }; response: PageVerdict | null };
  'page-cleared': { request: { url: string; reason: string }; response: null };
  'get-tab': { request: { tabId: number }; response: TabResult | null };
  search: { request: { query: string }; response: SearchHit[] };
  'get-report': { request: { id: string }; response: ReportView | null };
  'corpus-info': { request: Record<string, never>; response: CorpusInfo };
  'open-report': { request: { id: string }; response: null };
  'library-status': { request: { tabId: number | null }; response: LibraryStatus };
  'library-save': { request: { tabId: number }; response: LibraryOutcome };
  'library-forget': { request: { tabId: number } | { url: string }; response: LibraryOutcome };
  'library-list': { request: { query: string; offset: number; limit: number }; response: LibraryListing };
  'library-delete-all': { request: Record<string, never>; response: LibraryOutcome };
  'library-export': { request: { offset: number; limit: number }; response: LibraryExportPage };
  'library-import-begin': { request: Record<string, never>; response: { id: string } };
  'library-import-add': { request: { id: string; items: ImportItem[] }; response: ImportChunkReport };
  'library-import-commit': { request: { id: string }; response: LibraryOutcome };
  'library-import-abort': { request: { id: string }; response: null };
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
  /** The sender's tab is in a private (incognito) window. */
  incognito: boolean;
  /**
   * The sender is one of the extension's own pages (popup, options, report page), not a content
   * script in a web page: only they may read or change the reader's library.
   */
  extensionPage: boolean;
}

export type Handlers = { [K in MessageType]: (req: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K> };

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The name of the ports {@link openChannel} opens. */
const CHANNEL = 'crosscheck';

/** A request on a channel, and its answer: `id` pairs them (so no request of the protocol sent on a channel may have a field `id` of its own). */
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
  const own = browser.runtime.getURL('/');
  return {
    tabId: sender?.tab?.id ?? null,
    url: sender?.tab?.url ?? sender?.url ?? null,
    incognito: sender?.tab?.incognito === true,
    // A content script's sender.url is its web page's; an extension page's is under the extension's origin.
    extensionPage: typeof sender?.url === 'string' && sender.url.startsWith(own),
  };
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
