import { describe, expect, it } from 'vitest';
import {
  figureWords, inferredNote, referenceDetails, referenceLabel, referenceLine, referenceName, shortSeriesPublisher, sourceLines, VERDICT_ICON,
} from '../../../src/ui/common/reference-view';
import type { ReferenceVerdict } from '../../../src/reference/format';
import { check, MOH, SOLDIERS, STALE } from '../ui/reference-fixtures';

const toll = (text: string, value: number, reference = check(), qualifier: string | null = null) => ({ text, value, qualifier, reference });

describe('the badge label of an official check', () => {
  it('names the publisher and the bulletin for a match', () => {
    expect(referenceLabel(check(), MOH)).toBe('ministry, 23 Jan');
    expect(referenceLabel(check({ bulletin: '2024-01-22', days: 1 }), MOH)).toBe('ministry, 22 Jan');
    expect(referenceLabel(check(), SOLDIERS)).toBe('military, 23 Jan');
  });

  it('says how old a stale figure is, and how far ahead a later one is', () => {
    expect(referenceLabel(STALE, MOH)).toBe('5 days old');
    expect(referenceLabel(check({ verdict: 'stale', days: 1 }), MOH)).toBe('1 day old');
    expect(referenceLabel(check({ verdict: 'ahead', bulletin: '2024-01-25', days: -2 }), MOH)).toBe('2 days ahead');
  });

  it('gives the value published on the page\'s date when none equals the figure', () => {
    expect(referenceLabel(check({ verdict: 'unmatched', bulletin: null, days: null, pageDate: '2023-11-24', onDate: { date: '2023-11-23', value: 14_800 } }), MOH)).toBe('ministry 14,800 on this date');
    expect(referenceLabel(check({ verdict: 'unmatched', bulletin: null, days: null, onDate: null }), MOH)).toBe('no ministry value');
  });

  it('says where the series ends or starts for a date outside it', () => {
    const out = check({ verdict: 'outside', bulletin: null, onDate: null, days: null, pageDate: '2026-09-01' });
    expect(referenceLabel(out, MOH)).toBe('series ends 22 Aug 2026');
    expect(referenceLabel({ ...out, pageDate: '2023-10-01' }, MOH)).toBe('series starts 7 Oct 2023');
    // On the last covered day the page is inside; the check would not say outside, and neither does the label's side.
    expect(referenceLabel({ ...out, pageDate: '2026-08-22' }, MOH)).toBe('outside the series');
    expect(referenceLabel(out, null)).toBe('outside the series');
  });

  it('words another counter\'s figure as a different counter beside the ministry\'s, never as an error', () => {
    const other = check({ verdict: 'unmatched', otherCounter: 'Government Media Office', bulletin: null, days: null });
    expect(referenceLabel(other, MOH)).toBe('other counter · ministry 25,490');
    expect(referenceLine(toll('26,000', 26_000, other), MOH)).toBe('Government Media Office gives 26,000: a different counter from the Gaza health ministry, which gave 25,490 on 23 Jan 2024.');
  });

  it('says when the page\'s date is inferred', () => {
    const inferred = check({ bulletin: '2024-01-22', onDate: { date: '2024-01-22', value: 25_295 }, pageDate: '2024-01-22', dateInferred: true });
    expect(referenceLabel(inferred, MOH)).toBe('ministry, 22 Jan · date inferred');
    expect(inferredNote(inferred)).toBe('This page has no date: 22 Jan 2024 is inferred from the bulletin its figure equals.');
    expect(inferredNote(check())).toBeNull();
  });

  it('has an icon per verdict, none of them a cross or a warning', () => {
    const verdicts: ReferenceVerdict[] = ['matches', 'consistent', 'stale', 'ahead', 'unmatched', 'outside'];
    expect(new Set(verdicts.map((v) => VERDICT_ICON[v])).size).toBe(verdicts.length);
    for (const v of verdicts) expect(VERDICT_ICON[v]).not.toMatch(/[✗✘×⚠!]/u);
  });
});

describe('the card line of an official check', () => {
  it('says which bulletin a stale figure was and what was published by the page\'s date', () => {
    expect(referenceLine(toll('13,000', 13_000, STALE), MOH)).toBe("The Gaza health ministry bulletin of 19 Nov 2023 gave 13,000; by this page's date (24 Nov 2023) it was 14,800.");
  });

  it('says a match\'s bulletin and how many days before the page it came out', () => {
    expect(referenceLine(toll('25,490', 25_490), MOH)).toBe("Gaza health ministry bulletin of 23 Jan 2024 gave 25,490 (this page's date).");
    expect(referenceLine(toll('25,295', 25_295, check({ bulletin: '2024-01-22', days: 1 }), 'at least'), MOH)).toBe("Gaza health ministry bulletin of 22 Jan 2024 gave at least 25,295 (1 day before this page's date).");
  });

  it('says a bounded figure fits the bulletin in force', () => {
    expect(referenceLine(toll('25,000', 25_000, check({ verdict: 'consistent', bulletin: null, days: null }), 'more than'), MOH)).toBe('more than 25,000 fits the Gaza health ministry bulletin of 23 Jan 2024: 25,490.');
  });

  it('never calls a figure false', () => {
    const checks = [STALE, check(), check({ verdict: 'ahead', days: -2 }), check({ verdict: 'unmatched' }), check({ verdict: 'outside', pageDate: '2027-01-01' })];
    for (const c of checks) expect(referenceLine(toll('13,000', 13_000, c), MOH)).not.toMatch(/false|wrong|error|incorrect/i);
  });
});

describe('the card details and credit', () => {
  it('gives the value on the page\'s date, the bulletin and the days between', () => {
    expect(referenceDetails(STALE)).toEqual([
      { term: 'Last published before this page (23 Nov 2023)', value: '14,800' },
      { term: 'Bulletin this figure equals', value: '19 Nov 2023' },
      { term: 'Days between', value: '5 days' },
    ]);
    expect(referenceDetails(check())[0]).toEqual({ term: "Published on this page's date (23 Jan 2024)", value: '25,490' });
    expect(referenceDetails(check({ onDate: null, bulletin: null, days: null }))).toEqual([]);
  });

  it('credits the series as its licence asks', () => {
    expect(sourceLines(MOH)).toEqual(['Series: Gaza health ministry, from Tech for Palestine, casualties_daily.json (public domain).']);
    expect(sourceLines(SOLDIERS)).toEqual(['Series: Israeli military, from 360info, israel-killed.csv (CC BY 4.0).', 'Data: 360info (CC BY 4.0)']);
    expect(sourceLines(null)).toEqual([]);
  });

  it('gives screen readers the verdict, the figure and the line', () => {
    expect(referenceName(toll('13,000', 13_000, STALE), 'Palestinians killed', MOH)).toBe("Crosscheck, official count, an earlier bulletin: Palestinians killed. This page: 13,000. The Gaza health ministry bulletin of 19 Nov 2023 gave 13,000; by this page's date (24 Nov 2023) it was 14,800.");
  });

  it('shortens a publisher to the word a reader uses, keeping names as they are', () => {
    expect(shortSeriesPublisher({ publisher: 'Gaza health ministry' })).toBe('ministry');
    expect(shortSeriesPublisher({ publisher: 'UN OCHA' })).toBe('OCHA');
    expect(shortSeriesPublisher(null)).toBe('series');
    expect(figureWords({ text: 'more than 46,000', qualifier: 'more than' })).toBe('more than 46,000');
  });
});

describe('formatCount', () => {
  it('writes whole numbers as the catalogue does, without its formatter', async () => {
    const { formatNumber } = await import('../../../src/wording/format');
    const { formatCount } = await import('../../../src/ui/common/reference-view');
    for (const n of [0, 7, 999, 1_000, 14_800, 25_490, 123_456, 2_300_000, -14_800]) expect(formatCount(n)).toBe(formatNumber(n));
    expect(formatCount(2.5)).toBe(formatNumber(2.5));
  });
});
