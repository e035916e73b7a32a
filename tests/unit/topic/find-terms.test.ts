import { describe, expect, it } from 'vitest';
import { findTerms, quickCheck } from '../../../src/topic/detect-topic';

describe('findTerms', () => {
  it('gives canonical names in order of first occurrence', () => {
    expect(findTerms('Tanks entered Khan Yunis as the IDF said Hamas fighters fled toward Rafah.')).toEqual(['Khan Younis', 'IDF', 'Hamas', 'Rafah']);
  });

  it('takes the longest spelling: "Gaza Strip" and "Gaza health ministry" are not also "Gaza"', () => {
    expect(findTerms('The Gaza health ministry said people across the Gaza Strip were short of water.')).toEqual(['Gaza health ministry', 'Gaza Strip']);
  });

  it('folds curly quotes and accents, and reads Arabic and Hebrew spellings', () => {
    expect(findTerms('Gaza’s health ministry')).toEqual(['Gaza health ministry']);
    expect(findTerms('Khan Younès')).toEqual(['Khan Younis']);
    expect(findTerms('قصف في غزة')).toEqual(['Gaza']);
    expect(findTerms('חמאס')).toEqual(['Hamas']);
  });

  it('matches whole words only, and acronyms in capitals only', () => {
    expect(findTerms('Gazania flowers and an idf file; a gallant effort')).toEqual([]);
    expect(findTerms('the IDF and Gallant')).toEqual(['IDF', 'Yoav Gallant']);
  });

  it('leaves out negative terms and Gaza province', () => {
    expect(findTerms('Floods in Gaza province, Mozambique; Hezbollah in Lebanon')).toEqual([]);
  });
});

describe('quickCheck', () => {
  it('says yes when the title or the sample names a core term', () => {
    expect(quickCheck('Strikes hit Rafah', '')).toBe(true);
    expect(quickCheck('Latest', 'Families fled Beit Lahiya on Tuesday.')).toBe(true);
    expect(quickCheck('Deadliest day for troops', 'The Israeli military said 21 reservists died.')).toBe(true);
  });

  it('says no to pages that name nothing of the war', () => {
    expect(quickCheck('Australia win by four wickets', 'A late flurry of boundaries sealed the match.')).toBe(false);
    expect(quickCheck('', '')).toBe(false);
  });

  it('looks only at the title and the first few thousand characters', () => {
    const sample = 'The council met for a long afternoon session on budgets and roads. '.repeat(200);
    expect(quickCheck('Council approves budget', `${sample} Khan Younis`)).toBe(false);
    expect(quickCheck('Council approves budget', `Khan Younis ${sample}`)).toBe(true);
  });
});
