/**
 * Our own sentences in each language, carrying real figures of the war (the ministry's bulletins
 * of 2024-01-23, 2024-01-24 and 2025-08-13 in data/reference/; 24 soldiers killed on Monday 22
 * January 2024; 253 hostages taken on 7 October; 1.7 million displaced). No text of real pages.
 */

/** A figure a page must yield. */
export interface WantFigure { value: number; measure: string; source?: string; scope?: string; qualifier?: string | null }

/** A Gaza-war page in one language. */
export interface LangCase {
  lang: string;
  title: string;
  text: string;
  date: string;
  figures: WantFigure[];
  toll: { value: number; bulletin: string };
}

const MOH = 'Gaza health ministry';

export const CASES: LangCase[] = [
  {
    lang: 'ar',
    title: 'ارتفاع حصيلة الشهداء في قطاع غزة',
    date: '2025-08-13',
    text: [
      'أعلنت وزارة الصحة في غزة، اليوم الأربعاء، ارتفاع حصيلة الشهداء منذ السابع من أكتوبر 2023 إلى 61 ألفاً و722 شهيداً، و154 ألفاً و525 مصاباً.',
      'وأوضحت الوزارة أن مستشفيات القطاع استقبلت خلال الـ24 ساعة الماضية 123 شهيداً.',
      'وتقول الأمم المتحدة إن نحو 1.7 مليون شخص نزحوا من منازلهم في قطاع غزة، فيما دخلت 120 شاحنة مساعدات عبر معبر كرم أبو سالم.',
      'وكانت حركة حماس قد اختطفت 253 رهينة في هجوم السابع من أكتوبر، بحسب الجيش الإسرائيلي.',
    ].join('\n\n'),
    figures: [
      { value: 61722, measure: 'killed.palestinians.cumulative', source: MOH, scope: 'منذ السابع من أكتوبر' },
      { value: 154525, measure: 'injured.palestinians.cumulative', source: MOH },
      { value: 123, measure: 'killed.palestinians.24h', source: MOH, scope: '24' },
      { value: 1_700_000, measure: 'displaced', source: 'United Nations', qualifier: 'about' },
      { value: 120, measure: 'aid.trucks' },
      { value: 253, measure: 'hostages.taken', source: 'Israeli military' },
    ],
    toll: { value: 61722, bulletin: '2025-08-13' },
  },
  {
    lang: 'he',
    title: 'משרד הבריאות בעזה: 25,700 הרוגים מאז תחילת המלחמה',
    date: '2024-01-24',
    text: [
      'לפי משרד הבריאות בעזה, 25,700 פלסטינים נהרגו ברצועת עזה מאז 7 באוקטובר, ו-63,740 נפצעו.',
      'במהלך 24 השעות האחרונות נהרגו 210 בני אדם, כך מסר משרד הבריאות.',
      'ביום שני נהרגו 24 חיילי צה"ל בדרום הרצועה, כך הודיע דובר צה"ל.',
      'חמאס חטף 253 בני ערובה בטבח 7 באוקטובר, ולפי האו"ם כ-1.7 מיליון תושבי עזה עקורים.',
    ].join('\n\n'),
    figures: [
      { value: 25700, measure: 'killed.palestinians.cumulative', source: MOH, scope: 'מאז 7 באוקטובר' },
      { value: 63740, measure: 'injured.palestinians.cumulative', source: MOH },
      { value: 210, measure: 'killed.palestinians.24h', source: MOH },
      { value: 24, measure: 'killed.soldiers.day', source: 'Israeli military' },
      { value: 1_700_000, measure: 'displaced', qualifier: 'about' },
    ],
    toll: { value: 25700, bulletin: '2024-01-24' },
  },
  {
    lang: 'fr',
    title: 'Gaza : le bilan dépasse les 25 000 morts selon le Hamas',
    date: '2024-01-23',
    text: [
      'Le ministère de la Santé du Hamas a fait état mardi de 25 490 morts dans la bande de Gaza depuis le 7 octobre, et de 63 354 blessés.',
      'Au moins 195 personnes ont été tuées au cours des dernières 24 heures, selon la même source.',
      'Lundi, 24 soldats israéliens ont été tués dans le centre de la bande de Gaza, a annoncé l\'armée israélienne.',
      'Selon l\'ONU, près de 1,7 million de personnes sont déplacées dans l\'enclave, tandis que 253 otages avaient été enlevés lors de l\'attaque du 7 octobre.',
    ].join('\n\n'),
    figures: [
      { value: 25490, measure: 'killed.palestinians.cumulative', source: MOH, scope: 'depuis le 7 octobre' },
      { value: 63354, measure: 'injured.palestinians.cumulative', source: MOH },
      { value: 195, measure: 'killed.palestinians.24h', qualifier: 'at least', scope: '24 heures' },
      { value: 24, measure: 'killed.soldiers.day', source: 'Israeli military' },
      { value: 1_700_000, measure: 'displaced', source: 'United Nations', qualifier: 'nearly' },
      { value: 253, measure: 'hostages.taken' },
    ],
    toll: { value: 25490, bulletin: '2024-01-23' },
  },
  {
    lang: 'es',
    title: 'La cifra de muertos en Gaza supera los 25.000',
    date: '2024-01-24',
    text: [
      'El Ministerio de Sanidad de Gaza elevó este miércoles a 25.700 la cifra de muertos en la Franja desde el 7 de octubre, con 63.740 heridos.',
      'En las últimas 24 horas murieron 210 personas, según el Ministerio.',
      'El lunes murieron 24 soldados israelíes en el centro de la Franja, informó el ejército israelí.',
      'Unos 1,7 millones de gazatíes están desplazados, según la ONU, y 253 rehenes fueron secuestrados el 7 de octubre.',
    ].join('\n\n'),
    figures: [
      { value: 25700, measure: 'killed.palestinians.cumulative', source: MOH, scope: 'desde el 7 de octubre' },
      { value: 63740, measure: 'injured.palestinians.cumulative', source: MOH },
      { value: 210, measure: 'killed.palestinians.24h', source: MOH, scope: '24 horas' },
      { value: 24, measure: 'killed.soldiers.day', source: 'Israeli military' },
      { value: 1_700_000, measure: 'displaced', source: 'United Nations', qualifier: 'about' },
      { value: 253, measure: 'hostages.taken' },
    ],
    toll: { value: 25700, bulletin: '2024-01-24' },
  },
  {
    lang: 'de',
    title: 'Mehr als 25.000 Tote im Gazastreifen',
    date: '2024-01-23',
    text: [
      'Nach Angaben des von der Hamas kontrollierten Gesundheitsministeriums sind im Gazastreifen seit dem 7. Oktober 25.490 Menschen getötet und 63.354 verletzt worden.',
      'Innerhalb von 24 Stunden seien 195 Menschen ums Leben gekommen, teilte das Gesundheitsministerium mit.',
      'Am Montag wurden 24 israelische Soldaten getötet, wie die israelische Armee mitteilte.',
      'Laut UN sind rund 1,7 Millionen Menschen im Gazastreifen vertrieben worden; beim Überfall am 7. Oktober wurden 253 Geiseln verschleppt.',
    ].join('\n\n'),
    figures: [
      { value: 25490, measure: 'killed.palestinians.cumulative', source: MOH, scope: 'seit dem 7. Oktober' },
      { value: 63354, measure: 'injured.palestinians.cumulative', source: MOH },
      { value: 195, measure: 'killed.palestinians.24h', source: MOH, scope: '24 Stunden' },
      { value: 24, measure: 'killed.soldiers.day', source: 'Israeli military' },
      { value: 1_700_000, measure: 'displaced', source: 'United Nations', qualifier: 'about' },
      { value: 253, measure: 'hostages.taken' },
    ],
    toll: { value: 25490, bulletin: '2024-01-23' },
  },
];

/** Pages about a neighbouring conflict, one per conflict and language, naming Gaza at most in passing. */
export const NEGATIVES: { lang: string; about: string; title: string; text: string }[] = [
  { lang: 'ar', about: 'Lebanon', title: 'غارات إسرائيلية على جنوب لبنان', text: 'شنّت الطائرات الإسرائيلية غارات على بلدات في جنوب لبنان، وقال حزب الله إن ثلاثة من عناصره قتلوا. وأعلنت وزارة الصحة اللبنانية في بيروت مقتل 12 شخصاً وإصابة 40 آخرين. ويتبادل حزب الله وإسرائيل القصف عبر الحدود منذ أشهر، على وقع الحرب في غزة.' },
  { lang: 'ar', about: 'Syria', title: 'اشتباكات في ريف حلب', text: 'قُتل 25 شخصاً في اشتباكات بين فصائل مسلحة في ريف حلب الشمالي، بحسب المرصد السوري. وقالت مصادر في دمشق إن الحكومة السورية أرسلت تعزيزات إلى المنطقة. وتشهد سوريا منذ سقوط نظام الأسد توترات متقطعة في إدلب وحمص.' },
  { lang: 'ar', about: 'Yemen', title: 'الحوثيون يستهدفون سفينة في البحر الأحمر', text: 'أعلنت جماعة الحوثي في اليمن استهداف سفينة تجارية في البحر الأحمر قرب باب المندب. وشنت طائرات أمريكية غارات على مواقع في صنعاء والحديدة. وقالت وزارة الصحة في صنعاء إن 9 أشخاص قتلوا.' },
  { lang: 'ar', about: 'Sudan', title: 'معارك عنيفة في الفاشر', text: 'قالت مصادر طبية إن 40 مدنياً قتلوا في قصف لقوات الدعم السريع على مدينة الفاشر في شمال دارفور. ويشهد السودان حرباً بين الجيش السوداني وقوات الدعم السريع منذ أبريل 2023، نزح بسببها أكثر من 10 ملايين شخص، بحسب الأمم المتحدة. وفي الخرطوم تتواصل المعارك.' },
  { lang: 'ar', about: 'Ukraine', title: 'هجوم روسي بالمسيرات على كييف', text: 'أطلقت روسيا عشرات المسيرات على كييف ليلاً، وقالت السلطات الأوكرانية إن 4 أشخاص قتلوا. وقال زيلينسكي إن أوكرانيا تحتاج إلى مزيد من الدفاعات الجوية، فيما اتهم الكرملين الغرب بإطالة الحرب. وفي خاركيف أصيب 15 شخصاً.' },
  { lang: 'he', about: 'Lebanon', title: 'חיזבאללה ירה רקטות לעבר הצפון', text: 'חיזבאללה שיגר עשרות רקטות מדרום לבנון לעבר יישובי הצפון. צה"ל תקף בתגובה מטרות בלבנון, ובביירות דווח על 3 הרוגים. המתיחות בגבול לבנון נמשכת במקביל למלחמה בעזה.' },
  { lang: 'he', about: 'Syria', title: 'תקיפה בסוריה', text: 'מטוסים תקפו מטרות בדמשק ובסביבתה, כך דווח בכלי התקשורת בסוריה. לפי הדיווחים נהרגו 6 אנשים. משטר אסד לשעבר והמורדים בראשות ג\'ולאני נאבקים על השליטה בצפון סוריה.' },
  { lang: 'he', about: 'Yemen', title: 'החות\'ים שיגרו טיל מתימן', text: 'החות\'ים שיגרו טיל בליסטי מתימן, והוא יורט. חיל האוויר תקף בנמל חודיידה ובצנעא. החות\'ים מאיימים על השיט בים האדום ובבאב אל-מנדב מאז נובמבר.' },
  { lang: 'he', about: 'Sudan', title: 'טבח בדארפור', text: 'כוחות התמיכה המהירה תקפו מחנה עקורים בדארפור שבסודן, ולפי האו"ם נהרגו יותר מ-100 בני אדם. המלחמה בסודן בין הצבא לכוחות התמיכה המהירה נמשכת מאז 2023, ובחרטום המצב קשה.' },
  { lang: 'he', about: 'Ukraine', title: 'מתקפת כטב"מים על קייב', text: 'רוסיה שיגרה עשרות כטב"מים לעבר קייב בלילה, ו-4 בני אדם נהרגו. נשיא אוקראינה זלנסקי קרא למערב לשלוח מערכות הגנה נוספות. בקרמלין טענו כי פוטין מוכן למשא ומתן.' },
  { lang: 'fr', about: 'Lebanon', title: 'Frappes israéliennes dans le sud du Liban', text: 'Des frappes israéliennes ont visé plusieurs villages du sud du Liban, tuant 12 personnes selon le ministère libanais de la Santé. Le Hezbollah a riposté par des tirs de roquettes. À Beyrouth, le gouvernement libanais appelle au respect de la résolution 1701, alors que la guerre à Gaza se poursuit.' },
  { lang: 'fr', about: 'Syria', title: 'Combats meurtriers dans le nord de la Syrie', text: 'Au moins 25 personnes ont été tuées dans des combats près d\'Alep, selon l\'Observatoire syrien des droits de l\'homme. Le nouveau pouvoir à Damas a envoyé des renforts. La Syrie reste instable depuis la chute de Bachar al-Assad.' },
  { lang: 'fr', about: 'Yemen', title: 'Les Houthis revendiquent une attaque en mer Rouge', text: 'Les rebelles houthis du Yémen ont revendiqué une attaque contre un navire marchand en mer Rouge. Des frappes américaines ont visé Sanaa et Hodeïda, faisant 9 morts selon les Houthis.' },
  { lang: 'fr', about: 'Sudan', title: 'Soudan : des dizaines de civils tués à El-Facher', text: 'Au moins 40 civils ont été tués dans des bombardements des Forces de soutien rapide sur El-Facher, au Darfour. La guerre au Soudan a déplacé plus de 10 millions de personnes depuis avril 2023, selon l\'ONU.' },
  { lang: 'fr', about: 'Ukraine', title: 'Nouvelle attaque de drones russes sur Kyiv', text: 'La Russie a lancé des dizaines de drones sur Kyiv dans la nuit, tuant 4 personnes, selon les autorités ukrainiennes. Volodymyr Zelensky a de nouveau demandé des systèmes de défense antiaérienne. Moscou accuse l\'Occident de prolonger la guerre.' },
  { lang: 'es', about: 'Lebanon', title: 'Ataques israelíes en el sur del Líbano', text: 'Los bombardeos israelíes en el sur del Líbano mataron a 12 personas, según el Ministerio de Salud libanés. Hezbolá respondió con cohetes. En Beirut, el Gobierno libanés pidió calma mientras continúa la guerra en Gaza.' },
  { lang: 'es', about: 'Syria', title: 'Combates en el norte de Siria', text: 'Al menos 25 personas murieron en combates cerca de Alepo, según el Observatorio Sirio de Derechos Humanos. Las nuevas autoridades de Damasco enviaron refuerzos. Siria sigue inestable tras la caída de Bashar al Asad.' },
  { lang: 'es', about: 'Yemen', title: 'Los hutíes atacan un buque en el mar Rojo', text: 'Los rebeldes hutíes de Yemen atacaron un buque mercante en el mar Rojo. Aviones estadounidenses bombardearon Saná y Hodeida, con 9 muertos según los hutíes.' },
  { lang: 'es', about: 'Sudan', title: 'Decenas de civiles muertos en El Fasher', text: 'Al menos 40 civiles murieron en bombardeos de las Fuerzas de Apoyo Rápido sobre El Fasher, en Darfur. La guerra en Sudán ha desplazado a más de 10 millones de personas desde abril de 2023, según la ONU.' },
  { lang: 'es', about: 'Ukraine', title: 'Rusia lanza drones contra Kiev', text: 'Rusia lanzó decenas de drones contra Kiev durante la noche y 4 personas murieron, según las autoridades ucranianas. Zelenski pidió más defensas antiaéreas. Moscú acusa a Occidente de prolongar la guerra.' },
  { lang: 'de', about: 'Lebanon', title: 'Israelische Angriffe im Südlibanon', text: 'Bei israelischen Luftangriffen im Süden des Libanon sind nach Angaben des libanesischen Gesundheitsministeriums 12 Menschen getötet worden. Die Hisbollah feuerte Raketen auf Nordisrael. In Beirut rief die Regierung zur Ruhe auf, während der Krieg in Gaza weitergeht.' },
  { lang: 'de', about: 'Syria', title: 'Gefechte im Norden Syriens', text: 'Bei Gefechten nahe Aleppo sind mindestens 25 Menschen getötet worden, wie die Syrische Beobachtungsstelle für Menschenrechte mitteilte. Die neue Führung in Damaskus schickte Verstärkung. Syrien bleibt seit dem Sturz von Baschar al-Assad instabil.' },
  { lang: 'de', about: 'Yemen', title: 'Huthi-Miliz greift Schiff im Roten Meer an', text: 'Die Huthi-Miliz im Jemen hat ein Handelsschiff im Roten Meer angegriffen. US-Kampfflugzeuge bombardierten Ziele in Sanaa und Hodeida; nach Angaben der Huthi gab es 9 Tote.' },
  { lang: 'de', about: 'Sudan', title: 'Dutzende Zivilisten in Al-Faschir getötet', text: 'Bei Angriffen der RSF-Miliz auf Al-Faschir in Darfur sind mindestens 40 Zivilisten getötet worden. Der Krieg im Sudan hat seit April 2023 mehr als 10 Millionen Menschen vertrieben, teilten die Vereinten Nationen mit. Auch in Khartum wird gekämpft.' },
  { lang: 'de', about: 'Ukraine', title: 'Russischer Drohnenangriff auf Kiew', text: 'Russland hat Kiew in der Nacht mit Dutzenden Drohnen angegriffen, 4 Menschen wurden getötet, teilten die ukrainischen Behörden mit. Selenskyj forderte mehr Flugabwehr. Der Kreml wirft dem Westen vor, den Krieg zu verlängern.' },
];
