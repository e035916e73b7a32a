import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../src/platform/ui-client';
import { byTestId, fire, mount, settle, setupDom, unmount, type Dom } from './dom';

vi.mock('../../../src/platform/ui-client', () => ({
  loadSettings: vi.fn(),
  updateSettings: vi.fn(),
  setSiteEnabled: vi.fn(),
  watchSettings: vi.fn(() => () => undefined),
  hasAllSites: vi.fn(),
  requestAllSites: vi.fn(),
  revokeAllSites: vi.fn(),
  getCorpusInfo: vi.fn(),
  // The library section's requests (OptionsLibrary.test.tsx tests them): an empty library.
  listLibrary: vi.fn(async () => ({ items: [], total: 0, matched: 0, bytes: 0, next: null, corrupt: 0 })),
}));

const client = vi.mocked(await import('../../../src/platform/ui-client'));
const { Options } = await import('../../../src/ui/options/Options');

/** The options page's file reader and pack builder: not used by these tests. */
const transfer = { readFiles: vi.fn(), buildPack: vi.fn() };
const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: ['bbc.co.uk', 'aljazeera.com'], keepLibrary: false, libraryPaused: false, libraryInvited: false };
let dom: Dom;

beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
  client.loadSettings.mockResolvedValue({ settings: SETTINGS, warning: null });
  client.hasAllSites.mockResolvedValue(false);
  client.getCorpusInfo.mockResolvedValue({ count: 3, from: '2024-01-24', to: '2024-04-07', publishers: ['ITV News', 'ARN News Centre (Reuters)'] });
});
afterEach(() => unmount(dom));

const check = (el: HTMLElement | null, on: boolean): HTMLElement => {
  (el as unknown as { checked: boolean }).checked = on;
  return el!;
};

describe('Options', () => {
  it('shows every section under one h1', async () => {
    await mount(<Options transfer={transfer} />, dom);
    expect(dom.root.querySelectorAll('main')).toHaveLength(1);
    expect(dom.root.querySelectorAll('h1')).toHaveLength(1);
    for (const id of ['opt-enabled', 'opt-badges', 'opt-all-sites', 'opt-corpus', 'opt-reference', 'opt-disabled-sites', 'opt-library', 'opt-privacy']) {
      expect(byTestId(dom.root, id), id).not.toBeNull();
    }
    expect(byTestId(dom.root, 'opt-enabled')?.getAttribute('role')).toBe('switch');
    expect(byTestId(dom.root, 'opt-privacy')?.textContent).toContain('storage.session');
  });

  it('saves the master switch and the badges switch', async () => {
    client.updateSettings.mockImplementation(async (c) => ({ ...SETTINGS, ...c }));
    await mount(<Options transfer={transfer} />, dom);
    await fire(check(byTestId(dom.root, 'opt-enabled'), false), 'change');
    expect(client.updateSettings).toHaveBeenCalledWith({ enabled: false });
    await settle();
    await fire(check(byTestId(dom.root, 'opt-badges'), false), 'change');
    expect(client.updateSettings).toHaveBeenCalledWith({ badges: false });
  });

  it('lists the sites where it is off, and turns one back on', async () => {
    client.setSiteEnabled.mockResolvedValue({ ...SETTINGS, disabledSites: ['bbc.co.uk'] });
    await mount(<Options transfer={transfer} />, dom);
    const list = byTestId(dom.root, 'opt-disabled-sites')!;
    expect(Array.from(list.querySelectorAll('li')).map((li) => li.getAttribute('data-host'))).toEqual(['aljazeera.com', 'bbc.co.uk']);
    await fire(list.querySelector('li[data-host="aljazeera.com"] button')!, 'click');
    expect(client.setSiteEnabled).toHaveBeenCalledWith('aljazeera.com', true);
    await settle();
    expect(byTestId(dom.root, 'opt-disabled-sites')?.getAttribute('data-count')).toBe('1');
  });

  it('asks for all-sites access within the click itself', async () => {
    let resolve: (v: boolean) => void = () => undefined;
    client.requestAllSites.mockReturnValue(new Promise((r) => { resolve = r; }));
    await mount(<Options transfer={transfer} />, dom);
    const section = byTestId(dom.root, 'opt-all-sites')!;
    expect(section.getAttribute('data-state')).toBe('not-granted');
    const button = byTestId(dom.root, 'opt-all-sites-grant')!;
    button.dispatchEvent(new dom.window.Event('click', { bubbles: true }));
    expect(client.requestAllSites).toHaveBeenCalledTimes(1);
    client.hasAllSites.mockResolvedValue(true);
    resolve(true);
    await settle();
    await settle();
    expect(byTestId(dom.root, 'opt-all-sites')?.getAttribute('data-state')).toBe('granted');
    client.revokeAllSites.mockResolvedValue(true);
    client.hasAllSites.mockResolvedValue(false);
    await fire(byTestId(dom.root, 'opt-all-sites-revoke')!, 'click');
    await settle();
    expect(client.revokeAllSites).toHaveBeenCalled();
    expect(byTestId(dom.root, 'opt-all-sites')?.getAttribute('data-state')).toBe('not-granted');
  });

  it('tells what the corpus holds', async () => {
    await mount(<Options transfer={transfer} />, dom);
    const corpus = byTestId(dom.root, 'opt-corpus')!;
    expect(corpus.textContent).toContain('3 reports');
    expect(corpus.textContent).toContain('24 Jan 2024');
    expect(corpus.textContent).toContain('7 Apr 2024');
    expect(corpus.textContent).toContain('2 publishers');
    expect(Array.from(corpus.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['ARN News Centre (Reuters)', 'ITV News']);
  });

  it('shows a repaired-settings warning and an error state', async () => {
    client.loadSettings.mockResolvedValueOnce({ settings: SETTINGS, warning: 'Stored settings had unreadable fields (badges); they were reset.' });
    await mount(<Options transfer={transfer} />, dom);
    expect(dom.root.textContent).toContain('they were reset');
    unmount(dom);
    client.loadSettings.mockRejectedValueOnce(new Error('storage broken'));
    await mount(<Options transfer={transfer} />, dom);
    expect(dom.root.querySelector('[role="alert"]')?.textContent).toContain('storage broken');
  });
});
