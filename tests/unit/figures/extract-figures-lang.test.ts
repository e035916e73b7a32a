/**
 * extractFiguresIn on sentences of our own, one class of wording per test, each found on real pages
 * in that language (probe pages, kept outside the repository) and each with a negative on the other
 * side. Real figures: the ministry's 25,490 dead (bulletin of 2024-01-23), 25,700 and 210 in 24
 * hours (2024-01-24), 28,064 dead and 67,611 injured (2024-02-10), 4,137 dead (2023-10-20).
 */
import { describe, expect, it } from 'vitest';
import { extractFiguresIn } from '../../../src/figures/extract-figures-lang';
import type { Lang } from '../../../src/language/languages';

/** Each figure's value and measure. */
const measures = (text: string, lang: Lang): [number, string | null][] => extractFiguresIn(text, lang).map((f) => [f.value, f.measure]);

describe('a noun that leads to its number by a link word ("and the injured to 63,354")', () => {
  it('belongs to the number it leads to, not to the number before it', () => {
    expect(measures('La cifra de muertos asciende a 25.490 palestinos y la de heridos a 63.354, según el ministerio.', 'es'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('מספר ההרוגים ברצועה עלה ל-25,490 והפצועים ל-63,354 מאז 7 באוקטובר.', 'he'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('Le nombre de morts est passé à 25 490 et celui des blessés à 63 354 depuis le 7 octobre.', 'fr'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('Seit Kriegsbeginn stieg die Zahl der Getöteten auf 25.490 und die der Verletzten auf 63.354.', 'de'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('ارتفع عدد الشهداء منذ بدء الحرب إلى 25490 وعدد المصابين إلى 63354.', 'ar'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
  });

  it('is still the own noun of the number before it when no number follows the link', () => {
    expect(measures('Hay 25.490 muertos a lo largo de la Franja desde el inicio de la guerra.', 'es')).toEqual([[25490, 'killed.palestinians.cumulative']]);
    expect(measures('On compte 25 490 morts à Gaza et 63 354 blessés depuis le 7 octobre.', 'fr'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
  });
});

describe('digits in brackets (Arabic outlets: "(5) شهداء", "(68) ألفًا و(234)")', () => {
  it('are read with their noun, alone or in a compound with a scale word', () => {
    const figures = extractFiguresIn('ارتفعت حصيلة الشهداء منذ السابع من أكتوبر إلى (25) ألفًا و(490) شهيدًا، و(63) ألفًا و(354) مصابًا. واستقبلت المستشفيات خلال الـ24 ساعة الماضية (210) شهداء.', 'ar');
    expect(figures.map((f) => [f.text, f.value, f.measure])).toEqual([
      ['(25) ألفًا و(490)', 25490, 'killed.palestinians.cumulative'],
      ['(63) ألفًا و(354)', 63354, 'injured.palestinians.cumulative'],
      ['(210)', 210, 'killed.palestinians.24h'],
    ]);
  });
});

describe('a German sentence that ends in a grouped count', () => {
  it('ends there: the next sentence\'s words are not the count\'s', () => {
    expect(measures('Damit stieg die Zahl der Toten seit Kriegsbeginn auf 28\'064. Verletzt wurden seither 67 611 Menschen.', 'de'))
      .toEqual([[28064, 'killed.palestinians.cumulative'], [67611, 'injured.palestinians.cumulative']]);
  });

  it('while a day\'s ordinal stop still joins its month ("seit dem 7. Oktober")', () => {
    expect(extractFiguresIn('Seit dem 7. Oktober wurden 25.490 Menschen getötet.', 'de').map((f) => [f.value, f.measure, f.scope])).toEqual([[25490, 'killed.palestinians.cumulative', 'Seit dem 7. Oktober']]);
  });
});

describe('"un total de" says a count is the running total', () => {
  it('so a toll under 5,000 is read as cumulative', () => {
    expect(measures('Los bombardeos han dejado un total de 4.137 personas muertas en la Franja de Gaza.', 'es')).toEqual([[4137, 'killed.palestinians.cumulative']]);
  });

  it('and without it, a count under 5,000 is no running toll', () => {
    expect(measures('Los bombardeos de la noche dejaron 4.137 personas muertas en la Franja de Gaza.', 'es')).toEqual([[4137, null]]);
  });
});

describe('a noun after a partitive word ("most of them children") names a part of the count', () => {
  it('so the count keeps its own measure', () => {
    expect(measures('El ministerio ha elevado a 25.490 muertos, la mayoría de ellos niños y mujeres, el número de víctimas desde el 7 de octubre.', 'es')).toEqual([[25490, 'killed.palestinians.cumulative']]);
    expect(measures('מניין ההרוגים מאז תחילת המלחמה עלה ל-25,490, כשמרבית ההרוגים הם ילדים ונשים.', 'he')).toEqual([[25490, 'killed.palestinians.cumulative']]);
    expect(measures('Le bilan s\'élève à 25 490 morts depuis le 7 octobre, dont des femmes et des enfants.', 'fr')).toEqual([[25490, 'killed.palestinians.cumulative']]);
  });

  it('while a noun with no partitive before it is the count\'s', () => {
    expect(measures('Seit dem 7. Oktober wurden 25.490 Kinder und Frauen getötet.', 'de')).toEqual([[25490, 'killed.children.cumulative']]);
    // And a part with its own number is that number's: "dont 3 000 enfants".
    expect(measures('Le bilan s\'élève à 25 490 morts depuis le 7 octobre, dont 10 000 enfants.', 'fr')).toEqual([[25490, 'killed.palestinians.cumulative'], [10000, 'killed.children.cumulative']]);
  });
});

describe('Hebrew wordings of "martyrs" (שהידים, שאידים, קדושים) count the killed', () => {
  it('as the transliterating outlets write them', () => {
    expect(measures('משרד הבריאות הודיע על עלייה במספר השאידים ל-25,490 שאידים ו-63,354 פצועים מאז ה-7 באוקטובר.', 'he'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
  });
});

describe('verb-first wordings ("killed were 25,490 … and injured were 63,354")', () => {
  it('give each number the event word right before it', () => {
    expect(measures('לפי משרד הבריאות בעזה, מאז תחילת המלחמה נהרגו ברצועה 25,490 בני אדם ונפצעו 63,354.', 'he'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('وقالت وزارة الصحة إنه منذ بدء الحرب استشهد 25490 فلسطينيا وأصيب 63354 آخرون.', 'ar'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
  });

  it('while a noun right after a number stays that number\'s, in a list without verbs', () => {
    expect(measures('Bilan depuis le 7 octobre : 25 490 morts 63 354 blessés.', 'fr'))
      .toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
    expect(measures('משרד הבריאות בעזה: 28,064 הרוגים ו-67,611 פצועים מאז 7 באוקטובר.', 'he'))
      .toEqual([[28064, 'killed.palestinians.cumulative'], [67611, 'injured.palestinians.cumulative']]);
  });
});

describe('the doer of an attack ("in IDF strikes", "the attack of Hamas and other extremists")', () => {
  const sourced = (text: string, lang: Lang): [number, string | null, string | null][] => extractFiguresIn(text, lang).map((f) => [f.value, f.measure, f.source]);

  it('is not the source of the figure', () => {
    expect(sourced('משרד הבריאות בעזה הודיע כי 25,490 פלסטינים נהרגו בתקיפות צה"ל מאז פרוץ המלחמה.', 'he'))
      .toEqual([[25490, 'killed.palestinians.cumulative', 'Gaza health ministry']]);
    expect(sourced('Selon le ministère de la Santé, les frappes de l\'armée israélienne ont fait 25 490 morts depuis le 7 octobre.', 'fr'))
      .toEqual([[25490, 'killed.palestinians.cumulative', 'Gaza health ministry']]);
    // Nor of the next sentence's figure, which takes the source named before it.
    expect(sourced('Das Gesundheitsministerium meldete neue Opfer nach Angriffen der israelischen Armee. Seit Kriegsbeginn wurden 25.490 Menschen getötet.', 'de'))
      .toEqual([[25490, 'killed.palestinians.cumulative', 'Gaza health ministry']]);
  });

  it('while the army named as the teller is the source', () => {
    expect(sourced('צה"ל הודיע כי 24 חיילים נהרגו ביום שני.', 'he')).toEqual([[24, 'killed.soldiers.day', 'Israeli military']]);
    expect(sourced('Nach Angaben der israelischen Armee wurden am Montag 24 Soldaten getötet.', 'de')).toEqual([[24, 'killed.soldiers.day', 'Israeli military']]);
  });

  it('is not who the number counts, even when named nearer to it than the dead', () => {
    expect(measures('Die Zahl der Toten seit dem Überfall der islamistischen Hamas und anderer Extremisten auf Israel stieg auf 25.490.', 'de'))
      .toEqual([[25490, 'killed.palestinians.cumulative']]);
    expect(measures('Le nombre de morts depuis l\'attaque du Hamas et des autres combattants contre Israël est passé à 25 490.', 'fr'))
      .toEqual([[25490, 'killed.palestinians.cumulative']]);
  });

  it('while the victims named after the doer\'s act are counted', () => {
    expect(measures('Die Behörde zählt 25.490 durch israelische Angriffe getötete Palästinenser.', 'de')).toEqual([[25490, 'killed.palestinians.cumulative']]);
    expect(measures('Die Zahl der Toten unter den Extremisten stieg seit Oktober auf 9.000.', 'de')).toEqual([[9000, 'killed.militants.claimed']]);
  });
});

describe('a number after a partitive word ("dont 210 in the last 24 hours") is a part of the one before', () => {
  const scoped = (text: string, lang: Lang): [number, string | null][] => extractFiguresIn(text, lang).map((f) => [f.value, f.measure]);

  it('and counts what the whole counts, over its own time scope', () => {
    expect(scoped('Le ministère de la Santé a fait état de 25 700 morts, dont 210 au cours des dernières 24 heures, et de 63 000 blessés.', 'fr'))
      .toEqual([[25700, 'killed.palestinians.cumulative'], [210, 'killed.palestinians.24h'], [63000, 'injured.palestinians.cumulative']]);
    expect(scoped('Selon le ministère, 25 700 personnes ont été tuées depuis le 7 octobre, dont 210 au cours des dernières 24 heures.', 'fr'))
      .toEqual([[25700, 'killed.palestinians.cumulative'], [210, 'killed.palestinians.24h']]);
    expect(scoped('Ya son 25.700 los muertos desde el 7 de octubre, incluidos 210 en las últimas 24 horas.', 'es'))
      .toEqual([[25700, 'killed.palestinians.cumulative'], [210, 'killed.palestinians.24h']]);
  });

  it('of injured when the whole is the injured', () => {
    expect(scoped('Le ministère de la Santé recense 63 000 blessés depuis le 7 octobre, dont 210 au cours des dernières 24 heures.', 'fr'))
      .toEqual([[63000, 'injured.palestinians.cumulative'], [210, 'injured.palestinians.24h']]);
  });

  it('with its own noun, when it has one', () => {
    expect(scoped('On compte 25 490 morts, dont 10 000 enfants.', 'fr')).toEqual([[25490, 'killed.palestinians.cumulative'], [10000, 'killed.children.cumulative']]);
  });

  it('while a number after a clause with no partitive is not the whole\'s part', () => {
    expect(scoped('Le bilan s\'élève à 25 700 morts ; 210 camions sont entrés au cours des dernières 24 heures.', 'fr')).toEqual([[25700, 'killed.palestinians.cumulative'], [210, 'aid.trucks']]);
  });
});

describe('a number followed by a unit of time counts time, never people', () => {
  it.each([
    ['ar', 'قالت حماس إنها ستفرج عن الرهائن خلال 30 يوماً.'],
    ['ar', 'يحتجز 253 رهينة منذ 30 يوماً في قطاع غزة.'],
    ['fr', 'Le Hamas libérera les otages dans les 30 jours.'],
    ['fr', 'Les otages sont détenus depuis 30 jours dans la bande de Gaza.'],
    ['es', 'Los rehenes llevan 30 días en cautiverio en Gaza.'],
    ['de', 'Die Geiseln sind seit 30 Tagen in Gefangenschaft.'],
    ['he', 'החטופים מוחזקים כבר 30 ימים בעזה.'],
    ['he', 'החטופים מוחזקים כבר 30 יום בעזה.'],
  ])('%s: %s', (lang, text) => {
    const thirty = extractFiguresIn(text, lang as Lang).find((f) => f.value === 30);
    expect(thirty).toMatchObject({ value: 30, measure: null });
  });

  it('while the same number before a noun of people is a count', () => {
    expect(measures('Hamas hält noch 30 Geiseln fest.', 'de')).toEqual([[30, 'hostages.held']]);
    expect(measures('Los milicianos mantienen a 30 rehenes en cautiverio.', 'es')).toEqual([[30, 'hostages.held']]);
    expect(measures('ولا يزال 30 رهينة محتجزين في غزة.', 'ar')).toEqual([[30, 'hostages.held']]);
    expect(measures('ברצועת עזה מוחזקים כעת 30 חטופים.', 'he')).toEqual([[30, 'hostages.held']]);
    // A number in words before a unit of time is a duration too.
    expect(measures('Trente jours après, 30 otages restent détenus.', 'fr')).toEqual([[30, null], [30, 'hostages.held']]);
  });
});

describe('"martyrs" in German and Spanish (outlets translating Arabic bulletins) count the killed', () => {
  it('as the ministry\'s toll', () => {
    expect(measures('Das Gesundheitsministerium in Gaza teilte mit, dass die Zahl der Todesopfer seit dem 7. Oktober 2023 auf 61.722 Märtyrer und 154.525 Verletzte gestiegen sei.', 'de'))
      .toEqual([[61722, 'killed.palestinians.cumulative'], [154525, 'injured.palestinians.cumulative']]);
    expect(measures('Einschließlich dieser Opfer beträgt die Zahl der Märtyrer im Gazastreifen seit dem 7. Oktober 2023 61.722 und die Zahl der Verletzten 154.525.', 'de'))
      .toEqual([[61722, 'killed.palestinians.cumulative'], [154525, 'injured.palestinians.cumulative']]);
    expect(measures('El Ministerio de Sanidad de Gaza ha documentado 61.722 mártires y 154.525 heridos desde el 7 de octubre de 2023.', 'es'))
      .toEqual([[61722, 'killed.palestinians.cumulative'], [154525, 'injured.palestinians.cumulative']]);
  });

  it('while a martyr named with no number is no figure, and the injured stay injured', () => {
    expect(measures('In den letzten 24 Stunden wurden 154 Verletzte eingeliefert, darunter kein Märtyrer.', 'de')).toEqual([[154, 'injured.palestinians.24h']]);
  });
});

describe('Hebrew "eliminated" (חיסל, חוסלו), as the army words its claims, counts the killed', () => {
  const sourced = (text: string): [number, string | null, string | null][] => extractFiguresIn(text, 'he').map((f) => [f.value, f.measure, f.source]);

  it('beside the ministry\'s toll in the same sentence, each with its own teller', () => {
    expect(sourced('משרד הבריאות בעזה מסר כי מאז תחילת המלחמה נהרגו 25,490 בני אדם, ואילו צה"ל טוען כי חיסל 9,000 מחבלים.'))
      .toEqual([[25490, 'killed.palestinians.cumulative', 'Gaza health ministry'], [9000, 'killed.militants.claimed', 'Israeli military']]);
    expect(sourced('לפי צה"ל, מאז תחילת המלחמה חוסלו כ-9,000 מחבלים ברצועה.')).toEqual([[9000, 'killed.militants.claimed', 'Israeli military']]);
  });

  it('while militants arrested are not killed', () => {
    expect(sourced('צה"ל הודיע כי 9,000 מחבלים נעצרו מאז תחילת המלחמה.')).toEqual([[9000, null, 'Israeli military']]);
  });
});

describe('an Arabic adjective of the same root ("العسكرية" military, "صحفية" press, "المسلحة" armed) is not a noun of people', () => {
  it('so it does not make the count one of soldiers, journalists or militants', () => {
    expect(measures('قالت وزارة الصحة في غزة إن 28064 فلسطينيا قتلوا وأصيب 67611 آخرون في الحملة العسكرية الإسرائيلية على القطاع منذ 7 أكتوبر.', 'ar'))
      .toEqual([[28064, 'killed.palestinians.cumulative'], [67611, 'injured.palestinians.cumulative']]);
    expect(measures('وقالت الوزارة في تصريحات صحفية إن 28064 شهيدا سقطوا منذ بدء الحرب.', 'ar')).toEqual([[28064, 'killed.palestinians.cumulative']]);
    expect(measures('وقالت الفصائل المسلحة إن 28064 شهيدا سقطوا منذ بدء الحرب.', 'ar')).toEqual([[28064, 'killed.palestinians.cumulative']]);
  });

  it('while the nouns after a number still name who is counted', () => {
    expect(measures('وأعلن الجيش الإسرائيلي مقتل 24 عسكريا يوم الاثنين في قطاع غزة.', 'ar')).toEqual([[24, 'killed.soldiers.day']]);
    expect(measures('وارتفع عدد الصحفيين الذين قتلوا منذ بدء الحرب إلى 122 صحفيا.', 'ar')).toEqual([[122, 'killed.journalists.cumulative']]);
    expect(measures('وقال الجيش إنه قتل 9000 مسلح منذ بدء الحرب.', 'ar')).toEqual([[9000, 'killed.militants.claimed']]);
  });
});

describe('a count that starts later than the war, in every language: not the running toll', () => {
  const cases = [
    ['ar', 'وقالت وزارة الصحة في غزة إن 1249 شهيدا سقطوا منذ استئناف الحرب في 18 مارس.', 'وقالت وزارة الصحة إن حصيلة الشهداء منذ بدء الحرب بلغت 50021 شهيدا.'],
    ['he', 'לפי משרד הבריאות בעזה, 1,249 בני אדם נהרגו מאז חידוש הלחימה ב-18 במרץ.', 'לפי משרד הבריאות בעזה, 50,021 בני אדם נהרגו מאז תחילת המלחמה.'],
    ['fr', 'Selon le ministère de la Santé du Hamas, 1 249 personnes ont été tuées depuis la reprise de la guerre le 18 mars.', 'Selon le ministère de la Santé du Hamas, 50 021 personnes ont été tuées depuis le début de la guerre.'],
    ['es', 'Según el Ministerio de Sanidad de Gaza, 1.249 personas han muerto desde la reanudación de la ofensiva el 18 de marzo.', 'Según el Ministerio de Sanidad de Gaza, 50.021 personas han muerto desde el inicio de la guerra.'],
    ['de', 'Laut dem Gesundheitsministerium in Gaza wurden seit dem Ende der Waffenruhe 1249 Menschen getötet.', 'Laut dem Gesundheitsministerium in Gaza wurden seit Beginn des Krieges 50.021 Menschen getötet.'],
  ] as const;
  for (const [lang, later, whole] of cases) {
    it(`${lang}: a count since the fighting resumed keeps its scope and is no running toll; one since the war began is`, () => {
      const [f] = extractFiguresIn(later, lang);
      expect(f?.value).toBe(1249);
      expect(f?.measure).toBeNull();
      expect(f?.scope).toBeTruthy();
      const [g] = extractFiguresIn(whole, lang);
      expect(g?.value).toBe(50021);
      expect(g?.measure).toBe('killed.palestinians.cumulative');
    });
  }
});

describe('a count said to have risen to its number ("ارتفع إلى", "auf … gestiegen") is a running total from 1,000', () => {
  it.each([
    ['ar', 'أعلنت الصحة أن عدد الشهداء في قطاع غزة ارتفع إلى 4137، بينما وصل عدد الجرحى إلى 13162.', [[4137, 'killed.palestinians.cumulative'], [13162, 'injured.palestinians.cumulative']]],
    ['de', 'Die Zahl der getöteten Palästinenser sei auf 4.137 gestiegen, teilte das Ministerium mit.', [[4137, 'killed.palestinians.cumulative']]],
    ['fr', 'Le nombre de Palestiniens tués s\'élève à 4 137, selon le ministère.', [[4137, 'killed.palestinians.cumulative']]],
    ['es', 'El número de palestinos muertos asciende a 4.137, según el ministerio.', [[4137, 'killed.palestinians.cumulative']]],
    ['he', 'מספר ההרוגים הפלסטינים עלה ל-4,137, לפי משרד הבריאות.', [[4137, 'killed.palestinians.cumulative']]],
    ['de', 'Die Zahl der Toten stieg auf 1.000.', [[1000, 'killed.palestinians.cumulative']]],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(measures(text, lang)).toEqual(expected);
  });

  it.each([
    ['de', 'Die Zahl der Toten stieg auf 999.'],
    ['ar', 'ارتفع عدد الشهداء في القصف إلى 45.'],
    ['fr', 'Le nombre de morts dans la frappe s\'élève à 45.'],
    // A rise word in another clause says nothing of this number.
    ['es', 'La cifra asciende, según fuentes locales; 4.137 muertos en la región.'],
  ] as const)('but not below it, nor from another clause (%s: %s)', (lang, text) => {
    expect(measures(text, lang).map(([, m]) => m).filter((m) => m?.endsWith('.cumulative'))).toEqual([]);
  });
});

describe('a rise word reaches 60 characters of its clause', () => {
  // " aaa… auf " between "stieg" and the number, `length` characters in all.
  const text = (length: number): string => `Die Zahl der Toten stieg ${'a'.repeat(length - 6)} auf 4.137.`;
  it('at 60 the count is the running total; at 61 it is not read as one', () => {
    expect(text(60).indexOf('4.137') - text(60).indexOf('stieg') - 'stieg'.length).toBe(60);
    expect(measures(text(60), 'de')).toEqual([[4137, 'killed.palestinians.cumulative']]);
    expect(measures(text(61), 'de')).toEqual([[4137, null]]);
  });
});

describe('"bringing the total to" ("elevando el total a", "portant le total à") counts what the count before it counts', () => {
  it('gives the total the event of the sentence\'s earlier count, and leaves that count its own scope', () => {
    expect(measures('En las últimas 24 horas murieron 40 personas, elevando el total a 40.005, mientras que los heridos ascienden a 92.401.', 'es'))
      .toEqual([[40, 'killed.palestinians.24h'], [40005, 'killed.palestinians.cumulative'], [92401, 'injured.palestinians.cumulative']]);
    expect(measures('En 24 heures, 42 morts ont été recensés, portant le total à 34 012, selon le ministère.', 'fr'))
      .toEqual([[42, 'killed.palestinians.24h'], [34012, 'killed.palestinians.cumulative']]);
  });

  it('is not the scope of the earlier count, which only adds to it', () => {
    const [first] = measures('El ministerio registró 31 muertos más, lo que eleva el total a 34.183.', 'es');
    expect(first).toEqual([31, null]);
  });
});

describe('a rise or link verb between a noun and a later number ("y los heridos ascienden a 92.400")', () => {
  it('ties that noun to the later number, not to the count before it', () => {
    const figures = measures('Se confirmaron 25.490 muertos desde el 7 de octubre, mientras que los heridos ascienden a 63.354.', 'es');
    expect(figures).toEqual([[25490, 'killed.palestinians.cumulative'], [63354, 'injured.palestinians.cumulative']]);
  });
});

describe('"la mayoría mujeres y niños" after a toll names its part, not who it counts', () => {
  it('leaves the toll the Palestinians\' running toll', () => {
    expect(measures('Desde el inicio de la guerra, los gazatíes muertos superan los 50.900 -la mayoría mujeres y niños-.', 'es'))
      .toEqual([[50900, 'killed.palestinians.cumulative']]);
    expect(measures('Depuis le début de la guerre, 50 900 Gazaouis ont été tués, la plupart femmes et enfants.', 'fr'))
      .toEqual([[50900, 'killed.palestinians.cumulative']]);
  });

  it('while a count of women before such words is still of women', () => {
    expect(measures('Depuis le début de la guerre, 10 000 femmes, la plupart des mères, ont été tuées.', 'fr')).toEqual([[10000, 'killed.women.cumulative']]);
  });
});

describe('an adjective of an operation ("opérations militaires", "operaciones militares") is no noun of soldiers', () => {
  it('leaves a later toll to the sentence\'s own words', () => {
    expect(measures('Depuis qu\'Israël a repris ses opérations militaires le 18 mars, le nombre total de morts depuis octobre 2023 est porté à 59 219.', 'fr'))
      .toEqual([[59219, 'killed.palestinians.cumulative']]);
    expect(measures('Tras las operaciones militares de marzo, el número total de muertos desde octubre de 2023 asciende a 59.219.', 'es'))
      .toEqual([[59219, 'killed.palestinians.cumulative']]);
  });

  it('while soldiers named as such are still soldiers', () => {
    expect(measures('Au moins 220 militaires israéliens ont été tués depuis le début de l\'offensive terrestre.', 'fr')[0]?.[1]).toMatch(/^killed\.soldiers/);
  });
});

describe('a verb of dying ("han perdido la vida", "ماتوا") and "during the war" (خلال الحرب)', () => {
  it('count the killed, over the war', () => {
    expect(measures('Al menos 62.004 gazatíes han perdido la vida desde que comenzó la guerra.', 'es')).toEqual([[62004, 'killed.palestinians.cumulative']]);
    expect(measures('قالت وزارة الصحة إن 4137 شخصا ماتوا خلال الحرب.', 'ar')).toEqual([[4137, 'killed.palestinians.cumulative']]);
  });
});

describe('held-out wordings (a second probe set, measured before these rules were written)', () => {
  it('a noun right after a later number is that number\'s, not the earlier one\'s ("auf 62.622 und 157.673 Verletzte")', () => {
    expect(measures('Das Ministerium bezifferte die Zahl der Todesopfer auf 62.622 und 157.673 Verletzte.', 'de'))
      .toEqual([[62622, 'killed.palestinians.cumulative'], [157673, 'injured.palestinians.cumulative']]);
  });

  it('a dash ends a clause: the verb before it is not the next number\'s ("getötet – mehr als 2.400 davon")', () => {
    expect(measures('Seither wurden mehr als 52.500 Menschen im Gazastreifen getötet – mehr als 2.400 davon seit Wiederaufnahme der Angriffe.', 'de'))
      .toEqual([[52500, 'killed.palestinians.cumulative'], [2400, null]]);
    // Without the dash and the part after it, the same count is read as before.
    expect(measures('Seither wurden mehr als 52.500 Menschen im Gazastreifen getötet.', 'de')).toEqual([[52500, 'killed.palestinians.cumulative']]);
  });

  it('a place across a clause with another number between is that number\'s ("4137، و81 في الضفة الغربية")', () => {
    expect(measures('أشارت الوزارة إلى وصول عدد الشهداء في غزة إلى أكثر من 4137، و81 في الضفة الغربية، منذ بدء عدوان الاحتلال.', 'ar'))
      .toEqual([[4137, 'killed.palestinians.cumulative'], [81, 'killed.westbank.cumulative']]);
    expect(measures('أشارت الوزارة إلى ارتفاع عدد الشهداء منذ بدء العدوان إلى 81، في الضفة الغربية.', 'ar')).toEqual([[81, 'killed.westbank.cumulative']]);
  });

  it('Hebrew: a verb of reaching links the injured to their number; "most of them" names a part; "since the attack of 7 October"', () => {
    expect(measures('משרד הבריאות בעזה הודיע כי מספר ההרוגים עלה על 28,000 ומספר הפצועים הגיע ל-67,611.', 'he'))
      .toEqual([[28000, 'killed.palestinians.cumulative'], [67611, 'injured.palestinians.cumulative']]);
    expect(measures('מספר ההרוגים ברצועת עזה עלה ל-44,211, מרביתם ילדים ונשים, מאז תחילת המתקפה.', 'he')).toEqual([[44211, 'killed.palestinians.cumulative']]);
    expect(measures('מספר ההרוגים מאז חידוש המלחמה הגיע ל-4924 ולמן מתקפת השבעה באוקטובר ל-55,207.', 'he'))
      .toEqual([[4924, null], [55207, 'killed.palestinians.cumulative']]);
  });

  it('"la mitad de las víctimas son niños y mujeres" names a part, six words on', () => {
    expect(measures('El ministerio reporta al menos 64.300 muertos, destacando que la mitad de las víctimas son niños y mujeres.', 'es'))
      .toEqual([[64300, 'killed.palestinians.cumulative']]);
    expect(measures('El ministerio reporta al menos 14.300 mujeres muertas desde el inicio de la guerra.', 'es')).toEqual([[14300, 'killed.women.cumulative']]);
  });
});
