/**
 * Properties of findNumbers: any integer up to 10^8 written in any supported style reads back
 * exactly once as that value; a decimal with a scale word reads back as its value times the
 * scale; and on any text it never throws and reports offsets that slice the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/figures/numbers/find-numbers';
import { LANGUAGES, type Lang } from '../../../src/language/languages';

/** An integer with its thousands grouped by `sep`: grouped(25490, '.') is "25.490". */
const grouped = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
/** Digits rewritten in Arabic-Indic (٠) or Persian (۰) digits. */
const inDigits = (s: string, zero: '٠' | '۰'): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(zero.charCodeAt(0) + Number(d)));

/** A sentence around a number, per language: a verb before it, a noun after it. */
const SENTENCE: Record<Lang, (n: string) => string> = {
  en: (n) => `The ministry reported ${n} deaths on Tuesday.`,
  fr: (n) => `Le ministère a fait état de ${n} morts mardi.`,
  es: (n) => `El ministerio informó de ${n} muertos el martes.`,
  de: (n) => `Das Ministerium meldete ${n} Tote am Dienstag.`,
  ar: (n) => `أعلنت الوزارة ارتفاع العدد إلى ${n} شهيدا.`,
  he: (n) => `משרד הבריאות דיווח על ${n} הרוגים.`,
};

/** Each supported style: how it writes an integer, and the languages that read it. */
const STYLES: { name: string; write: (n: number) => string; langs: readonly Lang[] }[] = [
  { name: 'plain', write: (n) => String(n), langs: LANGUAGES },
  { name: 'comma thousands', write: (n) => grouped(n, ','), langs: ['en', 'he', 'es', 'ar'] },
  { name: 'dot thousands', write: (n) => grouped(n, '.'), langs: ['de', 'es', 'fr', 'ar'] },
  { name: 'space thousands', write: (n) => grouped(n, ' '), langs: ['fr', 'de', 'es'] },
  { name: 'no-break space thousands', write: (n) => grouped(n, '\u00a0'), langs: LANGUAGES },
  { name: 'narrow no-break space thousands', write: (n) => grouped(n, '\u202f'), langs: LANGUAGES },
  { name: 'Eastern Arabic digits with ٬', write: (n) => inDigits(grouped(n, '\u066c'), '٠'), langs: ['ar'] },
  { name: 'Eastern Arabic digits', write: (n) => inDigits(String(n), '٠'), langs: ['ar'] },
  { name: 'Persian digits', write: (n) => inDigits(String(n), '۰'), langs: ['ar'] },
  { name: 'Persian digits with ٬', write: (n) => inDigits(grouped(n, '\u066c'), '۰'), langs: ['ar'] },
];

describe('an integer written in any supported style reads back exactly once', () => {
  for (const style of STYLES) {
    for (const lang of style.langs) {
      it(`${style.name} (${lang})`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
            const text = SENTENCE[lang](style.write(n));
            expect(findNumbers(text, lang).map((f) => f.value)).toEqual([n]);
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});

/** A decimal with a scale word, per language: the decimal sign and the scale words after it. */
const SCALED: { lang: Lang; decimal: string; scales: [string, number][]; digits?: '٠' | '۰' }[] = [
  { lang: 'en', decimal: '.', scales: [['million', 1e6], ['billion', 1e9], ['thousand', 1e3]] },
  { lang: 'fr', decimal: ',', scales: [['millions', 1e6], ['million', 1e6], ['milliards', 1e9], ['mille', 1e3]] },
  { lang: 'es', decimal: ',', scales: [['millones', 1e6], ['millón', 1e6], ['mil', 1e3]] },
  { lang: 'de', decimal: ',', scales: [['Millionen', 1e6], ['Mio.', 1e6], ['Milliarden', 1e9], ['Tausend', 1e3]] },
  { lang: 'ar', decimal: '.', scales: [['مليون', 1e6], ['ألف', 1e3], ['مليار', 1e9]] },
  { lang: 'ar', decimal: '\u066b', scales: [['مليون', 1e6], ['ألف', 1e3]], digits: '٠' },
  { lang: 'he', decimal: '.', scales: [['מיליון', 1e6], ['אלף', 1e3]] },
];

describe('a decimal with a scale word reads back as value × scale ("1,7 Millionen")', () => {
  for (const { lang, decimal, scales, digits } of SCALED) {
    it(`${lang}${digits ? ' (Eastern Arabic digits)' : ''}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 2 }), fc.constantFrom(...scales), (mantissa, places, [word, scale]) => {
          const raw = String(mantissa).padStart(places + 1, '0');
          const written = `${raw.slice(0, -places)}${decimal}${raw.slice(-places)}`;
          const text = SENTENCE[lang](`${digits ? inDigits(written, digits) : written} ${word}`);
          expect(findNumbers(text, lang).map((f) => f.value)).toEqual([(mantissa * scale) / 10 ** places]);
        }),
        { numRuns: 300 },
      );
    });
  }
});

/** Strings that look like news in any of the languages: words, numbers, marks, in any order. */
const newsish = fc
  .tuple(fc.array(
    fc.oneof(
      fc.constantFrom('entre', 'et', 'und', 'zwischen', 'بين', 'و', 'ו', 'בין', 'ל', '-', '–', '.', ',', '%', '٪', '\n', ' ', 'ألف', 'آلاف', 'مليون', 'אלף', 'מיליון',
        'Millionen', 'Mio.', 'millions', 'mil', 'vingt', 'quatre', 'vingts', 'soixante', 'dix', 'y', 'treinta', 'vierundzwanzig', 'عشرات', 'الآلاف', 'octobre', 'أكتوبر',
        'באוקטובר', 'Oktober', 'de', 'en', '2023', 'h', ':', '/', '\u202f', '\u00a0', '\u066c', '\u066b', 'وألف', 'ושלושה', 'F', 'des milliers'),
      fc.integer({ min: 0, max: 100_000_000 }).map(String),
      fc.integer({ min: 0, max: 100_000_000 }).map((n) => grouped(n, '.')),
      fc.string(),
    ),
    { maxLength: 40 },
  ), fc.constantFrom(' ', ''))
  .map(([parts, glue]) => parts.join(glue));

describe('on any text', () => {
  it('never throws; offsets slice the text, in order, without overlap; values are finite; ranges rise', () => {
    fc.assert(
      fc.property(fc.oneof(newsish, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.constantFrom(...LANGUAGES), (text, lang) => {
        let last = 0;
        for (const f of findNumbers(text, lang)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.text).not.toMatch(/\n/);
          expect(Number.isFinite(f.value)).toBe(true);
          if (f.valueMax !== undefined) expect(f.valueMax).toBeGreaterThan(f.value);
          last = f.end;
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
