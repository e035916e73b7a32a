/**
 * Pages in Arabic, Hebrew, French, Spanish and German, in sentences of our own carrying real
 * figures: the Gaza ministry's toll (25,490 on 2024-01-23, 25,700 and 210 in 24 hours on
 * 2024-01-24, 61,722 on 2025-08-13), 24 soldiers killed on 22 January 2024, 253 hostages, 1.7
 * million displaced. Each page is recognised as about the Gaza war, its figures get the English
 * measure keys with their source and scope, and the toll is checked against the bulletins. Pages
 * about Lebanon, Syria, Yemen, Sudan and Ukraine in each language are not about the Gaza war.
 */
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../../src/analysis/analyze-article';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../../../src/build/reference/compile-reference';
import { loadCorpus } from '../../../src/corpus/match-reports';
import { loadReference } from '../../../src/reference/format';
import type { Article, Figure } from '../../../src/types';
import { quickCheck } from '../../../src/topic/quick-check';
import { CASES, NEGATIVES, type LangCase } from './language-cases';

const reference = loadReference(compileReferenceFromDir());
const corpus = loadCorpus(compileCorpus([]));

const page = (lang: string | null, title: string, text: string, date: string | null): Article =>
  ({ url: 'https://example.org/a', title, text, date, lang, publisher: 'Example', pageType: 'article', byline: null } as unknown as Article);

const figure = (figures: readonly Figure[], value: number): Figure | undefined => figures.find((f) => f.value === value);

describe.each(CASES)('a Gaza-war page in $lang', (c: LangCase) => {
  const run = (declared: string | null) => matchArticle(page(declared, c.title, c.text, c.date), corpus, 0, reference);

  it('is recognised as about the Gaza war, declared or not', () => {
    expect(run(c.lang).topic).toMatchObject({ gaza: true });
    expect(run(null).topic).toMatchObject({ gaza: true });
  });

  it.each(c.figures)('reads $value as $measure', (want) => {
    const got = figure(run(c.lang).figures, want.value);
    expect(got).toMatchObject({ measure: want.measure, ...(want.source !== undefined ? { source: want.source } : {}), ...(want.qualifier !== undefined ? { qualifier: want.qualifier } : {}) });
    if (want.scope !== undefined) expect(got?.scope).toContain(want.scope);
  });

  it('checks the ministry\'s toll against the bulletin of its date', () => {
    const toll = figure(run(c.lang).figures, c.toll.value);
    expect(toll?.reference).toMatchObject({ verdict: 'matches', bulletin: c.toll.bulletin });
  });
});

describe.each(NEGATIVES)('a page in $lang about $about', (n) => {
  it('is not about the Gaza war', () => {
    const r = matchArticle(page(n.lang, n.title, n.text, '2024-06-01'), corpus, 0, reference);
    expect(r.topic.gaza, r.topic.reason).toBe(false);
  });
});

/** Whether a short page of `lang` is read as about the Gaza war, with the reason given. */
function expectAbout(lang: string, title: string, text: string, date: string, about: boolean): void {
  const r = matchArticle(page(lang, title, text, date), corpus, 0, reference);
  expect(r.topic.gaza, r.topic.reason).toBe(about);
}

describe('a short report that names the war\'s parties only as agencies describe them', () => {
  // "the Palestinian Islamist movement" is how AFP's French and Spanish copy names Hamas; "the
  // health ministry in the Gaza Strip" is a Hebrew wording of the ministry.
  it.each([
    ['fr', 'Gaza : le nord de l\'enclave rongé par la faim', 'Près de 25 700 personnes sont mortes dans la bande de Gaza, selon le ministère de la Santé du mouvement islamiste palestinien.'],
    ['es', 'Gaza: el norte del enclave, asolado por el hambre', 'Cerca de 25.700 personas han muerto en la Franja de Gaza, según el Ministerio de Sanidad del movimiento islamista palestino.'],
    ['he', 'משרד הבריאות ברצועת עזה: 25,700 הרוגים מתחילת המלחמה', 'משרד הבריאות ברצועת עזה הודיע כי 25,700 בני אדם נהרגו ברצועה מתחילת המלחמה. עוד מסר המשרד כי 63,740 נפצעו מתחילת המלחמה.'],
  ])('%s: is about the Gaza war', (lang, title, text) => expectAbout(lang, title, text, '2024-01-24', true));

  it.each([
    ['fr', 'Liban : le sud rongé par la guerre', 'Près de 4 000 personnes sont mortes au Liban, selon le ministère de la Santé libanais.'],
    ['es', 'Siria: el norte, asolado por la guerra', 'Cerca de 4.000 personas han muerto en Siria, según un grupo islamista sirio.'],
  ])('%s: the same shape about another war is not', (lang, title, text) => expectAbout(lang, title, text, '2024-10-24', false));
});

describe('a report on the famine in Gaza, naming neither party', () => {
  // Famine in the Strip is the war's own story (IPC, August 2025): it counts as an event of the war.
  it.each([
    ['en', 'Hunger deaths in Gaza rise to 382', 'At least 382 people have died of malnutrition since the war began, 104 of them since the famine in Gaza was declared on 22 August, the local health ministry said.'],
    ['es', 'Ya son 382 los muertos por hambre en Gaza', 'Al menos 382 personas han muerto por desnutrición, 104 desde que se declaró la hambruna en Gaza el 22 de agosto, según el ministerio de Sanidad local.'],
  ])('%s: is about the Gaza war', (lang, title, text) => expectAbout(lang, title, text, '2025-09-20', true));

  it('while a famine elsewhere that names Gaza in passing is not', () => {
    expectAbout('en', 'Famine spreads in Sudan\'s Darfur', 'Famine has spread to 14 areas of Sudan, including El Fasher in Darfur, the IPC said, in the worst hunger crisis since the famine in Gaza was declared. Aid groups in Darfur said the RSF blocked convoys to El Fasher and Kadugli.', '2025-11-03', false);
  });
});

describe('the content script\'s quick check on pages in other languages', () => {
  it.each(CASES)('lets the $lang page through', (c) => {
    expect(quickCheck(c.title, c.text)).toBe(true);
  });

  it.each([
    ['وبغزة قصف عنيف الليلة', true],
    ['ליל הפצצות כבד בעזה', true],
    ['הפגנה גדולה וחמאס מגיב', true],
    ['مباراة كرة القدم انتهت بالتعادل', false],
    ['משחק הכדורגל הסתיים בתיקו', false],
  ] as const)('reads a Gaza word behind a clitic of Arabic or Hebrew: %s', (text, want) => {
    expect(quickCheck('', text)).toBe(want);
  });
});
