/**
 * A page whose subject is an organisation or its appeal, which happens to be in Gaza and mentions
 * the war's effects, is not war reporting; a news story about an aid appeal is (issue 14.5).
 * Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../src/topic/detect-topic';
import { article } from './articles';

const APPEAL = article('Feed a family in Gaza this winter', [
  "Gaza Children's Kitchen is a registered charity based in Gaza City. Our mission is to make sure no child in Gaza goes to bed hungry. Since the war began, our team has served hot meals to families displaced by the bombardment in Deir al-Balah and Khan Younis.",
  'Your donation buys flour, lentils and cooking gas, which our volunteers carry to the tent camps every morning. Israeli restrictions on aid trucks mean prices in Gaza have risen tenfold, so your support matters more than ever.',
  'Donate today and your gift will be matched. Donations are tax-deductible. You can also sponsor a child or set up a monthly gift.',
  'Sign up for our newsletter to hear from our team in Gaza.',
], 'website');

const NEWS_OF_AN_APPEAL = article('UN launches $2.8 billion appeal for Gaza as famine looms', [
  "The United Nations on Wednesday launched a $2.8 billion flash appeal for Gaza, saying donations were needed to feed the Strip's 2.3 million people as Israel's offensive against Hamas entered its seventh month.",
  '"We are asking donors to give generously," said the head of the UN humanitarian office. The appeal covers food, water and shelter for families displaced by the fighting in Khan Younis and Rafah.',
  "Gaza's health ministry said 33,899 Palestinians had been killed since October 7. Aid groups said they could not reach the north and urged Israel to open more crossings.",
  'Donors pledged $900 million at a conference in Amman, short of the target, as the UN warned of famine in northern Gaza.',
]);

const NEWS_QUOTING_A_CHARITY = article('Strikes hit Rafah as aid groups warn of collapse', [
  'Israeli strikes hit Rafah overnight, killing at least 20 people, Gaza health officials said, as Hamas and Israel traded blame for the collapse of truce talks.',
  '"Our team cannot reach the north, and our volunteers are sleeping in the street," said the director of a Gaza charity. "We thank everyone for your support, but we need a ceasefire."',
  'The Israeli military said it had struck Hamas positions in Rafah and Khan Younis, and that hostages were still being held in tunnels under the city.',
]);

describe('pages about an organisation or its appeal', () => {
  it('does not take a charity\'s own fundraising page for war reporting', () => {
    const t = detectTopic(APPEAL);
    expect(t.gaza).toBe(false);
    expect(t.reason).toMatch(/fundraising appeal/);
  });

  it('keeps a news story about an aid appeal, and one quoting a charity', () => {
    expect(detectTopic(NEWS_OF_AN_APPEAL).gaza).toBe(true);
    expect(detectTopic(NEWS_QUOTING_A_CHARITY).gaza).toBe(true);
  });
});
