/**
 * Differences that extraction errors on unseen phrasings used to invent or hide, checked end to
 * end: our own sentences, real-world figures of the war.
 */
import { describe, expect, it } from 'vitest';
import { compareFigures, type FigureSet } from '../../../src/compare/compare-figures';
import { extractFigures } from '../../../src/figures/extract-figures';

function set(id: string | null, date: string | null, text: string): FigureSet {
  return { id, publisher: id ?? 'page', date, text, figures: extractFigures(text) };
}

const REPORT = set('r', '2024-01-24', 'The Gaza health ministry said 25,700 Palestinians had been killed since October 7 and 63,740 wounded, with 210 killed and 430 injured in the past 24 hours. The army said 220 soldiers had been killed since the ground offensive began. Some 1.7 million people, or about 75% of the population, have been displaced, the UN said.');

describe('compareFigures on unseen phrasings', () => {
  it('does not set a running injury total against a 24-hour injury count', () => {
    const page = set(null, '2024-01-26', 'The ministry said 64,400 people have been wounded, while 183 Palestinians were killed in the last 24 hours.');
    const out = compareFigures(page, [REPORT]);
    expect(out.find((a) => a.page.text === '64,400')?.measure).toBe('injured.palestinians.cumulative');
    expect(out.find((a) => a.measure === 'injured.palestinians.24h')).toBeUndefined();
  });

  it('does not call a ministry count relayed after "Israeli forces killed" a conflict of counters', () => {
    const page = set(null, '2024-01-25', 'Israeli forces killed 200 Palestinians over the past 24 hours, the health ministry said on Thursday.');
    const [a] = compareFigures(page, [REPORT]);
    expect(a?.measure).toBe('killed.palestinians.24h');
    expect(a?.explanation).not.toMatch(/different counters/);
  });

  it('does not compare an increment with the soldiers\' toll', () => {
    const page = set(null, '2024-01-26', 'The army said two more soldiers had been killed, raising its toll to 222 since the ground operation began.');
    const out = compareFigures(page, [REPORT]);
    expect(out.map((a) => a.page.text)).toEqual(['222']);
    expect(out[0]).toMatchObject({ kind: 'update', change: 2, days: 2 });
  });

  it('compares a displacement share given in apposition', () => {
    const page = set(null, '2024-01-26', 'More than 1.9 million people, or about 85% of Gaza\'s population, have been driven from their homes.');
    const out = compareFigures(page, [REPORT]);
    expect(out.find((a) => a.measure === 'displaced.share')).toMatchObject({ kind: 'conflict' });
    expect(out.find((a) => a.measure === 'displaced')?.page.text).toBe('1.9 million');
  });
});
