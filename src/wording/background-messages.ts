/**
 * The sentences the background says to a reader about the reader's library (what was kept,
 * forgotten, imported, or why not), as templates like the engine's (src/wording/messages.ts): the
 * English ones here, every language's in public/_locales (`npm run locales:sync` copies these into
 * the English messages.json). Kept apart from the engine's {@link EN} because the content script,
 * which bundles EN, never says them. The background says them in the interface's language (it
 * starts its catalogue as a page does); in Node (the tests) they are English.
 */
import { ENGLISH, catalogueOf, flattenTemplates, sayFrom, type Catalogue, type Params, type Template } from './messages';

/** The English templates of the background's messages. */
export const BACKGROUND_EN = {
  'library.saved': 'Saved “{title}” in your library, on this computer.',
  'library.forgotten': 'Forgotten: the article is no longer in your library.',
  'library.not-there': 'That article was not in your library.',
  'library.deleted': { one: 'Deleted {count} article: your library is empty.', other: 'Deleted {count} articles: your library is empty.' },
  'library.failed': 'The library could not be changed: {error}',
  'library.no-tab': 'No article has been read in this tab yet.',
  'library.no-address': 'This page has no web address to keep it by.',
  'library.private': 'This tab is in a private window: Crosscheck never keeps private pages.',
  'library.site-off': 'Crosscheck is turned off for this site.',
  'library.not-gaza': 'Only Gaza-war articles are kept, and this page is not one.',
  // The store's failures a reader can act on, by their kind (src/platform/library-errors.ts).
  'library.quota': 'The browser has no more room for the library: what was being saved was not kept. Nothing kept before was lost.',
  'library.newer': 'The library was made by a newer version of Crosscheck; it is left as it is.',
  'library.unreadable': 'The library could not be read or written: {error}',
  'library.invalid-entry': 'Not a library entry: {reason}',
  'library.unavailable': 'This browser window offers no IndexedDB, so the library cannot be kept here.',
  // Imports: why one item was not taken, and the outcome of the whole.
  'library.import.not-gaza': 'not a Gaza-war article',
  'library.import.no-address': 'no web address (http or https) to keep it by',
  'library.import.unreadable': 'could not be read: {error}',
  'library.import.interrupted-item': 'the import was interrupted; start it again',
  'library.import.unnamed': 'an item',
  'library.import.item-reason': '{name}: {reason}',
  'library.import.interrupted': 'The import was interrupted before it finished: nothing was imported. Please start it again.',
  'library.import.refused': 'A report of a corpus pack is invalid ({why}), so nothing was imported: a pack is read all or nothing.',
  'library.import.empty': 'Nothing to import: no file held a Gaza-war article Crosscheck could read.',
  'library.imported': { one: 'Imported {count} article into your library.', other: 'Imported {count} articles into your library.' },
} as const satisfies Record<string, Template>;

/** A key of the background's messages. */
export type BackgroundKey = keyof typeof BACKGROUND_EN;

let english: Catalogue | null = null;

/**
 * The background's message `key`, in the active catalogue's language; in English from
 * {@link BACKGROUND_EN} when the catalogue lacks it (Node, where the active catalogue is the
 * engine's English).
 */
export function sayBackground(key: BackgroundKey, params: Params = {}): string {
  english ??= catalogueOf('en', (name) => (flat ??= flattenTemplates(BACKGROUND_EN))[name] ?? ENGLISH.text(name));
  return sayFrom(key, params, english);
}
let flat: Record<string, string> | null = null;
