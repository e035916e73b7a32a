/**
 * Transplants: the real page structures of 15 news sites from Mozilla Readability's test pages
 * (../shared/readability-pages, read at build time, never copied here), with the article's body
 * paragraphs replaced by a story of our own (transplant-stories.ts). Everything else is the site's:
 * navigation, rails of other stories with their headlines, dates and numbers, captions, footers.
 *
 * The shared copy of the test pages has no expected.html (only source.html and
 * expected-metadata.json), so the article's paragraphs are found the way expected.html was made:
 * Readability itself (the project's dependency) runs on source.html, and the <p> elements whose
 * text is in its extracted content are the body (minus captions and sign-up boxes it keeps).
 *
 * The headline (the <h1> just before the body, <title>, og/twitter titles, JSON-LD headline) and
 * the descriptions become the story's. The article's own dates (date metadata in the head, JSON-LD
 * dates, and <time>/itemprop dates between the headline and the body) become the story's date;
 * a structure with none of its own gets a <time> before the body. Rails' dates are left alone.
 * Scripts are removed (they would only 404 or rewrite the saved page), JSON-LD kept.
 * Used by tests/e2e/transplant.e2e.ts; deterministic, so `npm run bench` can reuse the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { GAZA_STORIES, OTHER_STORIES, type Story } from './transplant-stories';

export { GAZA_STORIES, OTHER_STORIES, type Story } from './transplant-stories';

/** ../shared/readability-pages beside the project. */
export const READABILITY_PAGES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'readability-pages');

/** A site's structure: a Readability test page and the hostname it is served under. */
export interface Structure {
  name: string;
  host: string;
}

export const STRUCTURES: readonly Structure[] = [
  { name: 'bbc-1', host: 'www.bbc.com' },
  { name: 'cnn', host: 'www.cnn.com' },
  { name: 'guardian-1', host: 'www.theguardian.com' },
  { name: 'nytimes-1', host: 'www.nytimes.com' },
  { name: 'nytimes-2', host: 'www.nytimes.com' },
  { name: 'wapo-1', host: 'www.washingtonpost.com' },
  { name: 'wapo-2', host: 'www.washingtonpost.com' },
  { name: 'telegraph', host: 'www.telegraph.co.uk' },
  { name: 'seattletimes-1', host: 'www.seattletimes.com' },
  { name: 'herald-sun-1', host: 'www.heraldsun.com.au' },
  { name: 'yahoo-1', host: 'news.yahoo.com' },
  { name: 'yahoo-2', host: 'news.yahoo.com' },
  { name: 'msn', host: 'www.msn.com' },
  { name: 'salon-1', host: 'www.salon.com' },
  { name: 'breitbart', host: 'www.breitbart.com' },
];

/** The structures that carry a negative, and which: a war elsewhere, a country next door, a band. */
const NEGATIVES: readonly [string, string][] = [['guardian-1', 'kharkiv-strikes'], ['wapo-2', 'lebanon-banks'], ['salon-1', 'gaza-the-band']];

/** A built page. */
export interface TransplantPage {
  /** "bbc-1" for a Gaza-war page, "bbc-1~kharkiv-strikes" for a negative. */
  id: string;
  structure: Structure;
  story: Story;
  /** Path to serve it at (any host). */
  path: string;
  html: string;
  /** The paragraph texts placed in the body, whitespace-normalised (badges add no text, so a test finds them by text). */
  bodyTexts: string[];
  /** How the article's date was set: which elements now carry it (for the report). */
  dateCarriers: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Ancestors that hold captions, sign-up boxes and ads, which Readability keeps but are not the story. */
const NOT_BODY = /(?:^|[-_]|email)(?:caption|image|gallery|signup|optin|newsletter|banner|promo|sponsor|related)/i;

function insideNotBody(el: Element): boolean {
  for (let e: Element | null = el.parentElement; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (e.tagName === 'FIGURE' || e.tagName === 'FIGCAPTION') return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.id ?? ''}`.split(/\s+/);
    if (names.some((n) => NOT_BODY.test(n))) return true;
  }
  return false;
}

/**
 * Document order of a document's elements. (linkedom's compareDocumentPosition gets some
 * orders wrong, so the order is taken from querySelectorAll, which lists elements in it.)
 */
function documentOrder(doc: Document): (a: Element, b: Element) => boolean {
  const index = new Map<Element, number>();
  Array.from(doc.querySelectorAll('*')).forEach((e, i) => index.set(e, i));
  return (a, b) => (index.get(a) ?? -1) < (index.get(b) ?? -1);
}

/** A date in the shape of the value it replaces (NYT's 20170113, Seattle's "2019-04-28 06:01:07"…). */
function dateLike(old: string, story: Story): string {
  const iso = story.datetime; // 2024-01-23T14:05:00Z
  const [d, t] = [iso.slice(0, 10), iso.slice(11, 19)];
  const compact = d.replace(/-/g, '');
  if (/^\d{8}$/.test(old)) return compact;
  if (/^\d{14}$/.test(old)) return compact + t.replace(/:/g, '');
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(old)) return `${d} ${t}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(old)) return iso;
  // "Fri Mar 13 21:30:09 EST 2015" (Java's Date.toString, the Herald Sun's).
  if (/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} [A-Z]{3,4} \d{4}$/.test(old)) {
    const [wd, day, mon, yr] = new Date(iso).toUTCString().split(' '); // "Tue, 23 Jan 2024 14:05:00 GMT"
    return `${wd!.slice(0, 3)} ${mon} ${Number(day)} ${t} UTC ${yr}`;
  }
  return story.dateText;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** A date written out: "February 1, 2016", "24 July 2015", "Feb 1, 2015". */
const TEXT_DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b|\\b\\d{1,2}\\s+${MONTH}\\s+(?:19|20)\\d\\d\\b|^${MONTH}\\s+\\d{1,2}\\s+at\\s+\\d`, 'i');

/** Names of meta elements that carry the article's dates. */
const DATE_META = /date|ptime|utime|published|modified|issued|updated_time/i;

/** Puts `story` into the structure; pure apart from reading the structure's source.html. */
export function buildTransplant(structure: Structure, story: Story, pagesDir = READABILITY_PAGES): TransplantPage {
  const source = readFileSync(join(pagesDir, structure.name, 'source.html'), 'utf8');
  const oldTitle = (JSON.parse(readFileSync(join(pagesDir, structure.name, 'expected-metadata.json'), 'utf8')) as { title: string }).title;
  const extracted = new Readability(parseHTML(source).document as unknown as Document).parse();
  const extractedText = norm(parseHTML(`<!doctype html><html><body>${extracted?.content ?? ''}</body></html>`).document.body.textContent ?? '');
  const { document } = parseHTML(source) as unknown as { document: Document };

  const candidates = Array.from(document.querySelectorAll('p')).filter((p) => {
    const t = norm(p.textContent ?? '');
    return t.length >= 25 && extractedText.includes(t) && !insideNotBody(p);
  });
  // The element holding most of them is the article's; a teaser elsewhere can repeat its lede.
  const counts = new Map<Element, number>();
  for (const p of candidates) if (p.parentElement) counts.set(p.parentElement, (counts.get(p.parentElement) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error(`${structure.name}: no article paragraphs found`);
  const before = documentOrder(document);

  // The headline: the <h1>s that the <title> or Readability's title names (a slideshow caption can be
  // an <h1> too), else the last <h1> before the body (the masthead's comes earlier), else the first.
  const h1s = Array.from(document.querySelectorAll('h1'));
  const pageTitle = norm(document.title ?? '');
  const named = h1s.filter((h) => {
    const t = norm(h.textContent ?? '');
    return t.length > 10 && (pageTitle.includes(t) || norm(oldTitle).includes(t));
  });
  const firstInMain = candidates.find((p) => main.contains(p))!;
  const headlines = named.length > 0 ? named : [h1s.filter((h) => before(h, firstInMain)).pop() ?? h1s[0]].filter((h): h is HTMLHeadingElement => !!h);
  const h1 = headlines[0] ?? null;
  // The article: the smallest element holding the headline and the body's main block.
  let container: Element = main;
  if (h1) while (container.parentElement && !container.contains(h1)) container = container.parentElement;
  const body = candidates.filter((p) => container.contains(p));
  const first = body[0]!;
  const last = body[body.length - 1]!;

  // Body: the story's paragraphs, then its filler; extra paragraphs after the last when the structure is short.
  const texts = [...story.paragraphs];
  for (let i = 0; texts.length < body.length; i++) texts.push(story.filler[i % story.filler.length]!);
  body.forEach((p, i) => void (p.textContent = texts[i]!));
  let anchor: Element = last;
  for (const text of texts.slice(body.length)) {
    const p = document.createElement('p');
    const cls = last.getAttribute('class');
    if (cls) p.setAttribute('class', cls);
    p.textContent = text;
    anchor.after(p);
    anchor = p;
  }
  const bodyTexts = texts.slice(0, Math.max(body.length, story.paragraphs.length)).map(norm);

  // Headline and descriptions.
  for (const h of headlines) h.textContent = story.headline;
  const retitle = (s: string): string => (oldTitle && s.includes(oldTitle) ? s.replace(oldTitle, story.headline) : story.headline);
  const titleEl = document.querySelector('title');
  if (titleEl) titleEl.textContent = retitle(norm(titleEl.textContent ?? ''));
  else {
    const t = document.createElement('title');
    t.textContent = story.headline;
    document.head.append(t);
  }
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const name = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`.trim().toLowerCase();
    if (/(^|[\s:])(title|headline)$/.test(name)) m.setAttribute('content', retitle(m.getAttribute('content') ?? ''));
    if (/(^|[\s:])description$/.test(name)) m.setAttribute('content', story.paragraphs[0]!);
  }

  // Dates: the head's date metadata, the article header's, JSON-LD.
  const carriers: string[] = [];
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const name = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`.trim();
    const content = m.getAttribute('content') ?? '';
    const inHead = document.head.contains(m);
    if (!DATE_META.test(name) || /publisher|video/i.test(name) || !/(19|20)\d\d/.test(content)) continue;
    if (!inHead && !before(m, first)) continue;
    m.setAttribute('content', dateLike(content, story));
    carriers.push(`meta ${name}`);
  }
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = s.textContent ?? '';
    const next = text
      .replace(/("(?:datePublished|dateModified|dateCreated|uploadDate)"\s*:\s*)"[^"]*"/g, (_m, k: string) => `${k}"${story.datetime}"`)
      .replace(/("headline"\s*:\s*)"(?:[^"\\]|\\.)*"/g, (_m, k: string) => `${k}${JSON.stringify(story.headline)}`)
      .replace(/("description"\s*:\s*)"(?:[^"\\]|\\.)*"/g, (_m, k: string) => `${k}${JSON.stringify(story.paragraphs[0])}`);
    if (next !== text) {
      s.textContent = next;
      if (/"date(Published|Modified|Created)"/.test(text)) carriers.push('JSON-LD');
    }
  }
  const hasMetadata = carriers.length > 0;
  // The article's header: after the headline, or beside it (a dateline just above the <h1>), up to the body.
  const headerBox = h1?.parentElement && !/^(BODY|HTML)$/.test(h1.parentElement.tagName) ? h1.parentElement : null;
  const inHeader = (e: Element): boolean => !h1 || before(h1, e) || !!headerBox?.contains(e);
  // The byline's dates: <time> and itemprop dates in the header.
  const byline = Array.from(document.querySelectorAll('time, [itemprop^="date"]'))
    .filter((e) => e.tagName !== 'META' && before(e, first) && inHeader(e));
  for (const e of byline) {
    if (e.hasAttribute('datetime') || e.tagName === 'TIME') e.setAttribute('datetime', dateLike(e.getAttribute('datetime') ?? story.datetime, story));
    if (e.hasAttribute('content')) e.setAttribute('content', dateLike(e.getAttribute('content') ?? '', story));
    e.textContent = story.dateText;
    carriers.push(`<${e.tagName.toLowerCase()}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}> in the byline`);
  }
  // Bylines that give the date as text only ("24 July 2015", "Sunday, Feb 1, 2015 11:57 AM UTC").
  const textDates = Array.from(document.querySelectorAll('span, div, p, li, small'))
    .filter((e) => e.children.length === 0 && before(e, first) && inHeader(e) && !insideNotBody(e)
      && !(e.getAttribute('class') ?? '').split(/\s+/).some((n) => NOT_BODY.test(n)))
    .filter((e) => TEXT_DATE.test(norm(e.textContent ?? '')) && norm(e.textContent ?? '').length < 80);
  for (const e of textDates) {
    // With no date metadata of its own, the byline is where the page's date is: make it a <time>.
    if (hasMetadata) e.textContent = story.dateText;
    else e.innerHTML = `<time datetime="${story.datetime}">${story.dateText}</time>`;
    carriers.push(`byline text <${e.tagName.toLowerCase()}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}>`);
  }
  if (carriers.length === 0) {
    const p = document.createElement('p');
    p.setAttribute('class', 'byline');
    p.innerHTML = `<time datetime="${story.datetime}">${story.dateText}</time>`;
    first.before(p);
    carriers.push('inserted <time> before the body');
  }

  // Scripts would only fail to load or rewrite the saved page; JSON-LD is metadata, so it stays.
  for (const s of Array.from(document.querySelectorAll('script'))) if (s.getAttribute('type') !== 'application/ld+json') s.remove();
  for (const m of Array.from(document.querySelectorAll('meta[http-equiv="refresh" i]'))) m.remove();

  const id = story.gaza ? structure.name : `${structure.name}~${story.id}`;
  return { id, structure, story, path: `/transplant/${id}.html`, html: `<!DOCTYPE html>\n${document.documentElement.outerHTML}`, bodyTexts, dateCarriers: carriers };
}

/** True when the Readability pages are beside the project. */
export const haveReadabilityPages = (pagesDir = READABILITY_PAGES): boolean => existsSync(join(pagesDir, 'bbc-1', 'source.html'));

/** Every transplant: the 15 structures with a Gaza-war story (cycling through the three), and the negatives. */
export function transplantPages(pagesDir = READABILITY_PAGES): TransplantPage[] {
  const gaza = STRUCTURES.map((s, i) => buildTransplant(s, GAZA_STORIES[i % GAZA_STORIES.length]!, pagesDir));
  const negatives = NEGATIVES.map(([name, storyId]) => buildTransplant(
    STRUCTURES.find((s) => s.name === name)!, OTHER_STORIES.find((s) => s.id === storyId)!, pagesDir));
  return [...gaza, ...negatives];
}
