// @vitest-environment happy-dom
/**
 * Text that comes from data or from the background, said in the interface's language (issue 16,
 * point 2: "no string is left in English by mistake"): the measure vocabulary's labels and scopes
 * (src/figures/measures.json), the figures' hedges, why a report is related, the library's
 * outcomes, the short words around an official series' publisher, and the timeline's description.
 * Each class in Arabic and French; English exactly as before. Names from pages and reports are not
 * translated, but in a right-to-left sentence they are isolated (U+2068 … U+2069, or <bdi>).
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import measures from '../../../src/figures/measures.json';
import { libraryImports } from '../../../src/app/background/library-imports';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus } from '../../../src/corpus/match-reports';
import { scoreReport } from '../../../src/corpus/score-related';
import type { Figure, Report } from '../../../src/types';
import { badgeAccessibleName, badgeLabel } from '../../../src/ui/badges/badge-text';
import { figureRows } from '../../../src/ui/common/figure-rows';
import { figureTitle } from '../../../src/ui/common/highlight';
import { figureWords, referenceLabel, referenceLine } from '../../../src/ui/common/reference-view';
import { scopeWords } from '../../../src/ui/common/scope-words';
import { timelineDescription, timelineSeries } from '../../../src/ui/common/timeline';
import { RelatedList } from '../../../src/ui/popup/RelatedList';
import { sayBackground } from '../../../src/wording/background-messages';
import { withQualifier } from '../../../src/wording/format';
import { measureLabel } from '../../../src/wording/labels';
import { LOCALES } from '../../../src/wording/locale';
import { catalogueOf, isolate, say } from '../../../src/wording/messages';
import { readMessages, useLocale } from '../support/catalogues';
import { alignment, other } from '../ui/fixtures';
import { check, MOH } from '../ui/reference-fixtures';


afterEach(() => useLocale('en'));

const ARABIC = /[\u0600-\u06FF]/;
const FSI = '\u2068';
const PDI = '\u2069';
const TOLL = 'killed.palestinians.cumulative';
const TOLL_LABEL = 'Palestinians killed in Gaza since 7 October';

describe('the measure vocabulary’s labels', () => {
  it('are said in the interface’s language wherever a figure is named; English as the data writes it', () => {
    expect(measureLabel(TOLL, TOLL_LABEL)).toBe(TOLL_LABEL);
    expect(figureRows([alignment()])[0]?.label).toBe(TOLL_LABEL);
    useLocale('ar');
    expect(measureLabel(TOLL, TOLL_LABEL)).toBe('الفلسطينيون الذين قُتلوا في غزة منذ 7 أكتوبر');
    expect(figureRows([alignment()])[0]?.label).toBe('الفلسطينيون الذين قُتلوا في غزة منذ 7 أكتوبر');
    expect(badgeAccessibleName(alignment())).toContain('الفلسطينيون الذين قُتلوا في غزة منذ 7 أكتوبر');
    expect(timelineSeries([alignment()], '2024-01-23')[0]?.label).toBe('الفلسطينيون الذين قُتلوا في غزة منذ 7 أكتوبر');
    useLocale('fr');
    expect(figureRows([alignment()])[0]?.label).toBe('Palestiniens tués à Gaza depuis le 7 octobre');
    expect(figureTitle({ measure: 'killed.aidseekers.cumulative', label: 'Palestinians killed while seeking aid in Gaza', source: null, scope: 'while seeking aid' }))
      .toBe('Palestiniens tués en cherchant de l’aide à Gaza · en cherchant de l’aide');
  });

  it('in English are the figure’s own label, never looked up (a content script’s lookup asks the browser); other languages look them up', () => {
    const asked = vi.fn((name: string) => (name.startsWith('measure_') ? 'le libellé' : ''));
    expect(measureLabel(TOLL, TOLL_LABEL, catalogueOf('en', asked))).toBe(TOLL_LABEL);
    expect(asked).not.toHaveBeenCalled();
    expect(measureLabel(TOLL, null, catalogueOf('en', asked))).toBe('le libellé');
    expect(measureLabel(TOLL, TOLL_LABEL, catalogueOf('fr', asked))).toBe('le libellé');
  });

  it('fall back to the figure’s own label for a measure no catalogue knows, else to its key', () => {
    useLocale('ar');
    expect(measureLabel('no.such.measure', 'something counted')).toBe('something counted');
    expect(measureLabel('no.such.measure', null)).toBe('no.such.measure');
  });

  it('every measure and scope of the data has a translation in every language that is not the English label', () => {
    const english = readMessages('en');
    const names = [...measures.measures.map((m) => `measure_${m.key.replace(/[.-]/g, '_')}`), ...measures.scopes.map((s) => `scope_${s.key}${'generic' in s && s.generic ? '_generic' : ''}`)];
    expect(new Set(names).size).toBe(names.length);
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const messages = readMessages(locale);
      for (const name of names) {
        expect(messages[name], `${locale}: ${name}`).toBeTruthy();
        expect(messages[name], `${locale}: ${name}`).not.toBe(english[name]);
      }
    }
  });

  it('a scope the vocabulary labelled is translated; the page’s own words stay as written', () => {
    expect(scopeWords('since the ground operation began (late October 2023)')).toBe('since the ground operation began (late October 2023)');
    useLocale('ar');
    expect(scopeWords('since the ground operation began (late October 2023)')).toBe('منذ بدء العملية البرية (أواخر أكتوبر 2023)');
    expect(scopeWords('in total')).toBe('في المجمل');
    expect(scopeWords('since 7 October')).toBe('منذ 7 أكتوبر');
    expect(scopeWords('depuis le 7 octobre')).toBe('depuis le 7 octobre');
    useLocale('fr');
    expect(scopeWords('while seeking aid')).toBe('en cherchant de l’aide');
    expect(scopeWords('منذ 7 أكتوبر')).toBe('منذ 7 أكتوبر');
  });
});

describe('a figure’s hedge', () => {
  it('is said in the interface’s language around the page’s own words; English as before', () => {
    expect(withQualifier('25,490', 'at least')).toBe('at least 25,490');
    expect(withQualifier('more than 46,000', 'more than')).toBe('more than 46,000');
    useLocale('ar');
    expect(withQualifier('25490', 'more than')).toBe('أكثر من 25490');
    expect(withQualifier('25,490', 'at least')).toBe('25,490 على الأقل');
    expect(figureRows([alignment()])[0]?.pageText).toBe('25,490 على الأقل');
    useLocale('fr');
    expect(withQualifier('25 490', 'at least')).toBe('au moins 25 490');
    expect(figureWords({ text: '46 000', qualifier: 'nearly' })).toBe('près de 46 000');
  });
});

const report = (id: string, date: string, text: string): Report =>
  ({ id, title: id, titleDerived: false, publisher: 'Test Wire', date, url: `https://example.org/${id}`, text });
const corpus = loadCorpus(compileCorpus([
  report('jan24', '2024-01-24', 'The Gaza health ministry said 25,700 Palestinians had been killed since 7 October, including 210 in the past 24 hours.'),
]));
const fig = (value: number): Figure => ({
  value, text: value.toLocaleString('en-US'), qualifier: null, measure: TOLL, label: TOLL_LABEL,
  source: 'Gaza health ministry', scope: null, start: 0, end: 6, sentenceStart: 0, sentenceEnd: 6,
});
const day = (offset: number) => ({ day: (corpus.days[0] ?? 0) + offset, tolerance: 0, source: 'page' as const });

describe('why a report is related', () => {
  it('says the shared figure’s measure, the two close figures and the days apart in the interface’s language; English as before', () => {
    expect(scoreReport(0, corpus, new Map(), [fig(25_700)], day(0)).reasons).toEqual([`25,700 (${TOLL_LABEL})`, 'same day']);
    expect(scoreReport(0, corpus, new Map(), [fig(25_490)], day(-2)).reasons).toEqual(['25,490 → 25,700', '2 days apart']);
    useLocale('ar');
    expect(scoreReport(0, corpus, new Map(), [fig(25_700)], day(0)).reasons).toEqual(['25,700 (الفلسطينيون الذين قُتلوا في غزة منذ 7 أكتوبر)', 'في اليوم نفسه']);
    // Arabic's arrow points the way it reads: from the page's figure, on the right, to the report's.
    expect(scoreReport(0, corpus, new Map(), [fig(25_490)], day(-2)).reasons).toEqual(['25,490 ← 25,700', 'بفارق يومين']);
    expect(scoreReport(0, corpus, new Map(), [fig(25_700)], day(3)).reasons.at(-1)).toBe('بفارق 3 أيام');
    useLocale('fr');
    // French groups thousands with a narrow no-break space.
    expect(scoreReport(0, corpus, new Map(), [fig(25_700)], day(1)).reasons).toEqual(['25\u202f700 (Palestiniens tués à Gaza depuis le 7 octobre)', 'à 1 jour d’écart']);
    expect(scoreReport(0, corpus, new Map(), [fig(25_700)], day(0)).reasons.at(-1)).toBe('le même jour');
  });
});

describe('the library’s outcomes, said by the background', () => {
  const imports = () => libraryImports({ reference: () => ({}) as never, now: () => 0, keep: async (entries) => entries.length });
  const refused = async () => {
    const i = imports();
    const { id } = i.begin();
    i.add(id, [{ name: 'week.json, report 2', entry: { url: 'https://wire.example/b', v: 1 } as never, strict: true }]);
    return (await i.commit(id)).message;
  };

  it('in English exactly as before', async () => {
    expect(sayBackground('library.saved', { title: 'Tanks in Khan Younis' })).toBe('Saved “Tanks in Khan Younis” in your library, on this computer.');
    expect(sayBackground('library.imported', { count: 1 })).toBe('Imported 1 article into your library.');
    expect(sayBackground('library.imported', { count: 1_200 })).toBe('Imported 1,200 articles into your library.');
    expect(sayBackground('library.deleted', { count: 3 })).toBe('Deleted 3 articles: your library is empty.');
    expect(await refused()).toMatch(/^A report of a corpus pack is invalid \(week\.json, report 2: .+\), so nothing was imported: a pack is read all or nothing\.$/);
    expect((await imports().commit('gone')).message).toBe('The import was interrupted before it finished: nothing was imported. Please start it again.');
  });

  it('in Arabic, with its plural forms, the article’s title isolated', async () => {
    useLocale('ar');
    expect(sayBackground('library.saved', { title: 'Tanks in Khan Younis' })).toBe(`حُفظ «${FSI}Tanks in Khan Younis${PDI}» في مكتبتك، على هذا الحاسوب.`);
    expect(sayBackground('library.saved', { title: 'دبابات في خان يونس' })).toBe('حُفظ «دبابات في خان يونس» في مكتبتك، على هذا الحاسوب.');
    expect([1, 2, 3, 11, 100].map((count) => sayBackground('library.imported', { count }))).toEqual([
      'استُورد مقال واحد إلى مكتبتك.', 'استُورد مقالان إلى مكتبتك.', 'استُوردت 3 مقالات إلى مكتبتك.', 'استُورد 11 مقالًا إلى مكتبتك.', 'استُورد 100 مقال إلى مكتبتك.',
    ]);
    expect(sayBackground('library.private')).toBe('علامة التبويب هذه في نافذة خاصة: لا يحفظ Crosscheck الصفحات الخاصة أبدًا.');
    const message = await refused();
    expect(message).toMatch(/^أحد تقارير حزمة المدوّنة غير صالح \(/);
    expect(message).toContain(`${FSI}week.json, report 2${PDI}: `);
    expect((await imports().commit('gone')).message).toMatch(ARABIC);
  });

  it('in French', async () => {
    useLocale('fr');
    expect(sayBackground('library.saved', { title: 'Chars à Khan Younès' })).toBe('« Chars à Khan Younès » a été conservé dans votre bibliothèque, sur cet ordinateur.');
    expect([0, 1, 2].map((count) => sayBackground('library.deleted', { count }))).toEqual([
      '0 article supprimé : votre bibliothèque est vide.', '1 article supprimé : votre bibliothèque est vide.', '2 articles supprimés : votre bibliothèque est vide.',
    ]);
    expect(sayBackground('library.import.not-gaza')).toBe('pas un article sur la guerre de Gaza');
  });
});

describe('the short words around an official series’ publisher', () => {
  it('are translated; the publisher’s full name is not', () => {
    expect(referenceLabel(check(), MOH)).toBe('ministry, 23 Jan');
    useLocale('ar');
    expect(referenceLabel(check(), MOH)).toMatch(/^الوزارة، 23 /);
    expect(referenceLine({ value: 25_490, text: '25,490', qualifier: null, reference: check() }, MOH)).toContain(`${FSI}${MOH.publisher}${PDI}`);
    useLocale('fr');
    expect(referenceLabel(check(), MOH)).toBe('ministère, 23 janv.');
    expect(referenceLabel(check(), null)).toMatch(/^série, /);
  });
});

describe('the timeline’s description for screen readers', () => {
  it('is said in the interface’s language', () => {
    const [series] = timelineSeries([alignment()], '2024-01-23');
    expect(timelineDescription(series!)).toBe(`${TOLL_LABEL} over time: 25,490 on 23 Jan 2024 (This page); 25,700 on 24 Jan 2024 (ARN/Reuters).`);
    useLocale('fr');
    const [fr] = timelineSeries([alignment()], '2024-01-23');
    expect(timelineDescription(fr!)).toBe('Palestiniens tués à Gaza depuis le 7 octobre au fil du temps : 25\u202f490 le 23 janv. 2024 (Cette page); 25\u202f700 le 24 janv. 2024 (ARN/Reuters).');
  });
});

describe('names inside right-to-left sentences', () => {
  it('are isolated when written in a left-to-right script only; numbers, right-to-left text and English sentences are left alone', () => {
    expect(isolate('Khan Younis')).toBe(`${FSI}Khan Younis${PDI}`);
    expect(isolate('خان يونس')).toBe('خان يونس');
    expect(isolate('25,490')).toBe('25,490');
    expect(isolate(`${FSI}Rafah${PDI}`)).toBe(`${FSI}Rafah${PDI}`);
    // English: as written.
    expect(badgeLabel(alignment())).toBe('25,700 · ARN/Reuters, 1 day later');
    useLocale('ar');
    expect(badgeLabel(alignment())).toBe(`25,700 · ${FSI}ARN/Reuters${PDI}، بعد يوم واحد`);
    // A nested Arabic sentence is not isolated as a whole: its own names already are.
    const said = say('list.last', { list: 'رفح', item: 'Khan Younis' });
    expect(said).toBe(`رفح و${FSI}Khan Younis${PDI}`);
    expect(say('topic.other-topic', { label: said, terms: 'Hamas' })).not.toMatch(new RegExp(`^${FSI}`));
    useLocale('fr');
    // The report's figure as the report writes it; the rest in French.
    expect(badgeLabel(alignment())).toBe('25,700 · ARN/Reuters, 1 jour plus tard');
  });

  it('the related reports’ reasons and publishers are each in a <bdi>, so a Latin name keeps its place among Arabic ones', () => {
    useLocale('ar');
    const root = document.createElement('div');
    render(<RelatedList related={[{
      id: 'r1', title: 'دبابات في خان يونس', publisher: 'Reuters', date: '2024-01-24', url: 'https://example.org/r1', score: 0.8, sameStory: true,
      reasons: ['Khan Younis', 'رفح', 'في اليوم نفسه'],
    }]} />, root);
    const html = root.innerHTML;
    expect(html).toContain('<bdi>Reuters</bdi>');
    expect(html).toContain('<bdi>Khan Younis</bdi> · <bdi>رفح</bdi> · <bdi>في اليوم نفسه</bdi>');
  });

  it('other figures of the card keep their publishers as written in English', () => {
    expect(badgeAccessibleName(alignment({ others: [other({ publisher: 'Al Jazeera' })] }))).toContain('Al Jazeera gives');
  });
});
