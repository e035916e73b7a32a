/**
 * A page's metadata: title, publication date, publisher, canonical URL, page type and language,
 * from JSON-LD, `<meta>` tags, `<link rel=canonical>`, `<time>`, headings and the URL, in that
 * order of trust. Reads the Document only; never changes it.
 */
import { dateFromUrl, normalizeDate } from '../base/dates';
import { hostOf } from '../base/urls';
import { findArticleNode, mostSpecificArticleType, publisherName, stringOf, typesOf, type JsonLdNode } from './json-ld';
import { articleTime, dateOf, headlineText } from './article-header';
import { collapseSpaces } from './whitespace';

/** Metadata of a page, before its text is read. */
export interface PageMeta {
  title: string | null;
  date: string | null;
  publisher: string | null;
  url: string | null;
  pageType: string | null;
  lang: string | null;
}

/** `<meta>` contents by lower-cased `property`, `name`, `itemprop` or `http-equiv`; first one wins. */
export type MetaMap = ReadonlyMap<string, string>;

/** The attributes that name a `<meta>` tag's content. */
const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** Collects the page's `<meta>` tags once, so each look-up is a map read. */
export function readMetaTags(doc: Document): MetaMap {
  const map = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const content = m?.getAttribute('content')?.trim();
    if (!m || !content) continue;
    for (const attr of META_KEYS) {
      const names = m.getAttribute(attr);
      if (!names) continue;
      // `property` may hold several space-separated names (RDFa): each one counts.
      for (const key of names.toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

const firstOf = (meta: MetaMap, keys: readonly string[]): string | null => {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
};

/** Collapses whitespace and decodes nothing: text as the reader sees it. */
export const clean = (s: string | null | undefined): string => collapseSpaces(s ?? '').trim();

/**
 * Separators between a headline and the site name in `<title>`: "Headline | Site",
 * "Headline - Site", "Headline — Site", "Headline · Site", "Headline :: Site".
 */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|·|::|»)\s+/g;
/** A site-name suffix is short: longer tails are part of the headline ("… - health ministry" is not). */
const MAX_SITE_SUFFIX_WORDS = 4;

/**
 * Removes a trailing " | Site" from a page title. The part after the last " | " goes whenever the
 * rest is longer (the pipe is never headline punctuation). Dashes are headline punctuation too
 * ("Gaza toll exceeds 40,000 - health ministry"), so a dash tail goes only when it names the site.
 */
export function stripSiteSuffix(title: string, site: string | null, host: string | null): string {
  const t = clean(title);
  const seps = [...t.matchAll(TITLE_SEPARATOR)];
  const last = seps[seps.length - 1];
  if (!last || last.index === undefined) return t;
  const head = t.slice(0, last.index).trim();
  const tail = t.slice(last.index + last[0].length).trim();
  if (head.length < tail.length || head.length < 8) return t;
  const norm = (s: string): string => s.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const tailN = norm(tail);
  const namesSite = [site, host, host?.replace(/\.[a-z.]+$/i, '')].some((s) => {
    const n = norm(s ?? '');
    return n.length > 1 && (n.includes(tailN) || tailN.includes(n));
  });
  const isPipe = last[0].trim() === '|';
  if (namesSite || (isPipe && tail.split(/\s+/).length <= MAX_SITE_SUFFIX_WORDS)) return head;
  return t;
}

/** An http(s) URL resolved against a base, or null. */
export function httpUrl(raw: string | null | undefined, base?: string | null): string | null {
  const s = clean(raw);
  if (!s) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The canonical URL: `<link rel=canonical>`, `og:url`, then the URL the caller knows. */
function canonicalUrl(doc: Document, meta: MetaMap, known: string | null): string | null {
  const base = httpUrl(meta.get('og:url')) ?? known;
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const l = links[i];
    if (l && (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const u = httpUrl(l.getAttribute('href'), base);
      if (u) return u;
    }
  }
  return httpUrl(meta.get('og:url'), known) ?? known;
}

/** Meta tags that carry a publication date, most specific first (OpenGraph, then Dublin Core, then CMS-specific). */
const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'article:publicationdate', 'datepublished',
  'publishdate', 'publish-date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'article.published', 'cxenseparse:recs:publishtime',
];

/** The publication date: JSON-LD, then meta tags, then the article's own date element, then the URL. */
function publicationDate(doc: Document, meta: MetaMap, article: JsonLdNode | null, url: string | null): string | null {
  const fromLd = article ? normalizeDate(stringOf(article['datePublished']) ?? stringOf(article['dateCreated'])) : null;
  if (fromLd) return fromLd;
  for (const k of DATE_META) {
    const d = normalizeDate(meta.get(k));
    if (d) return d;
  }
  try {
    const d = dateOf(articleTime(doc));
    if (d) return d;
  } catch {
    // No selector support: fall through to the URL.
  }
  return dateFromUrl(url) ?? normalizeDate(article ? stringOf(article['dateModified']) : null) ?? normalizeDate(meta.get('article:modified_time'));
}

/**
 * Page type: the JSON-LD article type when there is one (it is the more specific where a site
 * sets `og:type` to "website" everywhere), else `og:type`, else the first JSON-LD type.
 */
function pageTypeOf(meta: MetaMap, article: JsonLdNode | null, nodes: readonly JsonLdNode[]): string | null {
  const ldArticle = article ? mostSpecificArticleType(typesOf(article)) : null;
  if (ldArticle) return ldArticle;
  const og = meta.get('og:type')?.trim().toLowerCase();
  if (og) return og;
  for (const n of nodes) {
    const t = typesOf(n).find((x) => !['organization', 'newsmediaorganization', 'person', 'breadcrumblist', 'imageobject', 'website', 'searchaction'].includes(x));
    if (t) return t;
  }
  return null;
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);

/**
 * True when a candidate headline shares a word with the page's `<title>` (or there is no usable
 * `<title>`). Wikipedia's JSON-LD "headline" is the page's short description, and section pages
 * carry an `<h1>` naming the section ("Allergies Health Center"); both share nothing with the title.
 */
function agreesWith(candidate: string, docTitle: string, siteNames: readonly (string | null)[]): boolean {
  const site = new Set(siteNames.flatMap((s) => words(s ?? '')));
  // Only the title's own words count: "Home | Daily Courier" says nothing about the headline.
  // The part before a " | " is the page's own name; the rest is usually the site's.
  const own = docTitle.split(/\s+\|\s+/)[0] ?? docTitle;
  const titleWords = new Set(words(own).filter((w) => !site.has(w)));
  if (titleWords.size < 2) return true;
  return words(candidate).some((w) => titleWords.has(w));
}

/** Reads a page's metadata. `knownUrl` is where the caller found the page (may be null). */
export function readPageMeta(doc: Document, nodes: readonly JsonLdNode[], knownUrl: string | null): PageMeta {
  const meta = readMetaTags(doc);
  const article = findArticleNode(nodes);
  const url = canonicalUrl(doc, meta, httpUrl(knownUrl));
  const host = hostOf(url) ?? hostOf(httpUrl(knownUrl));
  const site = clean(meta.get('og:site_name')) || null;
  const publisher = publisherName(article, nodes) ?? site ?? (clean(meta.get('application-name')) || null);

  const docTitle = clean(doc.title);
  // Each read only when the ones before it gave nothing usable (the page's headline is a DOM query).
  const rawTitles: [() => string | null | undefined, boolean][] = [
    [() => meta.get('og:title'), false],
    [() => stringOf(article?.['headline']), true],
    [() => headlineText(doc), true],
    [() => meta.get('twitter:title'), false],
    [() => docTitle, false],
  ];
  let title: string | null = null;
  for (const [read, check] of rawTitles) {
    const raw = read();
    const t = raw ? stripSiteSuffix(raw, site ?? publisher, host) : '';
    if (t && (!check || agreesWith(t, docTitle, [site, publisher, host]))) {
      title = t;
      break;
    }
  }
  const lang = clean(doc.documentElement?.getAttribute('lang')) || clean(firstOf(meta, ['content-language', 'language', 'og:locale'])) || null;
  return {
    title,
    date: publicationDate(doc, meta, article, url ?? knownUrl),
    publisher: publisher || host,
    url,
    pageType: pageTypeOf(meta, article, nodes),
    lang: lang ? lang.replace(/_/g, '-') : null,
  };
}
