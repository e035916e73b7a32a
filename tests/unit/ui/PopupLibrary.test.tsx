import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryStatus, Settings } from '../../../src/platform/ui-client';
import { allByTestId, byTestId, fire, mount, settle, setupDom, unmount, type Dom } from './dom';
import { related, tabResult } from './fixtures';

vi.mock('../../../src/platform/ui-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/platform/ui-client')>();
  return {
    ...real,
    currentTab: vi.fn(),
    getTabResult: vi.fn(),
    watchTabResult: vi.fn(() => () => undefined),
    searchReports: vi.fn(),
    openReport: vi.fn(async () => null),
    reportUrl: (id: string) => `chrome-extension://x/report.html?id=${id}`,
    optionsUrl: (fragment = '') => `chrome-extension://x/options.html#${fragment}`,
    openOptions: vi.fn(async () => undefined),
    loadSettings: vi.fn(),
    updateSettings: vi.fn(),
    watchSettings: vi.fn(() => () => undefined),
    setSiteEnabled: vi.fn(),
    getLibraryStatus: vi.fn(),
    saveArticle: vi.fn(),
    forgetArticle: vi.fn(),
  };
});

const client = vi.mocked(await import('../../../src/platform/ui-client'));
const { Popup } = await import('../../../src/ui/popup/Popup');

const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: false, libraryPaused: false, libraryInvited: false };
const URL_ = 'https://www.example-news.com/world/gaza';
const STATUS: LibraryStatus = { keeping: false, invite: false, count: 4, bytes: 12_000, tab: { url: URL_, saved: false, blocked: null } };
let dom: Dom;

function given(status: LibraryStatus, settings: Settings = SETTINGS): void {
  client.currentTab.mockResolvedValue({ id: 7, url: URL_ });
  client.getTabResult.mockResolvedValue(tabResult());
  client.loadSettings.mockResolvedValue({ settings, warning: null });
  client.getLibraryStatus.mockResolvedValue(status);
}

const text = (id: string): string => byTestId(dom.root, id)?.textContent ?? '';

beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
});
afterEach(() => unmount(dom));

describe('the library invitation', () => {
  it('is not shown unless the background says it is due', async () => {
    given(STATUS);
    await mount(<Popup />, dom);
    expect(client.getLibraryStatus).toHaveBeenCalledWith(7);
    expect(byTestId(dom.root, 'library-invite')).toBeNull();
    // The save button is there: the library status did arrive.
    expect(byTestId(dom.root, 'library-action')).not.toBeNull();
  });

  it('says in one sentence what is kept and where, and links to the privacy notice', async () => {
    given({ ...STATUS, invite: true });
    await mount(<Popup />, dom);
    const invite = byTestId(dom.root, 'library-invite')!;
    expect(invite.querySelector('h2')?.textContent).toBe('Keep a library?');
    expect(invite.textContent).toContain('never the full text');
    expect(invite.textContent).toContain('on this computer only');
    const link = invite.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('chrome-extension://x/options.html#privacy-notice');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('"Keep a library" turns the library on and marks the invitation answered', async () => {
    given({ ...STATUS, invite: true });
    client.updateSettings.mockImplementation(async (c) => ({ ...SETTINGS, ...c }));
    await mount(<Popup />, dom);
    client.getLibraryStatus.mockResolvedValue({ ...STATUS, keeping: true });
    await fire(byTestId(dom.root, 'library-invite-keep')!, 'click');
    await settle();
    expect(client.updateSettings).toHaveBeenCalledTimes(1);
    expect(client.updateSettings).toHaveBeenCalledWith({ keepLibrary: true, libraryInvited: true });
    expect(byTestId(dom.root, 'library-invite')).toBeNull();
    expect(text('library-invite-answer')).toContain('The library is on');
    expect(text('library-summary')).toContain('kept automatically');
  });

  it('"Not now" only marks the invitation answered', async () => {
    given({ ...STATUS, invite: true });
    client.updateSettings.mockImplementation(async (c) => ({ ...SETTINGS, ...c }));
    await mount(<Popup />, dom);
    client.getLibraryStatus.mockResolvedValue(STATUS);
    await fire(byTestId(dom.root, 'library-invite-later')!, 'click');
    await settle();
    expect(client.updateSettings).toHaveBeenCalledWith({ libraryInvited: true });
    expect(client.updateSettings.mock.calls[0]?.[0]).not.toHaveProperty('keepLibrary');
    expect(byTestId(dom.root, 'library-invite')).toBeNull();
    expect(text('library-invite-answer')).toContain('No library is kept');
  });
});

describe('save and forget this article', () => {
  it('saves the tab\'s article, announces the outcome and shows the new state', async () => {
    given(STATUS);
    client.saveArticle.mockResolvedValue({ ok: true, message: 'Saved to your library: Israel presses Khan Younis assault.', count: 1 });
    await mount(<Popup />, dom);
    const button = byTestId(dom.root, 'library-action')!;
    expect(button.textContent).toBe('Save this article');
    client.getLibraryStatus.mockResolvedValue({ ...STATUS, count: 5, tab: { url: URL_, saved: true, blocked: null } });
    await fire(button, 'click');
    await settle();
    expect(client.saveArticle).toHaveBeenCalledWith(7);
    expect(client.forgetArticle).not.toHaveBeenCalled();
    const live = byTestId(dom.root, 'library-message')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('Saved to your library: Israel presses Khan Younis assault.');
    expect(text('library-action')).toBe('Forget this article');
    expect(text('library-summary')).toContain('5 articles');
    expect(client.getLibraryStatus).toHaveBeenCalledTimes(2);
  });

  it('forgets a saved article by its tab', async () => {
    given({ ...STATUS, tab: { url: URL_, saved: true, blocked: null } });
    client.forgetArticle.mockResolvedValue({ ok: true, message: 'Forgotten: it is no longer in your library.', count: 1 });
    await mount(<Popup />, dom);
    client.getLibraryStatus.mockResolvedValue(STATUS);
    await fire(byTestId(dom.root, 'library-action')!, 'click');
    await settle();
    expect(client.forgetArticle).toHaveBeenCalledWith({ tabId: 7 });
    expect(client.saveArticle).not.toHaveBeenCalled();
    expect(text('library-message')).toBe('Forgotten: it is no longer in your library.');
    expect(text('library-action')).toBe('Save this article');
  });

  it('shows a failed outcome as an error', async () => {
    given(STATUS);
    client.saveArticle.mockResolvedValue({ ok: false, message: 'The browser\'s storage is full: nothing was saved, and nothing kept was lost.', count: 0 });
    await mount(<Popup />, dom);
    await fire(byTestId(dom.root, 'library-action')!, 'click');
    await settle();
    const live = byTestId(dom.root, 'library-message')!;
    expect(live.textContent).toContain('storage is full');
    expect(live.className).toContain('error');
  });

  it('disables saving when the article cannot be kept, and says why', async () => {
    given({ ...STATUS, tab: { url: URL_, saved: false, blocked: 'This tab is in a private window: nothing from it is kept.' } });
    await mount(<Popup />, dom);
    const button = byTestId(dom.root, 'library-action')!;
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(text('library-blocked')).toBe('This tab is in a private window: nothing from it is kept.');
    expect(button.getAttribute('aria-describedby')).toBe(byTestId(dom.root, 'library-blocked')?.id);
    await fire(button, 'click');
    expect(client.saveArticle).not.toHaveBeenCalled();
  });

  it('shows no library controls when the background cannot answer, and the result as before', async () => {
    given(STATUS);
    client.getLibraryStatus.mockRejectedValue(new Error('no handler'));
    await mount(<Popup />, dom);
    expect(byTestId(dom.root, 'popup-library')).toBeNull();
    expect(byTestId(dom.root, 'popup-state')?.getAttribute('data-state')).toBe('ready');
  });

  it('says the library is still being compared while the first analysis waits for it, and not after', async () => {
    given(STATUS);
    client.getTabResult.mockResolvedValue({ ...tabResult(), pending: true });
    await mount(<Popup />, dom);
    expect(text('library-pending')).toBe('Comparing with your library…');
    expect(byTestId(dom.root, 'library-pending')?.getAttribute('role')).toBe('status');
    unmount(dom);
    dom = setupDom();
    given(STATUS);
    await mount(<Popup />, dom);
    expect(byTestId(dom.root, 'library-pending')).toBeNull();
  });

  it('asks about the tab the popup was opened for', async () => {
    given(STATUS);
    client.currentTab.mockResolvedValue({ id: 42, url: URL_ });
    await mount(<Popup />, dom);
    expect(client.getTabResult).toHaveBeenCalledWith(42);
    expect(client.getLibraryStatus).toHaveBeenCalledWith(42);
  });
});

describe('library articles among the related reports and search hits', () => {
  it('lists a related article the reader read with its day, linking to the original', async () => {
    const read = new Date(new Date().getFullYear(), 0, 23, 9).getTime();
    given(STATUS);
    client.getTabResult.mockResolvedValue(tabResult({ related: [related({ id: 'library:https://www.bbc.com/news/a1', url: 'https://www.bbc.com/news/a1', title: 'Gaza toll passes 25,700', keptAt: read })] }));
    await mount(<Popup />, dom);
    const [item] = allByTestId(dom.root, 'related-item');
    expect(item?.textContent).toContain('you read, 23 Jan');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('https://www.bbc.com/news/a1');
    await fire(item!.querySelector('a')!, 'click', { button: 0 });
    expect(client.openReport).not.toHaveBeenCalled();
  });

  it('marks a search hit from the library and links it to the original', async () => {
    const read = new Date(new Date().getFullYear(), 1, 2, 9).getTime();
    given(STATUS);
    client.searchReports.mockResolvedValue([
      { id: 'library:https://www.bbc.com/news/a1', title: 'Gaza toll passes 25,700', publisher: 'BBC News', date: '2024-01-24', score: 1, url: 'https://www.bbc.com/news/a1', keptAt: read },
      { id: '000_9652a0e73c984a98', title: 'Israel and Hamas move closer to a truce', publisher: 'The Irish Times (Reuters)', date: '2024-01-24', score: 0.5 },
    ]);
    await mount(<Popup />, dom);
    const input = byTestId(dom.root, 'popup-search')!;
    (input as unknown as { value: string }).value = 'gaza toll';
    await fire(input, 'input');
    await settle(300);
    await settle();
    const [kept, bundled] = allByTestId(dom.root, 'search-result');
    expect(kept?.getAttribute('data-kept')).toBe('true');
    expect(kept?.textContent).toContain('you read, 2 Feb');
    expect(kept?.querySelector('a')?.getAttribute('href')).toBe('https://www.bbc.com/news/a1');
    expect(kept?.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(bundled?.querySelector('a')?.getAttribute('href')).toContain('report.html?id=000_9652a0e73c984a98');
    expect(bundled?.textContent).not.toContain('you read');
  });
});
