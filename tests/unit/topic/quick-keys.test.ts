/**
 * The quick check in every language the engine reads: its keys come from the topic lexicons
 * (English and src/topic/lexicons/<lang>.json) without the content script importing any of them.
 * Sentences here are our own.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/language/languages';
import { LANGUAGE_LEXICONS } from '../../../src/topic/language-lexicons';
import { LEXICON, variantKey, type LanguageLexicon } from '../../../src/topic/lexicon';
import { quickCheck } from '../../../src/topic/quick-check';
import { QUICK_KEY_LIST, quickKeyListModule } from '../../../scripts/lib/quick-keys-plugin';
import { QUICK_KEYS } from '../../../src/topic/quick-key-list';
import { QUICK_EXTRA_TERMS, quickKeys } from '../../../src/topic/quick-keys';

const ROOT = `${import.meta.dirname}/../../..`;
const CORE = new Set([...LEXICON.terms.filter((t) => t.core).map((t) => t.name), ...QUICK_EXTRA_TERMS]);

/** Every spelling a lexicon gives a core term (or the Israeli military, the IDF). */
function coreSpellings(lex: { terms: readonly { name: string; core?: boolean; variants: string[]; exact?: string[] }[] }): string[] {
  return lex.terms.filter((t) => t.core || CORE.has(t.name)).flatMap((t) => [...t.variants, ...(t.exact ?? [])]);
}

describe('the quick check\'s keys', () => {
  it.each(LANGUAGES)('let through every core spelling of the %s lexicon, alone and inside a sentence', (lang) => {
    const lex = lang === 'en' ? LEXICON : LANGUAGE_LEXICONS[lang];
    const spellings = coreSpellings(lex);
    expect(spellings.length).toBeGreaterThan(5);
    for (const s of spellings) {
      expect(quickCheck(s, ''), s).toBe(true);
      expect(quickCheck('', `Bulletin. ${s}, mardi.`), s).toBe(true);
    }
  });

  it('are what the build puts in the content script (scripts/lib/quick-keys-plugin.ts)', () => {
    const module = quickKeyListModule(ROOT);
    const list = JSON.parse(/export const QUICK_KEYS = (\[.*\]);/.exec(module)?.[1] ?? 'null') as string[];
    expect(list).toEqual(QUICK_KEYS);
    expect(QUICK_KEY_LIST).toMatch(/quick-key-list\.ts$/);
  });

  it('leave out only keys a shorter key finds at the same place', () => {
    const all = new Set([LEXICON, ...Object.values(LANGUAGE_LEXICONS)].flatMap((l) => coreSpellings(l).map(variantKey)));
    const kept = new Set(QUICK_KEYS);
    expect(QUICK_KEYS.length).toBeLessThan(all.size);
    for (const k of all) {
      if (kept.has(k)) continue;
      expect(QUICK_KEYS.some((s) => k.startsWith(s) || k.includes(` ${s}`)), k).toBe(true);
    }
  });

  it('come from each language\'s lexicon: a core term of a new language is a key', () => {
    const lex: LanguageLexicon = {
      lang: 'it', prefixes: [], version: 1, negative: [],
      terms: [{ name: 'Gaza Strip', kind: 'place', weight: 3, variants: ['Striscia di Gaza'] }, { name: 'Khan Younis', kind: 'place', weight: 2, variants: ['Khan Yunis', 'Chan Iunis'] }],
    };
    const keys = quickKeys({ version: 1, terms: [{ name: 'Khan Younis', kind: 'place', weight: 2, core: true, variants: ['Khan Yunis'] }], negative: [] }, [lex]);
    expect(keys).toEqual(['chan iunis', 'khan yunis']);
  });
});

describe('the quick check on pages in other languages that do not name Gaza', () => {
  it.each([
    ['ar', 'قصف على خان يونس', 'استشهد ثلاثة أشخاص في غارة ليلية شرقي المدينة.'],
    ['ar', 'الدفاع المدني', 'انتشال جثامين من تحت الأنقاض في مخيم النصيرات فجر اليوم.'],
    ['he', 'לילה של תקיפות', 'צה"ל תקף מטרות ברפיח במהלך הלילה.'],
    ['he', 'מבצע בדרום', 'כוחות פעלו בחאן יונס ובמוואסי.'],
    ['fr', 'Nuit de frappes', 'Les frappes israéliennes ont visé Khan Younès, selon la défense civile.'],
    ['fr', 'Hôpitaux', 'L\'hôpital al-Chifa manque de carburant depuis une semaine.'],
    ['es', 'Noche de bombardeos', 'El ejército israelí avanzó hacia Jan Yunis el martes.'],
    ['de', 'Neue Angriffe', 'Die israelische Armee meldete Kämpfe in Chan Junis.'],
  ] as const)('lets a page in %s through: %s', (_lang, title, text) => {
    expect(quickCheck(title, text)).toBe(true);
  });

  it.each([
    ['ar', 'نتائج الدوري', 'فاز الفريق بهدفين مقابل هدف في مباراة مثيرة مساء أمس.'],
    ['he', 'מזג האוויר', 'גשם קל צפוי בצפון הארץ בסוף השבוע.'],
    ['fr', 'Recette du jour', 'Une tarte aux pommes se prépare en quarante minutes.'],
    ['es', 'Liga', 'El equipo ganó dos a uno en el último minuto del partido.'],
    ['de', 'Wetter', 'Am Wochenende wird es in Bayern sonnig und warm.'],
  ] as const)('says no to a page in %s that names nothing of the war: %s', (_lang, title, text) => {
    expect(quickCheck(title, text)).toBe(false);
  });
});
