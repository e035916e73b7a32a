/**
 * The English messages of the measure vocabulary's labels, as `npm run locales:sync` writes them
 * into public/_locales/en/messages.json and the translation test checks them: `measure_<key>` for
 * each measure, `scope_<key>` for each time scope (src/wording/labels.ts). Read from the data, so
 * a label changed in src/figures/measures.json is a message changed, and every other language's
 * test then says which translation to revisit. Build-time and tests only: the extension reads the
 * labels' translations from the browser's catalogue.
 */
import measures from '../figures/measures.json';
import { measureMessage, scopeMessage } from '../wording/labels';

/** Message name → English label, for every measure and scope of the vocabulary. */
export function labelMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of measures.measures) out[measureMessage(m.key)] = m.label;
  for (const s of measures.scopes) out[scopeMessage(s)] = s.label;
  return out;
}
