import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../src/analysis/library-entry';
import type { ImportItem, LibraryItem, LibraryListing, Settings } from '../../../src/platform/ui-client';
import type { LibraryTransfer } from '../../../src/ui/options/library-transfer';
import { allByTestId, byTestId, fire, mount, settle, setupDom, unmount, type Dom } from './dom';

vi.mock('../../../src/platform/ui-client', () => ({
  loadSettings: vi.fn(),
  updateSettings: vi.fn(),
  setSiteEnabled: vi.fn(),
  watchSettings: vi.fn(() => () => undefined),
  hasAllSites: vi.fn(async () => false),
  requestAllSites: vi.fn(),
  revokeAllSites: vi.fn(),
  getCorpusInfo: vi.fn(async () => ({ count: 3, from: null, to: null, publishers: [] })),
  listLibrary: vi.fn(),
  forgetArticle: vi.fn(),
  deleteLibrary: vi.fn(),
  exportLibraryPage: vi.fn(),
  beginImport: vi.fn(),
  addImportItems: vi.fn(),
  commitImport: vi.fn(),
  abortImport: vi.fn(async () => null),
}));

const client = vi.mocked(await import('../../../src/platform/ui-client'));
const { Options } = await import('../../../src/ui/options/Options');
const { keepLabel } = await import('../../../src/ui/options/LibrarySection');

const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: false, libraryPaused: false, libraryInvited: false };
const DAY = 86_400_000;
const NOW = new Date(new Date().getFullYear(), 2, 10, 12).getTime();

function item(n: number, over: Partial<LibraryItem> = {}): LibraryItem {
  return { url: `https://news.example/a${n}`, title: `Article ${n}`, publisher: 'Example News', date: '2024-01-24', dateInferred: false, keptAt: NOW - n * DAY, figures: 3, ...over };
}
function listing(items: LibraryItem[], over: Partial<LibraryListing> = {}): LibraryListing {
  return { items, total: 1_204, matched: 1_204, bytes: 3_412_000, next: null, corrupt: 0, ...over };
}
const entry = (n: number): LibraryEntry => ({ v: 1, url: `https://news.example/a${n}`, title: `Article ${n}`, publisher: null, date: null, dateInferred: false, lang: 'en', keptAt: n, sentences: [], figures: [], features: [] });
const articleItem = (n: number): ImportItem => ({ name: `page-${n}.html`, article: { title: `Imported ${n}` } as never });

let dom: Dom;
let transfer: { readFiles: ReturnType<typeof vi.fn>; buildPack: ReturnType<typeof vi.fn> };

beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
  client.loadSettings.mockResolvedValue({ settings: SETTINGS, warning: null });
  client.updateSettings.mockImplementation(async (c) => ({ ...SETTINGS, ...c }));
  client.listLibrary.mockResolvedValue(listing([item(1), item(2, { title: null, publisher: null, date: '2024-01-22', dateInferred: true, figures: 1 })]));
  transfer = { readFiles: vi.fn(), buildPack: vi.fn(async () => '{"pack":true}') };
});
afterEach(() => {
  unmount(dom);
  vi.restoreAllMocks();
});

const open = (settings: Settings = SETTINGS): Promise<void> => {
  client.loadSettings.mockResolvedValue({ settings, warning: null });
  return mount(<Options transfer={transfer as unknown as LibraryTransfer} privacy={'# Crosscheck: privacy\n\n## What is kept\n\n- **Where:** on this computer.'} />, dom);
};
const text = (id: string): string => byTestId(dom.root, id)?.textContent ?? '';
const flip = (el: HTMLElement, on: boolean): Promise<Event> => {
  (el as unknown as { checked: boolean }).checked = on;
  return fire(el, 'change');
};
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve: (v: T) => void = () => undefined;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('the library switches', () => {
  it('labels the opt-in switch as the issue words it, and turns the library on (answering the invitation)', async () => {
    await open();
    const keep = byTestId(dom.root, 'opt-library-keep')!;
    expect(keep.getAttribute('role')).toBe('switch');
    expect(keep.closest('label')?.textContent).toBe('Keep a library of the Gaza-war articles I read');
    expect(keepLabel()).toContain('library');
    expect(keep.hasAttribute('checked')).toBe(false);
    await flip(keep, true);
    expect(client.updateSettings).toHaveBeenCalledWith({ keepLibrary: true, libraryInvited: true });
  });

  it('disables "Pause keeping" while the library is off, and saves it when on', async () => {
    await open();
    expect(byTestId(dom.root, 'opt-library-pause')?.hasAttribute('disabled')).toBe(true);
    unmount(dom);
    await open({ ...SETTINGS, keepLibrary: true });
    const pause = byTestId(dom.root, 'opt-library-pause')!;
    expect(pause.hasAttribute('disabled')).toBe(false);
    expect(pause.closest('label')?.textContent).toBe('Pause keeping');
    await flip(pause, true);
    expect(client.updateSettings).toHaveBeenCalledWith({ libraryPaused: true });
  });

  it('says what is kept and where, and links to the bundled privacy notice', async () => {
    await open();
    expect(text('opt-library-what')).toContain('never the full text');
    expect(text('opt-library-what')).toContain('on this computer only');
    expect(byTestId(dom.root, 'opt-library-what')?.querySelector('a')?.getAttribute('href')).toBe('#privacy-notice');
    const notice = byTestId(dom.root, 'opt-privacy-notice')!;
    expect(notice.id).toBe('privacy-notice');
    expect(notice.querySelector('h4')?.textContent).toBe('What is kept');
    expect(notice.querySelector('li strong')?.textContent).toBe('Where:');
  });
});

describe('the library list', () => {
  it('lists the articles in the order given (newest first) with their count and size', async () => {
    await open();
    expect(client.listLibrary).toHaveBeenCalledWith('', 0, 50);
    expect(text('library-count')).toBe('1,204 articles · 3.4 MB');
    const items = allByTestId(dom.root, 'library-item');
    expect(items.map((i) => i.getAttribute('data-url'))).toEqual(['https://news.example/a1', 'https://news.example/a2']);
    expect(items[0]?.querySelector('a')?.textContent).toBe('Article 1');
    expect(items[0]?.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(items[0]?.textContent).toContain('Example News · 24 Jan 2024 · you read, 9 Mar · 3 figures');
    // No title: its address; no publisher: its host; an inferred date says so.
    expect(items[1]?.querySelector('a')?.textContent).toBe('https://news.example/a2');
    expect(items[1]?.textContent).toContain('news.example · 22 Jan 2024 (inferred) · you read, 8 Mar · 1 figure');
    expect(byTestId(dom.root, 'library-corrupt')).toBeNull();
    expect(byTestId(dom.root, 'library-more')).toBeNull();
  });

  it('says how many stored records could not be read', async () => {
    client.listLibrary.mockResolvedValue(listing([item(1)], { corrupt: 3 }));
    await open();
    expect(text('library-corrupt')).toBe('3 stored records could not be read; they are skipped.');
  });

  it('filters by the words typed, after a pause', async () => {
    await open();
    client.listLibrary.mockResolvedValue(listing([item(5)], { matched: 2 }));
    const input = byTestId(dom.root, 'library-filter')!;
    expect(dom.root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Search your library');
    (input as unknown as { value: string }).value = 'rafah';
    await fire(input, 'input');
    expect(client.listLibrary).toHaveBeenCalledTimes(1);
    await settle(300);
    await settle();
    expect(client.listLibrary).toHaveBeenLastCalledWith('rafah', 0, 50);
    expect(text('library-count')).toBe('2 of 1,204 articles match “rafah” · 3.4 MB');
    expect(allByTestId(dom.root, 'library-item').map((i) => i.getAttribute('data-url'))).toEqual(['https://news.example/a5']);
  });

  it('shows more, a page at a time', async () => {
    client.listLibrary.mockResolvedValueOnce(listing([item(1)], { next: 50 }));
    await open();
    client.listLibrary.mockResolvedValueOnce(listing([item(51)], { next: null }));
    await fire(byTestId(dom.root, 'library-more')!, 'click');
    await settle();
    expect(client.listLibrary).toHaveBeenLastCalledWith('', 50, 50);
    expect(allByTestId(dom.root, 'library-item').map((i) => i.getAttribute('data-url'))).toEqual(['https://news.example/a1', 'https://news.example/a51']);
    expect(byTestId(dom.root, 'library-more')).toBeNull();
  });

  it('deletes one article by its address and reads the list again', async () => {
    client.forgetArticle.mockResolvedValue({ ok: true, message: 'Deleted “Article 2” from your library.', count: 1 });
    await open();
    const second = allByTestId(dom.root, 'library-item')[1]!;
    expect(second.querySelector('button')?.textContent).toBe('Delete “https://news.example/a2”');
    client.listLibrary.mockResolvedValue(listing([item(1)], { total: 1_203 }));
    await fire(second.querySelector('button')!, 'click');
    await settle();
    expect(client.forgetArticle).toHaveBeenCalledWith({ url: 'https://news.example/a2' });
    expect(text('library-list-message')).toBe('Deleted “Article 2” from your library.');
    expect(allByTestId(dom.root, 'library-item')).toHaveLength(1);
    expect(text('library-count')).toContain('1,203 articles');
  });

  it('deletes all only after an inline confirmation', async () => {
    client.deleteLibrary.mockResolvedValue({ ok: true, message: 'Deleted all 1,204 articles.', count: 1_204 });
    await open();
    await fire(byTestId(dom.root, 'library-delete-all')!, 'click');
    expect(client.deleteLibrary).not.toHaveBeenCalled();
    expect(text('library-confirm')).toContain('Delete all 1,204 articles from your library?');
    // Cancelling makes no request.
    await fire(byTestId(dom.root, 'library-confirm-cancel')!, 'click');
    expect(byTestId(dom.root, 'library-confirm')).toBeNull();
    expect(client.deleteLibrary).not.toHaveBeenCalled();
    await fire(byTestId(dom.root, 'library-delete-all')!, 'click');
    client.listLibrary.mockResolvedValue(listing([], { total: 0, matched: 0, bytes: 0 }));
    await fire(byTestId(dom.root, 'library-confirm-delete')!, 'click');
    await settle();
    expect(client.deleteLibrary).toHaveBeenCalledTimes(1);
    expect(text('library-list-message')).toBe('Deleted all 1,204 articles.');
    expect(text('library-empty')).toBe('Your library is empty.');
    expect(byTestId(dom.root, 'library-delete-all')).toBeNull();
  });
});

describe('export', () => {
  it('pages through the whole library with progress, builds one pack of every entry and offers it as a file', async () => {
    const clicked: { download: string; href: string }[] = [];
    Object.defineProperty(Object.getPrototypeOf(dom.document.createElement('a')), 'click', {
      configurable: true,
      value(this: { download: string; href: string }) { clicked.push({ download: this.download, href: this.href }); },
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => { blobs.push(b as Blob); return 'blob:crosscheck/1'; });
    const pages = [0, 500, 1_000].map((offset) => ({
      entries: Array.from({ length: offset === 1_000 ? 200 : 500 }, (_, i) => entry(offset + i)),
      total: 1_200,
      next: offset === 1_000 ? null : offset + 500,
    }));
    const second = deferred<(typeof pages)[number]>();
    client.exportLibraryPage.mockResolvedValueOnce(pages[0]!).mockReturnValueOnce(second.promise).mockResolvedValueOnce(pages[2]!);
    await open();
    await fire(byTestId(dom.root, 'library-export-start')!, 'click');
    await settle();
    // Between pages: the progress says how far it is.
    const progress = byTestId(dom.root, 'library-export-progress')!;
    expect(progress.querySelector('label')?.textContent).toBe('Exporting 500 of 1,200');
    expect(progress.querySelector('progress')?.getAttribute('max')).toBe('1200');
    expect(transfer.buildPack).not.toHaveBeenCalled();
    second.resolve(pages[1]!);
    await settle();
    await settle();
    expect(client.exportLibraryPage.mock.calls).toEqual([[0, 500], [500, 500], [1_000, 500]]);
    expect(transfer.buildPack).toHaveBeenCalledTimes(1);
    const [entries, title] = transfer.buildPack.mock.calls[0] as [LibraryEntry[], string];
    expect(entries).toHaveLength(1_200);
    expect(entries.map((e) => e.keptAt)).toEqual(Array.from({ length: 1_200 }, (_, i) => i));
    expect(title).toMatch(/^Crosscheck library, \d{4}-\d{2}-\d{2}$/);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toMatch(/^crosscheck-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(clicked[0]?.href).toBe('blob:crosscheck/1');
    expect(await blobs[0]?.text()).toBe('{"pack":true}');
    expect(text('library-export-message')).toMatch(/^Exported 1,200 articles to crosscheck-library-\d{4}-\d{2}-\d{2}\.json\.$/);
  });

  it('says so when a page cannot be read, and offers no file', async () => {
    const spy = vi.spyOn(URL, 'createObjectURL');
    client.exportLibraryPage.mockRejectedValue(new Error('the background stopped'));
    await open();
    await fire(byTestId(dom.root, 'library-export-start')!, 'click');
    await settle();
    expect(text('library-export-message')).toBe('The library could not be exported: the background stopped');
    expect(transfer.buildPack).not.toHaveBeenCalled();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('import', () => {
  const pick = async (files: File[]): Promise<void> => {
    const input = byTestId(dom.root, 'library-import-files')!;
    Object.defineProperty(input, 'files', { configurable: true, value: files });
    await fire(input, 'change');
  };
  const files = [new File(['{}'], 'pack.json'), new File(['x'], 'broken.html')];

  it('accepts packs and article files, labelled', async () => {
    await open();
    const input = byTestId(dom.root, 'library-import-files')!;
    expect(input.getAttribute('accept')).toBe('.json,.txt,.html,.htm');
    expect(input.hasAttribute('multiple')).toBe(true);
    expect(dom.root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Files to import');
  });

  it('reads the files with progress, stages the items in chunks of 200, commits, and lists what was imported and rejected', async () => {
    const items = Array.from({ length: 450 }, (_, i) => articleItem(i));
    const reading = deferred<{ items: ImportItem[]; rejected: { name: string; reason: string }[] }>();
    transfer.readFiles.mockImplementation((_files: File[], progress: (d: number, t: number) => void) => {
      progress(1, 2);
      return reading.promise;
    });
    client.beginImport.mockResolvedValue({ id: 'imp1' });
    client.addImportItems.mockImplementation(async (_id, chunk) => ({
      accepted: chunk.filter((it) => it.name !== 'page-7.html').map((it) => ({ name: it.name, url: `https://x/${it.name}`, title: it.name === 'page-8.html' ? null : `Title of ${it.name}` })),
      rejected: chunk.filter((it) => it.name === 'page-7.html').map((it) => ({ name: it.name, reason: 'no figure to compare' })),
    }));
    client.commitImport.mockResolvedValue({ ok: true, message: 'Imported 449 articles.', count: 449 });
    await open();
    const listed = client.listLibrary.mock.calls.length;
    await pick(files);
    expect(transfer.readFiles).toHaveBeenCalledWith(files, expect.any(Function));
    expect(byTestId(dom.root, 'library-import-progress')?.textContent).toContain('Reading file 1 of 2');
    expect(client.beginImport).not.toHaveBeenCalled();
    reading.resolve({ items, rejected: [{ name: 'broken.html', reason: 'not a Gaza-war article' }] });
    await settle();
    await settle();
    expect(client.beginImport).toHaveBeenCalledTimes(1);
    expect(client.addImportItems.mock.calls.map(([id, chunk]) => [id, chunk.length])).toEqual([['imp1', 200], ['imp1', 200], ['imp1', 50]]);
    expect(client.addImportItems.mock.calls.flatMap(([, chunk]) => chunk)).toEqual(items);
    expect(client.commitImport).toHaveBeenCalledWith('imp1');
    expect(client.abortImport).not.toHaveBeenCalled();
    expect(text('library-import-message')).toBe('Imported 449 articles.');
    const imported = byTestId(dom.root, 'library-imported')!;
    expect(imported.getAttribute('data-count')).toBe('449');
    expect(imported.querySelectorAll('li')).toHaveLength(20);
    expect(imported.querySelector('li')?.textContent).toBe('Title of page-0.html');
    expect(Array.from(imported.querySelectorAll('li')).map((li) => li.textContent)).toContain('https://x/page-8.html');
    expect(text('library-imported-more')).toBe('…and 429 more.');
    const rejected = Array.from(byTestId(dom.root, 'library-rejected')!.querySelectorAll('li')).map((li) => li.textContent);
    expect(rejected).toEqual(['broken.html: not a Gaza-war article', 'page-7.html: no figure to compare']);
    // The list is read again with the new articles.
    expect(client.listLibrary.mock.calls.length).toBeGreaterThan(listed);
  });

  it('aborts when a chunk fails, so nothing is imported, and still says what was rejected', async () => {
    transfer.readFiles.mockResolvedValue({ items: Array.from({ length: 450 }, (_, i) => articleItem(i)), rejected: [{ name: 'broken.html', reason: 'unreadable' }] });
    client.beginImport.mockResolvedValue({ id: 'imp2' });
    client.addImportItems
      .mockResolvedValueOnce({ accepted: [{ name: 'page-0.html', url: 'https://x/0', title: 'T' }], rejected: [{ name: 'page-1.html', reason: 'no date' }] })
      .mockRejectedValueOnce(new Error('the library is full'));
    await open();
    const listed = client.listLibrary.mock.calls.length;
    await pick(files);
    await settle();
    await settle();
    // The third chunk was sent ahead while the second was checked; the import is aborted all the same.
    expect(client.addImportItems).toHaveBeenCalledTimes(3);
    expect(client.abortImport).toHaveBeenCalledWith('imp2');
    expect(client.commitImport).not.toHaveBeenCalled();
    const message = byTestId(dom.root, 'library-import-message')!;
    expect(message.textContent).toBe('Nothing was imported: the library is full');
    expect(message.className).toContain('error');
    expect(byTestId(dom.root, 'library-imported')).toBeNull();
    expect(Array.from(byTestId(dom.root, 'library-rejected')!.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['broken.html: unreadable', 'page-1.html: no date']);
    expect(client.listLibrary.mock.calls.length).toBe(listed);
  });

  it('writes nothing when every item is rejected', async () => {
    transfer.readFiles.mockResolvedValue({ items: [articleItem(1)], rejected: [] });
    client.beginImport.mockResolvedValue({ id: 'imp3' });
    client.addImportItems.mockResolvedValue({ accepted: [], rejected: [{ name: 'page-1.html', reason: 'already in your library' }] });
    await open();
    await pick(files);
    await settle();
    expect(client.commitImport).not.toHaveBeenCalled();
    expect(client.abortImport).toHaveBeenCalledWith('imp3');
    expect(text('library-import-message')).toBe('Nothing was imported: every item was rejected.');
  });
});
