/**
 * Numbers, dates, sizes, scores and counted words in each interface language: formatted with Intl
 * for the locale (FORMAT_LOCALE), the plural form its own rule picks, English unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { countOf, formatBytes, formatDate, formatDay, formatNumber, formatScore, formatValue, relativeDay } from '../../../src/wording/format';
import { pickLocale, directionOf } from '../../../src/wording/locale';
import { say } from '../../../src/wording/messages';
import { useLocale } from '../support/catalogues';

/** A no-break space of either width, as Intl puts between groups and before units. */
const NB = '[\\u00a0\\u202f]';

afterEach(() => useLocale('en'));

describe('the interface language of a browser language tag', () => {
  it('is its primary language when Crosscheck speaks it, else English', () => {
    expect(pickLocale('ar-EG')).toBe('ar');
    expect(pickLocale('fr_CA')).toBe('fr');
    expect(pickLocale('iw')).toBe('he');
    expect(pickLocale('DE')).toBe('de');
    expect(pickLocale('pt-BR')).toBe('en');
    expect(pickLocale('')).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
    expect(['ar', 'he'].map((l) => directionOf(pickLocale(l)))).toEqual(['rtl', 'rtl']);
    expect(['en', 'fr', 'es', 'de'].map((l) => directionOf(pickLocale(l)))).toEqual(['ltr', 'ltr', 'ltr', 'ltr']);
  });
});

describe('formats per locale', () => {
  it('English stays as before: 25,490, 24 Jan 2024, 2.3 million, 82%, 3.4 MB', () => {
    useLocale('en');
    expect(formatNumber(25490)).toBe('25,490');
    expect(formatDate('2024-01-24')).toBe('24 Jan 2024');
    expect(formatValue(2_300_000)).toBe('2.3 million');
    expect(formatScore(0.82)).toBe('82%');
    expect(formatBytes(3_400_000)).toBe('3.4 MB');
    expect(countOf('day', 0)).toBe('0 days');
  });

  it('French: 25 490 with a no-break space, 1 234,5, 24 janv. 2024, 2,3 millions, 82 %, 3,4 Mo; 0 and 1 are singular', () => {
    useLocale('fr');
    expect(formatNumber(25490)).toMatch(new RegExp(`^25${NB}490$`));
    expect(formatNumber(1234.5)).toMatch(new RegExp(`^1${NB}234,5$`));
    expect(formatDate('2024-01-24')).toBe('24 janv. 2024');
    expect(formatValue(2_300_000)).toBe('2,3 millions');
    expect(formatScore(0.82)).toMatch(new RegExp(`^82${NB}%$`));
    expect(formatBytes(3_400_000)).toMatch(new RegExp(`^3,4${NB}Mo$`));
    expect(countOf('day', 0)).toBe('0 jour');
    expect(countOf('day', 1)).toBe('1 jour');
    expect(countOf('day', 2)).toBe('2 jours');
    expect(relativeDay('2024-01-20', '2024-01-23')).toBe('3 jours plus tard');
  });

  it('German: 25.490, 1.234,5, 24. Jan. 2024, 2,3 Millionen', () => {
    useLocale('de');
    expect(formatNumber(25490)).toBe('25.490');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate('2024-01-24')).toBe('24. Jan. 2024');
    expect(formatValue(2_300_000)).toBe('2,3 Millionen');
    expect(countOf('report', 1)).toBe('1 Bericht');
    expect(countOf('report', 3)).toBe('3 Berichte');
  });

  it('Spanish: 25.490, but 2500 ungrouped (four digits, as the RAE writes them), 24 ene 2024', () => {
    useLocale('es');
    expect(formatNumber(25490)).toBe('25.490');
    expect(formatNumber(2500)).toBe('2500');
    expect(formatDate('2024-01-24')).toBe('24 ene 2024');
    expect(countOf('figure', 1)).toBe('1 cifra');
  });

  it('Hebrew: 25,490, Hebrew month names, and the dual: יום אחד, יומיים, 3 ימים', () => {
    useLocale('he');
    expect(formatNumber(25490)).toBe('25,490');
    expect(formatDate('2024-01-24')).toMatch(/^24 .*2024$/u);
    expect(formatDate('2024-01-24')).toMatch(/\p{Script=Hebrew}/u);
    expect([1, 2, 3, 11].map((n) => countOf('day', n))).toEqual(['יום אחד', 'יומיים', '3 ימים', '11 ימים']);
  });

  it('Arabic: Latin digits with Arabic words, and all six plural forms', () => {
    useLocale('ar');
    expect(formatNumber(25490)).toBe('25,490');
    expect(formatNumber(25490)).not.toMatch(/[\u0660-\u0669]/);
    expect(formatDate('2024-01-24')).toBe('24 يناير 2024');
    expect(formatValue(2_300_000)).toBe('2.3 مليون');
    expect([0, 1, 2, 3, 11, 100].map((n) => countOf('day', n))).toEqual(['0 يوم', 'يوم واحد', 'يومان', '3 أيام', '11 يومًا', '100 يوم']);
    expect(relativeDay('2024-01-20', '2024-01-22')).toBe('بعد يومين');
    expect(say('popup_figures_differ', { count: 2, total: 5 })).toBe('2 من 5 مختلفان');
  });

  it('a day a library article was read, in the reader\'s language, with the year only when it is not this year', () => {
    const now = Date.UTC(2024, 5, 1, 12);
    const read = new Date(2024, 0, 23, 12).getTime();
    const lastYear = new Date(2023, 0, 23, 12).getTime();
    useLocale('de');
    expect(formatDay(read, now)).toBe('23. Jan.');
    expect(formatDay(lastYear, now)).toBe('23. Jan. 2023');
    useLocale('fr');
    expect(say('library.read', { date: formatDay(read, now) })).toBe('lu le 23 janv.');
  });

  it('a missing date and a message a catalogue lacks fall back without showing a key', () => {
    useLocale('es');
    expect(formatDate(null)).toBe('sin fecha');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
