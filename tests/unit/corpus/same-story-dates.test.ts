import { describe, expect, it } from 'vitest';
import { matchReports } from '../../../src/corpus/match-reports';
import { JANUARY, page, S0, seedCorpus } from './fixtures';

const sameStoryIds = (p: ReturnType<typeof page>): string[] =>
  matchReports(p, seedCorpus()).filter((r) => r.sameStory).map((r) => r.id);

describe('sameStory: days apart and figures that date a page', () => {
  it('a page three days after the January reports about another event, naming Khan Younis in passing, is not the same story', () => {
    const p = page('Donors freeze funding to UN refugee agency over staff claims', [
      'Several Western governments suspended payments to UNRWA on Saturday after Israel said a dozen of its employees took part in the October 7 attack by Hamas.',
      'The agency said it had dismissed the staff involved and opened an inquiry, warning that the freeze would endanger humanitarian aid for two million people in Gaza.',
      'It runs most of the shelters in the territory, where fighting goes on in Khan Younis.',
    ].join('\n\n'), '2024-01-27');
    expect(sameStoryIds(p)).toEqual([]);
  });

  it('an undated page whose Gaza toll agrees within 2% and which shares several specifics is the January story', () => {
    const p = page('Army closes ring around Khan Younis', [
      'The army said on Monday that it had surrounded Khan Younis after a night of shelling, and the World Health Organization warned that Nasser and Al-Amal hospitals could barely function.',
      'Palestinian health officials said 25,310 people had been killed in the Gaza Strip. Egypt is working on a truce of several weeks during which hostages would go free.',
      'Military spokesman Daniel Hagari said soldiers had killed dozens of fighters in the west of Khan Younis.',
    ].join('\n\n'), null);
    const related = matchReports(p, seedCorpus());
    expect(JANUARY).toContain(related[0]?.id);
    expect(related[0]?.sameStory).toBe(true);
  });

  it('an undated page of another event with no agreeing toll stays below the undated bar', () => {
    const p = page('Troops storm the main hospital in Khan Younis', [
      'Israeli troops entered Nasser hospital in Khan Younis after a siege of several weeks, moving patients out and detaining medical staff.',
      'The army said it had information that hostages had been held there. The World Health Organization said the hospital had stopped working.',
      'Talks in Cairo on a truce ended without agreement.',
    ].join('\n\n'), null);
    expect(sameStoryIds(p)).toEqual([]);
  });

  it('a page dated the day after the January reports stays the same story even when one extracted total disagrees', () => {
    const p = page('Twenty-one reservists die as buildings collapse in central Gaza', [
      'Twenty-one reservists were killed on Monday when a rocket-propelled grenade fired by Hamas hit a tank beside them and set off the explosives they had laid in two buildings, the army said.',
      'Three other soldiers were killed in the south of the Strip the same day, bringing the toll since the ground offensive began to 24 for the day, the worst single day for the army.',
      'The troops were clearing a buffer zone near the border fence. Elsewhere, forces pressed on with the encirclement of Khan Younis, where the army says the leaders of Hamas are hiding.',
    ].join('\n\n'), '2024-01-23');
    // Whatever the extractor makes of "24", a total read far from the report's must not undo a
    // match the page's own date supports: it is a conflict to show, not another event.
    const at = p.article.text.indexOf('24 for the day');
    const misread = { ...(p.figures[0] ?? {}), value: 24, text: '24', qualifier: null, measure: 'killed.soldiers.cumulative', start: at, end: at + 2 };
    const withMisread = { ...p, figures: [...p.figures.filter((f) => f.measure !== 'killed.soldiers.cumulative'), misread] as typeof p.figures };
    const related = matchReports(withMisread, seedCorpus());
    // The seed giving the army's own running total (220) is the one the misread 24 contradicts.
    expect(related.find((r) => r.id === S0)?.sameStory).toBe(true);
  });
});
