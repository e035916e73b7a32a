/**
 * The interface's translations: every locale of LOCALES has a valid messages.json with every key of
 * the English one (a counted message with exactly its language's plural forms), the same
 * placeholders, nothing left in English by mistake, and every key the source uses exists.
 * Adding a language: add public/_locales/<lang>/messages.json and the language to LOCALES; this
 * file then lists what is missing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN, flattenTemplates } from '../../../src/wording/messages';
import { BACKGROUND_EN } from '../../../src/wording/background-messages';
import { labelMessages } from '../../../src/build/label-messages';
import measures from '../../../src/figures/measures.json';
import { LOCALES, PLURAL_CATEGORIES, PLURAL_RULES, type Locale } from '../../../src/wording/locale';
import { LOCALES_DIR, readMessages } from '../support/catalogues';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const english = readMessages('en');
const baseOf = (name: string): string => name.split('__')[0]!;
const englishBases = [...new Set(Object.keys(english).map(baseOf))];
const counted = new Set(Object.keys(english).filter((n) => n.endsWith('__other')).map(baseOf));
const placeholders = (text: string): string[] => [...new Set(text.match(/\{[a-z-]+\}/g) ?? [])].sort();

/**
 * Messages a locale may write exactly as English does: names, numbers and words the language
 * shares with English. Templates of placeholders and punctuation alone, and "Crosscheck", never
 * count as English.
 */
const SAME_AS_ENGLISH: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  ar: [],
  he: [],
  // French shares these words with English: article, options, date, source, score.
  fr: ['count_article__one', 'count_article__other', 'popup_options', 'plot_col_date', 'report_col_source', 'popup_score'],
  // Spanish writes "general" and "bytes" as English does.
  es: ['opt_general', 'size_bytes__one', 'size_bytes__other'],
  // German shares the preposition "in": "{value} in {reports}:", "{change} in {days}".
  de: ['card_group', 'change_in_days'],
};

/** True when `text` has no word of its own once placeholders and the product's name are taken out. */
const wordless = (text: string): boolean => !/\p{L}/u.test(text.replace(/\{[a-z-]+\}/g, '').replace(/Crosscheck/g, ''));

describe('the _locales folders', () => {
  it('hold exactly the interface languages, each a valid messages.json of well-formed entries', () => {
    const folders = readdirSync(LOCALES_DIR).filter((n) => statSync(join(LOCALES_DIR, n)).isDirectory()).sort();
    expect(folders).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const raw = JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      for (const [name, entry] of Object.entries(raw)) {
        // Chrome's rule for message names; "@@" names are the browser's own.
        expect(name, `${locale}: ${name}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry, `${locale}: ${name}`).toMatchObject({ message: expect.any(String) });
        const message = (entry as { message: string }).message;
        expect(message.trim(), `${locale}: ${name} is empty`).not.toBe('');
        // "$" starts getMessage's own placeholders ($1, $name$): our templates use {name}.
        expect(message, `${locale}: ${name}`).not.toContain('$');
      }
      // Chrome treats names case-insensitively: no two may differ only in case.
      const lower = Object.keys(raw).map((n) => n.toLowerCase());
      expect(new Set(lower).size, locale).toBe(lower.length);
    }
  });

  it("English holds the engine's messages exactly as src/wording/messages.ts writes them (npm run locales:sync)", () => {
    for (const [name, text] of Object.entries(flattenTemplates(EN))) expect(english[name], name).toBe(text);
  });

  it("English holds the background's messages and the measure vocabulary's labels exactly as their sources write them (npm run locales:sync)", () => {
    for (const [name, text] of Object.entries(flattenTemplates(BACKGROUND_EN))) expect(english[name], name).toBe(text);
    const labels = labelMessages();
    // Every measure and every scope has its own message (the two `cumulative` scopes included).
    expect(Object.keys(labels)).toHaveLength(measures.measures.length + measures.scopes.length);
    for (const [name, text] of Object.entries(labels)) expect(english[name], name).toBe(text);
  });

  it('English says a counted message in the forms one and other, and only counted messages take {count}', () => {
    for (const base of englishBases) {
      const forms = Object.keys(english).filter((n) => baseOf(n) === base && n !== base);
      if (counted.has(base)) expect(forms.map((n) => n.split('__')[1]).sort(), base).toEqual(['one', 'other']);
      else expect(english[base], base).not.toContain('{count}');
    }
  });
});

describe.each(LOCALES.filter((l) => l !== 'en'))('the %s translation', (locale) => {
  const messages = readMessages(locale);

  it("has every key of English, a counted message in exactly its language's plural forms, and no other key", () => {
    const expected = englishBases.flatMap((b) => (counted.has(b) ? PLURAL_CATEGORIES[locale].map((c) => `${b}__${c}`) : [b])).sort();
    const names = Object.keys(messages).sort();
    expect(names.filter((n) => !expected.includes(n)), 'keys English does not have').toEqual([]);
    expect(expected.filter((n) => !names.includes(n)), 'keys missing').toEqual([]);
  });

  it("keeps English's placeholders: all of them in every message (a plural form may spell its count as a word)", () => {
    for (const base of englishBases) {
      const want = placeholders(Object.entries(english).filter(([n]) => baseOf(n) === base).map(([, t]) => t).join(' '));
      const forms = Object.entries(messages).filter(([n]) => baseOf(n) === base);
      for (const [name, text] of forms) {
        const have = placeholders(text);
        expect(have.filter((p) => !want.includes(p)), `${name}: unknown placeholders`).toEqual([]);
        const needed = counted.has(base) ? want.filter((p) => p !== '{count}') : want;
        expect(needed.filter((p) => !have.includes(p)), `${name}: missing placeholders`).toEqual([]);
      }
      // Among a counted message's forms, "other" always shows the number.
      if (counted.has(base)) expect(messages[`${base}__other`], base).toContain('{count}');
    }
  });

  it('leaves no message in English, but for the listed exceptions', () => {
    const same = Object.keys(messages).filter((n) => english[n] !== undefined && messages[n] === english[n] && !wordless(messages[n]!) && n !== 'extName');
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[locale]].sort());
  });

  it('keeps the product name "Crosscheck" untranslated', () => {
    expect(messages.extName).toBe('Crosscheck');
    for (const [name, text] of Object.entries(english)) {
      if (text.includes('Crosscheck')) expect(messages[name] ?? messages[`${name}__other`] ?? '', name).toContain('Crosscheck');
    }
  });
});

describe('the keys the source uses', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
  // The code that says messages: the interface, its controllers, the wording, and the manifest.
  const source = [...['ui', 'app', 'wording', 'platform'].flatMap((d) => files(join(ROOT, 'src', d))), join(ROOT, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
  const bases = new Set(englishBases);

  it("exist in the catalogue: every interface key named in src/, and the manifest's __MSG_ names", () => {
    const used = new Set([...source.matchAll(/['"`]((?:popup|opt|report|plot|common)_[a-z_]+)['"`]/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((k) => !bases.has(k))).toEqual([]);
    const manifest = [...source.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(manifest.sort()).toEqual(['extActionTitle', 'extDescription', 'extName']);
    for (const name of manifest) expect(bases.has(name), name).toBe(true);
  });

  it('and every interface key of the catalogue is used somewhere', () => {
    const engine = new Set(Object.keys(flattenTemplates(EN)).map(baseOf));
    const ui = englishBases.filter((b) => /^(popup|opt|report|plot|common)_/.test(b) && !engine.has(b));
    expect(ui.filter((k) => !source.includes(`'${k}'`) && !source.includes(`"${k}"`))).toEqual([]);
  });
});

describe('the plural rules', () => {
  it.each(LOCALES)("give %s's category of Intl.PluralRules for every count from 0 to 10,000 (French and Spanish 'many' is 'other')", (locale) => {
    const intl = new Intl.PluralRules(locale);
    for (let n = 0; n <= 10_000; n++) {
      const want = intl.select(n);
      expect(PLURAL_RULES[locale](n), `${locale} ${n}`).toBe(want === 'many' && (locale === 'fr' || locale === 'es') ? 'other' : want);
      expect(PLURAL_CATEGORIES[locale]).toContain(PLURAL_RULES[locale](n));
    }
  });
});

describe('a catalogue read from the browser', () => {
  it('asks the browser for each message once, however often it is said', async () => {
    const { catalogueOf, say } = await import('../../../src/wording/messages');
    const asked: string[] = [];
    const c = catalogueOf('fr', (name) => {
      asked.push(name);
      return name === 'relative_same_day' ? 'le même jour' : '';
    });
    for (let i = 0; i < 5; i++) say('relative.same-day', {}, c);
    expect(say('relative.same-day', {}, c)).toBe('le même jour');
    expect(asked.filter((n) => n === 'relative_same_day')).toHaveLength(1);
  });
});
