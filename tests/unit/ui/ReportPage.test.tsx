import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportView } from '../../../src/platform/ui-client';
import { allByTestId, byTestId, mount, setupDom, unmount, type Dom } from './dom';
import { figure } from './fixtures';

vi.mock('../../../src/platform/ui-client', () => ({ getReport: vi.fn() }));

const client = await import('../../../src/platform/ui-client');
const { ReportPage } = await import('../../../src/ui/report/ReportPage');
const getReport = vi.mocked(client.getReport);

const TEXT = 'At least 25,490 Palestinians have been killed, the Gaza health ministry said.\n\n<b>Not markup</b> and 63,000 injured.';
const REPORT: ReportView = {
  id: '001_04e031c6b96cc0b5',
  title: 'Israel hits Khan Younis amid talks on one-month Gaza truce',
  publisher: 'ARN News Centre (Reuters)',
  date: '2024-01-24',
  url: 'https://www.arnnewscentre.ae/en/news/international/truce/',
  text: TEXT,
  figures: [figure('25,490', 9, { scope: 'since 7 October' }), figure('63,000', TEXT.indexOf('63,000'), { measure: 'injured.palestinians.cumulative', label: 'Palestinians injured in Gaza since 7 October', source: null })],
};

let dom: Dom;
beforeEach(() => {
  vi.clearAllMocks();
  dom = setupDom();
});
afterEach(() => unmount(dom));

describe('ReportPage', () => {
  it('shows the report in full with its figures marked', async () => {
    getReport.mockResolvedValue(REPORT);
    await mount(<ReportPage id={REPORT.id} />, dom);
    expect(getReport).toHaveBeenCalledWith(REPORT.id);
    expect(dom.root.querySelectorAll('main')).toHaveLength(1);
    expect(dom.root.querySelectorAll('h1')).toHaveLength(1);
    expect(byTestId(dom.root, 'report-title')?.textContent).toBe(REPORT.title);
    expect(dom.root.textContent).toContain('ARN News Centre (Reuters)');
    expect(dom.root.textContent).toContain('24 Jan 2024');
    const source = byTestId(dom.root, 'report-source')!;
    expect(source.getAttribute('href')).toBe(REPORT.url);
    expect(source.getAttribute('rel')).toBe('noopener noreferrer');

    const text = byTestId(dom.root, 'report-text')!;
    expect(text.querySelectorAll('p')).toHaveLength(2);
    const marks = allByTestId(dom.root, 'report-figure');
    expect(marks.map((m) => m.tagName)).toEqual(['MARK', 'MARK']);
    expect(marks.map((m) => m.textContent)).toEqual(['25,490', '63,000']);
    expect(marks[0]?.getAttribute('title')).toBe('Palestinians killed in Gaza since 7 October · source: Gaza health ministry · since 7 October');
    expect(marks[1]?.getAttribute('title')).toBe('Palestinians injured in Gaza since 7 October');
    expect(marks[1]?.getAttribute('data-measure')).toBe('injured.palestinians.cumulative');
    expect(dom.document.title).toContain(REPORT.title);
  });

  it('keeps report text as text: markup in it is never parsed', async () => {
    getReport.mockResolvedValue(REPORT);
    await mount(<ReportPage id={REPORT.id} />, dom);
    const text = byTestId(dom.root, 'report-text')!;
    expect(text.querySelector('b')).toBeNull();
    expect(text.textContent).toContain('<b>Not markup</b>');
    expect(text.textContent?.replace(/\s+/g, '')).toBe(TEXT.replace(/\s+/g, ''));
  });

  it('lists the figures with their measures after the text', async () => {
    getReport.mockResolvedValue(REPORT);
    await mount(<ReportPage id={REPORT.id} />, dom);
    const rows = Array.from(dom.root.querySelectorAll('.figure-list tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-measure'))).toEqual(['killed.palestinians.cumulative', 'injured.palestinians.cumulative']);
    expect(rows.every((r) => r.querySelector('th')?.getAttribute('scope') === 'row')).toBe(true);
  });

  it('shows a designed not-found state for an unknown id', async () => {
    getReport.mockResolvedValue(null);
    await mount(<ReportPage id="nope" />, dom);
    expect(byTestId(dom.root, 'report-state')?.getAttribute('data-state')).toBe('not-found');
    expect(byTestId(dom.root, 'report-title')?.textContent).toBe('Report not found');
    expect(dom.root.textContent).toContain('nope');
  });

  it('shows not found without asking when the id is missing', async () => {
    await mount(<ReportPage id="" />, dom);
    expect(getReport).not.toHaveBeenCalled();
    expect(byTestId(dom.root, 'report-state')?.getAttribute('data-state')).toBe('not-found');
    expect(dom.root.textContent).toContain('opened without a report id');
  });

  it('shows an error state when the background fails', async () => {
    getReport.mockRejectedValue(new Error('No background'));
    await mount(<ReportPage id="x" />, dom);
    expect(byTestId(dom.root, 'report-state')?.getAttribute('data-state')).toBe('error');
    expect(dom.root.querySelector('[role="alert"]')?.textContent).toContain('No background');
  });
});
