/**
 * The measures the official series check (src/reference/): breakdowns by who was killed, the
 * West Bank, starvation, aid seekers. Sentences of our own carrying real published values.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';

const measureOf = (text: string, figure: string): string | null => {
  const f = extractFigures(text).find((x) => x.text === figure);
  if (!f) throw new Error(`no figure "${figure}" in: ${text}`);
  return f.measure;
};

describe('measures with an official series', () => {
  it('reads the breakdowns of the toll by who was killed', () => {
    const text = 'The media office said 25,295 people had been killed since October 7, including 11,000 children and 7,500 women, as well as 337 medical staff, 119 journalists and 45 civil defence workers.';
    expect(measureOf(text, '25,295')).toBe('killed.palestinians.cumulative');
    expect(measureOf(text, '11,000')).toBe('killed.children.cumulative');
    expect(measureOf(text, '7,500')).toBe('killed.women.cumulative');
    expect(measureOf(text, '337')).toBe('killed.medics.cumulative');
    expect(measureOf(text, '119')).toBe('killed.journalists.cumulative');
    expect(measureOf(text, '45')).toBe('killed.civildefence.cumulative');
  });

  it('reads a count of health workers or reporters killed as that breakdown only when it is a running total', () => {
    expect(measureOf('More than 1,000 health workers have been killed in Gaza, the WHO said.', '1,000')).toBe('killed.medics.cumulative');
    expect(measureOf('Two paramedics were killed when their ambulance was hit in Khan Younis.', 'Two')).toBeNull();
    expect(measureOf('At least 203 journalists have been killed since the war began.', '203')).toBe('killed.journalists.cumulative');
  });

  it('tells the West Bank toll from the Gaza toll in one sentence', () => {
    const text = 'Since October 7, 25,490 Palestinians have been killed in Gaza and at least 360 have been killed in the occupied West Bank.';
    expect(measureOf(text, '25,490')).toBe('killed.palestinians.cumulative');
    expect(measureOf(text, '360')).toBe('killed.westbank.cumulative');
    expect(measureOf('In the West Bank, 469 Palestinians have been killed since the war began, the UN said.', '469')).toBe('killed.westbank.cumulative');
    // A West Bank named in another clause says nothing of this count.
    expect(measureOf('Raids continued in the West Bank; in Gaza, 25,700 Palestinians have been killed since the war began.', '25,700')).toBe('killed.palestinians.cumulative');
  });

  it('reads deaths from starvation, of all and of children', () => {
    expect(measureOf('The ministry said 86 people have died of malnutrition, including 76 children.', '86')).toBe('deaths.starvation.cumulative');
    expect(measureOf('At least 76 children have died of starvation, the ministry said.', '76')).toBe('deaths.starvation.children');
  });

  it('reads those killed while seeking aid', () => {
    expect(measureOf('The ministry said 2,615 Palestinians have been killed while seeking aid since late May.', '2,615')).toBe('killed.aidseekers.cumulative');
    expect(measureOf('More than 1,000 aid seekers have been killed, the ministry said.', '1,000')).toBe('killed.aidseekers.cumulative');
    expect(measureOf('The toll has passed 56,000, the ministry said, with 500 of them killed at aid distribution sites.', '56,000')).toBe('killed.palestinians.cumulative');
  });
});

describe('one count, two phrasings: soldiers since the ground operation', () => {
  it('reads every way of naming the ground operation\'s start as one measure', () => {
    for (const [text, t] of [
      ['Israel has suffered 220 military deaths since the launch of the ground assault in Gaza.', '220'],
      ["The military's death toll in Gaza since late October rose to 221.", '221'],
      ['The army said 217 soldiers have been killed since the ground operation began on October 27.', '217'],
      ['A total of 219 troops have died since Israel invaded Gaza.', '219'],
      ['Since it began its ground offensive in late October, the death toll among military personnel has reached 222.', '222'],
      ['The military said 223 soldiers have been killed in the ground offensive.', '223'],
    ] as const) expect(measureOf(text, t), text).toBe('killed.soldiers.cumulative');
  });

  it('keeps soldiers killed since 7 October (the day itself included) apart', () => {
    expect(measureOf('Some 560 soldiers have been killed since October 7, the army said.', '560')).toBe('killed.soldiers.war');
    expect(measureOf('The army said 560 soldiers have been killed since the war began.', '560')).toBe('killed.soldiers.war');
  });

  it('lets a cue that says the span win over a bare "toll" in its clause, not one of another figure', () => {
    expect(measureOf('The death toll in the past 24 hours rose to 195, the ministry said.', '195')).toBe('killed.palestinians.24h');
    const text = 'Israeli strikes killed 195 people in the past 24 hours, bringing the death toll to 25,490, the ministry said.';
    expect(measureOf(text, '195')).toBe('killed.palestinians.24h');
    expect(measureOf(text, '25,490')).toBe('killed.palestinians.cumulative');
  });
});

describe('a count the clause\'s subject names ("the number of X ... has risen to N")', () => {
  it('takes who is counted from "the number of …" when the figure is what it came to', () => {
    expect(measureOf('The number of children who died of starvation rose to 157, the ministry said.', '157')).toBe('deaths.starvation.children');
    expect(measureOf('The number of journalists killed since October 7 has risen to 119.', '119')).toBe('killed.journalists.cumulative');
    expect(measureOf('The number of soldiers killed since the ground operation began has risen to 221.', '221')).toBe('killed.soldiers.cumulative');
  });

  it('does not give that noun to a figure it does not lead to', () => {
    const text = 'The number of trucks that entered on Monday rose to 120, while the toll reached 25,700.';
    expect(measureOf(text, '120')).toBe('aid.trucks');
    expect(measureOf(text, '25,700')).toBe('killed.palestinians.cumulative');
    expect(measureOf('The number of journalists in Gaza is small; 119 people were killed in Rafah on Monday.', '119')).not.toBe('killed.journalists.cumulative');
  });
});

describe('a count that starts later than the war: not the running toll since 7 October', () => {
  it('reads a count since the fighting resumed, a truce ended or a later date as no running toll', () => {
    for (const [text, t] of [
      ['The Gaza health ministry said 1,249 people had been killed since Israel resumed its offensive on March 18.', '1,249'],
      ['At least 1,042 Palestinians have been killed since the ceasefire collapsed, the health ministry said.', '1,042'],
      ['Since the end of the truce on 1 December, 700 people have been killed, the ministry said.', '700'],
      ['The ministry said 490 people had been killed since March 18.', '490'],
      ['Health officials said 830 people had been killed since the 18th of March.', '830'],
      ['The health ministry said 1,163 people had been killed since fighting restarted.', '1,163'],
    ] as const) {
      const f = extractFigures(text).find((x) => x.text === t);
      expect(f?.measure, text).toBeNull();
      expect(f?.scope, text).toMatch(/^since /i);
    }
  });

  it('still reads the toll since the war, 7 October or the offensive began as the running toll, beside a later count', () => {
    const text = 'The ministry said 490 people had been killed since March 18, bringing the toll since the war began to 50,021.';
    expect(measureOf(text, '50,021')).toBe('killed.palestinians.cumulative');
    expect(measureOf('The Gaza health ministry said 50,000 people had been killed since October 7, 2023.', '50,000')).toBe('killed.palestinians.cumulative');
    expect(measureOf('The toll has risen to 25,490 since the offensive began, the ministry said.', '25,490')).toBe('killed.palestinians.cumulative');
    expect(measureOf('Israel says 221 soldiers have been killed since late October.', '221')).toBe('killed.soldiers.cumulative');
    expect(measureOf('The army said 217 soldiers have been killed since Oct. 27.', '217')).toBe('killed.soldiers.cumulative');
  });
});

describe('"since the start of the aggression … on October 7, 2023, to 67,074": the date opens the count', () => {
  it('is the running toll since 7 October, not a count of that day', () => {
    const text = 'The ministry said 66 people were killed in a day, bringing the total number of victims since the start of the Israeli aggression on the Strip on October 7, 2023, to 67,074 martyrs and 169,430 wounded.';
    expect(measureOf(text, '67,074')).toBe('killed.palestinians.cumulative');
    expect(measureOf(text, '169,430')).toBe('injured.palestinians.cumulative');
  });

  it('while the day of the attack said on its own is that day', () => {
    expect(measureOf('About 1,200 people were killed in the Hamas attack on October 7, Israeli officials say.', '1,200')).toBe('killed.israelis.oct7');
    expect(measureOf('Since the start of the aggression, officials say, 1,200 people were killed on October 7.', '1,200')).toBe('killed.israelis.oct7');
  });

  it('reaches 70 characters from the "since" to the date', () => {
    // "Since the war", then words, then "on October 7": the date `reach` characters from "Since".
    const text = (reach: number): string => {
      const words = 'abcd '.repeat(20).slice(0, reach - 18).replace(/ $/, 'x');
      return `Since the war ${words} on October 7 1,200 people were killed.`;
    };
    expect(text(70).indexOf('October')).toBe(70);
    expect(measureOf(text(70), '1,200')).toBe('killed.palestinians.cumulative');
    expect(measureOf(text(71), '1,200')).toBe('killed.israelis.oct7');
  });
});
