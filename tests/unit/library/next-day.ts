/** A second report of the library test page's story (tests/unit/library/page.ts), of our own, on another site a day later, with the next day's toll. */
import type { Article } from '../../../src/types';

/** Our own second report of the same day's story, on another site, a day later, with the next day's toll. */
export const NEXT_DAY = [
  'Strikes on homes in Deir al-Balah in the central Gaza Strip killed at least 41 people overnight, the Gaza health ministry said, as rescuers searched the rubble by hand.',
  'The ministry said 25,700 Palestinians had been killed and 63,740 wounded since the war began on 7 October.',
  'The Israeli military said 24 soldiers were killed on Monday, 21 of them when a building collapsed near Kissufim.',
  'Mediators from Qatar and Egypt are pressing for a 30-day ceasefire, with a new round of talks expected in Cairo.',
].join('\n\n');

export function article(text: string, url: string, date: string | null, title = 'Gaza toll rises as Kissufim deaths shake Israel'): Article {
  return { title, text, date, publisher: 'Evening Ledger', url, pageType: 'article', lang: 'en', truncated: false, fullLength: text.length, updates: [] };
}
export const nextDay = (url = 'https://ledger.example/gaza-kissufim', date: string | null = '2024-01-25') => article(NEXT_DAY, url, date);

