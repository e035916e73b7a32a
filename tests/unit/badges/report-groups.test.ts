import { describe, expect, it } from 'vitest';
import { groupReports } from '../../../src/ui/common/report-groups';
import { other } from '../ui/fixtures';

describe('groupReports', () => {
  it('gives one line per value, naming every report that gives it', () => {
    const groups = groupReports({
      others: [
        other({ report: 'a', publisher: 'The Irish Times (Reuters)', value: 1_200, text: '1,200', date: '2024-01-24' }),
        other({ report: 'b', publisher: 'ARN News Centre (Reuters)', value: 1_200, text: '1,200', date: '2024-01-24' }),
      ],
      agreeing: [other({ report: 'c', publisher: 'ITV News', value: 1_100, text: '1,100', date: '2024-01-22' })],
    });
    expect(groups.map((g) => [g.head, g.reports.map((r) => r.publisher), g.dates])).toEqual([
      ['1,200 in 2 reports:', ['Irish Times/Reuters', 'ARN/Reuters'], '24 Jan'],
      ['1,100 in 1 report:', ['ITV News'], '22 Jan'],
    ]);
  });

  it('lists a report once however often it repeats the value, oldest report first, and every distinct date', () => {
    const [g] = groupReports({ others: [
      other({ report: 'late', date: '2024-01-25' }), other({ report: 'early', date: '2024-01-23' }), other({ report: 'early', date: '2024-01-23' }),
    ] });
    expect(g?.reports.map((r) => r.report)).toEqual(['early', 'late']);
    expect(g?.dates).toBe('23 Jan, 25 Jan');
    expect(g?.head).toBe('25,700 in 2 reports:');
  });

  it('keeps a value\'s words when every report writes it so, and says undated', () => {
    const [g] = groupReports({ others: [other({ value: 2_300_000, text: '2.3 million', date: null })] });
    expect(g?.text).toBe('2.3 million');
    expect(g?.dates).toBe('undated');
    const [h] = groupReports({ others: [other({ value: 2_300_000, text: '2.3 million' }), other({ report: 'x', value: 2_300_000, text: '2,300,000' })] });
    expect(h?.text).toBe('2,300,000');
  });
});
