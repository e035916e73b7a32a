/**
 * Figures the extractor used to miss (issue 14.4): shares in words, durations, a day's injured,
 * ordinals of repeated events. Each is a figure, with a measure only where one fits.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';
import { findQuantities } from '../../../src/figures/find-quantities';

const found = (text: string) => findQuantities(text, 50).map((q) => [text.slice(q.start, q.end), q.value, q.unit]);

describe('shares, durations and ordinals', () => {
  it('reads shares in words as percentages', () => {
    expect(found('A fifth of Gaza\'s people are starving, the UN said.')).toEqual([['A fifth', 20, 'percent']]);
    expect(found('Two-thirds of the population has fled.')).toEqual([['Two-thirds', 66.7, 'percent']]);
    expect(found('Three quarters of all homes were damaged.')).toEqual([['Three quarters', 75, 'percent']]);
    expect(found('About 30 per cent of the population faces hunger.')).toEqual([['30', 30, 'percent']]);
  });

  it('does not read a fraction word that is no share ("a third time", "the second half")', () => {
    expect(found('Troops raided the hospital for a third time.')).toEqual([['third', 3, 'ordinal']]);
    expect(found('In the second half of the year, talks stalled.')).toEqual([]);
    expect(found('It is the second-largest city, 30 seconds away.').map((x) => x[2])).not.toContain('ordinal');
  });

  it('reads ordinals of repeated events as figures without a measure', () => {
    const f = extractFigures('It was the second evacuation of the hospital this month, after 400 patients were moved.');
    expect(f.map((x) => [x.text, x.value, x.measure])).toEqual([['second', 2, null], ['400', 400, null]]);
  });

  it('reads durations and a day\'s injured as figures, without pretending they are something else', () => {
    const f = extractFigures('Israel must respond within 48 hours of the vote, officials said, after two months of fighting. Strikes on Monday wounded 320 people, the ministry said.');
    expect(f.map((x) => x.value)).toEqual([48, 2, 320]);
    expect(f.map((x) => x.measure)).toEqual([null, null, null]);
  });
});
