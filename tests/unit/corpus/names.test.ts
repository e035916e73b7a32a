/**
 * The names table as the matcher reads it (src/corpus/names.ts): every spelling of every name, in
 * every language, folds to its name; clitics, elisions and possessives come off; acronyms that are
 * words are read only in capitals; a name's words must follow each other. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { findNames, foldForNames, nameId, nameOf, NAMES } from '../../../src/corpus/names';
import { canonicalName, fold } from '../../../src/corpus/normalize';
import { featuresOf } from '../../../src/corpus/report-features';
import { searchCorpus } from '../../../src/corpus/search-corpus';
import { JANUARY, S2, seedCorpus } from './fixtures';

const ids = (text: string): string[] => findNames(text).map((n) => n.id).sort();

describe('every spelling in the table', () => {
  const rows = NAMES.names.flatMap((e) => Object.entries(e.spellings).flatMap(([lang, list]) => (list ?? []).map((s) => ({ id: nameId(e.name), lang, s }))));

  it('covers the six languages', () => {
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['en', 'fr', 'es', 'de', 'ar', 'he']));
  });

  it.each(rows)('$lang "$s" folds to "$id"', ({ id, s }) => {
    expect(nameOf(s)).toBe(id);
    expect(ids(`— ${s} —`)).toEqual([id]);
  });

  it('every name folds to itself, in the form the topic lexicon\'s terms and the capitals of English text give', () => {
    for (const e of NAMES.names) expect(canonicalName(fold(e.name))).toBe(nameId(e.name));
  });
});

describe('spellings across scripts meet', () => {
  it.each([
    ['Khan Younis', ['Khan Yunis', 'Khan Younès', 'Jan Yunis', 'Chan Junis', 'خان يونس', "ח'אן יונס", 'ח׳אן יונס', 'חאן יונס']],
    ['Rafah', ['Rafah', 'رفح', 'רפיח']],
    ['Gaza City', ['Gaza City', 'Gaza-Stadt', 'ville de Gaza', 'Ciudad de Gaza', 'مدينة غزة', 'העיר עזה']],
    ['West Bank', ['West Bank', 'Cisjordanie', 'Cisjordania', 'Westjordanland', 'الضفة الغربية', 'הגדה המערבית']],
    ['IDF', ['Israel Defense Forces', 'IDF', 'Tsahal', 'FDI', 'israelische Armee', 'الجيش الإسرائيلي', 'צה"ל', 'צה״ל']],
    ['United Nations Relief and Works Agency', ['UNRWA', 'Unrwa', "l'UNRWA", 'l’UNRWA', 'الأونروا', 'אונר"א']],
    ['World Health Organization', ['WHO', 'OMS', "l'OMS", 'Weltgesundheitsorganisation', 'منظمة الصحة العالمية']],
    ['ICRC', ['ICRC', 'CICR', 'IKRK', 'Comité international de la Croix-Rouge', 'الصليب الأحمر', 'הצלב האדום']],
    ['Netanyahu', ['Benjamin Netanyahu', 'Netanyahou', 'Netanjahu', "Netanyahu's", 'نتنياهو', 'נתניהו']],
    ['Yahya Sinwar', ['Sinwar', 'Yahya Sinouar', 'السنوار', 'يحيى السنوار', 'סינוואר']],
  ])('%s', (name, spellings) => {
    for (const s of spellings) expect(nameOf(s), s).toBe(nameId(name));
  });
});

describe('words glued to a name', () => {
  it.each([
    ['بخان يونس', 'khan younis'],
    ['وبرفح', 'rafah'],
    ['لرفح', 'rafah'],
    ['بالسنوار', 'yahya sinwar'],
    ['للسنوار', 'yahya sinwar'],
    ['والنصيرات', 'nuseirat'],
    ['ومصر', 'egypt'],
    ['ברפיח', 'rafah'],
    ['מעזה', 'gaza'],
    ['ובח\'אן יונס', 'khan younis'],
    ['בגדה המערבית', 'west bank'],
    ['לאו"ם', 'united nations'],
    ['שבעיר עזה', 'gaza city'],
    ["d'Israël", 'israel'],
    ["l'Égypte", 'egypt'],
    ["Gaza's", 'gaza'],
    ["Khan Younis's", 'khan younis'],
  ])('%s is %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it('does not take a clitic off a word that is not a name behind one', () => {
    expect(ids('لبنان')).toEqual([]); // Lebanon: ل + بنان is no name
    expect(ids('ברית')).toEqual([]);
  });
});

describe('what is not a name', () => {
  it('reads acronyms that are words only in capitals', () => {
    expect(ids('Who said what to whom?')).toEqual([]);
    expect(ids('Un soldat, un otage, us and them.')).toEqual([]);
    expect(ids('The WHO and the UN said the US would help.')).toEqual(['united nations', 'united states', 'world health organization']);
    expect(ids('Según la OMS y la ONU, uno de cada tres')).toEqual(['united nations', 'world health organization']);
  });

  it('needs a name\'s words to follow each other', () => {
    expect(ids('They left Khan. Younis, a farmer, stayed.')).toEqual([]);
    expect(ids('Khan Younis')).toEqual(['khan younis']);
    expect(ids('Khan-Younis')).toEqual(['khan younis']);
  });

  it('leaves an ambiguous name alone unless it is whole', () => {
    expect(ids('Gamal Abdel Nasser nationalised the canal; a gallant effort; a Qassam rocket.')).toEqual([]);
    expect(ids('Nasser hospital, Yoav Gallant and the Qassam Brigades')).toEqual(['nasser hospital', 'qassam brigades', 'yoav gallant']);
    expect(ids('ضيف البرنامج')).toEqual([]);
  });

  it('reads the longest spelling at a place, once', () => {
    expect(findNames('Gaza City and the Gaza Strip, and Gaza.')).toEqual([
      { id: 'gaza city', name: 'Gaza City', count: 1 },
      { id: 'gaza strip', name: 'Gaza Strip', count: 1 },
      { id: 'gaza', name: 'Gaza', count: 1 },
    ]);
    expect(ids('Mohammed Sinwar, not Yahya Sinwar')).toEqual(['mohammed sinwar', 'yahya sinwar']);
  });

  it('folds Arabic letter forms and marks', () => {
    expect(foldForNames('غزّة')).toBe(foldForNames('غزه'));
    expect(ids('قِطاع غزّة')).toEqual(['gaza strip']);
    expect(ids('إسرائيل')).toEqual(ids('اسرائيل'));
  });
});

describe('matching features', () => {
  const keys = (text: string): string[] => [...featuresOf(text, '', [], []).keys()].filter((k) => k.startsWith('n:'));

  it('give a name in any script the English name\'s feature', () => {
    expect(keys('Les chars encerclent Khan Younès.')).toContain('n:khan younis');
    expect(keys('الدبابات تحاصر خان يونس.')).toContain('n:khan younis');
    expect(keys('הטנקים מכתרים את ח\'אן יונס.')).toContain('n:khan younis');
    expect(keys('Tanks encircle Khan Younis.')).toContain('n:khan younis');
  });

  it('keep the count of a name that both the capitals and the table find', () => {
    const f = featuresOf('Khan Younis. Khan Yunis. Khan Younès.', '', [], []);
    expect(f.get('n:khan younis')).toEqual({ display: 'Khan Younis', count: 3 });
  });

  it('keep a word of a longer name a word: "Hagari" of "Daniel Hagari" is not the whole name', () => {
    const f = featuresOf('Rear Admiral Daniel Hagari spoke.', '', [], []);
    expect(f.has('n:daniel hagari')).toBe(true);
    expect(f.has('p:hagari')).toBe(true);
    expect(featuresOf('Hagari spoke.', '', [], []).has('n:daniel hagari')).toBe(true);
  });
});

describe('the popup\'s search', () => {
  it('finds reports by a name in any spelling or script', () => {
    const corpus = seedCorpus();
    for (const q of ['Khan Younès', 'خان يونس', "ח'אן יונס", 'Jan Yunis']) {
      expect(searchCorpus(q, corpus).map((h) => h.id).sort(), q).toEqual([...JANUARY, S2].sort());
    }
    expect(searchCorpus('Tsahal', corpus).map((h) => h.id)).toContain(S2);
    expect(searchCorpus('Netanjahu', corpus).map((h) => h.id)).toContain(S2);
  });
});
