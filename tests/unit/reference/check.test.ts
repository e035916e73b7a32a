/**
 * The check of a figure against its official series. The series here are real published values
 * (the Gaza health ministry's bulletins and the media office's breakdowns, from the bundled
 * dataset); the sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';
import { APPROX_SLACK, checkAgainst, checkFigures, inferDate, inferPageDate, PERIOD_HORIZON_DAYS, ROUND_SLACK, seriesFor, UPPER_SLACK } from '../../../src/reference/check';
import type { Figure } from '../../../src/types';
import { TOLL, PERIOD, CHILDREN, SOLDIERS, WEST_BANK, referenceSet } from './series-fixtures';

const set = referenceSet();
const toll = set.byId(TOLL)!;
const fig = (value: number, qualifier: string | null = null) => ({ value, qualifier });
const figureIn = (text: string, t: string): Figure => {
  const f = extractFigures(text).find((x) => x.text === t);
  if (!f) throw new Error(`no figure ${t}`);
  return f;
};

describe('a toll against the ministry bulletins', () => {
  it('matches the bulletin of the page\'s day or the two days before', () => {
    const c = checkAgainst(fig(25_490), toll, '2024-01-24');
    expect(c).toMatchObject({ verdict: 'matches', bulletin: '2024-01-23', onDate: { date: '2024-01-24', value: 25_700 }, days: 1 });
    expect(checkAgainst(fig(25_490), toll, '2024-01-25')).toMatchObject({ verdict: 'matches', days: 2 });
    // Three days on, the same bulletin is stale.
    expect(checkAgainst(fig(25_490), toll, '2024-01-26')).toMatchObject({ verdict: 'stale', bulletin: '2024-01-23', days: 3, onDate: { value: 26_083 } });
  });

  it('finds a stale toll: 13,000 on 24 Nov 2023 was the bulletin of 19 Nov', () => {
    expect(checkAgainst(fig(13_000), toll, '2023-11-24')).toMatchObject({
      verdict: 'stale', bulletin: '2023-11-19', onDate: { date: '2023-11-24', value: 14_800 }, days: 5,
    });
  });

  it('finds a toll ahead of the page\'s date', () => {
    expect(checkAgainst(fig(25_490), toll, '2024-01-20')).toMatchObject({ verdict: 'ahead', bulletin: '2024-01-23', days: -3 });
    // A round figure near the window's values reads as a rounding first, as a reader would.
    expect(checkAgainst(fig(25_700), toll, '2024-01-21').verdict).toBe('consistent');
  });

  it('reads bounds and roundings against the window, on both sides of each slack', () => {
    expect(checkAgainst(fig(25_000, 'more than'), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(26_000, 'more than'), toll, '2024-01-22').verdict).toBe('unmatched');
    // "nearly 26,000": a published value under it and within 5 % (24,700 or more).
    expect(checkAgainst(fig(26_000, 'nearly'), toll, '2024-01-20').verdict).toBe('consistent');
    expect(checkAgainst(fig(26_000, 'nearly'), toll, '2024-01-18').verdict).toBe('unmatched');
    expect(checkAgainst(fig(25_000, 'about'), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(20_000, 'about'), toll, '2024-01-22').verdict).toBe('unmatched');
    // An unqualified round figure within 3 % is a rounding; a figure that is not round is not.
    expect(checkAgainst(fig(25_000), toll, '2024-01-20').verdict).toBe('consistent');
    expect(checkAgainst(fig(25_611), toll, '2024-01-24').verdict).toBe('unmatched');
    expect(checkAgainst(fig(24_000), toll, '2024-01-22').verdict).toBe('unmatched');
  });

  it('puts each slack\'s edge where its constant says (window of 22 Jan: 24,927 to 25,295)', () => {
    // about: within 5 % of the figure (25,295 is 1,331 under 26,626; 1,405 under 26,700).
    expect(APPROX_SLACK).toBe(0.05);
    expect(checkAgainst(fig(26_626, 'about'), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(26_700, 'about'), toll, '2024-01-22').verdict).toBe('unmatched');
    // an unqualified round figure: within 3 % (705 under 26,000; 805 under 26,100).
    expect(ROUND_SLACK).toBe(0.03);
    expect(checkAgainst(fig(26_000), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(26_100), toll, '2024-01-22').verdict).toBe('unmatched');
    // nearly: a published value under the figure and within 5 % of it (26,626 is just in, 26,700 just out).
    expect(UPPER_SLACK).toBe(0.05);
    expect(checkAgainst(fig(26_626, 'nearly'), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(26_700, 'nearly'), toll, '2024-01-22').verdict).toBe('unmatched');
    expect(checkAgainst(fig(25_200, 'nearly'), toll, '2024-01-22').verdict).toBe('consistent');
    expect(checkAgainst(fig(24_900, 'nearly'), toll, '2024-01-22').verdict).toBe('unmatched');
  });

  it('says when the date is outside the series, on both sides of its ends', () => {
    expect(checkAgainst(fig(1_000), toll, '2023-10-06')).toMatchObject({ verdict: 'outside', bulletin: null, onDate: null });
    expect(checkAgainst(fig(25_490), toll, '2024-01-23').verdict).toBe('matches');
    const last = toll.coverage[1];
    const after = (n: number) => new Date(Date.parse(`${last}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect(checkAgainst(fig(26_083), toll, after(2)).verdict).not.toBe('outside');
    expect(checkAgainst(fig(26_083), toll, after(3)).verdict).toBe('outside');
  });

  it('reads the latest value in force through a gap in the bulletins (the Nov 2023 truce)', () => {
    // No bulletin on 24–26 Nov; the value carried is the media office's 14,800 of 23 Nov.
    expect(checkAgainst(fig(14_800), toll, '2023-11-26')).toMatchObject({ verdict: 'matches' });
  });
});

describe('who counts', () => {
  it('keeps a toll the page gives from another counter beside the ministry\'s series, flagged', () => {
    const f = figureIn('The Israeli military said 25,490 people had been killed in Gaza since October 7.', '25,490');
    const chosen = seriesFor(f, set);
    expect(chosen?.series.id).toBe(TOLL);
    expect(chosen?.otherCounter).toBe('Israeli military');
    const own = figureIn('Gaza\'s health ministry said 25,490 people had been killed since October 7.', '25,490');
    expect(seriesFor(own, set)?.otherCounter).toBeNull();
  });

  it('checks a count with the series of its own counter where the measure has several', () => {
    const f = figureIn('The UN said at least 360 Palestinians have been killed in the occupied West Bank since October 7.', '360');
    expect(seriesFor(f, set)).toMatchObject({ series: { id: WEST_BANK }, otherCounter: null });
  });

  it('finds a real difference between two counts: 220 soldiers against the record\'s 217', () => {
    expect(checkAgainst(fig(220), set.byId(SOLDIERS)!, '2024-01-24')).toMatchObject({ verdict: 'unmatched', bulletin: null, onDate: { date: '2024-01-24', value: 217 } });
    expect(checkAgainst(fig(217), set.byId(SOLDIERS)!, '2024-01-24')).toMatchObject({ verdict: 'matches' });
  });
});

describe('breakdowns and period counts', () => {
  it('compares a breakdown with its last release and gives that release\'s date', () => {
    const children = set.byId(CHILDREN)!;
    expect(checkAgainst(fig(11_000), children, '2024-01-26')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-22', days: 4, onDate: { date: '2024-01-22', value: 11_000 } });
    expect(checkAgainst(fig(5_840), children, '2023-11-26')).toMatchObject({ verdict: 'stale', bulletin: '2023-11-21', onDate: { date: '2023-11-23', value: 6_150 } });
    expect(checkAgainst(fig(6_150), children, '2023-11-30')).toMatchObject({ verdict: 'matches', bulletin: '2023-11-23', days: 7 });
  });

  it('compares "the last 24 hours" only with bulletins of one day, net of retroactive additions', () => {
    const period = set.byId(PERIOD)!;
    expect(checkAgainst(fig(195), period, '2024-01-23')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-23' });
    expect(checkAgainst(fig(210), period, '2024-01-24').verdict).toBe('matches');
    // 11 Jan 2025 covered 48 hours: its 32 newly killed are not a day's count, nor are the 531 it added.
    expect(checkAgainst(fig(32), period, '2025-01-11').verdict).toBe('unmatched');
    expect(checkAgainst(fig(531), period, '2025-01-11').verdict).toBe('unmatched');
  });

  it('takes an equal day\'s count for the same bulletin only near the page\'s date', () => {
    const period = set.byId(PERIOD)!;
    // 190 was the count of 9 Oct 2023 and of 22 Jan 2024.
    expect(checkAgainst(fig(190), period, '2024-01-22').verdict).toBe('matches');
    const near = new Date(Date.parse('2024-01-22T00:00:00Z') + PERIOD_HORIZON_DAYS * 86_400_000).toISOString().slice(0, 10);
    const far = new Date(Date.parse('2024-01-22T00:00:00Z') + (PERIOD_HORIZON_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(checkAgainst(fig(190), period, near)).toMatchObject({ verdict: 'stale', bulletin: '2024-01-22' });
    expect(checkAgainst(fig(190), period, far).verdict).toBe('unmatched');
  });
});

describe('dates', () => {
  it('checks a figure in a live-blog update for the update\'s own date', () => {
    const text = 'Talks resumed in Cairo on Monday.\n\nUpdate: The health ministry said 25,700 Palestinians have been killed since October 7.';
    const start = text.indexOf('Update');
    const figures = extractFigures(text);
    const { figures: checked } = checkFigures(figures, { date: '2024-01-20', updates: [{ date: '2024-01-24', start, end: text.length }] }, set);
    expect(checked.find((f) => f.value === 25_700)?.reference).toMatchObject({ verdict: 'matches', pageDate: '2024-01-24', dateInferred: false });
    const { figures: plain } = checkFigures(figures, { date: '2024-01-20' }, set);
    expect(plain.find((f) => f.value === 25_700)?.reference?.verdict).toBe('ahead');
  });

  it('dates an undated page from the bulletin its toll equals, and says the date is inferred', () => {
    const text = 'The health ministry said 25,295 Palestinians have been killed since October 7, including 11,000 children.';
    const { figures, inferredDate } = checkFigures(extractFigures(text), { date: null }, set);
    expect(inferredDate).toBe('2024-01-22');
    expect(figures.find((f) => f.value === 25_295)?.reference).toMatchObject({ verdict: 'matches', pageDate: '2024-01-22', dateInferred: true, days: 0 });
    expect(figures.find((f) => f.value === 11_000)?.reference).toMatchObject({ verdict: 'matches', dateInferred: true });
    // A dated page is never given another date.
    expect(checkFigures(extractFigures(text), { date: '2024-01-24' }, set).inferredDate).toBeNull();
  });

  it('infers from one stretch of bulletins only', () => {
    expect(inferDate(14_800, toll)).toBe('2023-11-23');
    expect(inferDate(25_611, toll)).toBeNull();
    // 190 killed in a day was published twice, months apart: no one date.
    expect(inferDate(190, set.byId(PERIOD)!)).toBeNull();
    expect(inferDate(195, set.byId(PERIOD)!)).toBe('2024-01-23');
  });

  it('dates from the latest toll on the page, never from a bound', () => {
    const text = 'The toll rose to 25,490 on Tuesday from 25,295 on Monday, the health ministry said.';
    expect(inferPageDate(extractFigures(text), set)).toBe('2024-01-23');
    expect(inferPageDate(extractFigures('The health ministry said about 25,295 Palestinians have been killed since October 7.'), set)).toBeNull();
    expect(inferPageDate(extractFigures('The health ministry said more than 13,000 Palestinians have been killed since October 7.'), set)).toBeNull();
    // "at least" before a precise count is the bulletin's number hedged; before a round one it is a bound.
    expect(inferPageDate(extractFigures('The health ministry said at least 25,295 Palestinians have been killed since October 7.'), set)).toBe('2024-01-22');
    expect(inferPageDate(extractFigures('The health ministry said at least 13,000 Palestinians have been killed since October 7.'), set)).toBeNull();
    expect(inferPageDate(extractFigures('The health ministry said 13,000 Palestinians have been killed since October 7.'), set)).toBe('2023-11-19');
    expect(inferPageDate(extractFigures('Israel\'s military said on Monday that 25,295 Palestinians have been killed, citing the health ministry.'), set)).toBe('2024-01-22');
    expect(inferPageDate(extractFigures('The health ministry said more than 14,128 Palestinians have been killed since October 7.'), set)).toBe('2023-11-21');
    expect(inferPageDate(extractFigures('The health ministry said nearly 14,128 Palestinians have been killed since October 7.'), set)).toBeNull();
  });

  it('leaves an undated page whose toll equals no bulletin without a date and its figures outside', () => {
    const { figures, inferredDate } = checkFigures(extractFigures('The health ministry said 25,611 Palestinians have been killed since October 7.'), { date: null }, set);
    expect(inferredDate).toBeNull();
    expect(figures.find((f) => f.value === 25_611)?.reference).toMatchObject({ verdict: 'outside', pageDate: null });
  });

  it('leaves figures no series covers unchecked', () => {
    const { figures } = checkFigures(extractFigures('Israel and Hamas discussed a 30-day ceasefire as the health ministry said 25,700 Palestinians had been killed since October 7.'), { date: '2024-01-24' }, set);
    expect(figures.find((f) => f.value === 30)?.reference).toBeUndefined();
    expect(figures.find((f) => f.value === 25_700)?.reference?.series).toBe(TOLL);
  });
});
