/**
 * pageLanguage: the declared language when the text agrees, else the script, else the function
 * words; null for other languages and texts too short to tell. Sentences of our own, carrying
 * the Gaza ministry's toll of 23-24 January 2024 as each language's press wrote it.
 */
import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../../src/language/detect-language';
import { isLang, primaryLanguage } from '../../../src/language/languages';

const TEXT = {
  en: 'The Gaza health ministry said on Tuesday that 25,490 people had been killed since the war began, and that most of the 1.7 million displaced were sheltering in the south of the strip.',
  fr: "Le ministère de la Santé de Gaza a fait état mardi de 25\u202f490 morts depuis le début de la guerre, selon un bilan publié par le Hamas. Les frappes se sont poursuivies dans le sud de l'enclave, où se sont réfugiés la plupart des déplacés.",
  es: 'El Ministerio de Sanidad de Gaza elevó el martes a 25.490 el número de muertos desde el inicio de la guerra, según un comunicado, y la mayoría de los desplazados se encuentran en el sur de la Franja.',
  de: 'Das Gesundheitsministerium im Gazastreifen meldete am Dienstag 25.490 Tote seit Beginn des Krieges. Die meisten der Vertriebenen sind nach Angaben der Vereinten Nationen im Süden des Gebiets untergekommen.',
  ar: 'أعلنت وزارة الصحة في غزة يوم الثلاثاء ارتفاع عدد الشهداء إلى 25490 شهيداً منذ بدء الحرب، فيما نزح نحو 1.7 مليون شخص إلى جنوب القطاع.',
  he: 'משרד הבריאות בעזה מסר ביום שלישי כי מספר ההרוגים ברצועה עלה ל-25,490 מאז תחילת המלחמה, וכי רוב העקורים שוהים בדרום הרצועה.',
  it: "Il ministero della Salute di Gaza ha comunicato martedì che il numero dei morti è salito a 25.490 dall'inizio della guerra, e che la maggior parte degli sfollati si trova nel sud della Striscia.",
  pt: 'O Ministério da Saúde de Gaza informou na terça-feira que o número de mortos subiu para 25.490 desde o início da guerra, e que a maioria dos deslocados está no sul da Faixa.',
  ru: 'Министерство здравоохранения Газы сообщило во вторник, что число погибших с начала войны выросло до 25 490 человек.',
  fa: 'وزارت بهداشت غزه روز سه‌شنبه اعلام کرد که شمار کشته‌شدگان از آغاز جنگ به ۲۵ هزار و ۴۹۰ نفر رسیده است.',
  ur: 'غزہ کی وزارت صحت نے منگل کو بتایا کہ جنگ کے آغاز سے اب تک 25,490 افراد ہلاک ہو چکے ہیں۔',
} as const;

describe('pageLanguage: a declaration the text agrees with stands', () => {
  for (const [declared, lang] of [['en-GB', 'en'], ['fr-FR', 'fr'], ['es-ES', 'es'], ['de-DE', 'de'], ['ar', 'ar'], ['he-IL', 'he'], ['iw', 'he'], ['AR_eg', 'ar']] as const) {
    it(`${declared}`, () => expect(pageLanguage(declared, TEXT[lang])).toEqual({ lang, by: 'declared' }));
  }

  it('an Arabic or Hebrew page whose menu comes first in English keeps its declaration', () => {
    const menu = 'Home News World Politics Sport Opinion Video Live ';
    expect(pageLanguage('ar', menu + TEXT.ar)).toEqual({ lang: 'ar', by: 'declared' });
    expect(pageLanguage('he', menu + TEXT.he)).toEqual({ lang: 'he', by: 'declared' });
  });

  it('an English article quoting an Arabic name keeps its declaration', () => {
    expect(pageLanguage('en', `${TEXT.en} The ministry (وزارة الصحة) did not say how many were fighters.`)).toEqual({ lang: 'en', by: 'declared' });
  });
});

describe('pageLanguage: a declaration the text contradicts falls', () => {
  it('a page declaring English whose text is Arabic or Hebrew script is Arabic or Hebrew', () => {
    expect(pageLanguage('en', TEXT.ar)).toEqual({ lang: 'ar', by: 'script' });
    expect(pageLanguage('en-US', TEXT.he)).toEqual({ lang: 'he', by: 'script' });
    expect(pageLanguage('de', TEXT.he)).toEqual({ lang: 'he', by: 'script' });
    expect(pageLanguage('he', TEXT.ar)).toEqual({ lang: 'ar', by: 'script' });
  });

  it('a page declaring French whose text is plainly English is English, by its words', () => {
    expect(pageLanguage('fr', TEXT.en)).toEqual({ lang: 'en', by: 'words' });
    expect(pageLanguage('de', TEXT.es)).toEqual({ lang: 'es', by: 'words' });
    expect(pageLanguage('ar', TEXT.en)).toEqual({ lang: 'en', by: 'words' });
  });

  it('a page declaring one of our languages but written in another is no language', () => {
    expect(pageLanguage('fr', TEXT.it)).toEqual({ lang: null, by: 'words' });
    expect(pageLanguage('en', TEXT.ru)).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage('ar', TEXT.fa)).toEqual({ lang: null, by: 'script' });
  });

  it('a French page quoting an English sentence stays French: overruling needs a plain lead', () => {
    const mixed = `${TEXT.fr} « We will continue », a déclaré le porte-parole.`;
    expect(pageLanguage('fr', mixed)).toEqual({ lang: 'fr', by: 'declared' });
  });
});

describe('pageLanguage: without a declaration, the text decides', () => {
  it('by script for Arabic and Hebrew', () => {
    expect(pageLanguage(null, TEXT.ar)).toEqual({ lang: 'ar', by: 'script' });
    expect(pageLanguage(null, TEXT.he)).toEqual({ lang: 'he', by: 'script' });
    expect(pageLanguage('', TEXT.ar)).toEqual({ lang: 'ar', by: 'script' });
  });

  it('by function words for Latin script', () => {
    for (const lang of ['en', 'fr', 'es', 'de'] as const) expect(pageLanguage(null, TEXT[lang]), lang).toEqual({ lang, by: 'words' });
  });

  it('a declaration of another language does not stop the text from deciding', () => {
    expect(pageLanguage('it', TEXT.es)).toEqual({ lang: 'es', by: 'words' });
  });

  it('other languages are no language: Italian, Portuguese, Russian, Persian, Urdu', () => {
    expect(pageLanguage(null, TEXT.it)).toEqual({ lang: null, by: 'words' });
    expect(pageLanguage(null, TEXT.pt)).toEqual({ lang: null, by: 'words' });
    expect(pageLanguage(null, TEXT.ru)).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage(null, TEXT.fa)).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage(null, TEXT.ur)).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage('fa', TEXT.fa)).toEqual({ lang: null, by: 'script' });
  });

  it('a page declaring Persian in Arabic letters without a Persian letter is still not Arabic', () => {
    expect(pageLanguage('fa-IR', 'وزارة الصحة في غزة أعلنت ارتفاع عدد الشهداء في القطاع')).toEqual({ lang: null, by: 'declared' });
  });
});

describe('pageLanguage: too little to tell', () => {
  it('a text too short is no language, unless the page declares one', () => {
    expect(pageLanguage(null, 'Gaza: 25.490 Tote')).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage(null, '')).toEqual({ lang: null, by: 'script' });
    expect(pageLanguage('de', 'Gaza: 25.490 Tote')).toEqual({ lang: 'de', by: 'declared' });
  });

  it('a Latin text without enough function words is no language', () => {
    expect(pageLanguage(null, 'Gaza Rafah Khan Younis Deir al-Balah Jabalia Nuseirat Maghazi Bureij')).toEqual({ lang: null, by: 'words' });
  });
});

describe('pageLanguage: cheap', () => {
  it('reads only the first maxChars characters', () => {
    const text = `${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.fr} ${TEXT.en.repeat(50)}`;
    expect(pageLanguage(null, text)).toEqual({ lang: 'fr', by: 'words' });
    expect(pageLanguage(null, text, { maxChars: 200 })).toEqual({ lang: 'fr', by: 'words' });
  });

  it('returns on a huge text', () => {
    expect(pageLanguage(null, 'x'.repeat(5_000_000)).lang).toBeNull();
    expect(pageLanguage('en', '٢'.repeat(5_000_000)).lang).toBe('en');
  });
});

describe('primaryLanguage', () => {
  it('reduces a lang attribute to its primary language', () => {
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('EN_us')).toBe('en');
    expect(primaryLanguage(' de ')).toBe('de');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage('iw')).toBe('he');
    expect(primaryLanguage('ara')).toBe('ar');
    expect(primaryLanguage('fre')).toBe('fr');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage('*')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
    expect(primaryLanguage('x-klingon')).toBeNull();
  });

  it('isLang knows the six languages', () => {
    expect(['en', 'ar', 'he', 'fr', 'es', 'de'].every(isLang)).toBe(true);
    expect(isLang('it')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
