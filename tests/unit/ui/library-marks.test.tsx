// @vitest-environment happy-dom
/** How an article of the reader's library is named wherever the popup and the badge card list reports. */
import { axeFindings, axePage } from './axe-page';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/platform/ui-client', () => ({
  openReport: vi.fn(async () => null),
  reportUrl: (id: string) => `chrome-extension://x/report.html?id=${id}`,
}));

const { formatBytes, formatDay, youRead } = await import('../../../src/wording/format');
const { RelatedList } = await import('../../../src/ui/popup/RelatedList');
const { FigureTable } = await import('../../../src/ui/popup/FigureTable');
const { OriginalLink } = await import('../../../src/ui/common/OriginalLink');
const { figureRows } = await import('../../../src/ui/common/figure-rows');
const { groupReports } = await import('../../../src/ui/common/report-groups');
const { createBadge } = await import('../../../src/ui/badges/badge-element');
const { alignment, other, related } = await import('./fixtures');

/** 23 Jan of the current year, at noon where the test runs: the reader's own day. */
const READ = new Date(new Date().getFullYear(), 0, 23, 12).getTime();
const ORIGINAL = 'https://www.bbc.com/news/articles/gaza-toll-25700';
const KEPT = related({ id: `library:${ORIGINAL}`, title: 'Gaza death toll passes 25,700', publisher: 'BBC News', url: ORIGINAL, keptAt: READ });

afterEach(() => render(null, document.getElementById('app') ?? document.body));

describe('library wording', () => {
  it('says the day an article was read, with the year only when it is not this one', () => {
    expect(formatDay(READ)).toBe('23 Jan');
    expect(youRead(READ)).toBe('you read, 23 Jan');
    const lastYear = new Date(new Date().getFullYear() - 1, 11, 31, 12).getTime();
    expect(formatDay(lastYear)).toBe(`31 Dec ${new Date().getFullYear() - 1}`);
    expect(formatDay(Number.NaN)).toBe('undated');
  });

  it('writes sizes in decimal units, short', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(3_400)).toBe('3.4 KB');
    expect(formatBytes(820_000)).toBe('820 KB');
    expect(formatBytes(999_700)).toBe('1 MB');
    expect(formatBytes(3_412_345)).toBe('3.4 MB');
    expect(formatBytes(27_000_000)).toBe('27 MB');
    expect(formatBytes(-5)).toBe('0 bytes');
  });
});

describe('related reports from the library', () => {
  it('marks a kept article "you read" and opens its original address in a new tab, not a report page', async () => {
    render(<RelatedList related={[KEPT, related()]} />, axePage());
    const [kept, bundled] = Array.from(document.querySelectorAll('[data-testid="related-item"]'));
    expect(kept?.getAttribute('data-kept')).toBe('true');
    expect(kept?.textContent).toContain('you read, 23 Jan');
    const link = kept!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(ORIGINAL);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Gaza death toll passes 25,700');
    // A bundled report still opens its report page, and says nothing of reading.
    expect(bundled?.hasAttribute('data-kept')).toBe(false);
    expect(bundled?.textContent).not.toContain('you read');
    expect(bundled?.querySelector('a')?.getAttribute('href')).toContain('report.html?id=001_04e031c6b96cc0b5');
    expect(await axeFindings()).toEqual([]);
  });

  it('never makes a link of an address that is not a web page\'s', () => {
    render(<OriginalLink url="javascript:alert(1)">Title</OriginalLink>, axePage());
    expect(document.querySelector('a')).toBeNull();
    expect(document.getElementById('app')?.textContent).toBe('Title');
  });
});

describe('figures compared with a library article', () => {
  const keptOther = other({ report: KEPT.id, publisher: 'BBC News', title: KEPT.title, keptAt: READ });

  it('names the article and the day it was read in the rows', () => {
    const [row] = figureRows([alignment({ others: [keptOther, other()] })]);
    expect(row?.others[0]).toMatchObject({ title: 'Gaza death toll passes 25,700', read: 'you read, 23 Jan', keptAt: READ });
    expect(row?.others[1]).not.toHaveProperty('read');
  });

  it('links the kept article\'s figure to its original address in the table', () => {
    render(<FigureTable alignments={[alignment({ others: [keptOther] })]} related={[KEPT]} />, axePage());
    const item = document.querySelector('.others li[data-kept="true"]')!;
    expect(item.textContent).toContain('Gaza death toll passes 25,700');
    expect(item.textContent).toContain('you read, 23 Jan');
    expect(item.querySelector('a')?.getAttribute('href')).toBe(ORIGINAL);
  });

  it('names the kept article in the badge card, as text', () => {
    const groups = groupReports({ others: [keptOther, other({ report: 'b' })] });
    expect(groups[0]?.reports.map((r) => r.article)).toEqual(['“Gaza death toll passes 25,700”, you read, 23 Jan', undefined]);
    const badge = createBadge(document, alignment({ others: [{ ...keptOther, value: 25_800, text: '25,800' }] }), { openReport: () => undefined });
    document.body.append(badge);
    (badge.shadowRoot!.querySelector('button.b') as HTMLButtonElement).click();
    const item = badge.shadowRoot!.querySelector('.card li')!;
    expect(item.querySelector('button.open')?.textContent).toBe('BBC News (open the report)');
    expect(item.textContent).toContain('(open the report) (“Gaza death toll passes 25,700”, you read, 23 Jan), 24 Jan');
  });
});
