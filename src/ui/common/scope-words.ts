/**
 * A figure's time scope as the report page shows it: the vocabulary's label ("while seeking aid")
 * in the interface's language (its `scope_<key>` message, src/wording/labels.ts); the page's own
 * words ("depuis le 7 octobre") as written.
 */
import { scopeLabelMessage } from '../../analysis/scope-labels';
import { activeCatalogue, type Catalogue } from '../../wording/messages';

/** A scope's words in the interface's language when they are the vocabulary's label, else as they are. */
export function scopeWords(scope: string, c: Catalogue = activeCatalogue()): string {
  const name = scopeLabelMessage(scope);
  return (name && c.text(name)) || scope;
}
