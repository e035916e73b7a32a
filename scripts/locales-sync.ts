/**
 * Writes the engine's English messages (src/wording/messages.ts, EN), the background's
 * (src/wording/background-messages.ts) and the measure vocabulary's labels
 * (src/build/label-messages.ts, from src/figures/measures.json) into
 * public/_locales/en/messages.json, keeping the interface's own messages there as they are:
 * `npm run locales:sync` after changing one of them. The locale test fails until they agree, and
 * says which keys every other locale then lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EN, flattenTemplates } from '../src/wording/messages';
import { BACKGROUND_EN } from '../src/wording/background-messages';
import { labelMessages } from '../src/build/label-messages';

const file = new URL('../public/_locales/en/messages.json', import.meta.url);
const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; description?: string }>;
const engine = { ...flattenTemplates(EN), ...flattenTemplates(BACKGROUND_EN), ...labelMessages() };
const out: Record<string, { message: string; description?: string }> = {};
// Messages the engine no longer has are dropped; the rest keep their place and descriptions.
const engineNames = new Set(Object.keys(engine));
const isEngineName = (name: string): boolean => /^(count|size|library|relative|kind|change|date|explain|badge|ref|card|popup_date|list|topic|reason|related|qualifier|measure|scope|keep)_/.test(name);
for (const [name, entry] of Object.entries(current)) {
  if (isEngineName(name) && !engineNames.has(name)) continue;
  out[name] = engineNames.has(name) ? { ...entry, message: engine[name]! } : entry;
}
for (const [name, message] of Object.entries(engine)) out[name] ??= { message };
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${Object.keys(engine).length} engine messages written to ${file.pathname}`);
