/**
 * Another event, months later, in the same places is not the same story (issue 14.3): a page that
 * frames its event as a repeat needs more shared evidence, and an undated page's date inferred
 * from its toll is what matching uses. Pages of our own against the seeds.
 */
import { describe, expect, it } from 'vitest';
import { matchReports } from '../../../src/corpus/match-reports';
import { REPEAT_EVIDENCE } from '../../../src/corpus/score-related';
import { framedAsRepeat } from '../../../src/corpus/story-framing';
import { analyzeArticle } from '../../../src/analysis/analyze-article';
import { loadReference } from '../../../src/reference/format';
import { compileReferenceFromDir } from '../../../src/build/reference/compile-reference';
import { page, S2, seedCorpus } from './fixtures';

const WITHDRAWAL = [
  'The Israeli military said on Sunday that its 98th division had left Khan Younis after months of fighting.',
  'A brigade stays behind to hold the Netzarim corridor, which cuts the Strip in two near Salah al-Din road.',
  'Prime Minister Benjamin Netanyahu said Israel was one step from victory and that a Rafah operation would follow.',
];

const sameStoryAs = (p: ReturnType<typeof page>, id: string): boolean | undefined => matchReports(p, seedCorpus()).find((r) => r.id === id)?.sameStory;

describe('stories months apart in the same places', () => {
  it('reads the framing words of a repeat in the headline or opening only', () => {
    expect(framedAsRepeat('Israeli troops leave Khan Younis again', 'The army said...')).toBe(true);
    expect(framedAsRepeat(null, 'For a second time this year, the 98th division pulled out of the city.')).toBe(true);
    expect(framedAsRepeat(null, 'Months after the division first left, troops returned to the city.')).toBe(true);
    expect(framedAsRepeat('Israeli troops leave Khan Younis', 'The army said the division had finished its mission.')).toBe(false);
    // The war's age is a date, not a repeat.
    expect(framedAsRepeat(null, 'Six months after the start of the war, the division left Khan Younis.')).toBe(false);
    expect(framedAsRepeat(null, 'Four months after October 7, the brigade left the city.')).toBe(false);
    expect(framedAsRepeat(null, 'Six months after the attack by Hamas, the division left Khan Younis.')).toBe(false);
    expect(framedAsRepeat('Troops fight on', 'The worst day for the army since the war against Hamas began.')).toBe(false);
    expect(framedAsRepeat(null, 'Two months after the division left, the brigade pulled out of the same city.')).toBe(true);
    expect(framedAsRepeat('Troops leave Khan Younis', `${'The army said the division had left. '.repeat(20)}It could return again.`)).toBe(false);
  });

  it('keeps a report the same story when the page tells the same event, and not when it tells it as a repeat', () => {
    const same = page('IDF pulls 98th division out of Khan Younis', WITHDRAWAL.join('\n\n'), '2024-04-08');
    expect(sameStoryAs(same, S2)).toBe(true);
    const again = page('IDF pulls 98th division out of Khan Younis again', WITHDRAWAL.join('\n\n'), '2024-04-08');
    expect(sameStoryAs(again, S2)).toBe(false);
    expect(REPEAT_EVIDENCE).toBeGreaterThan(0);
  });

  it('lets the same dated figures outweigh the framing: a toll of the report\'s days', () => {
    const text = [
      'Israeli tanks pushed into Khan Younis again on Wednesday, cutting the coastal road used by families fleeing toward Rafah.',
      'Negotiators from Qatar and Egypt were working on a 30-day ceasefire that would see hostages freed in exchange for Palestinian prisoners.',
      'The Gaza health ministry said 25,700 Palestinians had been killed since October 7, with 210 deaths in the previous 24 hours.',
    ].join('\n\n');
    const related = matchReports(page('Tanks push into Khan Younis again as truce talks go on', text, '2024-01-24'), seedCorpus());
    expect(related.filter((r) => r.sameStory).length).toBeGreaterThan(0);
  });

  it('dates an undated page from its toll before matching, so a page six weeks on is another story', () => {
    const reference = loadReference(compileReferenceFromDir());
    const article = {
      title: 'Troops pull back from Khan Younis as Rafah offensive looms',
      text: [
        'Israeli troops of the 98th division pulled back from Khan Younis, the army said, leaving a brigade on the Netzarim corridor near Salah al-Din road.',
        'Netanyahu said a Rafah operation would follow. Gaza\'s health ministry said 35,647 Palestinians had been killed since October 7.',
      ].join('\n\n'),
      date: null, publisher: 'Test Gazette', url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: 0, updates: [],
    };
    const analysis = analyzeArticle(article, seedCorpus(), 0, reference);
    expect(analysis.inferredDate).not.toBeNull();
    expect(analysis.inferredDate! > '2024-05-01').toBe(true);
    expect(analysis.related.find((r) => r.id === S2)?.sameStory ?? false).toBe(false);
  });
});
