/**
 * findNumbers per language, on sentences of our own carrying real figures of the war as each
 * language's press writes them: the Gaza health ministry's 25,490 dead (23 January 2024) and
 * 25,700 (24 January), 62,064 (August 2025), 1.7 million displaced, 24 soldiers killed on
 * 22 January 2024, 253 hostages taken on 7 October 2023.
 */
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/figures/numbers/find-numbers';
import type { Lang } from '../../../src/language/languages';

/** The values read (a range as [value, valueMax]). */
const values = (text: string, lang: Lang): (number | [number, number])[] =>
  findNumbers(text, lang).map((n) => (n.valueMax === undefined ? n.value : [n.value, n.valueMax]));
/** Each number's text and value. */
const read = (text: string, lang: Lang): [string, number][] => findNumbers(text, lang).map((n) => [n.text, n.value]);

describe('Arabic', () => {
  it('the toll in Latin, Eastern Arabic and Persian digits, bare or grouped by ٬ , or .', () => {
    expect(values('ارتفع عدد الشهداء إلى 25490 شهيداً منذ السابع من أكتوبر', 'ar')).toEqual([25490]);
    expect(values('ارتفع عدد الشهداء إلى ٢٥٤٩٠ شهيداً', 'ar')).toEqual([25490]);
    expect(values('وارتفعت الحصيلة إلى ٢٥٬٧٠٠ شهيد', 'ar')).toEqual([25700]);
    expect(values('وارتفعت الحصيلة إلى ۲۵۷۰۰ شهيد', 'ar')).toEqual([25700]);
    expect(values('وبلغت حصيلة الشهداء 25,700 شهيد', 'ar')).toEqual([25700]);
    // Egyptian outlets write the thousands with a dot.
    expect(values('أعلنت الوزارة أن عدد الشهداء بلغ 44.664 شهيدًا', 'ar')).toEqual([44664]);
  });

  it('thousands in words with the rest after و, or without it', () => {
    expect(read('ارتفع عدد الشهداء إلى 62 ألفاً و64 شهيداً و156 ألفًا و573 مصابًا', 'ar')).toEqual([['62 ألفاً و64', 62064], ['156 ألفًا و573', 156573]]);
    expect(values('بلغت 10 آلاف و518 شهيدًا و44 ألفًا 532 مصابًا', 'ar')).toEqual([10518, 44532]);
    expect(read('ليرتفع إجمالي الشهداء إلى ألف و996', 'ar')).toEqual([['ألف و996', 1996]]);
    expect(values('ارتفاع الحصيلة إلى 26 الفا وستمائة وسبع وثلاثون شهيدا', 'ar')).toEqual([26637]);
    // Two figures side by side are not one: the second thousand is not less than the first.
    expect(values('أكثر من 60 ألفا و150 ألف جريح', 'ar')).toEqual([60000, 150000]);
  });

  it('digits in brackets, alone or in a compound, with the brackets in the span', () => {
    expect(read('ارتفعت الحصيلة إلى (25) ألفًا و(490) شهيدًا و(210) شهداء', 'ar')).toEqual([['(25) ألفًا و(490)', 25490], ['(210)', 210]]);
    // Two bracketed numbers joined by و with no scale are two numbers.
    expect(values('الأطفال (25) و(490) من النساء', 'ar')).toEqual([25, 490]);
  });

  it('the Arabic comma groups before three digits only', () => {
    expect(read('بلغ عدد الشهداء 25،700 شهيد', 'ar')).toEqual([['25،700', 25700]]);
    expect(values('في المرتبة 2،3 و4', 'ar')).toEqual([2, 3, 4]);
  });

  it('scale words after digits, decimals with a dot or ٫', () => {
    expect(values('نزح نحو 1.7 مليون فلسطيني من منازلهم', 'ar')).toEqual([1_700_000]);
    expect(values('نزح نحو ١٫٧ مليون فلسطيني', 'ar')).toEqual([1_700_000]);
    expect(values('تجاوز عدد الشهداء 71.5 ألف فلسطيني', 'ar')).toEqual([71_500]);
    expect(values('مليونا فلسطيني من أصل 2.4 مليون', 'ar')).toEqual([2_000_000, 2_400_000]);
  });

  it('number words, counts and vague quantities', () => {
    expect(values('قتل أربعة وعشرون جنديا إسرائيليا في 22 يناير 2024', 'ar')).toEqual([24]);
    expect(values('احتجز ثلاثة آلاف شخص', 'ar')).toEqual([3000]);
    expect(findNumbers('عشرات الآلاف من المفقودين تحت الأنقاض', 'ar')).toEqual([{ value: 10_000, start: 0, end: 12, text: 'عشرات الآلاف', vague: true, words: true }]);
    expect(findNumbers('مئات الغارات على القطاع', 'ar').map((n) => [n.value, n.vague])).toEqual([[100, true]]);
    expect(findNumbers('وعشرات الآلاف', 'ar').map((n) => n.value)).toEqual([10_000]);
    expect(values('احتجزت حماس 253 رهينة في 7 أكتوبر 2023', 'ar')).toEqual([253]);
  });

  it('ranges and percentages', () => {
    expect(values('قتل بين 20 و30 شخصا', 'ar')).toEqual([[20, 30]]);
    expect(values('ما بين 300 و350 ألف شخص ما زالوا في الشمال', 'ar')).toEqual([[300_000, 350_000]]);
    expect(findNumbers('70% منهم من النساء والأطفال', 'ar')).toEqual([{ value: 70, start: 0, end: 3, text: '70%', percent: true, words: false }]);
    expect(findNumbers('لا تغطي سوى 2 بالمئة من الاحتياجات', 'ar').map((n) => [n.value, n.percent])).toEqual([[2, true]]);
  });
});

describe('Hebrew', () => {
  it('the toll with comma thousands, and numbers after a hyphenated prefix', () => {
    expect(values('משרד הבריאות בעזה דיווח על 25,490 הרוגים', 'he')).toEqual([25490]);
    expect(read('מספר ההרוגים עלה ל-25,700 מאז ה-7 באוקטובר', 'he')).toEqual([['25,700', 25700]]);
    expect(values('בעזה נמנו 62,064 הרוגים באוגוסט 2025', 'he')).toEqual([62064]);
    expect(values('המחבלים חטפו כ־253 אנשים', 'he')).toEqual([253]);
  });

  it('words: gendered and construct forms, ו glued, scales', () => {
    expect(read('עשרים וארבעה חיילים נהרגו ב-22 בינואר 2024', 'he')).toEqual([['עשרים וארבעה', 24]]);
    expect(values('שלושה עשר נפצעו ושלוש מאות פונו', 'he')).toEqual([13, 300]);
    expect(values('שלושת אלפים חיילים', 'he')).toEqual([3000]);
    expect(read('מיליון ו-900 אלף עקורים', 'he')).toEqual([['מיליון ו-900 אלף', 1_900_000]]);
    expect(values('כ-1.7 מיליון עקורים', 'he')).toEqual([1_700_000]);
  });

  it('vague quantities, ranges, percentages; never Monday, Beersheba or a lone "one"', () => {
    expect(findNumbers('אלפי מארבים ועשרות אלפי לוחמים', 'he').map((n) => [n.text, n.value, n.vague])).toEqual([['אלפי', 1000, true], ['ועשרות אלפי', 10_000, true]]);
    expect(values('בין 20 ל-30 הרוגים, בין עשרים לשלושים', 'he')).toEqual([[20, 30], [20, 30]]);
    expect(findNumbers('70% מהם', 'he').map((n) => n.percent)).toEqual([true]);
    expect(values('ביום שני נפגע טיל בבאר שבע ואחד נפצע', 'he')).toEqual([]);
  });
});

describe('French', () => {
  it('the toll with a narrow no-break, no-break or plain space, or a dot (AFP copy)', () => {
    expect(read('Le ministère de la Santé a fait état de 25\u202f490 morts', 'fr')).toEqual([['25\u202f490', 25490]]);
    expect(values('Le lendemain, le bilan atteignait 25\u00a0700 morts', 'fr')).toEqual([25700]);
    expect(values('Le lendemain, le bilan atteignait 25 700 morts', 'fr')).toEqual([25700]);
    expect(values('un bilan de 25.490 personnes tuées', 'fr')).toEqual([25490]);
    expect(values('soit 62 064 morts en août 2025', 'fr')).toEqual([62064]);
  });

  it('decimal commas with million(s) de; words for counts, hundreds and thousands', () => {
    expect(read('1,7 million de déplacés et 2,3 millions de Gazaouis', 'fr')).toEqual([['1,7 million', 1_700_000], ['2,3 millions', 2_300_000]]);
    expect(values('vingt-quatre soldats tués le 22 janvier 2024', 'fr')).toEqual([24]);
    expect(values('soixante-dix-sept, quatre-vingt-douze, soixante et onze, deux cent cinquante-trois', 'fr')).toEqual([77, 92, 71, 253]);
    expect(values('cent mille blessés et dix mille disparus', 'fr')).toEqual([100_000, 10_000]);
    expect(values('253 otages enlevés le 7 octobre', 'fr')).toEqual([253]);
  });

  it('vague quantities, ranges, percentages', () => {
    expect(findNumbers('des milliers de morts, des dizaines de milliers de blessés, une vingtaine d’otages', 'fr').map((n) => [n.text, n.value])).toEqual([
      ['des milliers', 1000], ['des dizaines de milliers', 10_000], ['une vingtaine', 20],
    ]);
    expect(values('entre 20 et 30 morts', 'fr')).toEqual([[20, 30]]);
    expect(values('entre 1,5 et 2 millions de déplacés', 'fr')).toEqual([[1_500_000, 2_000_000]]);
    expect(values('entre 30 et 20 morts', 'fr')).toEqual([30, 20]);
    expect(findNumbers('90 % de la population', 'fr').map((n) => [n.text, n.percent])).toEqual([['90 %', true]]);
  });

  it('a lone "un" is an article and "neuf" alone may mean new', () => {
    expect(values('un soldat dans un bâtiment neuf', 'fr')).toEqual([]);
  });
});

describe('Spanish', () => {
  it('the toll with dot thousands, and with comma thousands or "mil" in Mexican copy', () => {
    expect(values('El Ministerio de Sanidad informó de 25.490 muertos', 'es')).toEqual([25490]);
    expect(values('el balance asciende a 25,700 muertos', 'es')).toEqual([25700]);
    expect(read('un total de 68 mil 858 muertos y 18 mil heridos', 'es')).toEqual([['68 mil 858', 68858], ['18 mil', 18000]]);
    expect(values('62.064 muertos en agosto de 2025', 'es')).toEqual([62064]);
  });

  it('decimal commas with millones; words', () => {
    expect(values('1,7 millones de desplazados', 'es')).toEqual([1_700_000]);
    expect(values('Veinticuatro soldados murieron el 22 de enero de 2024', 'es')).toEqual([24]);
    expect(values('doscientos cincuenta y tres rehenes, dos mil trescientos, tres mil millones', 'es')).toEqual([253, 2300, 3_000_000_000]);
    expect(values('un millón de personas', 'es')).toEqual([1_000_000]);
  });

  it('vague quantities, ranges, percentages', () => {
    expect(findNumbers('miles de personas y decenas de miles de heridos', 'es').map((n) => [n.text, n.value])).toEqual([['miles', 1000], ['decenas de miles', 10_000]]);
    expect(values('entre 20 y 30 muertos', 'es')).toEqual([[20, 30]]);
    expect(findNumbers('el 70 por ciento eran civiles', 'es').map((n) => [n.value, n.percent])).toEqual([[70, true]]);
  });
});

describe('German', () => {
  it('the toll with dot or space thousands; decimal commas with Millionen, Mio.', () => {
    expect(values('Das Gesundheitsministerium meldete 25.490 Tote', 'de')).toEqual([25490]);
    expect(values('Am nächsten Tag waren es 25 700 Tote', 'de')).toEqual([25700]);
    expect(read('1,7 Millionen Vertriebene, 2,3 Mio. Einwohner', 'de')).toEqual([['1,7 Millionen', 1_700_000], ['2,3 Mio.', 2_300_000]]);
    expect(values('62.064 Tote im August 2025', 'de')).toEqual([62064]);
  });

  it('Swiss copy\'s apostrophe groups before three digits only', () => {
    expect(read('Die Zahl der Toten stieg auf 25\'490, am Tag darauf auf 25’700.', 'de')).toEqual([['25\'490', 25490], ['25’700', 25700]]);
    expect(values('25\'49 Tote', 'de')).toEqual([25, 49]);
    // Swiss French groups so too; a language that does not group with it reads no number there.
    expect(values("le ministère parle de 34’012 morts et de 76'833 blessés", 'fr')).toEqual([34012, 76833]);
    expect(values("l'armée parle de 25'490", 'es')).toEqual([]);
  });

  it('number words written as one word', () => {
    expect(values('vierundzwanzig Soldaten wurden am 22. Januar 2024 getötet', 'de')).toEqual([24]);
    expect(values('zweihundertdreiundfünfzig Geiseln, zweitausend Menschen, eine Million', 'de')).toEqual([253, 2000, 1_000_000]);
  });

  it('vague quantities, ranges, percentages', () => {
    expect(findNumbers('Tausende Menschen, Zehntausende Verletzte', 'de').map((n) => [n.text, n.value])).toEqual([['Tausende', 1000], ['Zehntausende', 10_000]]);
    expect(values('zwischen 20 und 30 Toten', 'de')).toEqual([[20, 30]]);
    expect(findNumbers('70 Prozent der Bevölkerung', 'de').map((n) => [n.value, n.percent])).toEqual([[70, true]]);
  });
});

describe('English (the same reader, for callers that only know the language)', () => {
  it('comma thousands, dot decimals with scale words, words, ranges', () => {
    expect(values('The Gaza health ministry said 25,490 people had been killed', 'en')).toEqual([25490]);
    expect(values('1.7 million displaced; 24 soldiers were killed on 22 January 2024', 'en')).toEqual([1_700_000, 24]);
    expect(values('two hundred and fifty-three hostages, between 20 and 30 killed, tens of thousands', 'en')).toEqual([253, [20, 30], 10_000]);
    // "25.490" is a decimal in English.
    expect(values('a ratio of 25.490 units', 'en')).toEqual([25.49]);
  });
});
