/**
 * The quick check's keys (quick-keys.ts) from the bundled lexicons. In Node (tests, the CLI) this
 * module computes them from the lexicon files; the extension build replaces the whole module by
 * the list it computes (scripts/lib/quick-keys-plugin.ts), so the content script imports neither
 * lexicon.json nor any src/topic/lexicons/<lang>.json. Keep this module's only export the list.
 */
import { LANGUAGE_LEXICONS } from './language-lexicons';
import { LEXICON } from './lexicon';
import { quickKeys } from './quick-keys';

/** The quick check's keys: see {@link quickKeys}. */
export const QUICK_KEYS: readonly string[] = quickKeys(LEXICON, Object.values(LANGUAGE_LEXICONS));
