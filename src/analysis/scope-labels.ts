/**
 * Which of a figure's scope words are the vocabulary's own label (src/figures/measures.json's
 * `scopes`), and the message that says that label in the interface's language. The engine keeps a
 * scope as words: the page's own ("since the war began") or, when those do not read on their own,
 * the label ("while seeking aid"); only a label is translated. Imports just the scopes of the data
 * (a named JSON import), not the compiled vocabulary, so the report page that shows scopes stays light.
 */
import { scopes } from '../figures/measures.json';
import { scopeMessage } from '../wording/labels';

/** The message name of each English scope label. */
const BY_LABEL: ReadonlyMap<string, string> = new Map(scopes.map((s) => [s.label, scopeMessage(s)]));

/** The message name of `scope` when it is one of the vocabulary's labels, else null. */
export function scopeLabelMessage(scope: string): string | null {
  return BY_LABEL.get(scope) ?? null;
}
