/**
 * A part is never compared as if it were the whole, and a party's claim never as if it were a
 * count (issue 14.1). Sentences of our own, shaped like wire copy of a day of heavy losses.
 */
import { describe, expect, it } from 'vitest';
import { compareFigures, sameStatement, type FigureSet } from '../../../src/compare/compare-figures';
import { extractFigures } from '../../../src/figures/extract-figures';

const set = (id: string | null, date: string, text: string): FigureSet => ({ id, publisher: id ?? 'page', date, text, figures: extractFigures(text) });
const flags = (text: string, t: string) => {
  const f = extractFigures(text).find((x) => x.text === t);
  if (!f) throw new Error(`no figure ${t}`);
  return { part: f.part ?? false, claim: f.claim ?? false, measure: f.measure };
};

describe('parts of a count', () => {
  it('marks "N of the ...", "N of whom" and "including N" as parts of the same count', () => {
    expect(flags('An ambush killed 9 of the soldiers, the army said.', '9').part).toBe(true);
    expect(flags('Twenty-one of the 24 soldiers died when a building collapsed.', 'Twenty-one').part).toBe(true);
    expect(flags('The army said 24 soldiers were killed on Monday, 21 of whom died when a building collapsed.', '21').part).toBe(true);
    expect(flags('The army said 24 soldiers were killed, including 9 reservists.', '9').part).toBe(true);
  });

  it('does not take a breakdown by who, or the whole, for a part', () => {
    expect(flags('Israeli strikes killed 195 people, including 8 children, in the past 24 hours.', '8').part).toBe(false);
    expect(flags('Israeli strikes killed 195 people, including 8 children, in the past 24 hours.', '195').part).toBe(false);
    expect(flags('Twenty-one of the 24 soldiers died when a building collapsed.', '24').part).toBe(false);
    // "including" that narrows the count to another measure gives that measure's whole count.
    expect(flags('The ministry said 30,035 Palestinians had been killed since Oct. 7, including 81 in the past 24 hours.', '81').part).toBe(false);
    expect(flags('Fifteen soldiers were killed on Monday, including 9 in an ambush.', '9').part).toBe(false);
    expect(flags('The army said 24 soldiers were killed in the ambush.', '24').part).toBe(false);
  });

  it('gives the part its own phrase: the whole does not take the part\'s "in an ambush"', () => {
    expect(flags('Fifteen soldiers were killed on Monday, including 9 in an ambush.', 'Fifteen').measure).not.toBe('killed.soldiers.incident');
  });

  it('never sets a report\'s part against the page\'s whole', () => {
    const page = set(null, '2024-01-23', 'The army said 24 soldiers were killed in the ambush in central Gaza.');
    const report = set('r', '2024-01-23', 'A rocket-propelled grenade in the ambush in central Gaza killed 21 of the soldiers, the army said.');
    expect(compareFigures(page, [report])).toEqual([]);
    const whole = set('w', '2024-01-23', 'The army said 21 soldiers were killed in the ambush in central Gaza.');
    expect(compareFigures(page, [whole]).map((a) => a.kind)).toEqual(['conflict']);
  });
});

describe('claims by a party', () => {
  it('marks a claim verb, and a count of losses from the other side\'s counter', () => {
    expect(flags('Hamas claimed its fighters killed 40 soldiers in the ambush.', '40').claim).toBe(true);
    expect(flags('The Qassam Brigades said they had killed 15 soldiers since the ground operation began.', '15').claim).toBe(true);
    expect(flags('The army said 24 soldiers were killed in the ambush.', '24').claim).toBe(false);
    expect(flags('Hamas officials said 25,490 Palestinians have been killed since October 7.', '25,490').claim).toBe(false);
  });

  it('never sets a claim against a count, and compares claims with claims', () => {
    const page = set(null, '2024-01-23', 'The army said 24 soldiers were killed in the ambush.');
    const claim = set('c', '2024-01-23', 'Hamas claimed its fighters killed 40 soldiers in the ambush.');
    expect(compareFigures(page, [claim])).toEqual([]);
    const otherClaim = set(null, '2024-01-23', 'Hamas claimed its fighters killed 35 soldiers in the ambush.');
    expect(compareFigures(otherClaim, [claim]).length).toBe(1);
  });

  it('holds sameStatement on both sides of each flag', () => {
    expect(sameStatement({}, {})).toBe(true);
    expect(sameStatement({ part: true }, {})).toBe(false);
    expect(sameStatement({ claim: true }, { claim: true })).toBe(true);
    expect(sameStatement({ claim: true }, { part: true })).toBe(false);
  });
});

describe('the flags survive the bundled corpus', () => {
  it('packs and unpacks part and claim with each report figure', async () => {
    const { packFigures, FigureStore } = await import('../../../src/corpus/packed-figures');
    const figures = extractFigures('Hamas claimed its fighters killed 40 soldiers. An ambush killed 9 of the soldiers, the army said. The army said 24 soldiers were killed.');
    const back = new FigureStore(JSON.parse(JSON.stringify(packFigures([figures]))), 1).of(0);
    expect(back).toEqual(figures);
    expect(back.map((f) => [f.value, f.part ?? false, f.claim ?? false])).toEqual([[40, false, true], [9, true, false], [24, false, false]]);
  });
});
