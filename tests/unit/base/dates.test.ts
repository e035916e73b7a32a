import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../../../src/base/dates';

describe('normalizeDate', () => {
  it.each([
    ['2024-01-24T23:40:00-05:00', '2024-01-24'],
    ['2024-1-4', '2024-01-04'],
    ['2024/01/24 10:00', '2024-01-24'],
    ['20240124', '2024-01-24'],
    ['January 24, 2024', '2024-01-24'],
    ['Jan. 24th 2024', '2024-01-24'],
    ['24 January 2024', '2024-01-24'],
    ['Wed, 24 Jan 2024 10:00:00 GMT', '2024-01-24'],
    ['Sept 3, 2023', '2023-09-03'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeDate(raw)).toBe(want);
  });

  it.each(['', 'yesterday', '2023-02-29', '2024-13-01', '0001-01-01', '12 min read', 'May the ministry say'])('rejects %j', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });

  it('rejects non-strings', () => {
    expect(normalizeDate(20240124)).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.example.com/world/middle-east/2024/01/24/israel-hamas-war/', '2024-01-24'],
    ['https://example.tv/news/2024-04-07/troops-withdraw', '2024-04-07'],
    ['https://example.pk/25-Jan-2024/toll-rises', '2024-01-25'],
    ['https://example.com/a/20240124/story.html', '2024-01-24'],
  ])('%s → %s', (url, want) => {
    expect(dateFromUrl(url)).toBe(want);
  });

  it('ignores dates in the query string and month-only paths', () => {
    expect(dateFromUrl('https://example.com/story?visit=2024-01-24')).toBeNull();
    expect(dateFromUrl('https://example.com/2024/08/toll-exceeds-40000')).toBeNull();
    expect(dateFromUrl('https://example.com/article/488150-21-soldiers')).toBeNull();
  });
});

describe('normalizeDate: the shape of Java\'s Date.toString, as some CMSs write their meta tags', () => {
  it('reads the day, month and year, and ignores the time and zone', () => {
    expect(normalizeDate('Tue Jan 23 14:05:00 UTC 2024')).toBe('2024-01-23');
    expect(normalizeDate('Wed Jan 24 09:30 AEDT 2024')).toBe('2024-01-24');
    expect(normalizeDate('Tue Feb 30 14:05:00 UTC 2024')).toBeNull();
  });
});
