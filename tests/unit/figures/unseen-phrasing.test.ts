/**
 * Phrasings found by writing wire-style excerpts of the war (our own sentences, real-world
 * figures) and reading what the extractor made of them: each block is one kind of error it made
 * on pages it had not seen, fixed by a general rule.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract-figures';
import type { Figure } from '../../../src/types';

function fig(figures: Figure[], t: string): Figure {
  const f = figures.find((x) => x.text === t);
  if (!f) throw new Error(`no figure "${t}" in ${figures.map((x) => x.text).join(' | ')}`);
  return f;
}
const measureOf = (text: string, t: string): string | null => fig(extractFigures(text), t).measure;

describe('a scope is not borrowed from another figure\'s phrase', () => {
  it('keeps a running injury total apart from a 24-hour death count set against it', () => {
    const text = 'The ministry said 64,400 people have been wounded, while 215 Palestinians were killed in the last 24 hours.';
    expect(measureOf(text, '64,400')).toBe('injured.palestinians.cumulative');
    expect(measureOf(text, '215')).toBe('killed.palestinians.24h');
  });

  it('does not read an incident count as the toll named for a later figure', () => {
    const text = 'At least 112 people were killed as crowds rushed a flour convoy, officials said, as the overall toll passed 30,000.';
    expect(measureOf(text, '112')).toBeNull();
    expect(measureOf(text, '30,000')).toBe('killed.palestinians.cumulative');
  });

  it('still shares a scope said after figures joined by "and"', () => {
    const text = 'Health officials said 174 people were killed and 310 wounded over the past 24 hours.';
    expect(measureOf(text, '174')).toBe('killed.palestinians.24h');
    expect(measureOf(text, '310')).toBe('injured.palestinians.24h');
  });

  it('keeps a part\'s own scope when a later figure in the same clause follows the cue', () => {
    const text = 'Nineteen of them died when an explosion brought down three houses, the army said.';
    const f = extractFigures('Israel said 23 soldiers were killed on its deadliest day. ' + text);
    expect(fig(f, 'Nineteen').measure).toBe('killed.soldiers.incident');
  });
});

describe('a toll too large for a day, and increments', () => {
  it('reads a five-figure toll as the running total even when a 24-hour count follows', () => {
    const text = 'The health ministry said 25,980 Palestinians had been confirmed killed, with another 190 or so killed in the previous 24 hours.';
    expect(measureOf(text, '25,980')).toBe('killed.palestinians.cumulative');
    expect(measureOf(text, '190')).toBe('killed.palestinians.24h');
  });

  it('does not read "three more soldiers" as the soldiers\' toll', () => {
    const text = 'The army said four more soldiers had been killed, raising its toll to 225 since the ground operation began.';
    expect(measureOf(text, 'four')).toBeNull();
    expect(measureOf(text, '225')).toBe('killed.soldiers.cumulative');
  });
});

describe('events said in other words', () => {
  it('reads "has lost N soldiers" as soldiers killed, but not "lost their homes"', () => {
    expect(measureOf('Israel says it has lost 226 soldiers since the ground offensive began.', '226')).toBe('killed.soldiers.cumulative');
    expect(measureOf('Some 1.7 million people have lost their homes, the UN said.', '1.7 million')).toBe('displaced');
  });

  it('reads "holds N hostages" as hostages held, and a participle before "remain" as held', () => {
    expect(measureOf('Hamas is thought to still hold them: it holds 133 hostages, Israel says.', '133')).toBe('hostages.held');
    expect(measureOf('Israel believes 130 hostages seized on October 7 remain in the enclave.', '130')).toBe('hostages.held');
  });

  it('does not count recovered bodies, rescued captives or dead hostages as hostages held', () => {
    const f = extractFigures('Troops rescued two hostages in a night raid. The bodies of 12 hostages have been recovered. Israel says 134 hostages are still in Gaza, about 30 of whom are thought to be dead.');
    expect(fig(f, 'two').measure).toBeNull();
    expect(fig(f, '12').measure).toBeNull();
    expect(fig(f, '134').measure).toBe('hostages.held');
    expect(fig(f, '30').measure).toBeNull();
  });

  it('reads a pause "halted for six weeks" as a ceasefire length', () => {
    expect(measureOf('Under the draft, fighting would be halted for six weeks while hostages are freed.', 'six')).toBe('ceasefire.weeks');
  });

  it('reads "driven from their homes" as displaced', () => {
    expect(measureOf('About 1.8 million people have been driven from their homes, the UN said.', '1.8 million')).toBe('displaced');
  });
});

describe('appositions and shares', () => {
  it('steps over an apposition restating the count, and gives the share the same event', () => {
    const f = extractFigures('More than 1.8 million people, or about 80% of the population, have been displaced, UN agencies say.');
    expect(fig(f, '1.8 million').measure).toBe('displaced');
    expect(fig(f, '80%').measure).toBe('displaced.share');
  });

  it('reads a share of the population with the verb after the whole', () => {
    const f = extractFigures('Roughly 85% of Gaza\'s 2.3 million people have been displaced, the UN says.');
    expect(fig(f, '85%').measure).toBe('displaced.share');
    expect(fig(f, '2.3 million').measure).toBe('population.gaza');
  });

  it('reads "more than half of Gaza\'s population" after a Rafah count as Rafah\'s share', () => {
    const f = extractFigures('Some 1.4 million people are sheltering in Rafah, more than half of Gaza\'s population, the UN says.');
    expect(fig(f, '1.4 million').measure).toBe('sheltering.rafah');
    expect(fig(f, 'half').measure).toBe('sheltering.rafah.share');
  });

  it('does not read a place\'s pre-war population as the people sheltering there', () => {
    expect(measureOf('Rafah, once home to about 275,000 people, now shelters more than a million.', '275,000')).toBeNull();
    expect(measureOf('Over a million people are crowded into Rafah, whose prewar population was 270,000.', '270,000')).toBeNull();
  });

  it('reads a part of a counted whole with the whole\'s noun, and not the whole as killed', () => {
    const f = extractFigures('Israel says it has killed about 10,000 of Hamas\'s estimated 30,000 fighters.');
    expect(fig(f, '10,000').measure).toBe('killed.militants.claimed');
    expect(fig(f, '30,000').measure).toBeNull();
  });

  it('reads a fraction given in words as a share, never as a count of the dead', () => {
    expect(extractFigures('The ministry says about two-thirds of the dead are women and children.').map((x) => [x.text, x.value, x.measure])).toEqual([['two-thirds', 66.7, null]]);
  });
});

describe('who is counted and where from', () => {
  it('does not take the noun of a later number as this figure\'s', () => {
    const f = extractFigures('About 130 hostages remain in Gaza; 110 were freed during the November truce in exchange for 240 Palestinian prisoners.');
    expect(fig(f, '110').measure).toBe('hostages.released');
    expect(fig(f, '240').measure).toBe('prisoners.released');
  });

  it('reads an unnamed 24-hour count after the Gaza toll as Palestinians', () => {
    const f = extractFigures('Gaza\'s toll has now passed 25,400, officials say.\nAbout 190 were killed in the past day alone.');
    expect(fig(f, '190').measure).toBe('killed.palestinians.24h');
  });

  it('reads a fact box "Label: value" with its label', () => {
    const f = extractFigures('Displaced in Gaza: 1.7 million\nIsraeli soldiers killed in the ground operation: 218\nHostages still held: 132');
    expect(fig(f, '1.7 million').measure).toBe('displaced');
    expect(fig(f, '218').measure).toBe('killed.soldiers.cumulative');
    expect(fig(f, '132').measure).toBe('hostages.held');
  });

  it('does not take a period count for a level', () => {
    expect(measureOf('Nearly 600,000 people have fled Rafah in the past week, UNRWA said.', '600,000')).toBeNull();
  });

  it('reads "killed in other incidents" as no toll', () => {
    expect(measureOf('The army said 219 soldiers have died since the ground offensive began, including three killed in other incidents.', 'three')).toBeNull();
  });

  it('gives the source that speaks, not the one that acts', () => {
    const f = extractFigures('Israeli forces killed 190 Palestinians over the past 24 hours, the health ministry said on Thursday.');
    expect(fig(f, '190').source).toBe('Gaza health ministry');
  });

  it('follows "it said" back to the source named in the paragraph before', () => {
    const f = extractFigures('The Gaza health ministry said 26,257 people have been killed since October 7.\nSome 174 were killed in the past 24 hours, it added.');
    expect(fig(f, '174').source).toBe('Gaza health ministry');
  });

  it('reads "nears" as nearly', () => {
    expect(fig(extractFigures('Gaza death toll nears 26,000'), '26,000').qualifier).toBe('nearly');
  });
});

describe('held-out phrasings (second batch)', () => {
  it('gives a part its own incident and the whole its day', () => {
    const f = extractFigures('The army said 24 soldiers had been killed the day before, 21 of them when a building collapsed, in the deadliest day for its forces in the war.');
    expect(fig(f, '24').measure).toBe('killed.soldiers.day');
    expect(fig(f, '21').measure).toBe('killed.soldiers.incident');
  });

  it('steps over an apposition given as a fraction in words', () => {
    expect(measureOf('Some 1.7 million Gazans, three-quarters of the population, have fled their homes.', '1.7 million')).toBe('displaced');
  });

  it('reads "and another N wounded" as a second count, not an increment', () => {
    expect(measureOf('The ministry said 30,878 Palestinians have been killed, and another 72,402 wounded.', '72,402')).toBe('injured.palestinians.cumulative');
  });

  it('does not read deaths of one cause as the war\'s toll', () => {
    expect(measureOf('At least 23 children have died of malnutrition and dehydration, the ministry said.', '23')).toBe('deaths.starvation.children');
    expect(measureOf('Eleven people have died of hypothermia in the tent camps, the ministry said.', 'Eleven')).toBeNull();
  });

  it('gives a count joined by "and" the noun of the one before', () => {
    expect(measureOf('Over the last 24 hours, Israeli attacks killed 165 people and wounded 290.', '290')).toBe('injured.palestinians.24h');
  });

  it('does not read people crammed into an evacuation zone as Gaza\'s displaced', () => {
    expect(measureOf('About 430,000 displaced people are crammed into the evacuation zone, the UN said.', '430,000')).not.toBe('displaced');
  });
});
