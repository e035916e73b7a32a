import { describe, expect, it } from 'vitest';
import { figureRows } from '../../../src/ui/common/figure-rows';
import { formatChange } from '../../../src/ui/common/figure-change';
import { countOf, formatNumber, formatScore, formatSigned, sentenceCase } from '../../../src/wording/format';
import { alignment, other } from './fixtures';

describe('format', () => {
  it('groups numbers and signs changes with a true minus', () => {
    expect(formatNumber(25_700)).toBe('25,700');
    expect(formatSigned(210)).toBe('+210');
    expect(formatSigned(-1_500)).toBe('−1,500');
    expect(formatSigned(0)).toBe('±0');
    expect(countOf('report', 1)).toBe('1 report');
    expect(countOf('report', 3)).toBe('3 reports');
    expect(formatScore(0.856)).toBe('86%');
    expect(formatScore(7)).toBe('100%');
    expect(formatScore(Number.NaN)).toBe('0%');
    expect(sentenceCase('length of the ceasefire')).toBe('Length of the ceasefire');
    expect(sentenceCase('')).toBe('');
  });

  it('words the change of each kind', () => {
    expect(formatChange(alignment())).toBe('+210 in 1 day');
    expect(formatChange(alignment({ change: 1_000, days: 3 }))).toBe('+1,000 in 3 days');
    expect(formatChange(alignment({ change: 1_000, days: undefined }))).toBe('+1,000');
    expect(formatChange(alignment({ kind: 'agrees', change: undefined }))).toBe('no change');
    const conflict = alignment({ kind: 'conflict', change: undefined, days: undefined, others: [other({ value: 25_490 }), other({ value: 24_000 })] });
    expect(formatChange(conflict)).toBe('−1,490 vs this page');
  });
});

describe('figureRows', () => {
  it('puts conflicts first, then updates, then agreements, and keeps page order within a kind', () => {
    const rows = figureRows([
      alignment({ kind: 'agrees', measure: 'a', page: { ...alignment().page, start: 5 } }),
      alignment({ kind: 'update', measure: 'b', page: { ...alignment().page, start: 50 } }),
      alignment({ kind: 'conflict', measure: 'c', page: { ...alignment().page, start: 500 } }),
      alignment({ kind: 'update', measure: 'd', page: { ...alignment().page, start: 10 } }),
    ]);
    expect(rows.map((r) => r.measure)).toEqual(['c', 'd', 'b', 'a']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it('gives the page value with its qualifier, and each report with a short publisher and date', () => {
    const [row] = figureRows([alignment({ others: [other(), other({ publisher: 'The Irish Times (Reuters)', date: '2024-01-25', qualifier: 'more than', text: '25,700' })] })]);
    expect(row?.pageText).toBe('at least 25,490');
    expect(figureRows([alignment({ measure: 'population.gaza', label: 'population of Gaza' })])[0]?.label).toBe('Population of Gaza');
    expect(row?.kindIcon).toBe('↗');
    expect(row?.kindWord).toBe('later update');
    expect(row?.others).toEqual([
      { reportId: '001_04e031c6b96cc0b5', publisher: 'ARN/Reuters', publisherFull: 'ARN News Centre (Reuters)', text: 'at least 25,700', date: '24 Jan 2024', relative: '1 day later' },
      { reportId: '001_04e031c6b96cc0b5', publisher: 'Irish Times/Reuters', publisherFull: 'The Irish Times (Reuters)', text: 'more than 25,700', date: '25 Jan 2024', relative: '2 days later' },
    ]);
  });

  it('does not repeat a qualifier the text already has', () => {
    const [row] = figureRows([alignment({ page: { ...alignment().page, text: 'at least 25,490', qualifier: 'at least' } })]);
    expect(row?.pageText).toBe('at least 25,490');
  });

  it('is empty for no alignments', () => {
    expect(figureRows([])).toEqual([]);
  });
});
