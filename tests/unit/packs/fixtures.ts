/**
 * Pack fixtures: two short wire-style stories written for these tests (no third-party text),
 * carrying the Gaza health ministry's tolls of 23 and 24 January 2024 (25,490 and 25,700), read
 * and analysed by the real engine and kept as library entries. Each is long enough for the
 * detector to take it as a Gaza-war news article (over 500 characters of running prose).
 */
import { analyzeArticle } from '../../../src/analysis/analyze-article';
import { libraryEntryOf, type LibraryEntry } from '../../../src/analysis/library-entry';
import { readPlainText } from '../../../src/article/read-article';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus } from '../../../src/corpus/match-reports';
import type { PackReport } from '../../../src/corpus/pack';

export const STORY_23 = `Strikes on Khan Younis as toll passes 25,000

Tuesday, January 23, 2024

The Gaza health ministry said on Tuesday that 25,490 Palestinians had been killed since 7 October, and that 195 people had been killed in the previous 24 hours.

Israeli forces pressed their offensive around Khan Younis, where residents said tanks had reached the western edge of the city near Nasser hospital.

Doctors at the hospital said they were short of fuel and anaesthetics, and that families sheltering in its courtyard had been told by leaflets to move towards the coast, which many said they could not do under fire.
`;

export const STORY_24 = `Ministry reports 210 killed in a day as fighting rages in Khan Younis

Wednesday, January 24, 2024

At least 25,700 Palestinians have been killed in Gaza since 7 October, the health ministry in the enclave said on Wednesday, including 210 in the last 24 hours.

Thousands of people fled west towards Rafah as the fighting around Khan Younis went on for a second week, aid workers said.

Mediators were waiting for Hamas to answer a proposal for a pause in the fighting of about a month, under which hostages held in Gaza would be released in stages in exchange for Palestinian prisoners. Officials in Cairo said a reply could come within days, but that the gaps between the two sides over a permanent end to the war remained wide.
`;

const EMPTY = loadCorpus(compileCorpus([]));

/** The library entry the engine makes of a plain-text story, kept at `keptAt`. */
export function storyEntry(raw: string, url: string, keptAt = Date.UTC(2024, 0, 25, 8)): PackReport & LibraryEntry {
  const analysis = analyzeArticle(readPlainText(raw, { url }), EMPTY);
  const entry = libraryEntryOf(analysis, keptAt, url);
  if (!entry) throw new Error(`no entry for ${url}`);
  return entry;
}

/** The two stories as entries, and the same with their texts. */
export const entries = (): LibraryEntry[] => [
  storyEntry(STORY_23, 'https://news.example/gaza/2024/01/23/khan-younis-strikes'),
  storyEntry(STORY_24, 'https://wire.example/world/gaza-toll-25700'),
];
export const withTexts = (): PackReport[] =>
  entries().map((e, i) => ({ ...e, text: readPlainText(i === 0 ? STORY_23 : STORY_24).text }));
