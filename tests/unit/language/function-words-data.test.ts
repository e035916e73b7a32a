/** function-words.json is reviewed data: its schema and checks catch the mistakes a hand edit makes. */
import { describe, expect, it } from 'vitest';
import { problemsWhen } from '../data/corrupt';

const F = 'src/language/function-words.json';

describe('function-words.json', () => {
  it('validates as it is', () => {
    expect(problemsWhen(F, () => {})).toEqual([]);
  });

  it('rejects an upper-case word, and a word listed for two of our languages', () => {
    expect(problemsWhen(F, (d) => { d.words.de.push('Und'); })).toEqual([expect.stringMatching(/^src\/language\/function-words\.json: language "de": field "\[\d+\]": must be lower-case letters only$/)]);
    expect(problemsWhen(F, (d) => { d.words.fr.push('the'); })).toEqual([`${F}: language "fr": field "words": "the" is also in language "en"`]);
  });

  it('allows a word shared with another language that is not ours (Italian "il")', () => {
    expect(problemsWhen(F, (d) => { d.words.it.push('und'); })).toEqual([]);
  });

  it('rejects a language of ours without enough words, and a letter of another script', () => {
    expect(problemsWhen(F, (d) => { d.words.es = ['el', 'los']; })).toEqual([`${F}: language "es": field "words": needs at least 10 words (has 2)`]);
    expect(problemsWhen(F, (d) => { d.notArabic.push('x'); })).toEqual([expect.stringMatching(/must be one letter of the Arabic script$/)]);
  });
});
