/** Small invented articles for the topic tests (no third-party text). */
import type { Article } from '../../../src/types';

/** An Article from a title and paragraphs, typed as a news article unless said otherwise. */
export function article(title: string | null, paragraphs: readonly string[], pageType: string | null = 'article'): Article {
  const text = paragraphs.join('\n\n');
  return { title, text, date: null, publisher: null, url: null, pageType, lang: 'en', truncated: false, fullLength: text.length, updates: [] };
}

/** Neutral filler: prose about nothing in the lexicon, to make an article long. */
export const FILLER = [
  'Officials spent much of the afternoon in meetings that ran past their scheduled end, according to two people who attended and asked not to be named.',
  'Analysts said the decision reflected months of pressure from lawmakers, business groups and voters who had grown impatient with the pace of change.',
  'The statement did not say when the next round of discussions would take place, and a spokesperson declined to give further details on Wednesday.',
  'Markets reacted calmly to the news, with the main index closing slightly higher and the currency little changed against the dollar by the end of trading.',
];

/** A story about the Gaza war, written for these tests. */
export const GAZA_STORY = article('Strikes pound Khan Yunis as truce talks stall', [
  'Israeli air strikes hit the southern city of Khan Yunis overnight, residents said, as mediators struggled to restart talks on a ceasefire and the release of hostages.',
  'The Hamas-run health ministry said dozens of people had been killed since Monday. The Israeli military said it had struck militant positions and tunnel shafts.',
  'Families who had fled earlier fighting in Jabaliya and Beit Hanoun now crowded into tents near Deir el-Balah, where aid trucks arrived only sporadically.',
  ...FILLER,
]);
