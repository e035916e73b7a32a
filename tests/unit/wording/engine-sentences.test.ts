/**
 * The sentences the engine makes (why a page is about the Gaza war or not, whether it is an
 * article, why two figures differ) speak the active catalogue's language: the background installs
 * the interface's, so an Arabic popup does not show them in English (issue 16). In English they
 * read as before (but for word counts, now grouped: "1,001 words"); the CLI and the tests, with
 * no browser catalogue, stay in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyPair } from '../../../src/compare/classify-difference';
import { detectTopic } from '../../../src/topic/detect-topic';
import { pageKind } from '../../../src/topic/page-kind';
import { ENGLISH, setCatalogue } from '../../../src/wording/messages';
import { useLocale } from '../support/catalogues';
import { article, FILLER, GAZA_STORY } from '../topic/articles';

afterEach(() => setCatalogue(ENGLISH));

const ARABIC = /[\u0600-\u06FF]/;
const HEBREW = /[\u0590-\u05FF]/;
/** A word of English the engine's sentences used to carry. */
const ENGLISH_WORDS = /\b(About|names|headline|opening|passing|Nothing|mainly|article|figure|counts?|total|later|day|page)\b/;

const side = (value: number, date: string | null, source: string | null = null) => ({ value, date, source, qualifier: null });

describe("the engine's sentences in the interface's language", () => {
  it('why a page is about the Gaza war, in English exactly as before: "A, B and C", the headline', () => {
    const r = detectTopic(GAZA_STORY);
    expect(r.reason).toMatch(/^About the Gaza war: it names [^,]+, [^,]+ and [^,]+, with .+ in the (headline|opening)\.$/);
  });

  it('why a page is about the Gaza war, in Arabic and Hebrew, with the same terms', () => {
    const english = detectTopic(GAZA_STORY);
    for (const [locale, script] of [['ar', ARABIC], ['he', HEBREW]] as const) {
      useLocale(locale);
      const r = detectTopic(GAZA_STORY);
      expect(r.gaza).toBe(english.gaza);
      expect(r.terms).toEqual(english.terms);
      expect(r.reason, locale).toMatch(script);
      expect(r.reason, locale).not.toMatch(ENGLISH_WORDS);
      // The lexicon's names are said as they are (they are names, in the lexicon's spelling).
      for (const term of english.terms.slice(0, 3)) expect(r.reason, `${locale}: ${term}`).toContain(term);
    }
    useLocale('ar');
    expect(detectTopic(GAZA_STORY).reason).toMatch(/^عن الحرب على غزة: تذكر .+، .+ و.+، ويرد .+ في (العنوان|المقدمة)\.$/);
  });

  it('why a page is not about it, or mentions it only in passing, in French', () => {
    useLocale('fr');
    const passing = detectTopic(article('A long night of storms on the coast', [...FILLER, 'Aid convoys bound for Gaza were delayed, officials said.', ...FILLER]));
    expect(passing.gaza).toBe(false);
    expect(passing.reason).toMatch(/^(Elle ne cite .+ qu’en passant \(\d+ fois sur [\d\s\u202F]+ mots, (pas dans le titre|ni dans le titre ni dans l’introduction)\)\.|Rien n’y porte sur la guerre à Gaza\.|Elle .+)$/);
    expect(passing.reason).not.toMatch(/only in passing|Nothing in it/);
    const none = detectTopic(article('Recipes for a summer evening', FILLER));
    expect(none.reason).toBe('Rien n’y porte sur la guerre à Gaza.');
  });

  it('whether a page is an article at all, in German', () => {
    useLocale('de');
    expect(pageKind({ pageType: 'CollectionPage', text: '' }).why).toBe('die Seite bezeichnet sich als „collectionpage“');
    expect(pageKind({ pageType: null, text: 'kurz' }).why).toBe('sie hat zu wenig Fließtext');
  });

  it('why two figures differ, in English exactly as before and in Arabic', () => {
    const reasons = (): string[] => [
      classifyPair(side(25_490, '2024-01-23'), side(25_490, '2024-01-24'), 'cumulative').reason,
      classifyPair(side(25_490, '2024-01-23'), side(25_700, '2024-01-24'), 'cumulative').reason,
      classifyPair(side(25_490, '2024-01-23'), side(20_000, '2024-01-25'), 'cumulative').reason,
      classifyPair(side(25_490, '2024-01-23'), side(25_700, '2024-01-23'), 'cumulative').reason,
      classifyPair(side(25_490, null), side(25_700, '2024-01-24'), 'cumulative').reason,
      classifyPair(side(195, '2024-01-23'), side(210, '2024-01-25'), 'period').reason,
      classifyPair(side(30, '2024-01-23'), side(31, '2024-01-24'), 'fixed').reason,
    ];
    expect(reasons()).toEqual([
      'same figure',
      'a later count of a growing total',
      'the total is smaller on the later date',
      'different counts on the same day',
      "probably another day's count (the page gives no date)",
      'counts of different periods, 2 days apart',
      'a count that should not change',
    ]);
    useLocale('ar');
    expect(reasons()).toEqual([
      'الرقم نفسه',
      'رقم لاحق لمجموع يتزايد',
      'المجموع أصغر في التاريخ اللاحق',
      'أرقام مختلفة في اليوم نفسه',
      'على الأرجح رقم يوم آخر (لا تاريخ على الصفحة)',
      'أرقام فترات مختلفة، بفارق يومان',
      'رقم لا ينبغي أن يتغير',
    ]);
  });
});
