/**
 * Generators for fuzzing the engine: raw strings of any code points, plus text built from news
 * vocabulary (numbers in every form the extractor reads, hedges, measures, sources, dates), so the
 * cases reach deep into the extractor and the comparison rather than stopping at "no digits".
 */
import fc from 'fast-check';

const NUMBER = fc.oneof(
  fc.integer({ min: 0, max: 3_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.double({ min: 0, max: 50, noNaN: true }).map((x) => `${x.toFixed(1)} million`),
  fc.constantFrom('half a million', 'twenty-four', 'Twenty one', 'a hundred', 'more than a hundred', 'dozens', 'hundreds of thousands', 'two-thirds', '1e309', '٢٥٬٤٩٠', '25.490', '25 490', '-12', '1,2,3', '9'.repeat(400)),
  fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 })).map(([a, b]) => `between ${a} and ${b}`),
);

const WORDS = fc.constantFrom(
  'at least', 'more than', 'about', 'nearly', 'up to', 'some', 'around', 'over', 'killed', 'Palestinians', 'Israelis', 'soldiers',
  'hostages', 'held', 'displaced', 'injured', 'wounded', 'in the past 24 hours', 'since October 7', 'on October 7th', 'in Rafah',
  'Gaza', 'Gaza Strip', 'Khan Younis', 'Hamas', 'the health ministry said', 'the Israeli military said', 'the UN said',
  'Reuters could not verify', 'the 98th division', 'a 12-year-old', 'on January 24, 2024', 'at 10:30', 'in 2023', '%', 'trucks',
  'people', 'militants', 'ceasefire', '30-day', 'population', 'million', '.', ',', ';', '\n', '\n\n', '"', '(', ')', '–', '—', '…',
  'غزة', 'שלום', '\u202e', '\u0000', '\uFEFF', '<script>', '&amp;', '\t',
);

/** News-like text: words and numbers in random order. */
export const newsText = fc.array(fc.oneof(WORDS, NUMBER, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join(' '));

/** Any text: news-like, arbitrary unicode, or plain strings. */
export const anyText = fc.oneof(newsText, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));

/** A date or nothing, including impossible ones. */
export const anyDate = fc.oneof(
  fc.constant(null),
  fc.date({ min: new Date('2023-10-01'), max: new Date('2024-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', 'not a date', '', '0000-00-00'),
);

/** HTML-ish markup around text: tags, attributes, JSON-LD, broken nesting. */
export const anyHtml = fc.array(fc.oneof(
  anyText.map((t) => `<p>${t}</p>`),
  fc.constantFrom('<article>', '</article>', '<div class="story">', '</div>', '<h1>', '</h1>', '<main>', '<table><tr><td>', '<script>var x = "</p>";</script>',
    '<script type="application/ld+json">{"@type":["NewsArticle"],"datePublished":"2024-01-24","publisher":{"name":"X"}}</script>',
    '<script type="application/ld+json">{"@graph":[{"@type":"LiveBlogPosting","liveBlogUpdate":[{"datePublished":"bad"}]}]</script>',
    '<meta property="og:type" content="article">', '<time datetime="2024-13-45">', '<!--', '-->', '<![CDATA[', '<', '>', '&#x0;'),
  anyText,
), { maxLength: 40 }).map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);
