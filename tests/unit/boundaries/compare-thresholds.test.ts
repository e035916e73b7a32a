/**
 * Boundary tests for the thresholds of src/compare: each named threshold and each numeric literal
 * in a comparison gets a case at its edge and one just past it, so that moving the threshold or
 * turning `<=` into `<` fails a test. Found missing by mutation testing (`npm run mutate -- --mutate
 * 'src/compare/**\/*.ts'`).
 *
 * The sentences are written for these tests; the figures are the Gaza health ministry's reported
 * tolls (25,490 on 23 Jan 2024, 25,700 on 24 Jan 2024, 10,022 on 6 Nov 2023, 9,061 on 3 Nov 2023)
 * and its 24-hour counts (195, 210).
 *
 * Where a case is built from an exported constant it tracks the threshold (an operator mutant
 * fails it); a second case with fixed real-world values pins the product decision (a changed
 * constant fails it). Assertions are on behaviour: compared or not, agrees / update / conflict.
 */
import { describe, expect, it } from 'vitest';
import { compareFigures, type FigureSet } from '../../../src/compare/compare-figures';
import { classifyPair } from '../../../src/compare/classify-difference';
import { consistent, isRound, MAX_RATIO, plausiblySame, roundingUnit, type Valued } from '../../../src/compare/consistency';
import { explainPair } from '../../../src/compare/explain';
import { formatDate, formatValue } from '../../../src/wording/format';
import { extractFigures } from '../../../src/figures/extract-figures';
import type { Figure } from '../../../src/types';

const TOTAL = 'killed.palestinians.cumulative';

function set(id: string | null, date: string | null, text: string): FigureSet {
  return { id, publisher: id ?? 'page', date, text, figures: extractFigures(text) };
}

/** A ministry running-total sentence with the given toll. */
function tollSentence(value: number): string {
  return `The Gaza health ministry said ${value.toLocaleString('en-US')} Palestinians had been killed since 7 October.`;
}

const bare = (value: number, qualifier: string | null = null, valueMax?: number): Valued =>
  (valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier });

/**
 * MAX_RATIO (2.5): two counts of one measure further apart than this are not compared, because
 * one of them was read as the wrong measure. The ratio is inclusive: exactly 2.5 is compared.
 */
describe('MAX_RATIO: how far apart two counts may be and still be compared', () => {
  const report = set('r', '2024-01-23', tollSentence(25_490));

  it('compares a toll exactly MAX_RATIO times smaller (edge, inclusive)', () => {
    const edge = 25_490 / MAX_RATIO; // 10,196 with the shipped ratio
    expect(Number.isInteger(edge)).toBe(true);
    const out = compareFigures(set(null, '2023-11-07', tollSentence(edge)), [report]);
    expect(out.find((a) => a.measure === TOTAL)?.kind).toBe('update');
  });

  it('does not compare a toll one death past the ratio', () => {
    const past = 25_490 / MAX_RATIO - 1;
    expect(compareFigures(set(null, '2023-11-07', tollSentence(past)), [report]).filter((a) => a.measure === TOTAL)).toEqual([]);
  });

  it('pins the ratio: 10,022 (6 Nov) is compared with 25,490 (2.54x is not), 9,061 (3 Nov) is not', () => {
    // 25,490 / 10,196 = 2.5 compared; 25,490 / 9,061 = 2.81 too far apart. A ratio of 3 or 10
    // would compare the second pair; one of 2 would not compare the first.
    expect(plausiblySame(10_196, 25_490)).toBe(true);
    expect(plausiblySame(9_061, 25_490)).toBe(false);
    expect(plausiblySame(12_000, 25_490)).toBe(true);
    expect(compareFigures(set(null, '2023-11-03', tollSentence(9_061)), [report])).toEqual([]);
  });

  it('treats zero against a positive count as not the same thing, and zero against zero as the same', () => {
    expect(plausiblySame(0, 195)).toBe(false);
    expect(plausiblySame(195, 0)).toBe(false);
    expect(plausiblySame(0, 0)).toBe(true);
    // Signs do not matter, only magnitudes (a change can be negative).
    expect(plausiblySame(-195, 210)).toBe(true);
    expect(plausiblySame(-195, -210)).toBe(true);
  });
});

/**
 * ROUND_MARK_MIN (10,000) and its window: an unhedged multiple of 1,000 from 10,000 up is a mark
 * the toll has reached, consistent with half a thousand below it up to just under the next
 * thousand. 25,000 therefore allows 24,500 .. 25,999.
 */
describe('round marks: an unhedged "25,000" in a headline', () => {
  it('allows half a thousand below (edge 24,500) but not 24,499', () => {
    expect(consistent(bare(25_000), bare(24_500))).toBe(true);
    expect(consistent(bare(25_000), bare(24_499))).toBe(false);
    // Either order: the mark may be the page's or the report's.
    expect(consistent(bare(24_500), bare(25_000))).toBe(true);
  });

  it('allows up to 25,999 (just under the next thousand) but not 26,000-ish counts like 26,083', () => {
    expect(consistent(bare(25_000), bare(25_490))).toBe(true);
    expect(consistent(bare(25_000), bare(25_999))).toBe(true);
    expect(consistent(bare(25_000), bare(26_001))).toBe(false);
    expect(consistent(bare(25_000), bare(26_083))).toBe(false);
  });

  it('starts at 10,000: "10,000" is a mark, an unhedged "9,000" is a count', () => {
    expect(consistent(bare(10_000), bare(10_022))).toBe(true);
    expect(consistent(bare(9_000), bare(9_061))).toBe(false);
  });

  it('needs a whole thousand and no hedge or range', () => {
    expect(consistent(bare(25_100), bare(25_490))).toBe(false);
    expect(consistent(bare(25_000, null, 26_000), bare(26_500))).toBe(false);
    // "nearly 25,000" is an upper bound, not a mark: 25,490 is past it.
    expect(consistent(bare(25_000, 'nearly'), bare(25_490))).toBe(false);
  });
});

/**
 * isRound: at most two significant digits, from 10 up, whole numbers. A hedge on a round value
 * makes it a bound; on a precise value ("at least 25,295") it is that report's count.
 */
describe('isRound and roundingUnit: which hedged figures are bounds', () => {
  it('counts two significant digits as round (990, 10) and three as precise (1,010, 195)', () => {
    expect(isRound(990)).toBe(true);
    expect(isRound(10)).toBe(true);
    expect(isRound(1_010)).toBe(false);
    expect(isRound(195)).toBe(false);
  });

  it('does not round values under 10 or fractions', () => {
    expect(isRound(9)).toBe(false);
    expect(isRound(2.5)).toBe(false);
    expect(isRound(Number.NaN)).toBe(false);
    expect(isRound(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('finds the rounding step down to 10', () => {
    expect(roundingUnit(25_000)).toBe(1_000);
    expect(roundingUnit(1_200)).toBe(100);
    expect(roundingUnit(210)).toBe(10);
    expect(roundingUnit(10)).toBe(10);
    expect(roundingUnit(195)).toBe(1);
  });

  it('so "more than 9" is a count (9 is not rounded) but "more than 10" is a bound', () => {
    expect(consistent(bare(9, 'more than'), bare(12))).toBe(false);
    expect(consistent(bare(10, 'more than'), bare(12))).toBe(true);
  });
});

/**
 * The hedges on a round figure: "about 210" allows half a rounding step either side (205..215);
 * "nearly 1,200" allows one step below (1,100..1,200); "more than" allows anything above, "up to"
 * anything below.
 */
describe('hedged bounds', () => {
  it('"about 210" agrees with 205 and 215 (half a step of 10, inclusive), not with 204 or 216', () => {
    expect(consistent(bare(210, 'about'), bare(205))).toBe(true);
    expect(consistent(bare(210, 'about'), bare(215))).toBe(true);
    expect(consistent(bare(210, 'about'), bare(204))).toBe(false);
    expect(consistent(bare(210, 'about'), bare(216))).toBe(false);
    expect(consistent(bare(195), bare(210, 'about'))).toBe(false);
  });

  it('"about 200" rounds to the hundred: 150 and 250 agree, 149 and 251 do not', () => {
    expect(consistent(bare(200, 'about'), bare(150))).toBe(true);
    expect(consistent(bare(200, 'about'), bare(250))).toBe(true);
    expect(consistent(bare(200, 'about'), bare(149))).toBe(false);
    expect(consistent(bare(200, 'about'), bare(251))).toBe(false);
  });

  it('"nearly 1,200" agrees with 1,100 (one step below, inclusive) and 1,150, not 1,099 or 1,201', () => {
    expect(consistent(bare(1_200, 'nearly'), bare(1_100))).toBe(true);
    expect(consistent(bare(1_200, 'nearly'), bare(1_150))).toBe(true);
    expect(consistent(bare(1_200, 'nearly'), bare(1_099))).toBe(false);
    expect(consistent(bare(1_200, 'nearly'), bare(1_201))).toBe(false);
  });

  it('"more than 25,000" agrees with 25,001 and 25,490, not with 24,999', () => {
    expect(consistent(bare(25_000, 'more than'), bare(25_001))).toBe(true);
    expect(consistent(bare(25_000, 'more than'), bare(25_490))).toBe(true);
    expect(consistent(bare(25_000, 'more than'), bare(24_999))).toBe(false);
    expect(consistent(bare(25_000, 'at least'), bare(30_000))).toBe(true);
  });

  it('"up to 200" agrees with 195 and 199, not with 201', () => {
    expect(consistent(bare(200, 'up to'), bare(195))).toBe(true);
    expect(consistent(bare(200, 'up to'), bare(199))).toBe(true);
    expect(consistent(bare(200, 'up to'), bare(201))).toBe(false);
    expect(consistent(bare(200, 'less than'), bare(210))).toBe(false);
  });

  it('a precise hedged figure is a count: "at least 25,295" differs from 25,490', () => {
    expect(consistent(bare(25_295, 'at least'), bare(25_490))).toBe(false);
  });
});

/** Ranges ("between 195 and 210") hold both ends, inclusive. */
describe('ranges', () => {
  it('holds its lower and upper ends, not one past either', () => {
    expect(consistent(bare(195, null, 210), bare(195))).toBe(true);
    expect(consistent(bare(195, null, 210), bare(210))).toBe(true);
    expect(consistent(bare(195, null, 210), bare(200))).toBe(true);
    expect(consistent(bare(200), bare(195, null, 210))).toBe(true);
    expect(consistent(bare(195, null, 210), bare(194))).toBe(false);
    expect(consistent(bare(195, null, 210), bare(211))).toBe(false);
  });

});

/**
 * classifyPair's date edges: zero days apart is the same day (a conflict for a running total);
 * one day apart is an update; the earlier/later order follows the dates.
 */
describe('classifying by days apart', () => {
  const p = (value: number, date: string | null) => ({ value, qualifier: null, date });

  it('reads 0 days apart as the same day (conflict) and 1 day apart as a later count (update)', () => {
    expect(classifyPair(p(25_490, '2024-01-23'), p(25_700, '2024-01-23'), 'cumulative')).toEqual({ kind: 'conflict', days: 0, change: 210, reason: 'different counts on the same day' });
    expect(classifyPair(p(25_490, '2024-01-23'), p(25_490, '2024-01-24'), 'cumulative')).toEqual({ kind: 'agrees', reason: 'same figure' });
    expect(classifyPair(p(25_490, '2024-01-23'), p(25_700, '2024-01-24'), 'cumulative')).toMatchObject({ kind: 'update', days: 1, change: 210 });
  });

  it('orders the pair by date: a report dated earlier is the earlier count', () => {
    expect(classifyPair(p(25_700, '2024-01-24'), p(25_490, '2024-01-23'), 'cumulative')).toMatchObject({ kind: 'update', days: 1, change: 210 });
    expect(classifyPair(p(25_490, '2024-01-24'), p(25_700, '2024-01-23'), 'cumulative')).toMatchObject({ kind: 'conflict', days: 1, change: -210 });
  });

  it('says "1 day" and "2 days" for counts of different periods', () => {
    expect(classifyPair(p(195, '2024-01-23'), p(210, '2024-01-24'), 'period').reason).toBe('counts of different periods, 1 day apart');
    expect(classifyPair(p(195, '2024-01-23'), p(210, '2024-01-25'), 'period').reason).toBe('counts of different periods, 2 days apart');
    expect(classifyPair(p(136, '2024-01-10'), p(130, '2024-01-12'), 'level').reason).toBe('counts of different days, 2 days apart');
    expect(classifyPair(p(195, '2024-01-23'), p(210, '2024-01-23'), 'period')).toMatchObject({ kind: 'conflict', reason: 'different counts on the same day' });
  });

  it('without the page date, a different running total is an update with the report-minus-page change', () => {
    expect(classifyPair(p(25_700, null), p(25_490, '2024-01-23'), 'cumulative')).toEqual({ kind: 'update', change: -210, reason: expect.stringMatching(/no date/) });
  });

  it('different counters conflict even one day apart; the same counter updates', () => {
    const a = { ...p(25_490, '2024-01-23'), source: 'Gaza health ministry' };
    expect(classifyPair(a, { ...p(25_700, '2024-01-24'), source: 'Israeli military' }, 'cumulative')).toMatchObject({ kind: 'conflict', days: 1 });
    expect(classifyPair(a, { ...p(25_700, '2024-01-24'), source: 'Gaza health ministry' }, 'cumulative').kind).toBe('update');
    expect(classifyPair(a, { ...p(25_700, '2024-01-24'), source: null }, 'cumulative').kind).toBe('update');
  });
});

/** The explanation's edges: "1 day" / "2 days", more / fewer, the million form from 1,000,000. */
describe('explanations', () => {
  const other = { publisher: 'Wire', date: '2024-01-24', text: '25,700', qualifier: null };

  it('writes values from one million in round hundred-thousands as millions, others in full', () => {
    expect(formatValue(2_300_000)).toBe('2.3 million');
    expect(formatValue(1_000_000)).toBe('1 million');
    expect(formatValue(999_900)).toBe('999,900');
    expect(formatValue(2_350_000)).toBe('2,350,000');
    expect(formatValue(25_490)).toBe('25,490');
  });

  it('formats ISO dates, keeps other strings and says "undated" for none', () => {
    expect(formatDate('2024-01-23')).toBe('23 Jan 2024');
    expect(formatDate('2023-12-07T10:00')).toBe('7 Dec 2023');
    expect(formatDate('Tuesday')).toBe('Tuesday');
    expect(formatDate(null)).toBe('undated');
  });

  it('names every month, and keeps what is not an ISO date at the start', () => {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    names.forEach((name, i) => expect(formatDate(`2024-${String(i + 1).padStart(2, '0')}-24`)).toBe(`24 ${name} 2024`));
    expect(formatDate('2024-13-24')).toBe('24 13 2024');
    expect(formatDate('updated 2024-01-24')).toBe('updated 2024-01-24');
    expect(formatDate('')).toBe('undated');
  });

  it('writes at most two decimals', () => {
    expect(formatValue(2.345)).toBe('2.35');
  });

  it('says which side is later, by how many days, more or fewer', () => {
    expect(explainPair(other, { kind: 'update', change: 210, days: 1, reason: 'r' }, '2024-01-23')).toBe('Wire, 24 Jan 2024: 25,700; this report is 1 day later with 210 more, r');
    expect(explainPair(other, { kind: 'conflict', change: -210, days: 2, reason: 'r' }, '2024-01-26')).toBe('Wire, 24 Jan 2024: 25,700; the page is 2 days later with 210 fewer, r');
    expect(explainPair(other, { kind: 'conflict', change: 0, days: 0, reason: 'r' }, '2024-01-24')).toBe('Wire, 24 Jan 2024: 25,700; the page is 0 days later with the same, r');
  });

  it('for an undated page says more or fewer than the page; zero change reads as "more than"', () => {
    expect(explainPair(other, { kind: 'update', change: -210, reason: 'r' }, null)).toBe('Wire, 24 Jan 2024: 25,700; 210 fewer than the page, r');
    expect(explainPair(other, { kind: 'update', change: 0, reason: 'r' }, null)).toBe('Wire, 24 Jan 2024: 25,700; 0 more than the page, r');
    expect(explainPair({ ...other, qualifier: 'about' }, { kind: 'agrees', reason: 'same figure' }, null)).toBe('Wire, 24 Jan 2024: about 25,700, the same figure');
  });
});

function fig(value: number, extra: Partial<Figure> = {}): Figure {
  return {
    value, text: value.toLocaleString('en-US'), qualifier: null, measure: TOTAL, label: null,
    source: null, scope: null, start: 0, end: 6, sentenceStart: 0, sentenceEnd: 6, ...extra,
  };
}

/**
 * The choice of counterpart in one report: an agreeing figure first (+8), then the same time
 * scope (+2), then the same source (+1), then the closest value (less than 1 point).
 */
describe('choosing the report figure to compare with', () => {
  const page: FigureSet = { id: null, publisher: null, date: '2024-01-24', text: '25,700', figures: [fig(25_700, { scope: 'since 7 October', source: 'Gaza health ministry' })] };
  const report = (figures: Figure[]): FigureSet => ({ id: 'r', publisher: 'Wire', date: '2024-01-24', text: '25,700 and more text', figures });

  it('prefers an agreeing figure to a closer differing one', () => {
    const [a] = compareFigures(page, [report([fig(25_690), fig(25_700, { qualifier: null })])]);
    expect(a?.kind).toBe('agrees');
  });

  it('prefers the same scope over a closer value', () => {
    const [a] = compareFigures(page, [report([fig(25_690), fig(25_490, { scope: 'since 7 October' })])]);
    expect(a?.others[0]?.value).toBe(25_490);
  });

  it('prefers the same source (ignoring a parenthesis) over a closer value, but not over the same scope', () => {
    const [a] = compareFigures(page, [report([fig(25_690), fig(25_490, { source: 'Gaza health ministry (Hamas-run)' })])]);
    expect(a?.others[0]?.value).toBe(25_490);
    const [b] = compareFigures(page, [report([fig(25_490, { source: 'Gaza health ministry' }), fig(25_295, { scope: 'since 7 October' })])]);
    expect(b?.others[0]?.value).toBe(25_295);
  });

  it('else takes the closest value, above or below', () => {
    const [a] = compareFigures(page, [report([fig(25_000 + 1), fig(25_690)])]);
    expect(a?.others[0]?.value).toBe(25_690);
    const [b] = compareFigures(page, [report([fig(26_000 + 1), fig(25_710)])]);
    expect(b?.others[0]?.value).toBe(25_710);
  });
});

/** Reports differing and agreeing: conflict outranks update; change and days from the latest report. */
describe('combining reports', () => {
  it('leads with the most recent differing report and ranks conflict over update', () => {
    const page = set(null, '2024-01-22', tollSentence(25_295));
    const out = compareFigures(page, [set('a', '2024-01-23', tollSentence(25_490)), set('b', '2024-01-24', tollSentence(25_700)), set('c', '2024-01-22', tollSentence(25_105))]);
    const a = out.find((x) => x.measure === TOTAL);
    expect(a).toMatchObject({ kind: 'conflict', change: 405, days: 2 });
    expect(a?.others.map((o) => o.report)).toEqual(['a', 'b', 'c']);
    expect(a?.agreeing).toBeUndefined();
  });

  it('sorts undated reports last and still reads all-update as update', () => {
    const page = set(null, '2024-01-22', tollSentence(25_295));
    const out = compareFigures(page, [set('u', null, tollSentence(25_105)), set('b', '2024-01-24', tollSentence(25_700)), set('a', '2024-01-23', tollSentence(25_490))]);
    expect(out.find((x) => x.measure === TOTAL)).toMatchObject({ kind: 'update', change: 405, days: 2 });
  });

  it('lists only the differing reports when some differ, and the agreeing ones when none does', () => {
    const page = set(null, '2024-01-24', tollSentence(25_700));
    const agreeing = compareFigures(page, [set('a', '2024-01-24', tollSentence(25_700))]).find((x) => x.measure === TOTAL);
    expect(agreeing).toMatchObject({ kind: 'agrees' });
    expect(agreeing?.others.map((o) => o.report)).toEqual(['a']);
    expect(agreeing?.agreeing).toBeUndefined();
    const both = compareFigures(page, [set('a', '2024-01-24', tollSentence(25_700)), set('b', '2024-01-23', tollSentence(25_490))]).find((x) => x.measure === TOTAL);
    expect(both?.others.map((o) => o.report)).toEqual(['b']);
    expect(both?.agreeing?.map((o) => o.report)).toEqual(['a']);
  });

  it('explains the page\'s figure, then the differing reports, then the agreeing ones', () => {
    const page = set(null, '2024-01-24', `The Gaza health ministry said more than ${(25_000).toLocaleString('en-US')} Palestinians had been killed since 7 October.`);
    const [a] = compareFigures(page, [set('b', '2024-01-23', tollSentence(25_490))]);
    expect(a?.explanation).toBe('This page (24 Jan 2024): more than 25,000. b, 23 Jan 2024: 25,490, the same figure.');
  });

  it('names a report by its publisher, else its id, else "another report"', () => {
    const report = (id: string | null, publisher: string | null): FigureSet => ({ ...set(id, '2024-01-23', tollSentence(25_490)), publisher });
    const page = set(null, '2024-01-24', tollSentence(25_700));
    expect(compareFigures(page, [report('r1', 'Wire')])[0]?.others[0]?.publisher).toBe('Wire');
    expect(compareFigures(page, [report('r1', null)])[0]?.others[0]?.publisher).toBe('r1');
    expect(compareFigures(page, [report(null, null)])[0]?.others[0]).toMatchObject({ publisher: 'another report', report: '' });
  });

  it('keeps a sentence of up to 600 characters whole', () => {
    const head = 'The Gaza health ministry said that 25,490 Palestinians had been killed since 7 October';
    const text = `${head}${' and the strikes went on'.repeat(30)}`.slice(0, 599) + '.';
    const [a] = compareFigures({ id: null, publisher: null, date: '2024-01-23', text, figures: extractFigures(text) }, [set('b', '2024-01-24', tollSentence(25_700))]);
    expect(a?.page.sentence).toBe(text);
    // A figure whose offsets stray outside its sentence still has its words shown.
    const f = { ...fig(25_490), start: 30, end: 36, sentenceStart: 40, sentenceEnd: 34 };
    const [b] = compareFigures({ id: null, publisher: null, date: '2024-01-23', text, figures: [f] }, [set('b', '2024-01-24', tollSentence(25_700))]);
    expect(b?.page.sentence).toBe(text.slice(30, 36));
  });

  it('bounds a long sentence to 280 characters either side of the figure', () => {
    const filler = 'and the strikes went on across the strip '.repeat(20);
    const text = `The Gaza health ministry said ${filler}that 25,490 Palestinians had been killed since 7 October ${filler}.`;
    const [a] = compareFigures({ id: null, publisher: null, date: '2024-01-23', text, figures: extractFigures(text) }, [set('b', '2024-01-24', tollSentence(25_700))]);
    expect(a).toBeDefined();
    const sentence = a?.page.sentence ?? '';
    expect(sentence).toContain('25,490');
    expect(sentence.length).toBeLessThanOrEqual(280 * 2 + 6);
    expect(sentence.length).toBeGreaterThan(500);
  });
});
