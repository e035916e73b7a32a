/**
 * Pages too big to keep as files, built from our own sentences: a Gaza-war article of any length
 * (the figures of tests/fixtures/pages/reuters/khan-younis-truce.html in its first paragraphs, so
 * the same badges are expected), a 5 MB page, an article with a table of thousands of numbers, and
 * a news-site page that is not about the war. Deterministic: the same call gives the same page.
 * Used by tests/e2e/hostile.e2e.ts and scripts/bench/browser.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from './server';

/**
 * The paragraphs of khan-younis-truce.html's story (the figures its .expected.json lists, and 120
 * trucks), read from the fragment the fixtures share, so every page carrying them has one source.
 */
export const LEDE: readonly string[] = [...readFileSync(join(PAGES_DIR, 'reuters', 'khan-younis-truce.story.html'), 'utf8')
  .matchAll(/^<p>(?!<time)(.*)<\/p>$/gm)].map((m) => m[1] ?? '');

/** Body sentences of our own writing, without figures, so they add length but no badges. */
const FILLER = [
  'Residents of the southern city described long nights in crowded shelters and queues for bread that began before dawn.',
  'A doctor at the main hospital said generators were running low and that staff were working without rest.',
  'Families who had moved several times since the start of the war said they no longer knew where to go.',
  'Mediators said the gaps between the two sides had narrowed but that the question of a lasting ceasefire remained open.',
  'The military said its troops were searching tunnels and buildings in the western districts of the city.',
  'Aid agencies warned that the crossings were not open long enough for convoys to reach the north of the strip.',
  'A teacher sheltering in a school said children drew pictures of their homes and asked when they could go back.',
  'Officials in Cairo and Doha said talks would continue after the weekend, with envoys travelling between the capitals.',
  'Satellite images showed whole blocks of the neighbourhood flattened, with roads cut by craters and rubble.',
  'Water engineers said the desalination plants could work only a few hours a day for lack of fuel.',
  'Relatives of the hostages gathered outside the defence ministry and called on the government to accept a deal.',
  'A shopkeeper said the price of flour had risen so far that most families could buy only a little each week.',
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The head of a Reuters-like article page dated 25 Jan 2024, as khan-younis-truce.html is. */
function head(title: string, extra = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} | Reuters</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Reuters">
<meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="2024-01-25T10:12:00Z">
${extra}
</head>`;
}

const TITLE = 'Israeli forces press Khan Younis offensive as Gaza truce talks go on';

/** Paragraphs of filler adding up to about `words` words, cycling through the sentences. */
export function fillerParagraphs(words: number, perParagraph = 4): string[] {
  const out: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < perParagraph; k++) sentences.push(FILLER[(i++ * 7 + k) % FILLER.length] as string);
    const p = sentences.join(' ');
    count += p.split(/\s+/).length;
    out.push(p);
  }
  return out;
}

/** A Gaza-war article of about `words` words: the lede's figures first, then filler. */
export function longArticle(words: number): string {
  const body = [...LEDE, ...fillerParagraphs(Math.max(0, words - LEDE.join(' ').split(/\s+/).length))];
  return `${head(TITLE)}
<body>
<main><article>
<h1>${esc(TITLE)}</h1>
<p><time datetime="2024-01-25T10:12:00Z">January 25, 2024</time> · Generated for Crosscheck's tests</p>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
</body>
</html>`;
}

/** A page of about `bytes` bytes: the article, then filler paragraphs to fill the size. */
export function hugeArticle(bytes: number): string {
  const unit = fillerParagraphs(400).map((p) => `<p>${esc(p)}</p>`).join('\n');
  const start = longArticle(200);
  const cut = start.indexOf('</article>');
  const parts: string[] = [start.slice(0, cut)];
  let size = start.length;
  while (size < bytes) {
    parts.push(unit);
    size += unit.length;
  }
  parts.push(start.slice(cut));
  return parts.join('\n');
}

/**
 * The article with a table of `count` numbers inside it, after the text: numbers of every shape
 * (1 to 99,999 with thousands separators, decimals, percentages), including the article's own
 * figures (200, 9,000, 25,900) in cells, so a badge must find the sentence and not a cell.
 */
export function numbersArticle(count: number): string {
  let x = 12345;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  const cells: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = next() % 100_000;
    const shape = i % 10;
    const text = i % 500 === 0 ? ['200', '9,000', '25,900', '1,200'][(i / 500) % 4] as string
      : shape < 6 ? n.toLocaleString('en-US') : shape < 8 ? `${(n / 100).toFixed(2)}` : `${n % 100}%`;
    cells.push(text);
  }
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 10) rows.push(`<tr>${cells.slice(i, i + 10).map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return `${head(TITLE)}
<body>
<main><article>
<h1>${esc(TITLE)}</h1>
<p><time datetime="2024-01-25T10:12:00Z">January 25, 2024</time> · Generated for Crosscheck's tests</p>
${LEDE.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<h2>Market data</h2>
<table><caption>Index levels by session</caption><tbody>
${rows.join('\n')}
</tbody></table>
</article></main>
</body>
</html>`;
}

/** A news-site page that is not about the war (a markets page): the cheap check must say no. */
export function nonNewsPage(words = 1_500): string {
  const lines = [
    'Shares in European carmakers rose on Tuesday after a strong quarter for electric models, while bond yields held steady.',
    'The central bank left its main rate unchanged and said inflation was moving back towards its target.',
    'Oil prices slipped as traders weighed higher output against slower demand in the winter months.',
    'Retailers reported brisk sales over the holiday weekend, helped by discounts on electronics and clothing.',
  ];
  const body: string[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const p = `${lines[i % lines.length]} ${lines[(i + 1) % lines.length]}`;
    body.push(p);
    n += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets: carmakers lift European shares | Reuters</title></head>
<body><main><article><h1>Carmakers lift European shares</h1>
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main></body></html>`;
}
