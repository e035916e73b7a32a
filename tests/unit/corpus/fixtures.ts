/**
 * Our own short news pages for the matcher's tests, written for them (not copied from any
 * outlet): January 2024 Khan Younis and truce-talk pages, April 2024 withdrawal pages, and pages
 * about other events of the war that share places and figures with the seeds.
 */
import { resolve } from 'node:path';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus, type LoadedCorpus, type PageForMatching } from '../../../src/corpus/match-reports';
import { extractFigures } from '../../../src/figures/extract-figures';
import { detectTopic } from '../../../src/topic/detect-topic';
import type { Article } from '../../../src/types';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';

export const S0 = '000_9652a0e73c984a98';
export const S1 = '001_04e031c6b96cc0b5';
export const S2 = '002_13625b8aa8aaa443';
export const JANUARY = [S0, S1];

let cached: LoadedCorpus | null = null;
/** The seeds, compiled and loaded once per test file. */
export function seedCorpus(): LoadedCorpus {
  cached ??= loadCorpus(compileCorpus(loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds'))));
  return cached;
}

/** A page as the engine sees it, with the real topic detector and figure extractor. */
export function page(title: string, text: string, date: string | null, gaza?: boolean): PageForMatching {
  const article: Article = { title, text, date, publisher: 'Test Gazette', url: null, pageType: 'article', lang: 'en', truncated: false, fullLength: text.length, updates: [] };
  const topic = detectTopic(article);
  return { article, topic: gaza === undefined ? topic : { ...topic, gaza }, figures: extractFigures(text) };
}

export const januaryAssault = page(
  'Tanks close in on Khan Younis as truce talks gather pace',
  [
    'Israeli tanks tightened their grip on Khan Younis on Tuesday, cutting the coastal road used by families fleeing toward Rafah.',
    'Negotiators from Qatar and Egypt were working on a 30-day ceasefire that would see hostages freed in exchange for Palestinian prisoners.',
    'The Gaza health ministry said at least 25,490 Palestinians had been killed since October 7, with 195 deaths recorded in the previous 24 hours.',
    'Rear Admiral Daniel Hagari said troops had killed dozens of gunmen in western Khan Younis.',
  ].join('\n\n'),
  '2024-01-23',
);

export const januaryTollUndated = page(
  'Gaza toll climbs past 25,000 as Khan Yunis siege tightens',
  [
    'Twenty-four Israeli soldiers died on Monday in the deadliest day for the army in the Gaza offensive, 21 of them when two buildings collapsed.',
    'Binyamin Netanyahu said the fighting would go on until absolute victory over Hamas.',
    'Health officials in Gaza said 25,490 people had been killed, including 195 in the past 24 hours, as fighting raged around Khan Yunis.',
    'A 30-day ceasefire plan was being discussed by mediators, officials said.',
  ].join('\n\n'),
  null,
);

export const aprilWithdrawal = page(
  'IDF pulls 98th division out of Khan Younis',
  [
    'The Israeli military said on Sunday that its 98th division had left Khan Younis after four months of fighting.',
    'A brigade stays behind to hold the Netzarim corridor, which cuts the Strip in two near Salah al-Din road.',
    'Prime Minister Benjamin Netanyahu said Israel was one step from victory and that a Rafah operation would follow.',
  ].join('\n\n'),
  '2024-04-07',
);

export const aprilUndated = page(
  'Israel withdraws troops from southern Gaza',
  [
    'Six months after the start of the war, Israeli troops pulled out of Khan Yunis, leaving one brigade on the Netzarim corridor.',
    'Soldiers of the 98th division had searched the Al-Amal neighbourhood, the army said, and found a long tunnel.',
    'Residents returned to find Salaheddin Street in ruins.',
  ].join('\n\n'),
  null,
);

/** Another event in the same city: the August 2024 pull-back from northern Khan Younis. */
export const augustKhanYounis = page(
  'Army leaves northern Khan Younis, orders new evacuation',
  [
    'Israeli forces left northern Khan Younis on Saturday, residents said, after a ten-day raid that flattened apartment blocks.',
    'Rescue teams recovered bodies from the rubble and took them to Nasser hospital.',
    'The army said it destroyed a 500-metre tunnel and ordered people in central Gaza to move to humanitarian zones.',
  ].join('\n\n'),
  '2024-08-24',
);

/** Another event, undated: the December 2023 push into Khan Younis. */
export const decemberUndated = page(
  'Residents told to leave central Khan Younis',
  [
    'Israel ordered residents out of central Khan Younis as the two-month-old war spread to the south of the Gaza Strip.',
    'The health ministry said the toll had passed 17,700, and Israel said it had killed about 7,000 militants.',
    'Four soldiers were killed in the fighting, the army said.',
  ].join('\n\n'),
  null,
);

/** Not the war: a recipe. */
export const recipe = page('Lemon cake in one bowl', 'Whisk 200 grams of sugar with three eggs and the zest of two lemons.', '2024-01-24', false);
