/**
 * Writes the engine's English messages (src/wording/messages.ts, EN) into
 * public/_locales/en/messages.json, keeping the interface's own messages there as they are:
 * `npm run locales:sync` after changing an engine message. The locale test fails until the two
 * agree, and says which keys every other locale then lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EN, flattenTemplates } from '../src/wording/messages';

const file = new URL('../public/_locales/en/messages.json', import.meta.url);
const current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; description?: string }>;
const engine = flattenTemplates(EN);
const out: Record<string, { message: string; description?: string }> = {};
// Messages the engine no longer has are dropped; the rest keep their place and descriptions.
const engineNames = new Set(Object.keys(engine));
const isEngineName = (name: string): boolean => /^(count|size|library|relative|kind|change|date|explain|badge|ref|card|popup_date|list|topic|reason)_/.test(name);
for (const [name, entry] of Object.entries(current)) {
  if (isEngineName(name) && !engineNames.has(name)) continue;
  out[name] = engineNames.has(name) ? { ...entry, message: engine[name]! } : entry;
}
for (const [name, message] of Object.entries(engine)) out[name] ??= { message };
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${Object.keys(engine).length} engine messages written to ${file.pathname}`);
