/**
 * The reader's library in the background, through the message protocol as the pages use it:
 * opt-in, what enters it and what never does, save and forget, the index kept between wake-ups,
 * delete-all, staged all-or-nothing imports, a full disk, and that web pages cannot read it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../../../src/app/background/service';
import { libraryService } from '../../../src/app/background/library-service';
import { loadCorpus } from '../../../src/corpus/match-reports';
import { loadReference } from '../../../src/reference/format';
import { LibraryError, openLibrary, type Library } from '../../../src/platform/library-store';
import type { Handlers, RequestOf, MessageType, ResponseOf, Sender, TabResult } from '../../../src/platform/messages';
import { updateSettings } from '../../../src/platform/settings';
import { libraryReportId } from '../../../src/corpus/library-index';
import { normaliseArticleUrl } from '../../../src/base/article-url';
import { readArticle } from '../../../src/article/read-article';
import { pageDocument } from '../library/page';
import { article, nextDay } from '../library/next-day';
import { noAllSitesGrant, referenceBundle, seedBundle } from './controllers-fixtures';

/** Waits on real work (the background's analysis, fake-indexeddb), which a loaded machine slows: generous, never a timing assertion. */
const waitFor = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: 15_000, interval: 20 });

const FIRST_URL = 'https://www.dailycourier.example/world/middle-east/gaza-strikes-truce-talks-2024-01-24/';
/** The key the library keeps it under (normalised: no trailing slash, no tracking, no fragment). */
const FIRST = normaliseArticleUrl(FIRST_URL) ?? '';
const tab = (id: number, url: string, incognito = false): Sender => ({ tabId: id, url, incognito, extensionPage: false });
const POPUP: Sender = { tabId: null, url: 'chrome-extension://test/popup.html', incognito: false, extensionPage: true };

let handlers: Handlers;
let opened: Library[];
const open = async (): Promise<Library> => {
  const lib = await openLibrary({ onCorrupt: () => undefined });
  opened.push(lib);
  return lib;
};

function call<K extends MessageType>(type: K, req: Omit<RequestOf<K>, 'type'>, sender: Sender = POPUP): Promise<ResponseOf<K>> {
  const handler = handlers[type] as (r: RequestOf<K>, s: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
  return Promise.resolve(handler({ ...req, type } as RequestOf<K>, sender));
}

const stored = async (tabId: number): Promise<TabResult | undefined> => (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as TabResult | undefined;

/** Reads a page in a tab as the content script would, and waits until the background has kept its result. */
async function read(tabId: number, a: ReturnType<typeof nextDay>, sender = tab(tabId, a.url ?? '')) {
  const before = (await stored(tabId))?.at ?? -1;
  const first = await call('analyze-page', { article: a, url: a.url ?? '', readMs: 1 }, sender);
  // A woken worker answers without the library first; the content script then fetches the rest.
  const verdict = first.followUp === undefined ? first : await call('page-update', { followUp: first.followUp }, sender);
  if (!verdict) throw new Error('the answer that was to follow never came');
  await waitFor(async () => {
    const kept = await stored(tabId);
    expect(kept?.at ?? -1).toBeGreaterThan(before);
    expect(kept?.pending).toBeUndefined();
  });
  return verdict;
}
const firstPage = () => readArticle(pageDocument(), { url: FIRST_URL });
const count = async () => (await call('library-status', { tabId: null })).count;

/** A fresh background over the same storage: what an MV3 worker woken again looks like. */
function wake(extra: Partial<Parameters<typeof backgroundHandlers>[2]> = {}): void {
  handlers = backgroundHandlers(seedBundle(), referenceBundle(), { open, snapshotDelayMs: 5, ...extra });
}

beforeEach(() => {
  fakeBrowser.reset();
  noAllSitesGrant();
  globalThis.indexedDB = new IDBFactory();
  opened = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  wake();
});
afterEach(() => {
  for (const lib of opened) lib.close();
  vi.restoreAllMocks();
});

describe('the library is opt-in', () => {
  it('while off, nothing is kept and no database is even created', async () => {
    await read(1, firstPage());
    await read(2, nextDay());
    // Nor does the popup asking about the library, as it does on every Gaza-war page.
    expect((await call('library-status', { tabId: 1 })).count).toBe(0);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('the first Gaza-war page invites the user once; a non-Gaza page does not', async () => {
    await read(1, firstPage());
    expect((await call('library-status', { tabId: 1 })).invite).toBe(true);
    await read(2, article('Roast the squash for 40 minutes at 200 degrees.', 'https://food.example/squash', '2024-01-24', 'Squash'));
    expect((await call('library-status', { tabId: 2 })).invite).toBe(false);
    await updateSettings({ libraryInvited: true });
    await waitFor(async () => expect((await call('library-status', { tabId: 1 })).invite).toBe(false));
  });
});

describe('with the library on', () => {
  beforeEach(async () => {
    await updateSettings({ keepLibrary: true });
  });

  it('keeps a Gaza-war article read, and the next report of the story names it as a report you read, with its differing toll', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    // A non-Gaza page read in between never enters the library.
    await read(3, article('Roast the squash for 40 minutes at 200 degrees.', 'https://food.example/squash', '2024-01-24', 'Squash'));
    const verdict = await read(2, nextDay());
    const result = await stored(2);
    const mine = result?.analysis.related.find((r) => r.keptAt !== undefined);
    expect(mine).toMatchObject({ id: libraryReportId(FIRST), url: FIRST, sameStory: true });
    const toll = verdict.badges.find((b) => b.alignment?.page.value === 25_700)?.alignment;
    expect(toll?.kind).toBe('update');
    expect(toll?.others.find((o) => o.report === mine?.id)).toMatchObject({ value: 25_490, title: firstPage().title });
    await waitFor(async () => expect(await count()).toBe(2));
  });

  it('never keeps a page in a private window, on a site turned off, or while paused; the popup says why', async () => {
    await read(1, firstPage(), tab(1, FIRST_URL, true));
    expect((await call('library-status', { tabId: 1 })).tab?.blocked).toMatch(/private window/);
    expect((await call('library-save', { tabId: 1 })).ok).toBe(false);
    await updateSettings({ disabledSites: ['dailycourier.example'] });
    await read(2, firstPage());
    expect((await call('library-status', { tabId: 2 })).tab?.blocked).toMatch(/turned off for this site/);
    await updateSettings({ disabledSites: [], libraryPaused: true });
    await read(4, nextDay());
    await new Promise((r) => setTimeout(r, 30));
    expect(await count()).toBe(0);
    expect((await call('library-status', { tabId: 4 })).keeping).toBe(false);
  });

  it('while paused, saving by hand still works and the library is still consulted', async () => {
    await updateSettings({ libraryPaused: true });
    await read(1, firstPage());
    const saved = await call('library-save', { tabId: 1 });
    expect(saved).toMatchObject({ ok: true, count: 1 });
    expect((await call('library-status', { tabId: 1 })).tab?.saved).toBe(true);
    await read(2, nextDay());
    expect((await stored(2))?.analysis.related.some((r) => r.url === FIRST)).toBe(true);
  });

  it('forgetting is complete: gone from storage, from the index and from the next page', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    const forgot = await call('library-forget', { tabId: 1 });
    expect(forgot).toMatchObject({ ok: true, count: 1 });
    expect(await count()).toBe(0);
    expect((await call('library-list', { query: '', offset: 0, limit: 10 })).total).toBe(0);
    await updateSettings({ libraryPaused: true });
    await read(2, nextDay());
    expect((await stored(2))?.analysis.related.some((r) => r.url === FIRST)).toBe(false);
    expect(await call('library-forget', { url: FIRST_URL })).toMatchObject({ ok: true, count: 0 });
  });

  it('delete-all empties storage, the index snapshot and matching; turning the library off deletes nothing', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    await updateSettings({ keepLibrary: false });
    await waitFor(async () => expect((await call('library-status', { tabId: null })).keeping).toBe(false));
    expect(await count()).toBe(1);
    await updateSettings({ keepLibrary: true, libraryPaused: true });
    const done = await call('library-delete-all', {});
    expect(done).toMatchObject({ ok: true, count: 1 });
    expect(await count()).toBe(0);
    const lib = await open();
    expect(await lib.loadIndex()).toBeNull();
    await read(2, nextDay());
    expect((await stored(2))?.analysis.related.some((r) => r.keptAt !== undefined)).toBe(false);
  });

  it('a library article’s link opens its original page, only when it is in the library', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await call('open-report', { id: libraryReportId(FIRST) });
    expect(created).toHaveBeenLastCalledWith({ url: FIRST });
    created.mockClear();
    await call('open-report', { id: libraryReportId('https://elsewhere.example/not-kept') });
    await call('open-report', { id: libraryReportId('javascript:alert(1)') });
    expect(created).not.toHaveBeenCalled();
    await call('open-report', { id: 'arn-tanks' });
    expect(String(created.mock.calls[0]?.[0]?.url)).toMatch(/report\.html\?id=arn-tanks$/);
  });

  it('lists newest first, searches titles and publishers, and pages', async () => {
    await read(1, firstPage());
    await read(2, nextDay());
    await waitFor(async () => expect(await count()).toBe(2));
    const all = await call('library-list', { query: '', offset: 0, limit: 10 });
    expect(all.items.map((i) => i.url)).toEqual(['https://ledger.example/gaza-kissufim', FIRST]);
    expect(all.items[0]?.figures).toBeGreaterThan(0);
    expect(all.bytes).toBeGreaterThan(0);
    const found = await call('library-list', { query: 'daily  COURIER', offset: 0, limit: 10 });
    expect(found).toMatchObject({ total: 2, matched: 1, next: null });
    expect((await call('library-list', { query: '', offset: 0, limit: 1 })).next).toBe(1);
    expect((await call('library-list', { query: 'nothing like this', offset: 0, limit: 10 })).items).toEqual([]);
  });

  it('a woken worker reads the index snapshot instead of every entry, and matches the same', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    await waitFor(async () => expect((await (await open()).loadIndex())?.stamp).toBe((await (await open()).stats()).changes));
    const exportAll = vi.fn();
    wake({ open: async () => { const lib = await open(); return { ...lib, exportAll: (...a: []) => { exportAll(); return lib.exportAll(...a); } }; } });
    await read(2, nextDay());
    expect((await stored(2))?.analysis.related.some((r) => r.url === FIRST)).toBe(true);
    expect(exportAll).not.toHaveBeenCalled();
  });

  it('a woken worker answers a page at once without the library, then with it: the rest only for that tab, once', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    wake({ open: async () => { await gate; return open(); } });
    const page = nextDay();
    const first = await call('analyze-page', { article: page, url: page.url ?? '', readMs: 1 }, tab(2, page.url ?? ''));
    expect(first.followUp).toBeTypeOf('number');
    const mine = (v: typeof first | null) => v?.badges.flatMap((b) => b.alignment?.others ?? []).filter((o) => o.report === libraryReportId(FIRST)) ?? [];
    expect(mine(first)).toEqual([]);
    // Official checks and the bundled corpus's comparisons do not wait for the library.
    expect(first.gaza).toBe(true);
    expect(first.badges.length).toBeGreaterThan(0);
    const id = first.followUp ?? -1;
    expect(await call('page-update', { followUp: id }, tab(3, page.url ?? ''))).toBeNull();
    // The popup meanwhile has the first analysis, marked as waiting for the library.
    await waitFor(async () => expect((await stored(2))?.pending).toBe(true));
    release();
    const rest = await call('page-update', { followUp: id }, tab(2, page.url ?? ''));
    expect(mine(rest).map((o) => o.value)).toContain(25_490);
    expect(await call('page-update', { followUp: id }, tab(2, page.url ?? ''))).toBeNull();
    await waitFor(async () => expect((await stored(2))?.analysis.related.some((r) => r.url === FIRST)).toBe(true));
    // Kept once, with its full analysis.
    await waitFor(async () => expect(await count()).toBe(2));
    // Once the index is in, the next page's first answer is complete (a private tab: nothing is kept after the test).
    expect((await read(4, page, tab(4, page.url ?? '', true))).followUp).toBeUndefined();
  });

  it('a woken worker whose snapshot is stale rebuilds the index from the entries', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    // Written behind the worker's back: the snapshot's stamp no longer matches.
    const lib = await open();
    const kept = await lib.get(FIRST);
    await lib.put({ ...kept!, keptAt: kept!.keptAt + 5 });
    wake();
    await read(2, nextDay());
    expect((await stored(2))?.analysis.related.find((r) => r.url === FIRST)?.keptAt).toBe(kept!.keptAt + 5);
  });

  it('a full disk: a clear message, and what was kept before stays', async () => {
    await read(1, firstPage());
    await waitFor(async () => expect(await count()).toBe(1));
    wake({ open: async () => { const lib = await open(); return { ...lib, put: () => Promise.reject(new LibraryError('quota', 'The browser has no more room for the library: what was being saved was not kept. Nothing kept before was lost.')) }; } });
    await read(2, nextDay());
    const saved = await call('library-save', { tabId: 2 });
    expect(saved.ok).toBe(false);
    expect(saved.message).toMatch(/no more room/);
    expect(await count()).toBe(1);
  });
});

describe('waking', () => {
  const service = (openSpy: () => Promise<Library>) => libraryService({ bundled: () => loadCorpus(seedBundle()), reference: () => loadReference(referenceBundle()), tabResult: async () => null, open: openSpy });

  it('a worker woken with the library on opens its database before any page asks, but leaves the index for after the first answer', async () => {
    await updateSettings({ keepLibrary: true });
    const loadIndex = vi.fn();
    const openSpy = vi.fn(async () => {
      const lib = await open();
      return { ...lib, loadIndex: () => (loadIndex(), lib.loadIndex()) };
    });
    const s = service(openSpy);
    s.warm();
    await waitFor(() => expect(openSpy).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 30));
    expect(loadIndex).not.toHaveBeenCalled();
    const { complete } = await s.analyzeSoon(nextDay(), 1);
    expect(loadIndex).not.toHaveBeenCalled();
    expect(complete).not.toBeNull();
    await complete;
    expect(loadIndex).toHaveBeenCalledTimes(1);
  });

  it('with the library off, waking opens nothing', async () => {
    const openSpy = vi.fn(open);
    service(openSpy).warm();
    await new Promise((r) => setTimeout(r, 30));
    expect(openSpy).not.toHaveBeenCalled();
    expect(await indexedDB.databases()).toEqual([]);
  });
});

describe('imports', () => {
  it('stage chunks, report each rejection with its reason, and keep everything in one commit', async () => {
    const { id } = await call('library-import-begin', {});
    const chunk = await call('library-import-add', { id, items: [
      { name: 'story.html', article: firstPage() },
      { name: 'recipe.txt', article: article('Roast the squash for 40 minutes.', 'https://food.example/squash', null, 'Squash') },
      { name: 'no-address.txt', article: { ...nextDay(), url: null } },
      { name: 'pack.json#1', entry: { url: 'https://x.example/a', v: 1 } },
    ] });
    expect(chunk.accepted.map((a) => a.name)).toEqual(['story.html']);
    expect(Object.fromEntries(chunk.rejected.map((r) => [r.name, r.reason]))).toMatchObject({
      'recipe.txt': 'not a Gaza-war article',
      'no-address.txt': 'no web address (http or https) to keep it by',
    });
    expect(chunk.rejected.find((r) => r.name === 'pack.json#1')?.reason).toBeTruthy();
    expect(await count()).toBe(0);
    expect(await call('library-import-commit', { id })).toMatchObject({ ok: true, count: 1 });
    expect(await count()).toBe(1);
    expect(await call('library-import-commit', { id })).toMatchObject({ ok: false, count: 0 });
  });

  it('a pack\'s entry (strict) that is invalid refuses the whole import at its commit, naming it; a valid pack imports', async () => {
    // A valid entry: what the engine keeps for a page.
    const { id: source } = await call('library-import-begin', {});
    await call('library-import-add', { id: source, items: [{ name: 'story.html', article: firstPage() }] });
    await call('library-import-commit', { id: source });
    const [good] = (await call('library-export', { offset: 0, limit: 1 })).entries;
    await call('library-delete-all', {});
    const entryOf = (url: string) => ({ ...good, url });
    const { id } = await call('library-import-begin', {});
    const chunk = await call('library-import-add', { id, items: [
      { name: 'week.json, report 1', entry: entryOf('https://wire.example/a'), strict: true },
      { name: 'week.json, report 2', entry: { ...entryOf('https://wire.example/b'), date: 'Tuesday' }, strict: true },
    ] });
    expect(chunk.accepted.map((a) => a.name)).toEqual(['week.json, report 1']);
    const refused = await call('library-import-commit', { id });
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^A report of a corpus pack is invalid \(week\.json, report 2: .+\), so nothing was imported/);
    expect(await count()).toBe(0);
    // The same entry, not from a pack, is only rejected; the rest imports.
    const { id: loose } = await call('library-import-begin', {});
    await call('library-import-add', { id: loose, items: [
      { name: 'a', entry: entryOf('https://wire.example/a') },
      { name: 'b', entry: { ...entryOf('https://wire.example/b'), date: 'Tuesday' } },
    ] });
    expect(await call('library-import-commit', { id: loose })).toMatchObject({ ok: true, count: 1 });
    const { id: valid } = await call('library-import-begin', {});
    await call('library-import-add', { id: valid, items: [{ name: 'week.json, report 1', entry: entryOf('https://wire.example/c'), strict: true }] });
    expect(await call('library-import-commit', { id: valid })).toMatchObject({ ok: true, count: 1 });
    expect(await count()).toBe(2);
  });

  it('an aborted import keeps nothing, and exports page through every entry', async () => {
    const { id } = await call('library-import-begin', {});
    await call('library-import-add', { id, items: [{ name: 'a.html', article: firstPage() }] });
    await call('library-import-abort', { id });
    expect(await count()).toBe(0);
    const again = await call('library-import-begin', {});
    await call('library-import-add', { id: again.id, items: [{ name: 'a.html', article: firstPage() }, { name: 'b.txt', article: nextDay() }] });
    await call('library-import-commit', { id: again.id });
    const first = await call('library-export', { offset: 0, limit: 1 });
    const second = await call('library-export', { offset: first.next ?? 0, limit: 1 });
    expect(first.total).toBe(2);
    expect([...first.entries, ...second.entries].map((e) => e.url).sort()).toEqual(['https://ledger.example/gaza-kissufim', FIRST]);
    expect(second.next).toBeNull();
  });
});

describe('web pages cannot reach the library', () => {
  it('every library request from a content script is refused', async () => {
    await updateSettings({ keepLibrary: true });
    await read(1, firstPage());
    const fromPage = tab(1, FIRST_URL);
    await expect(call('library-list', { query: '', offset: 0, limit: 10 }, fromPage)).rejects.toThrow(/own pages/);
    await expect(call('library-export', { offset: 0, limit: 10 }, fromPage)).rejects.toThrow(/own pages/);
    await expect(call('library-status', { tabId: 1 }, fromPage)).rejects.toThrow(/own pages/);
    await expect(call('library-delete-all', {}, fromPage)).rejects.toThrow(/own pages/);
    await expect(call('library-import-begin', {}, fromPage)).rejects.toThrow(/own pages/);
    await expect(call('library-forget', { url: FIRST_URL }, fromPage)).rejects.toThrow(/own pages/);
  });

  it('the answer to a page carries only what places badges, not the library entry', async () => {
    await updateSettings({ keepLibrary: true });
    const verdict = await read(1, firstPage());
    // (followUp: a woken worker's first answer says the library's comparisons follow.)
    expect(Object.keys(verdict).filter((k) => k !== 'followUp').sort()).toEqual(['badges', 'gaza']);
    expect(JSON.stringify(verdict)).not.toContain('"features"');
  });
});
