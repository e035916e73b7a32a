/**
 * src/corpus/names.json against its schema (src/build/data/names.ts): the bundled file is valid
 * and canonical; each kind of mistake a reviewer could make is named, on the entry and field.
 */
import { describe, expect, it } from 'vitest';
import { NAMES_FILE } from '../../../src/build/data/names';
import { validateAll } from '../../../src/build/data/data-files';
import { problemText } from '../../../src/build/data/problems';
import { problemsWhen, readData, ROOT } from './corrupt';

const F = 'src/corpus/names.json';
type Entry = { name: string; kind: string; spellings: Record<string, string[]> };
const at = (d: { names: Entry[] }, name: string): Entry => {
  const e = d.names.find((n) => n.name === name);
  if (!e) throw new Error(`no name ${name}`);
  return e;
};

describe('names.json', () => {
  it('is valid (its canonical form is checked with the other data files)', () => {
    const { parsed, problems } = validateAll(ROOT);
    expect(problems.filter((p) => p.file === F).map(problemText)).toEqual([]);
    expect(parsed.has(NAMES_FILE.path)).toBe(true);
  });

  it('rejects an unknown kind, a missing English list and an unknown language', () => {
    expect(problemsWhen(F, (d) => {
      at(d, 'Rafah').kind = 'city';
      delete at(d, 'Jabalia').spellings.en;
      at(d, 'Nuseirat').spellings.it = ['Nuseirat'];
    })).toEqual([
      expect.stringMatching(/^src\/corpus\/names\.json: name "Rafah": field "kind": /),
      `${F}: name "Jabalia": field "spellings.en": missing`,
      `${F}: name "Nuseirat": field "spellings.it": unknown field`,
    ]);
  });

  it('rejects a spelling in the wrong script, and an empty list', () => {
    expect(problemsWhen(F, (d) => {
      at(d, 'Rafah').spellings.ar = ['Rafah'];
      at(d, 'Rafah').spellings.he = ['رفح'];
      at(d, 'Gaza').spellings.fr = [];
    })).toEqual([
      `${F}: name "Gaza": field "spellings.fr": list at least one spelling, or leave the language out`,
      `${F}: name "Rafah": field "spellings.ar[0]": must be written in the Arabic script`,
      `${F}: name "Rafah": field "spellings.he[0]": must be written in the Hebrew script`,
    ].sort((a, b) => (a < b ? -1 : 1)));
  });

  it('rejects a spelling given to two names, and one listed twice as the scanner compares spellings', () => {
    expect(problemsWhen(F, (d) => {
      at(d, 'Rafah').spellings.es = ['Rafah', 'Jan Yunis'];
      at(d, 'Gaza').spellings.de = ['Gaza', 'GAZA'];
    })).toEqual([
      `${F}: name "Gaza": field "spellings.de": "GAZA" is listed twice (as the scanner compares spellings)`,
      `${F}: name "Rafah": field "spellings.es": "Jan Yunis" is also a spelling of "Khan Younis"`,
    ]);
  });

  it('tells a cased acronym from the word it spells: "UN" and "un" may both be spellings', () => {
    expect(problemsWhen(F, (d) => { at(d, 'United Nations').spellings.fr = ['Nations unies', 'ONU', 'onu']; })).toEqual([]);
  });

  it('rejects a name that is not among its English spellings, and a name listed twice', () => {
    expect(problemsWhen(F, (d) => {
      at(d, 'Rafah').spellings.en = ['Rafiah'];
      d.names.push({ ...at(d, 'Qatar'), spellings: { en: ['Qatar'] } });
    })).toEqual([
      `${F}: name "Rafah": field "spellings.en": must include the name itself`,
      `${F}: name "Qatar": field "name": listed twice`,
    ]);
  });

  it('rejects clitics of the wrong script or too long, and an elision without its apostrophe', () => {
    const d0 = readData(F) as { clitics: { ar: string[]; he: string[] }; elisions: string[] };
    expect(problemsWhen(F, (d) => {
      d.clitics.ar.push('ב');
      d.clitics.he.push('ושכב');
      d.elisions.push('l');
    })).toEqual([
      `${F}: field "clitics.ar[${d0.clitics.ar.length}]": a clitic is one to three letters of the Arabic script`,
      `${F}: field "clitics.he[${d0.clitics.he.length}]": a clitic is one to three letters of the Hebrew script`,
      `${F}: field "elisions[${d0.elisions.length}]": an elision is lower-case letters and an apostrophe (l')`,
    ]);
  });

  it('rejects a name that disagrees with an alias of lexicon-data.json', () => {
    expect(problemsWhen(F, (d) => { at(d, 'IDF').name = 'Israel Defense Forces'; })).toEqual([
      `${F}: name "Israel Defense Forces": field "name": src/corpus/lexicon-data.json folds its spelling "israel defence forces" to "idf": name it so, or change the alias`,
      `${F}: name "Israel Defense Forces": field "name": src/corpus/lexicon-data.json folds its spelling "israel defense forces" to "idf": name it so, or change the alias`,
      `${F}: name "Israel Defense Forces": field "name": src/corpus/lexicon-data.json folds its spelling "israeli defence forces" to "idf": name it so, or change the alias`,
      `${F}: name "Israel Defense Forces": field "name": src/corpus/lexicon-data.json folds its spelling "tsahal" to "idf": name it so, or change the alias`,
    ]);
  });
});
