/**
 * The bench's Gaza-war articles in Arabic and French, beside the English one
 * (tests/e2e/support/generated-pages.ts `longArticle`): the same story on the same day, written
 * for Crosscheck in each language (no text of real pages), with the Gaza health ministry's figures
 * of its bulletin of 25 January 2024 (data/reference: 25,900 killed since 7 October, 200 in 24
 * hours, 64,110 injured) and the English lede's other figures, then figure-free filler to the same
 * number of words, so the three pages differ in their language and little else.
 */

/** A language's page: its `lang`, direction, title, lede paragraphs and filler sentences. */
interface LanguageStory {
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  dateline: string;
  lede: readonly string[];
  filler: readonly string[];
}

/** Arabic: numbers as Arabic news writes them ("25 ألفاً و900", "9 آلاف", "الـ24 ساعة"). */
const ARABIC: LanguageStory = {
  lang: 'ar',
  dir: 'rtl',
  title: 'القوات الإسرائيلية توسع هجومها على خان يونس مع استمرار مفاوضات التهدئة في غزة',
  dateline: '25 يناير 2024',
  lede: [
    'توغلت الدبابات والقوات الإسرائيلية يوم الخميس في عمق مدينة خان يونس جنوبي قطاع غزة، فيما يعمل وسطاء من قطر ومصر والولايات المتحدة على مقترح لوقف إطلاق النار مدة 30 يوماً يُفرج خلاله عن الرهائن المحتجزين في القطاع.',
    'وقالت وزارة الصحة في غزة إن 25 ألفاً و900 فلسطيني استشهدوا منذ السابع من أكتوبر، بينهم 200 شهيد خلال الـ24 ساعة الماضية، فيما ارتفع عدد المصابين إلى 64 ألفاً و110 مصابين.',
    'ويقول الجيش الإسرائيلي إنه قتل نحو 9 آلاف مسلح منذ بدء الحرب، ولم يتسن التحقق من هذا الرقم من مصدر مستقل.',
    'واتجه المدنيون الفارون من القتال نحو رفح على الحدود مع مصر، حيث يحتمي الآن أكثر من نصف سكان القطاع البالغ عددهم 2.3 مليون نسمة في الخيام والمدارس.',
    'واندلعت الحرب عندما هاجم مسلحون بقيادة حماس جنوب إسرائيل في السابع من أكتوبر، ما أسفر عن مقتل نحو 1200 شخص بحسب الأرقام الإسرائيلية.',
    'وقال مسؤولون في الإغاثة إن 120 شاحنة محملة بالغذاء والدواء دخلت القطاع يوم الأربعاء، وهو عدد أقل بكثير مما كان يدخل قبل الحرب.',
  ],
  filler: [
    'وصف سكان المدينة الجنوبية ليالي طويلة في ملاجئ مكتظة وطوابير على الخبز تبدأ قبل الفجر.',
    'وقال طبيب في المستشفى الرئيسي إن المولدات توشك أن تتوقف وإن الطواقم تعمل دون راحة.',
    'وقالت عائلات نزحت مرات عدة منذ بداية الحرب إنها لم تعد تعرف إلى أين تذهب.',
    'وقال الوسطاء إن الفجوة بين الطرفين تقلصت، لكن مسألة وقف دائم لإطلاق النار ما زالت مفتوحة.',
    'وقال الجيش إن قواته تفتش الأنفاق والمباني في الأحياء الغربية من المدينة.',
    'وحذرت وكالات الإغاثة من أن المعابر لا تفتح وقتاً كافياً لوصول القوافل إلى شمال القطاع.',
    'وقالت معلمة لجأت إلى مدرسة إن الأطفال يرسمون بيوتهم ويسألون متى يعودون إليها.',
    'وقال مسؤولون في القاهرة والدوحة إن المحادثات ستستمر بعد عطلة نهاية الأسبوع، مع تنقل المبعوثين بين العاصمتين.',
    'وأظهرت صور الأقمار الصناعية أحياء كاملة سويت بالأرض، وطرقاً قطعتها الحفر والركام.',
    'وقال مهندسو المياه إن محطات التحلية لا تعمل إلا ساعات قليلة في اليوم بسبب نقص الوقود.',
    'وتجمع أقارب الرهائن أمام وزارة الدفاع ودعوا الحكومة إلى قبول اتفاق.',
    'وقال صاحب متجر إن سعر الطحين ارتفع حتى باتت معظم العائلات لا تشتري منه إلا القليل كل أسبوع.',
  ],
};

/** French: thousands grouped by a space, a no-break space and a narrow no-break space, as French pages do. */
const FRENCH: LanguageStory = {
  lang: 'fr',
  dir: 'ltr',
  title: 'Les forces israéliennes poussent leur offensive à Khan Younès, les négociations sur une trêve à Gaza se poursuivent',
  dateline: '25 janvier 2024',
  lede: [
    'Les chars et les troupes israéliens se sont enfoncés jeudi plus avant dans Khan Younès, tandis que des médiateurs du Qatar, de l\'Égypte et des États-Unis travaillaient à une proposition de cessez-le-feu de 30 jours qui permettrait la libération des otages détenus à Gaza.',
    'Le ministère de la Santé de Gaza a annoncé que 25\u00a0900 Palestiniens avaient été tués depuis le 7 octobre, dont 200 au cours des dernières 24 heures, et que 64\u202f110 personnes avaient été blessées.',
    'Israël affirme avoir tué environ 9 000 combattants depuis le début de la guerre, un chiffre qui n\'a pas pu être vérifié de source indépendante.',
    'Les civils qui fuient les combats se dirigent vers Rafah, à la frontière égyptienne, où plus de la moitié des 2,3 millions d\'habitants de l\'enclave s\'abritent désormais sous des tentes et dans des écoles.',
    'La guerre a commencé lorsque des hommes armés menés par le Hamas ont attaqué le sud d\'Israël le 7 octobre, tuant quelque 1 200 personnes selon les décomptes israéliens.',
    'Selon des responsables humanitaires, 120 camions de nourriture et de médicaments sont entrés mercredi dans le territoire, bien moins qu\'avant la guerre.',
  ],
  filler: [
    'Les habitants de la ville du sud décrivent de longues nuits dans des abris bondés et des files d\'attente pour le pain qui commencent avant l\'aube.',
    'Un médecin de l\'hôpital principal a expliqué que les générateurs manquaient de carburant et que le personnel travaillait sans repos.',
    'Des familles déplacées à plusieurs reprises depuis le début de la guerre disent ne plus savoir où aller.',
    'Les médiateurs estiment que l\'écart entre les deux camps s\'est réduit, mais la question d\'un cessez-le-feu durable reste ouverte.',
    'L\'armée a indiqué que ses troupes fouillaient des tunnels et des bâtiments dans les quartiers ouest de la ville.',
    'Les agences humanitaires préviennent que les points de passage ne restent pas ouverts assez longtemps pour que les convois atteignent le nord du territoire.',
    'Une enseignante réfugiée dans une école raconte que les enfants dessinent leur maison et demandent quand ils pourront rentrer.',
    'Au Caire et à Doha, des responsables ont assuré que les discussions reprendraient après le week-end, les émissaires faisant la navette entre les deux capitales.',
    'Des images satellites montrent des pâtés de maisons entiers rasés, des routes coupées par des cratères et des gravats.',
    'Les ingénieurs de l\'eau expliquent que les usines de dessalement ne peuvent fonctionner que quelques heures par jour faute de carburant.',
    'Des proches des otages se sont rassemblés devant le ministère de la Défense pour appeler le gouvernement à accepter un accord.',
    'Un commerçant raconte que le prix de la farine a tellement augmenté que la plupart des familles n\'en achètent plus qu\'un peu chaque semaine.',
  ],
};

/** The stories by language. */
export const LANGUAGE_STORIES = { ar: ARABIC, fr: FRENCH } as const;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs of four filler sentences, cycling as the English page's do, up to about `words` words. */
function filler(sentences: readonly string[], words: number): string[] {
  const out: string[] = [];
  for (let count = 0, i = 0; count < words;) {
    const p: string[] = [];
    for (let k = 0; k < 4; k++) p.push(sentences[(i++ * 7 + k) % sentences.length] as string);
    const text = p.join(' ');
    count += wordCount(text);
    out.push(text);
  }
  return out;
}

/** The article in `lang` of about `words` words, dated 25 January 2024 like the English one. */
export function languageArticle(lang: keyof typeof LANGUAGE_STORIES, words: number): string {
  const s = LANGUAGE_STORIES[lang];
  const body = [...s.lede, ...filler(s.filler, Math.max(0, words - wordCount(s.lede.join(' '))))];
  return `<!doctype html>
<html lang="${s.lang}" dir="${s.dir}">
<head>
<meta charset="utf-8">
<title>${esc(s.title)}</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(s.title)}">
<meta property="article:published_time" content="2024-01-25T10:12:00Z">
</head>
<body>
<main><article>
<h1>${esc(s.title)}</h1>
<p><time datetime="2024-01-25T10:12:00Z">${esc(s.dateline)}</time> · Crosscheck bench</p>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
</body>
</html>`;
}
