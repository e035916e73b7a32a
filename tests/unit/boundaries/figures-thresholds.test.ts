/**
 * Boundary tests for the thresholds of src/figures: the toll from which a death count can only be a
 * running total (RUNNING_TOTAL_MIN, 5,000, in classify-measure.ts; not exported, so the edge is
 * written out), how many sentences back "it said" finds its source (POINTS_BACK_REACH, 3) and how
 * many after a figure an agency's "could not verify" may stand (UNVERIFIED_REACH, 2), both in
 * attribute-source.ts, and the cap on figures per text (DEFAULT_MAX_FIGURES, extract-figures.ts).
 * Each gets a case at its edge and one just past it. Found missing by mutation testing
 * (`npm run mutate -- --mutate 'src/figures/**\/*.ts'`).
 *
 * Sentences written for these tests, with the Gaza health ministry's figures of 23 Jan 2024
 * (25,490 killed, 195 in the past 24 hours) where the case allows.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FIGURES, extractFigures } from '../../../src/figures/extract-figures';

const only = (text: string) => {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0]!;
};

/**
 * RUNNING_TOTAL_MIN (5,000): no single day or strike of this war killed 5,000 people, so a death
 * count from 5,000 up is the running total, even when the sentence says "in the past 24 hours",
 * even with no scope, and even with no named victims. 4,999 is still read as written.
 */
describe('RUNNING_TOTAL_MIN: a toll too large for one day', () => {
  it('reads 5,000 "in the past 24 hours" as the running total, 4,999 as a 24-hour count', () => {
    expect(only('Israeli strikes killed 5,000 people in the past 24 hours, officials in Gaza said.').measure).toBe('killed.palestinians.cumulative');
    expect(only('Israeli strikes killed 4,999 people in the past 24 hours, officials in Gaza said.').measure).toBe('killed.palestinians.24h');
  });
  it('reads an unscoped 5,000 killed as the Gaza toll, an unscoped 4,999 as nothing it can name', () => {
    expect(only('Strikes killed 5,000 people, medics said.')).toMatchObject({ measure: 'killed.palestinians.cumulative', scope: 'in total' });
    expect(only('Strikes killed 4,999 people, medics said.').measure).toBeNull();
  });
  it('gives an unnamed 5,000 killed to Gaza; an unnamed 4,999 stays unnamed', () => {
    expect(only('In all, 5,000 were killed.').measure).toBe('killed.palestinians.cumulative');
    expect(only('In all, 4,999 were killed.').measure).toBeNull();
  });
  it('pinned: the ministry\'s 25,490 is a running total, its 195 a 24-hour count', () => {
    const [total, day] = extractFigures('Strikes killed 25,490 people in Gaza, and 195 in the past 24 hours, officials in Gaza said.');
    expect(total?.measure).toBe('killed.palestinians.cumulative');
    expect(day?.measure).toBe('killed.palestinians.24h');
  });
  it('"another 5,000" is an increment, never the running total', () => {
    expect(only('Officials in Gaza said 5,000 more people were killed in the past 24 hours.').measure).not.toBe('killed.palestinians.cumulative');
  });
});

/**
 * POINTS_BACK_REACH (3): "…, it said" takes the source named up to three sentences before, across
 * a paragraph break; four sentences back is another subject.
 */
describe('POINTS_BACK_REACH: how far back "it said" looks', () => {
  const lines = (between: string[]) => ['The Gaza health ministry issued its daily update.', ...between, '195 people were killed in the past 24 hours, it said.'].join(' ');
  it('finds the ministry three sentences back, not four', () => {
    expect(only(lines(['Strikes continued.', 'Rain fell.'])).source).toBe('Gaza health ministry');
    expect(only(lines(['Strikes continued.', 'Rain fell.', 'Roads flooded.'])).source).toBeNull();
  });
  it('looks across a paragraph break', () => {
    expect(only('The Gaza health ministry issued its daily update.\n\nStrikes continued.\n\n195 people were killed in the past 24 hours, it said.').source).toBe('Gaza health ministry');
  });
});

/**
 * UNVERIFIED_REACH (2): an agency's "could not verify" applies to a figure up to two sentences
 * before it in the same paragraph; three sentences later it is about something else.
 */
describe('UNVERIFIED_REACH: how far after a figure "could not verify" applies', () => {
  const text = (between: string[]) => ['Health officials said 195 people were killed in the past 24 hours.', ...between, 'Reuters could not verify the figures.'].join(' ');
  it('notes it two sentences after, not three', () => {
    expect(only(text(['Strikes went on.'])).source).toBe('Palestinian health officials (Reuters could not verify it)');
    expect(only(text(['Strikes went on.', 'Rain fell.'])).source).toBe('Palestinian health officials');
  });
  it('notes it in the same sentence, but not across a paragraph break', () => {
    expect(only('Health officials said 195 people were killed in the past 24 hours, a figure Reuters could not verify.').source).toMatch(/could not verify/);
    expect(only('Health officials said 195 people were killed in the past 24 hours.\n\nReuters could not verify the figures.').source).toBe('Palestinian health officials');
  });
});

/** DEFAULT_MAX_FIGURES (2,000) and the maxFigures option: at most that many figures per text. */
describe('DEFAULT_MAX_FIGURES: figures per text', () => {
  it('stops at DEFAULT_MAX_FIGURES on a text with one more', () => {
    const text = Array.from({ length: DEFAULT_MAX_FIGURES + 1 }, (_, i) => `${i + 10} trucks`).join(', ');
    expect(extractFigures(text)).toHaveLength(DEFAULT_MAX_FIGURES);
  });
  it('takes maxFigures at its whole part; zero or less gives none', () => {
    const text = 'Health officials said 195 people were killed on Tuesday and 210 on Wednesday.';
    expect(extractFigures(text, { maxFigures: 2 })).toHaveLength(2);
    expect(extractFigures(text, { maxFigures: 1.9 })).toHaveLength(1);
    expect(extractFigures(text, { maxFigures: 1 })).toHaveLength(1);
    expect(extractFigures(text, { maxFigures: 0.5 })).toEqual([]);
    expect(extractFigures(text, { maxFigures: -1 })).toEqual([]);
    expect(extractFigures('')).toEqual([]);
  });
});
