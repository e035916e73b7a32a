import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings, TabResult } from '../../../src/platform/ui-client';
import { allByTestId, byTestId, fire, mount, settle, setupDom, unmount, type Dom } from './dom';
import { alignment, article, figure, other, tabResult, topic } from './fixtures';
import { check, REFERENCE, STALE } from './reference-fixtures';

vi.mock('../../../src/platform/ui-client', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/platform/ui-client')>();
  return {
    ...real,
    currentTab: vi.fn(),
    getTabResult: vi.fn(),
    searchReports: vi.fn(),
    openReport: vi.fn(async () => null),
    reportUrl: (id: string) => `chrome-extension://x/report.html?id=${id}`,
    openOptions: vi.fn(async () => undefined),
    loadSettings: vi.fn(),
    watchSettings: vi.fn(() => () => undefined),
    setSiteEnabled: vi.fn(),
    // No library controls here (PopupLibrary.test.tsx has them): the background says nothing of it.
    getLibraryStatus: vi.fn(async () => { throw new Error('no library'); }),
  };
});

const client = await import('../../../src/platform/ui-client');
const { Popup, popupStateOf } = await import('../../../src/ui/popup/Popup');
const mocked = vi.mocked(client);

const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: false, libraryPaused: false, libraryInvited: false };
let dom: Dom;

function given(result: TabResult | null, settings: Settings = SETTINGS, tabUrl = 'https://www.example-news.com/world/gaza'): void {
  mocked.currentTab.mockResolvedValue({ id: 7, url: tabUrl });
  mocked.getTabResult.mockResolvedValue(result);
  mocked.loadSettings.mockResolvedValue({ settings, warning: null });
}

const stateOf = (): string | undefined => byTestId(dom.root, 'popup-state')?.getAttribute('data-state') ?? undefined;

beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
});
afterEach(() => unmount(dom));

describe('Popup states', () => {
  it('shows a designed loading state until the tab result arrives', async () => {
    mocked.currentTab.mockReturnValue(new Promise(() => undefined));
    mocked.loadSettings.mockResolvedValue({ settings: SETTINGS, warning: null });
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('loading');
    expect(dom.root.textContent).toContain('Reading this tab');
    expect(dom.root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('explains an unanalysed tab and offers the options', async () => {
    given(null);
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('empty');
    expect(dom.root.textContent).toContain('Crosscheck has not analysed this tab: it runs on news sites; grant all-sites access in the options');
    expect(mocked.getTabResult).toHaveBeenCalledWith(7);
  });

  it('says when Crosscheck is off on the site', async () => {
    given(null, { ...SETTINGS, disabledSites: ['example-news.com'] });
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('empty');
    expect(dom.root.textContent).toContain('Crosscheck is off on example-news.com');
    expect((byTestId(dom.root, 'site-toggle') as HTMLInputElement).hasAttribute('checked')).toBe(false);
  });

  it('shows the verdict of a page that is not about the war', async () => {
    given(tabResult({ topic: topic({ gaza: false, score: 0.12, terms: [], reason: 'The article is about football.' }), related: [], alignments: [] }));
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('not-gaza');
    const verdict = byTestId(dom.root, 'popup-verdict');
    expect(verdict?.getAttribute('data-gaza')).toBe('false');
    expect(verdict?.textContent).toContain('Not about the Gaza war');
    expect(verdict?.textContent).toContain('12%');
    expect(verdict?.textContent).toContain('The article is about football.');
    expect(byTestId(dom.root, 'popup-figures')).toBeNull();
  });

  it('gives an undated page the date inferred from its toll, and says it is inferred', async () => {
    given(tabResult({ article: article({ date: null }), inferredDate: '2024-01-22' }));
    await mount(<Popup />, dom);
    const byline = byTestId(dom.root, 'popup-verdict')?.textContent ?? '';
    expect(byline).toContain('22 Jan 2024');
    expect(byline).toContain('inferred');
    given(tabResult({ article: article({ date: '2024-01-24' }), inferredDate: null }));
    unmount(dom);
    dom = setupDom();
    await mount(<Popup />, dom);
    expect(byTestId(dom.root, 'popup-verdict')?.textContent ?? '').not.toContain('inferred');
  });

  it('says "not a news article" for a home page', async () => {
    given(tabResult({ topic: topic({ gaza: false, isArticle: false }), related: [], alignments: [] }));
    await mount(<Popup />, dom);
    expect(byTestId(dom.root, 'popup-verdict')?.textContent).toContain('Not a news article');
  });

  it('shows an error state when the background cannot answer', async () => {
    mocked.currentTab.mockResolvedValue({ id: 7, url: null });
    mocked.getTabResult.mockRejectedValue(new Error('Could not establish connection'));
    mocked.loadSettings.mockResolvedValue({ settings: SETTINGS, warning: null });
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('error');
    expect(dom.root.querySelector('[role="alert"]')?.textContent).toContain('Could not establish connection');
  });
});

describe('Popup on a Gaza-war article', () => {
  it('lists the verdict, page, related reports, figures and timeline', async () => {
    given(tabResult());
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('ready');
    const verdict = byTestId(dom.root, 'popup-verdict')!;
    expect(verdict.textContent).toContain('A Gaza-war article');
    expect(verdict.textContent).toContain('Gaza, Hamas, Khan Younis');
    expect(verdict.textContent).toContain('Israel presses Khan Younis assault');
    expect(verdict.textContent).toContain('Example News · 23 Jan 2024');

    const items = allByTestId(dom.root, 'related-item');
    expect(items.map((i) => i.getAttribute('data-report-id'))).toEqual(['001_04e031c6b96cc0b5', '002_13625b8aa8aaa443']);
    expect(items[0]?.textContent).toContain('same story');
    expect(items[1]?.textContent).toContain('same war');
    expect(items[0]?.textContent).toContain('Both name Khan Younis');

    const table = byTestId(dom.root, 'popup-figures')!;
    expect(table.tagName).toBe('TABLE');
    expect(Array.from(table.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    const rows = allByTestId(dom.root, 'figure-row');
    expect(rows.map((r) => [r.getAttribute('data-measure'), r.getAttribute('data-kind')])).toEqual([['killed.palestinians.cumulative', 'update'], ['ceasefire.days', 'agrees']]);
    expect(rows[0]?.textContent).toContain('at least 25,490');
    expect(rows[0]?.textContent).toContain('25,700');
    expect(rows[0]?.textContent).toContain('ARN/Reuters');
    expect(rows[0]?.textContent).toContain('later update');
    expect(rows[0]?.textContent).toContain('+210 in 1 day');

    const timeline = byTestId(dom.root, 'popup-timeline')!;
    const svg = timeline.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Palestinians killed in Gaza since 7 October over time');
    expect(Array.from(svg.querySelectorAll('title')).map((t) => t.textContent)).toContain('25,700 · ARN/Reuters · 24 Jan 2024');
  });

  it('with the official series, puts each figure\'s check first and plots the series, with no report needed', async () => {
    const figures = [figure('25,490', 9, { reference: check() })];
    given(tabResult({ figures }));
    await mount(<Popup reference={REFERENCE} />, dom);
    const tables = Array.from(dom.root.querySelectorAll('table[data-testid]')).map((t) => t.getAttribute('data-testid'));
    expect(tables.slice(0, 2)).toEqual(['popup-official', 'popup-figures']);
    expect(allByTestId(dom.root, 'official-row').map((r) => r.getAttribute('data-reference'))).toEqual(['matches']);
    expect(allByTestId(dom.root, 'official-timeline').map((f) => f.getAttribute('data-series'))).toEqual(['gaza-moh-killed']);
    // No related report: the check and the timeline still show; the related section says none.
    given(tabResult({ related: [], alignments: [], figures: [figure('13,000', 9, { reference: STALE })], article: article({ date: '2023-11-24' }) }));
    unmount(dom);
    await mount(<Popup reference={REFERENCE} />, dom);
    expect(byTestId(dom.root, 'popup-no-related')).not.toBeNull();
    expect(allByTestId(dom.root, 'official-row').map((r) => r.getAttribute('data-reference'))).toEqual(['stale']);
    expect(byTestId(dom.root, 'official-timeline')).not.toBeNull();
  });

  it('opens a related report through the background', async () => {
    given(tabResult());
    await mount(<Popup />, dom);
    const link = allByTestId(dom.root, 'related-item')[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toContain('report.html?id=001_04e031c6b96cc0b5');
    const ev = await fire(link, 'click', { button: 0 });
    expect(mocked.openReport).toHaveBeenCalledWith('001_04e031c6b96cc0b5');
    expect(ev.defaultPrevented).toBe(true);
  });

  it('says when no report is related, and draws no timeline without two dated values', async () => {
    given(tabResult({ related: [], alignments: [alignment({ others: [other({ date: null })], page: { ...alignment().page, date: null } })], article: article({ date: null }) }));
    await mount(<Popup />, dom);
    expect(stateOf()).toBe('ready');
    expect(byTestId(dom.root, 'popup-no-related')?.textContent).toContain('No report in the corpus covers this story');
    expect(byTestId(dom.root, 'popup-related')).toBeNull();
    expect(byTestId(dom.root, 'popup-timeline')).toBeNull();
  });

  it('notes a truncated article', async () => {
    given(tabResult({ article: article({ truncated: true, fullLength: 250_000, text: 'x'.repeat(2_000) }) }));
    await mount(<Popup />, dom);
    expect(byTestId(dom.root, 'popup-truncated')?.textContent).toContain('only its first 2,000 characters were read');
  });
});

describe('Popup controls', () => {
  it('turns Crosscheck off for the site', async () => {
    given(tabResult());
    mocked.setSiteEnabled.mockResolvedValue({ ...SETTINGS, disabledSites: ['example-news.com'] });
    await mount(<Popup />, dom);
    const toggle = byTestId(dom.root, 'site-toggle') as HTMLInputElement;
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(toggle.closest('label')?.textContent).toContain('Crosscheck on example-news.com');
    (toggle as unknown as { checked: boolean }).checked = false;
    await fire(toggle, 'change');
    expect(mocked.setSiteEnabled).toHaveBeenCalledWith('example-news.com', false);
  });

  it('searches the corpus after a pause in typing, and shows the hits', async () => {
    given(null);
    mocked.searchReports.mockResolvedValue([{ id: '000_9652a0e73c984a98', title: 'Israel and Hamas move closer to a truce', publisher: 'The Irish Times (Reuters)', date: '2024-01-24', score: 1 }]);
    await mount(<Popup />, dom);
    const input = byTestId(dom.root, 'popup-search') as HTMLInputElement;
    expect(dom.root.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    for (const v of ['k', 'kh', 'khan']) {
      (input as unknown as { value: string }).value = v;
      await fire(input, 'input');
    }
    expect(mocked.searchReports).not.toHaveBeenCalled();
    await settle(300);
    await settle();
    expect(mocked.searchReports).toHaveBeenCalledTimes(1);
    expect(mocked.searchReports).toHaveBeenCalledWith('khan');
    const hits = allByTestId(dom.root, 'search-result');
    expect(hits.map((h) => h.getAttribute('data-report-id'))).toEqual(['000_9652a0e73c984a98']);
    expect(dom.root.textContent).toContain('1 report found.');
  });

  it('opens the options', async () => {
    given(null);
    await mount(<Popup />, dom);
    await fire(byTestId(dom.root, 'popup-options')!, 'click');
    expect(mocked.openOptions).toHaveBeenCalled();
  });
});

describe('popupStateOf', () => {
  it('maps results to states', () => {
    expect(popupStateOf(null)).toBe('empty');
    expect(popupStateOf(tabResult())).toBe('ready');
    expect(popupStateOf(tabResult({ topic: topic({ gaza: false }) }))).toBe('not-gaza');
  });
});
