/**
 * The number files (src/figures/numbers/<lang>.json) are reviewed data: each compiles, and the
 * schema and checks catch the mistakes a hand edit makes. (That they validate and are in
 * canonical form is checked with every data file, in tests/unit/data.)
 */
import { describe, expect, it } from 'vitest';
import { compileNumberLanguage } from '../../../src/figures/numbers/number-language';
import { NUMBER_FILES } from '../../../src/figures/numbers/number-languages';
import { LANGUAGES } from '../../../src/language/languages';
import { problemsWhen, readData } from '../data/corrupt';

describe('number files', () => {
  it('exist for every language the engine reads, and compile', () => {
    for (const lang of LANGUAGES) {
      const L = compileNumberLanguage(NUMBER_FILES[lang]);
      expect(L.words.size, lang).toBeGreaterThan(20);
      expect(L.months.size, lang).toBeGreaterThanOrEqual(12);
    }
  });

  it('each says, from real pages, how its language writes numbers', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) expect(readData(`src/figures/numbers/${lang}.json`).$comment, lang).toMatch(/Seen on/);
    expect(problemsWhen('src/figures/numbers/fr.json', (d) => { d.$comment = 'French.'; })).toEqual([
      expect.stringMatching(/^src\/figures\/numbers\/fr\.json: field "\$comment": say how this language's news writes numbers/),
    ]);
  });

  it('rejects two spellings that the reader folds to one word', () => {
    expect(problemsWhen('src/figures/numbers/ar.json', (d) => { d.scales['ألفاً'] = 1000; })).toEqual([
      'src/figures/numbers/ar.json: word "ألفاً": field "scales": reads as the same word as "ألفا" (scales)',
    ]);
    expect(problemsWhen('src/figures/numbers/ar.json', (d) => { d.months.push('إبريل'); })).toEqual([
      'src/figures/numbers/ar.json: word "إبريل": field "months": reads as the same word as "أبريل" (months)',
    ]);
  });

  it('rejects a standalone word that is no scale, an ambiguous word that is no cardinal, and a bad value', () => {
    expect(problemsWhen('src/figures/numbers/de.json', (d) => { d.standalone.push('hundert'); })).toEqual(['src/figures/numbers/de.json: word "hundert": field "standalone": is not one of the scales']);
    expect(problemsWhen('src/figures/numbers/he.json', (d) => { d.ambiguous.push('אלף'); })).toEqual(['src/figures/numbers/he.json: word "אלף": field "ambiguous": is not one of the cardinals or hundreds']);
    expect(problemsWhen('src/figures/numbers/es.json', (d) => { d.cardinals.mil = 1000; })).toEqual([
      'src/figures/numbers/es.json: cardinal "mil": field "cardinals.mil": expected 1 to 99, or a hundreds from 100 to 900',
    ]);
    expect(problemsWhen('src/figures/numbers/fr.json', (d) => { d.scales.mille = 100; })).toEqual([
      expect.stringMatching(/^src\/figures\/numbers\/fr\.json: scale "mille": field "scales\.mille": expected a thousand, a million or a billion/),
    ]);
  });

  it('rejects a separator that is not a comma, a dot, a space or a group-only mark, and an upper-case word', () => {
    expect(problemsWhen('src/figures/numbers/de.json', (d) => { d.digits.group.push('_'); })).toEqual([expect.stringMatching(/^src\/figures\/numbers\/de\.json: field "digits\.group\[4\]": /)]);
    expect(problemsWhen('src/figures/numbers/de.json', (d) => { d.digits.decimal.push("'"); })).toEqual([expect.stringMatching(/field "digits\.decimal\[2\]": /)]);
    expect(problemsWhen('src/figures/numbers/de.json', (d) => { d.months.push('Oktober'); })).toEqual([expect.stringMatching(/field "months\[\d+\]": must be one lower-case word$/)]);
  });
});
