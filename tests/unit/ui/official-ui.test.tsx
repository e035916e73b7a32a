// @vitest-environment happy-dom
import { axeFindings, axePage } from './axe-page';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureTable } from '../../../src/ui/popup/FigureTable';
import { Timeline } from '../../../src/ui/popup/Timeline';
import { ReportTimeline } from '../../../src/ui/report/ReportPage';
import { alignment, article, figure, other } from './fixtures';
import { check, REFERENCE, STALE } from './reference-fixtures';

const ANALYSIS = {
  article: article({ date: '2023-11-24' }),
  inferredDate: null,
  figures: [figure('13,000', 18, { reference: STALE }), figure('217', 60, { measure: 'killed.soldiers.ground-operation', label: 'Israeli soldiers killed since the ground operation', reference: check({ series: '360info-idf-killed', bulletin: '2024-01-23', onDate: { date: '2024-01-23', value: 217 } }) })],
  alignments: [alignment({ page: { ...alignment().page, value: 13_000, text: '13,000', date: '2023-11-24', start: 18 }, others: [other({ value: 14_800, text: '14,800', date: '2023-11-24' })] })],
};

afterEach(() => render(null, document.getElementById('app') ?? document.body));

describe('the popup timeline with official series', () => {
  it('draws each checked series over the war and around the page\'s date, with marks, a table and a credit', () => {
    const root = axePage();
    render(<Timeline analysis={ANALYSIS} reference={REFERENCE} />, root);
    const plots = Array.from(root.querySelectorAll('[data-testid="official-timeline"]'));
    expect(plots.map((p) => p.getAttribute('data-series'))).toEqual(['gaza-moh-killed', '360info-idf-killed']);
    const moh = plots[0]!;
    expect(moh.querySelectorAll('svg')).toHaveLength(2);
    expect(moh.querySelectorAll('.mark-page').length).toBeGreaterThan(0);
    expect(moh.querySelectorAll('.mark-report').length).toBeGreaterThan(0);
    expect(moh.querySelector('path.series')?.getAttribute('d')).toMatch(/^M/);
    expect(moh.querySelectorAll('tbody tr')).toHaveLength(61);
    expect(moh.querySelector('tr[data-published="no"]')?.textContent).toContain('no bulletin');
    expect(plots[1]?.textContent).toContain('Data: 360info (CC BY 4.0)');
    // The corpus-only plot of the same measure is not drawn again.
    expect(root.querySelectorAll('figure.timeline')).toHaveLength(0);
  });

  it('falls back to the reports\' plot without series, and draws nothing with neither', () => {
    const root = axePage();
    render(<Timeline analysis={ANALYSIS} reference={null} />, root);
    expect(root.querySelectorAll('[data-testid="official-timeline"]')).toHaveLength(0);
    expect(root.querySelectorAll('figure.timeline')).toHaveLength(1);
    render(<Timeline analysis={{ ...ANALYSIS, alignments: [] }} reference={null} />, root);
    expect(root.querySelector('[data-testid="popup-timeline"]')).toBeNull();
  });

  it('passes axe', async () => {
    render(<Timeline analysis={ANALYSIS} reference={REFERENCE} />, axePage());
    expect(await axeFindings()).toEqual([]);
  });
});

describe('the figures section', () => {
  it('puts the official check first, then the reports', () => {
    const root = axePage();
    render(<FigureTable alignments={ANALYSIS.alignments} figures={ANALYSIS.figures} reference={REFERENCE} />, root);
    const tables = Array.from(root.querySelectorAll('table')).map((t) => t.getAttribute('data-testid'));
    expect(tables).toEqual(['popup-official', 'popup-figures']);
    const rows = Array.from(root.querySelectorAll('[data-testid="official-row"]'));
    expect(rows.map((r) => r.getAttribute('data-reference'))).toEqual(['stale', 'matches']);
    expect(rows[0]?.textContent).toContain('5 days old');
    expect(rows[0]?.textContent).toContain("by this page's date (24 Nov 2023) it was 14,800");
    expect(rows[1]?.textContent).toContain('military, 23 Jan');
  });

  it('shows the checks even when no report gives the figure', () => {
    const root = axePage();
    render(<FigureTable alignments={[]} figures={ANALYSIS.figures} reference={REFERENCE} />, root);
    expect(root.querySelector('[data-testid="popup-no-figures"] [data-testid="popup-official"]')).not.toBeNull();
    render(<FigureTable alignments={[]} figures={[figure('13,000', 18)]} />, root);
    expect(root.querySelector('[data-testid="popup-official"]')).toBeNull();
  });

  it('passes axe', async () => {
    render(<FigureTable alignments={ANALYSIS.alignments} figures={ANALYSIS.figures} reference={REFERENCE} />, axePage());
    expect(await axeFindings()).toEqual([]);
  });
});

describe('the report page timeline', () => {
  it('places the report\'s toll on the series at the report\'s date, and passes axe', async () => {
    const root = axePage();
    const report = { date: '2024-01-24', figures: [figure('25,700', 9), figure('63,000', 40, { measure: 'injured.palestinians.cumulative' })] };
    render(<ReportTimeline report={report} reference={REFERENCE} />, root);
    const plots = Array.from(root.querySelectorAll('[data-testid="official-timeline"]'));
    expect(plots.map((p) => p.getAttribute('data-series'))).toEqual(['gaza-moh-killed']);
    const row = Array.from(plots[0]!.querySelectorAll('tbody tr')).find((r) => r.textContent?.startsWith('24 Jan 2024'));
    expect(row?.textContent).toContain('This report: 25,700');
    expect(await axeFindings()).toEqual([]);
    render(<ReportTimeline report={report} reference={null} />, root);
    expect(root.querySelector('[data-testid="report-timeline"]')).toBeNull();
  });
});
