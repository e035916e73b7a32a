/**
 * Related reports need real shared evidence: a report of only the same war whose shared things are
 * the war's own words (the country, Gaza, a street, "central") is not listed, and such words are
 * never shown as reasons. Cases on both sides of SPECIFIC_WEIGHT (src/corpus/score-related.ts),
 * and the listing in matchReports on pages of our own.
 */
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus, matchReports, type PageForMatching } from '../../../src/corpus/match-reports';
import { scoreReport, SPECIFIC_WEIGHT, worthListing, type PageFeatureSet } from '../../../src/corpus/score-related';
import type { Article, Report } from '../../../src/types';

const report = (id: string, date: string, title: string, text: string): Report =>
  ({ id, title, titleDerived: false, publisher: 'Test Wire', date, url: `https://example.org/${id}`, text });

const REPORTS: Report[] = [
  report('jan24', '2024-01-24', 'Tanks encircle Khan Younis', 'Israeli tanks encircled Khan Younis on Wednesday and shelled the Abasan crossroads near Salah al-Din Street. The Gaza health ministry said 25,700 Palestinians had been killed since 7 October. Mediators in Cairo discussed a truce in central Gaza.'),
  report('apr07', '2024-04-07', 'Division leaves Khan Younis', 'The 98th division left Khan Younis on Sunday, the Israeli military said. The Gaza health ministry said 33,175 Palestinians had been killed since 7 October.'),
  report('feb12', '2024-02-12', 'Two hostages freed in Rafah raid', 'Special forces freed two hostages in Rafah overnight, near Wall Street-style towers of central Rafah. Israel says 134 hostages are still held.'),
];
const corpus = loadCorpus(compileCorpus(REPORTS));
const JAN = 0;
const id = (key: string): number => {
  const i = corpus.idOf(key);
  if (i === undefined) throw new Error(`no feature ${key}`);
  return i;
};
const weight = (key: string): number => corpus.weight[id(key)] ?? 0;
/** A page sharing `key` with closeness chosen so that the shared weight is exactly `w`. */
const sharingAt = (key: string, w: number): PageFeatureSet => new Map([[id(key), { closeness: w / weight(key), display: corpus.displayOf(id(key)) }]]);

describe('SPECIFIC_WEIGHT: what is evidence of a story, not of the war', () => {
  it('counts and shows a shared thing of exactly SPECIFIC_WEIGHT, and not one just under it', () => {
    const at = scoreReport(JAN, corpus, sharingAt('n:abasan', SPECIFIC_WEIGHT), [], null);
    expect(at.specific).toBeCloseTo(SPECIFIC_WEIGHT, 9);
    expect(at.reasons).toContain('Abasan');
    const under = scoreReport(JAN, corpus, sharingAt('n:abasan', SPECIFIC_WEIGHT - 1e-6), [], null);
    expect(under.specific).toBe(0);
    expect(under.reasons).toEqual([]);
    // It still adds to the score: only the listing and the reasons leave it out.
    expect(under.evidence).toBeGreaterThan(0);
  });

  it('never shows the war\'s own words as reasons: the country, Gaza, a street, "central"', () => {
    const generic = ['n:israel', 'n:gaza', 'p:street', 'w:central'].filter((k) => corpus.idOf(k) !== undefined);
    expect(generic.length).toBeGreaterThanOrEqual(3);
    for (const k of generic) expect(weight(k)).toBeLessThan(SPECIFIC_WEIGHT);
    const page: PageFeatureSet = new Map(generic.map((k) => [id(k), { closeness: 1, display: corpus.displayOf(id(k)) }]));
    const v = scoreReport(JAN, corpus, page, [], null);
    expect(v.reasons).toEqual([]);
    expect(v.specific).toBe(0);
    expect(worthListing(v)).toBe(false);
  });

  it('a place in the Strip named by few reports is specific; the war\'s actors are not', () => {
    expect(weight('n:abasan')).toBeGreaterThanOrEqual(SPECIFIC_WEIGHT);
    expect(weight('n:khan younis')).toBeGreaterThanOrEqual(SPECIFIC_WEIGHT);
    expect(weight('n:idf')).toBeLessThan(SPECIFIC_WEIGHT); // the Israeli military, by any name (names.json)
  });
});

describe('worthListing: when a report of the same war is listed', () => {
  it('lists one sharing one specific thing of exactly SPECIFIC_WEIGHT, not one just under it; the same story always', () => {
    expect(worthListing(scoreReport(JAN, corpus, sharingAt('n:abasan', SPECIFIC_WEIGHT), [], null))).toBe(true);
    expect(worthListing(scoreReport(JAN, corpus, sharingAt('n:abasan', SPECIFIC_WEIGHT - 1e-6), [], null))).toBe(false);
    expect(worthListing({ score: 0.3, sameStory: true, specific: 0 })).toBe(true);
    expect(worthListing({ score: 0, sameStory: false, specific: 10 })).toBe(false);
  });
});

function page(text: string, date: string | null = '2024-06-01'): PageForMatching {
  const article: Article = { title: null, text, date, publisher: 'Example', url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: text.length, updates: [] };
  return { article, topic: { gaza: true, isArticle: true, score: 0.9, terms: ['Gaza', 'Israel'], reason: '' }, figures: [] };
}

describe('matchReports lists only reports with real shared evidence', () => {
  it('leaves out a same-war report that shares only generic words with the page', () => {
    const generic = page('Israel said its forces struck central Gaza overnight. Residents of a street in the north said they heard explosions. Israel says the war will go on.');
    expect(matchReports(generic, corpus).map((r) => r.id)).toEqual([]);
  });

  it('lists one that shares specific things, giving only those as reasons', () => {
    const specific = page('Israeli tanks shelled the Abasan crossroads east of Khan Younis overnight, residents of central Gaza said, and Israel said the war would go on.');
    const related = matchReports(specific, corpus);
    const jan = related.find((r) => r.id === 'jan24');
    expect(jan).toBeDefined();
    expect(jan?.reasons).toEqual(expect.arrayContaining(['Abasan', 'Khan Younis']));
    expect(jan?.reasons.join(' ')).not.toMatch(/\b(central|Israel|Gaza|Street)\b/);
  });
});
