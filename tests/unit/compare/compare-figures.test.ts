import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFigures, type FigureSet } from '../../../src/compare/compare-figures';
import { consistent, isRound } from '../../../src/compare/consistency';
import { daysBetween } from '../../../src/base/dates';
import { classifyPair } from '../../../src/compare/classify-difference';
import { extractFigures } from '../../../src/figures/extract-figures';

function set(id: string | null, date: string | null, text: string, publisher = id ?? 'page'): FigureSet {
  return { id, publisher, date, text, figures: extractFigures(text) };
}

const REPORT_A = set('a', '2024-02-29', 'The Gaza health ministry said 30,035 Palestinians had been killed since Oct. 7, including 81 in the past 24 hours. Israel says about 130 hostages are still held in Gaza. The army said the military death toll since the ground offensive began had reached 242.');
const REPORT_B = set('b', '2024-03-01', 'Health officials said at least 30,228 Palestinians had been killed in the war, including 193 over the previous 24 hours.');

describe('consistency of two figures', () => {
  it('treats a round lower bound consistent with the other as agreement', () => {
    expect(consistent({ value: 30_000, qualifier: 'more than' }, { value: 30_035, qualifier: null })).toBe(true);
    expect(consistent({ value: 100, qualifier: 'more than' }, { value: 100, qualifier: 'more than' })).toBe(true);
    expect(consistent({ value: 200, qualifier: 'about' }, { value: 220, qualifier: null })).toBe(true);
  });
  it('treats a precise figure hedged with "at least" as that count', () => {
    expect(consistent({ value: 29_954, qualifier: 'at least' }, { value: 30_035, qualifier: null })).toBe(false);
    expect(consistent({ value: 30_000, qualifier: 'nearly' }, { value: 30_035, qualifier: null })).toBe(false);
  });
  it('knows round numbers', () => {
    expect([25_000, 1_200, 100, 2_300_000].every(isRound)).toBe(true);
    expect([25_490, 195, 7].some(isRound)).toBe(false);
  });
});

describe('classifying a pair', () => {
  it('reads a later, larger running total as an update, and a shrinking one as a conflict', () => {
    expect(classifyPair({ value: 30_035, qualifier: null, date: '2024-02-29' }, { value: 30_228, qualifier: null, date: '2024-03-01' }, 'cumulative'))
      .toMatchObject({ kind: 'update', change: 193, days: 1 });
    expect(classifyPair({ value: 30_228, qualifier: null, date: '2024-03-01' }, { value: 30_035, qualifier: null, date: '2024-02-29' }, 'cumulative'))
      .toMatchObject({ kind: 'update', change: 193, days: 1 });
    expect(classifyPair({ value: 30_228, qualifier: null, date: '2024-02-29' }, { value: 30_035, qualifier: null, date: '2024-03-01' }, 'cumulative').kind).toBe('conflict');
    expect(classifyPair({ value: 242, qualifier: null, date: '2024-03-01' }, { value: 243, qualifier: null, date: '2024-03-01' }, 'cumulative').kind).toBe('conflict');
    expect(classifyPair({ value: 1_139, qualifier: null, date: '2024-03-01' }, { value: 1_200, qualifier: null, date: '2024-04-01' }, 'fixed').kind).toBe('conflict');
  });
  it('reads figures from different counters as a conflict, whatever their dates', () => {
    expect(classifyPair({ value: 9_000, qualifier: null, date: '2024-01-24', source: 'Israeli military' }, { value: 7_000, qualifier: null, date: '2024-01-30', source: 'Hamas' }, 'cumulative'))
      .toMatchObject({ kind: 'conflict', reason: expect.stringMatching(/different counters/) });
    // The ministry's toll relayed as "Palestinian health officials" is the same counter.
    expect(classifyPair({ value: 25_490, qualifier: null, date: '2024-01-23', source: 'Gaza health ministry' }, { value: 25_700, qualifier: null, date: '2024-01-24', source: 'Palestinian health officials' }, 'cumulative').kind)
      .toBe('update');
  });

  it('reads different values of a measure that does not grow as a conflict', () => {
    expect(classifyPair({ value: 195, qualifier: null, date: '2024-01-23' }, { value: 210, qualifier: null, date: '2024-01-24' }, 'period'))
      .toMatchObject({ kind: 'conflict', days: 1, reason: expect.stringMatching(/different periods/) });
    expect(classifyPair({ value: 136, qualifier: null, date: '2024-01-10' }, { value: 130, qualifier: null, date: '2024-02-10' }, 'level').kind).toBe('conflict');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(daysBetween(null, '2024-03-01')).toBeNull();
  });
});

describe('compareFigures', () => {
  it('aligns figures of the same measure and explains the update', () => {
    const page = set(null, '2024-02-28', 'Palestinian health officials said 29,954 people had been killed since the war began, with 76 killed in the past 24 hours.');
    const out = compareFigures(page, [REPORT_A, REPORT_B]);
    const total = out.find((a) => a.measure === 'killed.palestinians.cumulative');
    expect(total).toMatchObject({ kind: 'update', change: 274, days: 2 });
    expect(total?.others.map((o) => o.value).sort()).toEqual([30_035, 30_228]);
    expect(total?.explanation).toMatch(/30,228/);
    expect(total?.others[0]?.sentence).toMatch(/killed/);
    // A 24-hour count is not a growing total: different values are a conflict, of different days.
    const daily = out.find((a) => a.measure === 'killed.palestinians.24h');
    expect(daily?.kind).toBe('conflict');
    expect(daily?.explanation).toMatch(/different periods/);
  });

  it('agrees on a round lower bound and lists agreeing reports apart from differing ones', () => {
    const page = set(null, '2024-03-01', 'The toll has passed 30,000, and the ministry put it at 30,228 on Friday.');
    const out = compareFigures(page, [REPORT_A, REPORT_B]);
    expect(out.find((a) => a.page.text === '30,000')?.kind).toBe('agrees');
    const exact = out.find((a) => a.page.text === '30,228');
    expect(exact?.kind).toBe('update');
    expect(exact?.others.map((o) => o.report)).toEqual(['a']);
    expect(exact?.agreeing?.map((o) => o.report)).toEqual(['b']);
  });

  it('never compares different measures', () => {
    const page = set(null, '2024-03-01', 'Israel committed 13 massacres in the last 24 hours, and 90 people died in the last 30 hours. Israel proposed a two-month pause. 242 trucks entered.');
    expect(compareFigures(page, [REPORT_A, REPORT_B])).toEqual([]);
  });

  it('does not compare counts too far apart to be the same thing', () => {
    const page = set(null, '2024-03-01', 'Since the Hamas attack, at least 1,139 people have been killed, health officials said.');
    expect(compareFigures(page, [REPORT_A]).filter((a) => a.kind !== 'agrees')).toEqual([]);
  });

  it('reads an undated page\'s different running total as probably another day\'s count', () => {
    const page = set(null, null, 'The army said the military death toll since the ground offensive began rose to 246.');
    const [a] = compareFigures(page, [REPORT_A]);
    expect(a).toMatchObject({ kind: 'update', measure: 'killed.soldiers.cumulative' });
    expect(a?.explanation).toMatch(/no date/);
  });

  it('never throws on any input', () => {
    const figureArb = fc.record({
      value: fc.oneof(fc.double(), fc.integer()), text: fc.string(), qualifier: fc.option(fc.constantFrom('at least', 'more than', 'about', 'nearly', 'up to', 'odd')),
      measure: fc.option(fc.constantFrom('killed.palestinians.cumulative', 'killed.palestinians.24h', 'hostages.held', 'ceasefire.days', 'nope')),
      label: fc.constant(null), source: fc.option(fc.string()), scope: fc.option(fc.string()),
      start: fc.integer(), end: fc.integer(), sentenceStart: fc.integer(), sentenceEnd: fc.integer(),
    });
    const setArb = fc.record({
      id: fc.option(fc.string()), publisher: fc.option(fc.string()), date: fc.option(fc.oneof(fc.string(), fc.constant('2024-01-24'))),
      text: fc.string(), figures: fc.array(figureArb, { maxLength: 6 }),
    });
    fc.assert(fc.property(setArb, fc.array(setArb, { maxLength: 4 }), (page, reports) => {
      const out = compareFigures(page, reports);
      for (const a of out) expect(['agrees', 'update', 'conflict']).toContain(a.kind);
    }), { numRuns: 300 });
  });
});
