/**
 * The measure vocabulary's words as a reader sees them: a measure's label ("Palestinians killed in
 * Gaza since 7 October") and a time scope's ("while seeking aid"). The English labels are data
 * (src/figures/measures.json, the engine's vocabulary); their translations are messages of the
 * browser's catalogues, `measure_<key>` and `scope_<key>`, which `npm run locales:sync` writes into
 * the English messages.json from the data (tests/unit/wording/locales.test.ts holds the two equal
 * and every other language complete). A figure keeps its English label, as the engine and the
 * reader's library store it; it is said in the interface's language only when shown.
 */
import { activeCatalogue, messageName, type Catalogue } from './messages';

/** The message name of a measure's label: `killed.palestinians.24h` → `measure_killed_palestinians_24h`. */
export const measureMessage = (measure: string): string => messageName(`measure.${measure}`);

/**
 * The message name of a scope's label. Two scopes share the key `cumulative` (one says since when,
 * "since 7 October"; the generic one only that it is a total, "in total"): the generic one's name
 * ends in `_generic`.
 */
export const scopeMessage = (scope: { key: string; generic?: boolean }): string => messageName(`scope.${scope.key}${scope.generic ? '.generic' : ''}`);

/**
 * A measure's label in the interface's language: the catalogue's `measure_<key>`, else the English
 * label the figure carries (in Node, whose English catalogue holds the engine's messages only, and
 * for a measure the catalogue does not know), else the key.
 */
export function measureLabel(measure: string | null | undefined, english: string | null | undefined, c: Catalogue = activeCatalogue()): string {
  // In English the label the figure carries is the message (en/messages.json copies the data), so
  // it is not looked up: in a content script that lookup asks the browser's i18n, whose first
  // answer in a page costs several milliseconds (npm run bench's A/B, analysed → badges).
  if (c.locale === 'en' && english) return english;
  return (measure ? c.text(measureMessage(measure)) : '') || english || measure || '';
}
