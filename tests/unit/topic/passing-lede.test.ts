import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../src/topic/detect-topic';
import { article } from './articles';

// One mention of the war in a subordinate clause of the opening does not make a story about it.
describe('detectTopic: a single mention of Gaza in the opening', () => {
  it('keeps a story on Israeli coalition politics negative', () => {
    const r = detectTopic(article('Religious parties threaten to bring down the coalition over conscription', [
      'The governing coalition was on the brink on Wednesday after two religious parties said they would vote against the budget unless seminary students stayed exempt from army service.',
      'The attorney general told ministers that the exemption had no legal basis after the end of the month.',
      'The defence minister said he could not back a law that added to the load on reservists who have been called up for months in Gaza.',
      'Opposition leaders said the coalition cared more about its survival than about security, and pollsters said an early election was now likely before the end of the year.',
    ]));
    expect(r.gaza).toBe(false);
    expect(r.reason).toMatch(/only in passing/);
  });

  it('keeps a football report negative when it names the war once', () => {
    const r = detectTopic(article('National team wins its group for the first time', [
      'The national side topped its group on Sunday with a 2-0 win in Doha, a first in the team’s history.',
      'The squad, whose league at home has not played since the war in Gaza started, was cheered by thousands of fans in the stadium.',
      'The coach dedicated the result to the supporters and said the players would rest before the knockout round next week.',
    ]));
    expect(r.gaza).toBe(false);
  });

  it('still recognises a story that names Gaza in its opening and again below', () => {
    const r = detectTopic(article('Night of strikes in the south', [
      'Strikes hit homes in southern Gaza overnight, medics said, as the army pressed its offensive against Hamas.',
      'Families said they had nowhere left to go, and hospitals reported running out of fuel.',
    ]));
    expect(r.gaza).toBe(true);
  });

  it('recognises a short wire brief that names Gaza once but several parties and events of the war', () => {
    const r = detectTopic(article('Agency dismisses staff', [
      'The U.N. relief agency UNRWA said on Friday it had dismissed several employees accused by Israel of taking part in the Oct. 7 attack.',
      'The agency employs about 13,000 people in Gaza. Health authorities there say more than 26,000 people have been killed.',
    ]));
    expect(r.gaza).toBe(true);
  });

  it('does not count Israel\'s leaders as the war\'s parties for a single mention', () => {
    const r = detectTopic(article('Coalition rift deepens over draft law', [
      'Prime Minister Benjamin Netanyahu faced a revolt on Monday as Defence Minister Yoav Gallant said he would not back the draft bill, citing reservists serving in Gaza.',
      'Coalition partners threatened to quit if the bill failed, and the opposition called for elections.',
      'Analysts said the government could survive the budget vote but not a long dispute over conscription.',
    ]));
    expect(r.gaza).toBe(false);
  });
});
