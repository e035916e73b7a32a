import { describe, expect, it } from 'vitest';
import { buildReports, UNKNOWN_PUBLISHER } from '../../../src/build/corpus/build-reports';
import { skeleton, stem } from '../../../src/corpus/normalize';
import { pageDay, WAR_START } from '../../../src/corpus/page-dates';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('buildReports', () => {
  const files = [
    { name: 'a.txt', raw: ' date 2024-02-03 Our test report says the army moved into the area on Friday.' },
    { name: 'b.txt', raw: 'A headline without date\n\nA body paragraph that ends with a full stop.' },
  ];

  it('is strict without metadata by default', () => {
    expect(() => buildReports(files, { reports: {} })).toThrow(/no metadata/);
  });

  it('derives what it can when lenient', () => {
    const [a, b] = buildReports(files, { reports: {} }, { lenient: true });
    expect(a).toMatchObject({ id: 'a', date: '2024-02-03', publisher: UNKNOWN_PUBLISHER, url: '' });
    expect(b).toMatchObject({ id: 'b', date: '', title: 'A headline without date' });
  });
});

describe('names and words meet across spellings', () => {
  it('joins transliterations by skeleton', () => {
    expect(skeleton('khan yunis')).toBe(skeleton('khan younis'));
    expect(skeleton('binyamin')).toBe(skeleton('benjamin'));
    expect(skeleton('salah al-din')).toBe(skeleton('salaheddin'));
    expect(skeleton('rafah')).not.toBe(skeleton('khan younis'));
  });

  it('stems word forms and synonyms together', () => {
    expect(stem('withdrawal')).toBe(stem('withdrawn'));
    expect(stem('truce')).toBe(stem('ceasefire'));
    expect(stem('militants')).not.toBe(stem('military'));
  });
});

describe('pageDay', () => {
  it('prefers the page date, then dates in the text, then the war age', () => {
    expect(pageDay('2024-01-24', 'January 2, 2024')).toMatchObject({ day: day('2024-01-24'), tolerance: 0 });
    expect(pageDay(null, 'Written on January 25, 2024, after the attack of October 7, 2023.')?.day).toBe(day('2024-01-25'));
    expect(pageDay(null, ' date 2024-01 Some text.')).toMatchObject({ day: day('2024-01-15'), tolerance: 16 });
    const age = pageDay(null, 'as the two-month-old war spread south');
    expect(Math.abs((age?.day ?? 0) - (WAR_START + 61))).toBeLessThanOrEqual(1);
    expect(pageDay(null, 'No dates here.')).toBeNull();
  });
});
