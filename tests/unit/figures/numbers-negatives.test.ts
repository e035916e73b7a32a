/**
 * What findNumbers must not read as a figure, in every language: dates, years, times, ordinals,
 * phone numbers and codes; and that it stays bounded on huge or hostile input.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/figures/numbers/find-numbers';
import { LANGUAGES, type Lang } from '../../../src/language/languages';

const values = (text: string, lang: Lang): number[] => findNumbers(text, lang).map((n) => n.value);

describe('dates are not figures', () => {
  const dates: [Lang, string][] = [
    ['fr', 'le 7 octobre'], ['fr', 'depuis le 7 octobre 2023'], ['fr', 'les 7 et 8 octobre'], ['fr', 'du 7-8 oct. 2023'], ['fr', 'le 1er janvier'], ['fr', 'le 7 sept. 2023'],
    ['de', 'am 7. Oktober'], ['de', 'seit dem 7. Oktober 2023'], ['de', 'am 18. März 2025'], ['de', 'am 5.11. angekündigt'], ['de', 'am 05.11.2023'],
    ['es', 'el 7 de octubre'], ['es', 'desde el 7 de octubre de 2023'], ['es', 'MADRID, 4 Ene. 2026'],
    ['ar', '7 أكتوبر'], ['ar', 'منذ 7 أكتوبر 2023'], ['ar', 'الـ7 من أكتوبر'], ['ar', '11 تشرين الأول/أكتوبر'], ['ar', '٧ أكتوبر ٢٠٢٣'],
    ['he', 'ב-7 באוקטובר'], ['he', '7 באוקטובר 2023'], ['he', 'ב-7.10'],
    ['en', 'on October 7'], ['en', 'since Oct. 7, 2023'], ['en', 'on 22 January 2024'],
  ];
  for (const [lang, text] of dates) it(`${lang}: ${text}`, () => expect(values(text, lang)).toEqual([]));

  it('numeric dates in every language', () => {
    for (const lang of LANGUAGES) {
      for (const text of ['24/01/2024', '2024-01-24', '24.01.2024', '7.10.2023', '1/24']) expect(values(text, lang), `${lang} ${text}`).toEqual([]);
    }
  });

  it('a day before a month is a date, but a count before another noun is not', () => {
    expect(values('le 7 octobre, 7 soldats', 'fr')).toEqual([7]);
    expect(values('7 أكتوبر و7 جنود', 'ar')).toEqual([7]);
  });
});

describe('years are not figures', () => {
  const years: [Lang, string][] = [
    ['fr', 'en 2023'], ['fr', 'depuis 2024,'], ['fr', 'fin 2023'], ['de', 'im Jahr 2023'], ['de', 'seit 2007'], ['es', 'desde 2023'], ['es', 'a finales de 2023'],
    ['ar', 'عام 2023'], ['ar', 'للعام 2023م'], ['ar', 'منذ 2007'], ['he', 'בשנת 2023'], ['he', 'ב-2024'], ['en', 'in 2023'], ['en', '(2024)'], ['en', 'the war of 2014.'],
  ];
  for (const [lang, text] of years) it(`${lang}: ${text}`, () => expect(values(text, lang)).toEqual([]));

  it('a year joined to another is a year; a count of the same size before its noun is a count', () => {
    expect(values('2023 و2024', 'ar')).toEqual([]);
    expect(values('ارتكب الاحتلال 1944 مجزرة', 'ar')).toEqual([1944]);
    expect(values('In 2023 1 200 Menschen', 'de')).toEqual([1200]);
  });
});

describe('times, ordinals and codes are not figures', () => {
  const others: [Lang, string][] = [
    ['fr', 'à 14h30'], ['fr', 'à 14 h 30'], ['fr', 'à 14:30'], ['fr', 'le 3e jour'], ['fr', 'la 98e division'], ['de', 'um 14 Uhr'], ['de', 'um 14.30 Uhr'], ['de', 'am 150. Tag'],
    ['ar', 'الساعة 14:30'], ['ar', 'الساعة 10 صباحاً'], ['he', 'בשעה 14:30'], ['en', 'at 10 am'], ['es', 'el 7.º día'],
    ['en', 'an F-16 and an F16'], ['en', 'COVID-19'], ['fr', 'un A320'], ['en', 'the 98th division'], ['en', '24/7'], ['en', 'call #3'], ['de', 'ein 5G-Netz'],
  ];
  for (const [lang, text] of others) it(`${lang}: ${text}`, () => expect(values(text, lang)).toEqual([]));

  it('phone numbers, in every language', () => {
    for (const lang of LANGUAGES) {
      for (const text of ['+970 8 282 0000', '08-2820000', '0599 123 456', '555-123-4567', 'Tel. 22 33 44 55']) expect(values(text, lang), `${lang} ${text}`).toEqual([]);
    }
  });

  it('a score is neither a range nor two figures', () => {
    expect(values('won 3-1', 'en')).toEqual([]);
  });
});

describe('bounded on huge and hostile input', () => {
  it('returns on 2 MB of digits, of spaced digits, of Arabic digits and of number words', () => {
    const inputs = ['9'.repeat(2_000_000), '1 '.repeat(1_000_000), '٢'.repeat(2_000_000), '1,'.repeat(1_000_000), 'einundzwanzig'.repeat(150_000), 'vingt-'.repeat(300_000), 'و'.repeat(2_000_000)];
    for (const text of inputs) {
      for (const lang of ['ar', 'de', 'fr'] as const) expect(Array.isArray(findNumbers(text, lang))).toBe(true);
    }
  });

  it('stops at max numbers', () => {
    expect(findNumbers('killed 5 '.repeat(100_000), 'en', { max: 100 })).toHaveLength(100);
  });

  it('reads a long text to its end: only candidates count against the cap', () => {
    expect(values(`${'Le bilan reste lourd dans la bande de Gaza. '.repeat(40_000)}25 490 morts`, 'fr')).toEqual([25490]);
  });
});
