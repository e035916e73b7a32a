/**
 * Is a page a news article, or a home page, list, product page or other non-article? Decided by
 * the page's declared type where it has one (og:type, JSON-LD @type), else by the shape of its
 * text: an article is mostly prose paragraphs, a list or home page mostly short lines.
 */
import type { Article } from '../types';
import { say } from '../wording/messages';

/**
 * Types that are articles: OpenGraph `article`, schema.org's Article family. A page declaring one
 * is taken at its word unless it has next to no prose.
 */
const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'blogposting',
  'report', 'socialmediaposting',
]);

/**
 * Types that are not articles: `product`, `profile`, `book`, `music.*`, `video.*`, `place`,
 * `business.*`, and schema.org's pages of many items. OpenGraph's `website` is not among them:
 * it is many CMSs' default for every page, articles included (Yahoo News marks its stories so),
 * so a page declaring it is judged by the shape of its text, like a page with no type.
 */
const NON_ARTICLE = /^(?:product|product\.item|profile|book|books\.book|place|music\..*|video\..*|business\..*|restaurant\..*|og:product|collectionpage|itemlist|searchresultspage|product|offer|store|recipe|profilepage|faqpage|event|organization|newsmediaorganization|person|movie|tvseries|softwareapplication|videoobject)$/;

/**
 * Least prose, in characters, for a page of unknown type to be an article: the shortest wire
 * briefs run to about three sentences (~500 characters); a home page's teasers rarely form that
 * much running prose.
 */
const MIN_PROSE_UNTYPED = 500;
/** Least prose on a page that declares itself an article: below this it is an error page or a stub. */
const MIN_PROSE_TYPED = 100;
/**
 * Share of the text that must be prose on a page of unknown type. Articles measured here run
 * above 80 %; lists and home pages, made of headlines and links, well under half.
 */
const MIN_PROSE_SHARE = 0.5;
/** A prose paragraph: at least this long… */
const MIN_PROSE_PARAGRAPH = 60;
/** …and ending a sentence… */
const SENTENCE_END = /[.!?…"”’')\]]$/;
/**
 * …or holding a sentence break inside, or this long: scraped pages run paragraphs together or cut
 * them mid-sentence, and a 200-character run of words is prose whatever its end (list items and
 * headlines are shorter).
 */
const LONG_PARAGRAPH = 200;
const INNER_SENTENCE_END = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/** The verdict and why. */
export interface PageKind {
  isArticle: boolean;
  /** Short reason, completing "Not a news article: …" or "A news article: …". */
  why: string;
}

/** Characters of prose: paragraphs long enough and ending a sentence. */
function proseChars(text: string): number {
  let prose = 0;
  for (const p of text.split(/\n\s*\n|\n/)) {
    const t = p.trim();
    if (t.length < MIN_PROSE_PARAGRAPH) continue;
    if (t.length >= LONG_PARAGRAPH || SENTENCE_END.test(t) || INNER_SENTENCE_END.test(t)) prose += t.length;
  }
  return prose;
}

/** Tells a news article from a home page, list or product page. */
export function pageKind(article: Pick<Article, 'pageType' | 'text'>): PageKind {
  const type = (article.pageType ?? '').trim().toLowerCase();
  const text = article.text ?? '';
  // Only the first 50,000 characters are looked at: the shape of a page shows long before that.
  const sample = text.slice(0, 50_000);
  const prose = proseChars(sample);
  if (type && NON_ARTICLE.test(type)) return { isArticle: false, why: say('topic.kind.declared', { type }) };
  if (ARTICLE_TYPES.has(type)) {
    return prose >= MIN_PROSE_TYPED
      ? { isArticle: true, why: say('topic.kind.declared', { type }) }
      : { isArticle: false, why: say('topic.kind.empty-article') };
  }
  // Untyped, or typed "website": the text's shape decides.
  if (prose < MIN_PROSE_UNTYPED) return { isArticle: false, why: say('topic.kind.little-prose') };
  if (prose < MIN_PROSE_SHARE * sample.trim().length) return { isArticle: false, why: say('topic.kind.short-lines') };
  return { isArticle: true, why: say('topic.kind.prose') };
}
