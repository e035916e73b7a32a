import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';
import type { Figure } from '../../../src/types';

/** The figure whose text is `t` (the first one). */
function fig(figures: Figure[], t: string): Figure {
  const f = figures.find((x) => x.text === t);
  if (!f) throw new Error(`no figure "${t}" in ${figures.map((x) => x.text).join(' | ')}`);
  return f;
}

describe('extractFigures: values and qualifiers', () => {
  it('reads digits, scales, words and ranges', () => {
    const text = 'Officials counted 25,490 dead, 2.3 million residents, half a million evacuees, more than a hundred sites, Twenty one reservists, twenty-four tanks and between 20 and 30 wounded.';
    const f = extractFigures(text);
    expect(fig(f, '25,490').value).toBe(25490);
    expect(fig(f, '2.3 million').value).toBe(2_300_000);
    expect(fig(f, 'half a million').value).toBe(500_000);
    expect(fig(f, 'a hundred')).toMatchObject({ value: 100, qualifier: 'more than' });
    expect(fig(f, 'Twenty one').value).toBe(21);
    expect(fig(f, 'twenty-four').value).toBe(24);
    expect(fig(f, '20 and 30')).toMatchObject({ value: 20, valueMax: 30 });
  });

  it('normalises hedges to a small set', () => {
    const text = 'At least 40 died. Over 300 were hurt. Some 1,200 fled. Nearly 33,000 are dead. Up to 60 days. Officials said the toll had passed 17,000. Fewer than 50 remain.';
    const f = extractFigures(text);
    expect(fig(f, '40').qualifier).toBe('at least');
    expect(fig(f, '300').qualifier).toBe('more than');
    expect(fig(f, '1,200').qualifier).toBe('about');
    expect(fig(f, '33,000').qualifier).toBe('nearly');
    expect(fig(f, '60').qualifier).toBe('up to');
    expect(fig(f, '17,000').qualifier).toBe('more than');
    expect(fig(f, '50').qualifier).toBe('less than');
  });

  it('leaves out dates, times, years, ordinals, ages, phone and model numbers', () => {
    const text = 'On January 24, 2024 at 4 p.m., the 98th Division and the 162nd brigade met near F-16 jets; a 12-year-old boy called 555 123 4567 on Oct. 7th and again on 7 October at 10:30. Channel 11 aired it.';
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });

  it('leaves out vague quantities', () => {
    expect(extractFigures('Hundreds of thousands of people and dozens of families fled; thousands more are missing.')).toEqual([]);
  });

  it('keeps exact offsets and sentence bounds', () => {
    const text = 'First sentence here. The ministry said 31,184 people had been killed since Oct. 7. Last one.';
    const f = fig(extractFigures(text), '31,184');
    expect(text.slice(f.start, f.end)).toBe('31,184');
    expect(text.slice(f.sentenceStart, f.sentenceEnd)).toBe('The ministry said 31,184 people had been killed since Oct. 7.');
  });
});

describe('extractFigures: what is counted', () => {
  it('tells a running toll from a 24-hour count in one sentence', () => {
    const text = 'Medical officials in Gaza said at least 31,184 Palestinians had been killed in the war, including 72 in the past 24 hours.';
    const f = extractFigures(text);
    expect(fig(f, '31,184')).toMatchObject({ measure: 'killed.palestinians.cumulative', qualifier: 'at least', source: 'Palestinian health officials' });
    expect(fig(f, '72')).toMatchObject({ measure: 'killed.palestinians.24h', scope: 'in the past 24 hours' });
  });

  it('reads the many ways a toll is phrased', () => {
    const cases: [string, string, number][] = [
      ['The Palestinian death toll has climbed to 27,019, the health ministry said on Monday.', '27,019', 27019],
      ['Health authorities said the toll since the war began had surpassed 30,000.', '30,000', 30000],
      ['More than 28,000 people have been killed, according to the enclave\'s health ministry.', '28,000', 28000],
      ['The strikes pushed the documented death toll to 26,751.', '26,751', 26751],
      ['The ministry reports a toll of 29,782 Palestinians killed and 70,043 injured.', '29,782', 29782],
    ];
    for (const [text, t, v] of cases) {
      expect(fig(extractFigures(text), t), text).toMatchObject({ value: v, measure: 'killed.palestinians.cumulative' });
    }
  });

  it('reads daily counts whichever way round', () => {
    for (const text of [
      'Israeli bombardment killed 107 Palestinians over the previous 24 hours, the ministry said.',
      'In the last 24 hours, 107 people were killed and 143 wounded, health officials said.',
    ]) {
      const f = extractFigures(text);
      expect(fig(f, '107').measure, text).toBe('killed.palestinians.24h');
    }
    const f = extractFigures('In the last 24 hours, 107 people were killed and 143 wounded, health officials said.');
    expect(fig(f, '143').measure).toBe('injured.palestinians.24h');
  });

  it('does not read another time window as 24 hours', () => {
    const f = extractFigures('The ministry said 150 people were killed in the last 36 hours.');
    expect(fig(f, '150').measure).toBeNull();
    expect(fig(f, '150').scope).toBe('in the last 36 hours');
  });

  it('separates soldiers killed in one day, in one attack, in total and before', () => {
    const text = 'The army said 10 soldiers were killed on Tuesday, its deadliest day in weeks. Eight of them died in a single ambush in Gaza City, while two others were killed in a separate attack. That brings the military death toll since the ground invasion to 250. About 240 troops had been killed before the latest incident.';
    const f = extractFigures(text);
    expect(fig(f, '10').measure).toBe('killed.soldiers.day');
    expect(fig(f, 'Eight').measure).toBe('killed.soldiers.incident');
    expect(fig(f, 'two').measure).toBeNull();
    expect(fig(f, '250').measure).toBe('killed.soldiers.cumulative');
    expect(fig(f, '240').measure).toBeNull();
  });

  it('reads the 7 October attack and the hostages', () => {
    const text = 'Gunmen stormed southern Israel on October 7, killing about 1,200 people and seizing 253 hostages. Israel believes 130 hostages are still held in Gaza.';
    const f = extractFigures(text);
    expect(fig(f, '1,200')).toMatchObject({ measure: 'killed.israelis.oct7', qualifier: 'about' });
    expect(fig(f, '253').measure).toBe('hostages.taken');
    expect(fig(f, '130').measure).toBe('hostages.held');
  });

  it('does not pin a sentence\'s killing on other things counted in it', () => {
    const f = extractFigures('Israeli forces carried out 18 massacres in the past 24 hours, killing 163 people, the ministry said.');
    expect(fig(f, '18').measure).toBeNull();
    expect(fig(f, '163').measure).toBe('killed.palestinians.24h');
  });

  it('reads population, Rafah, evacuation areas and ceasefire lengths', () => {
    const f = extractFigures('Rafah now holds more than half of the strip\'s 2.2 million people. Rafah, where 1.3 million people have taken refuge, braces for an assault. The army ordered the evacuation of districts home to 110,000 people. Mediators floated a 42-day truce, while Israel offered a two-month pause.');
    expect(fig(f, 'half').measure).toBe('sheltering.rafah.share');
    expect(fig(f, '2.2 million').measure).toBe('population.gaza');
    expect(fig(f, '1.3 million').measure).toBe('sheltering.rafah');
    expect(fig(f, '110,000').measure).toBe('evacuation.area.people');
    expect(fig(f, '42').measure).toBe('ceasefire.days');
    expect(fig(f, 'two').measure).toBe('ceasefire.months');
  });

  it('keeps a local toll from being read as Gaza\'s total', () => {
    const f = extractFigures('At least 1,000 people have been killed in Khan Younis since the offensive began.');
    expect(fig(f, '1,000').measure).toBeNull();
  });

  it('gives the source and an agency that could not verify it', () => {
    const text = 'The military says it has killed about 10,000 militants in total. The Associated Press could not independently verify the claim.';
    const f = fig(extractFigures(text), '10,000');
    expect(f.measure).toBe('killed.militants.claimed');
    expect(f.source).toBe('Israeli military (Associated Press could not verify it)');
  });

  it('marks percentages with no known measure as null', () => {
    const f = extractFigures('Prices rose 40% in a month, and about 75 per cent of Gazans have been displaced.');
    expect(fig(f, '40%').measure).toBeNull();
    expect(fig(f, '75').measure).toBe('displaced.share');
  });
});

describe('extractFigures: limits', () => {
  // Speed is measured in npm run bench, not asserted here: these check that the work is bounded.
  it('returns on 5 MB of digits and honours maxFigures', () => {
    expect(extractFigures('7'.repeat(5_000_000))).toEqual([]);
    expect(extractFigures('12 soldiers. '.repeat(100_000), { maxFigures: 50 })).toHaveLength(50);
  });

  it('reads who killed how many on 7 October without the date being named', () => {
    const f = extractFigures('Israel launched its offensive after Hamas fighters killed about 1,200 people in southern Israel, according to Israeli tallies.');
    expect(fig(f, '1,200')).toMatchObject({ measure: 'killed.israelis.oct7', qualifier: 'about' });
  });
});
