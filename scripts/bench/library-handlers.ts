/**
 * The background's own message handlers (src/app/background/service.ts) run in Node for the
 * reader's-library bench (library.ts): `webextension-polyfill` becomes WXT's in-memory fake browser
 * (fake-browser.ts) and IndexedDB is fake-indexeddb, so wake-ups and analyze-page answers are
 * timed through the same code the extension's worker runs.
 */
import { register } from 'node:module';
import { normaliseArticleUrl } from '../../src/base/article-url';
import type { CompiledCorpus } from '../../src/corpus/format';
import { openLibrary, type Library } from '../../src/platform/library-store';
import type { Handlers, MessageType, RequestOf, ResponseOf, Sender } from '../../src/platform/messages';
import type { CompiledReference } from '../../src/reference/format';
import { ms, quantile } from './stats';
import { articleOf, type SyntheticPage } from './synthetic';

const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Lets the background's modules run in Node: `webextension-polyfill` becomes WXT's fake browser (call before importing them; IndexedDB is fake-indexeddb, which library.ts imports). */
export function libraryHandlersWorld(): void {
  const shim = new URL('./fake-browser.ts', import.meta.url).href;
  const hook = `export async function resolve(s, c, next) { return next(s === 'webextension-polyfill' ? ${JSON.stringify(shim)} : s, c); }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}

/** What {@link serviceMeasures} reads. */
export interface ServiceInputs {
  compiledBundle: CompiledCorpus;
  compiledReference: CompiledReference;
  pages: readonly SyntheticPage[];
  /** The library database, filled, with a current snapshot. */
  db: string;
  /** Wake-ups to time. */
  wakes: number;
  progress: (line: string) => void;
}

/**
 * The background's own handlers (service.ts) over the fake browser and the database filled by
 * importMany: wake-ups to a first answer, then analyze-page answer times with the library off, on
 * but paused, and on, page by page in turns.
 */
export async function serviceMeasures(s: ServiceInputs): Promise<{ wakes: number[]; answers: number[][]; keptNote: string }> {
  const { backgroundHandlers } = await import('../../src/app/background/service');
  const { updateSettings } = await import('../../src/platform/settings');
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const opened: Library[] = [];
  /** Every put of the library (the service keeps a page with put), with when it started and ended. */
  const puts = new Map<string, { start: number; done: Promise<number> }>();
  const open = async (): Promise<Library> => {
    const lib = await openLibrary({ name: s.db });
    opened.push(lib);
    return {
      ...lib,
      put(entry) {
        const start = performance.now();
        const done = lib.put(entry);
        puts.set(entry.url, { start, done: done.then(() => performance.now()) });
        return done;
      },
    };
  };
  const handlersOf = (): Handlers => backgroundHandlers(s.compiledBundle, s.compiledReference, { open });
  const call = <K extends MessageType>(h: Handlers, type: K, req: Omit<RequestOf<K>, 'type'>, sender: Sender): Promise<ResponseOf<K>> =>
    Promise.resolve((h[type] as (r: RequestOf<K>, s: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>)({ ...req, type } as RequestOf<K>, sender));
  const pageUrl = (mode: string, i: number): string => `https://www.reuters.com/world/middle-east/bench-${mode}-${i}`;
  const sessionHas = async (id: number): Promise<boolean> => (await fakeBrowser.storage.session.get(`tab:${id}`))[`tab:${id}`] !== undefined;
  const until = async (ok: () => Promise<boolean>): Promise<void> => {
    while (!(await ok())) await new Promise((r) => setTimeout(r, 1));
  };
  let tabId = 0;
  /** One page through analyze-page in a new tab: the answer's time, once the tab's result is kept too. */
  const analyse = async (h: Handlers, p: SyntheticPage, url: string): Promise<{ ms: number; answered: number }> => {
    const id = ++tabId;
    const t = performance.now();
    await call(h, 'analyze-page', { article: articleOf({ ...p, url }), url, readMs: 0 }, { tabId: id, url, incognito: false, extensionPage: false });
    const answered = performance.now();
    await until(() => sessionHas(id));
    return { ms: answered - t, answered };
  };
  const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

  fakeBrowser.reset();
  // Paused: the library is read, nothing is kept, so the snapshot stays current from one wake-up to the next.
  await updateSettings({ keepLibrary: true, libraryPaused: true });
  const wakes: number[] = [];
  let h = handlersOf();
  for (let i = 0; i < s.wakes; i++) {
    const t = performance.now();
    h = handlersOf();
    await analyse(h, s.pages[i % s.pages.length] as SyntheticPage, pageUrl('wake', i));
    wakes.push(performance.now() - t);
  }
  s.progress('handler wake-ups measured');

  // Answer times in the last woken background, page by page in turns: off, on but paused (matching with the library, nothing kept), on (each page kept).
  const modes = [{ name: 'off', keepLibrary: false, libraryPaused: false }, { name: 'paused', keepLibrary: true, libraryPaused: true }, { name: 'on', keepLibrary: true, libraryPaused: false }];
  const answers: number[][] = modes.map(() => []);
  const after: number[] = [];
  const keeping: number[] = [];
  for (let i = 0; i < s.pages.length; i++) {
    for (const [m, mode] of modes.entries()) {
      await updateSettings({ keepLibrary: mode.keepLibrary, libraryPaused: mode.libraryPaused });
      await settle();
      const url = pageUrl(mode.name, i);
      const { ms: took, answered } = await analyse(h, s.pages[i] as SyntheticPage, url);
      answers[m]?.push(took);
      if (mode.name !== 'on') continue;
      const key = normaliseArticleUrl(url) ?? url;
      await until(async () => puts.has(key));
      const put = puts.get(key);
      if (!put) throw new Error('the page was not kept');
      const end = await put.done;
      after.push(put.start - answered);
      keeping.push(end - put.start);
    }
  }
  await new Promise((r) => setTimeout(r, 1_500)); // the snapshot saved after the burst, before the databases close
  for (const lib of opened) lib.close();
  const keptNote = `with keeping on, each of the ${after.length} pages was put in the store ${ms(median(after))} after its answer had been given (median; the earliest ${ms(Math.min(...after))}), and the put took ${ms(median(keeping))}: the answer never waits for it.`;
  return { wakes, answers, keptNote };
}
