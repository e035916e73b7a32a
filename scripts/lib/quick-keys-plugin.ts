import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../src/language/languages';
import type { LanguageLexicon, Lexicon } from '../../src/topic/lexicon';
import { quickKeys } from '../../src/topic/quick-keys';

/** The module the build replaces: it computes the keys from the lexicons in Node. */
export const QUICK_KEY_LIST = join('src', 'topic', 'quick-key-list.ts');

/** The lexicon files the keys come from: lexicon.json and src/topic/lexicons/<lang>.json. */
export function quickKeyFiles(root: string): { english: string; others: string[] } {
  const topic = join(root, 'src', 'topic');
  return { english: join(topic, 'lexicon.json'), others: LANGUAGES.filter((l) => l !== 'en').map((l) => join(topic, 'lexicons', `${l}.json`)) };
}

/** The module the build puts in place of quick-key-list.ts: the keys, read from the lexicon files now. */
export function quickKeyListModule(root: string): string {
  const files = quickKeyFiles(root);
  const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
  const keys = quickKeys(read<Lexicon>(files.english), files.others.map((f) => read<LanguageLexicon>(f)));
  return `/** The quick check's keys, computed at build time (scripts/lib/quick-keys-plugin.ts). */\nexport const QUICK_KEYS = ${JSON.stringify(keys)};\n`;
}

/**
 * Replaces src/topic/quick-key-list.ts by its value at build time, so the content script carries
 * the quick check's few hundred short keys (about 2 kB) rather than every topic lexicon it is
 * computed from (about 56 kB of JSON) and the work of computing it on every page.
 */
export function quickKeysPlugin(root = resolve(import.meta.dirname, '..', '..')): Plugin {
  const target = resolve(root, QUICK_KEY_LIST);
  return {
    name: 'crosscheck-quick-keys',
    enforce: 'pre',
    load(id) {
      if (resolve(id.split('?')[0] ?? id) !== target) return undefined;
      const files = quickKeyFiles(root);
      for (const f of [files.english, ...files.others]) this.addWatchFile(f);
      return quickKeyListModule(root);
    },
  };
}
