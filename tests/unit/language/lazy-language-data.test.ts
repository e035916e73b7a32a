/**
 * A language's topic lexicon, figure cues and number words are compiled only when a page in that
 * language is analysed (src/language/per-language.ts), not when the background starts, and each
 * page still reads as it should. Every test imports the engine afresh, so nothing compiled by
 * another test file or case is counted.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/types';
import { CASES } from './language-cases';

const page = (lang: string | null, title: string, text: string, date: string | null): Article =>
  ({ url: 'https://example.org/a', title, text, date, lang, publisher: 'Example', pageType: 'article', byline: null } as unknown as Article);

const ENGLISH = page('en', 'Gaza death toll rises', 'The Gaza health ministry said on Wednesday that 61,722 people had been killed in Gaza since 7 October 2023. Israeli strikes on Khan Younis killed 20 people overnight, the ministry said, and aid trucks waited at Kerem Shalom.', '2025-08-13');

/** The engine, and the record of compilations, imported afresh. */
async function freshEngine() {
  vi.resetModules();
  const { matchArticle } = await import('../../../src/analysis/analyze-article');
  const { compiledLanguages } = await import('../../../src/language/per-language');
  const { compileCorpus } = await import('../../../src/build/corpus/corpus-index');
  const { loadCorpus } = await import('../../../src/corpus/match-reports');
  const corpus = loadCorpus(compileCorpus([]));
  const compiled = () => ({ lexicon: compiledLanguages('lexicon'), cues: compiledLanguages('cues'), numbers: compiledLanguages('numbers') });
  return { analyse: (a: Article) => matchArticle(a, corpus), compiled };
}

const byLang = (lang: string) => CASES.find((c) => c.lang === lang)!;
const caseArticle = (lang: string) => { const c = byLang(lang); return page(c.lang, c.title, c.text, c.date); };

describe('per-language data, compiled for the languages pages need', () => {
  beforeEach(() => vi.resetModules());

  it('nothing is compiled when the background\'s modules are loaded', async () => {
    vi.resetModules();
    await import('../../../src/app/background/service');
    const { compiledLanguages } = await import('../../../src/language/per-language');
    for (const kind of ['lexicon', 'cues', 'numbers'] as const) expect(compiledLanguages(kind), kind).toEqual([]);
  });

  it('an English page compiles none of the other languages', async () => {
    const engine = await freshEngine();
    expect(engine.analyse(ENGLISH).topic.gaza).toBe(true);
    expect(engine.compiled()).toEqual({ lexicon: [], cues: [], numbers: [] });
  });

  it('a French page compiles French alone, an Arabic page then adds Arabic, once', async () => {
    const engine = await freshEngine();
    const fr = engine.analyse(caseArticle('fr'));
    expect(fr.topic.gaza).toBe(true);
    expect(engine.compiled()).toEqual({ lexicon: ['fr'], cues: ['fr'], numbers: ['fr'] });
    const ar = engine.analyse(caseArticle('ar'));
    expect(ar.topic.gaza).toBe(true);
    engine.analyse(caseArticle('fr'));
    engine.analyse(ENGLISH);
    expect(engine.compiled()).toEqual({ lexicon: ['fr', 'ar'], cues: ['fr', 'ar'], numbers: ['fr', 'ar'] });
  });

  it.each(CASES.map((c) => c.lang))('a page in %s, alone in a fresh worker, compiles its language and reads its figures', async (lang) => {
    const engine = await freshEngine();
    const c = byLang(lang);
    const got = engine.analyse(caseArticle(lang));
    expect(got.topic.gaza).toBe(true);
    for (const want of c.figures) expect(got.figures.find((f) => f.value === want.value)?.measure, `${want.value}`).toBe(want.measure);
    expect(engine.compiled()).toEqual({ lexicon: [lang], cues: [lang], numbers: [lang] });
  });
});
