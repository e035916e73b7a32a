/**
 * Reading a page's JSON-LD (schema.org) blocks: the nodes, their types, the article node among
 * them, and the publisher and live-blog updates it names. Pages write JSON-LD in many shapes
 * (a single object, an array, an `@graph`, `@type` as an array, references by `@id`), and some of
 * it is broken; every function here tolerates all of that and never throws.
 */

/** One JSON-LD object, as parsed. */
export type JsonLdNode = Record<string, unknown>;

/**
 * Largest JSON-LD block parsed, in characters. Real article blocks are a few kilobytes; the
 * megabyte-sized ones are framework state dumps (Next.js, Yahoo) with nothing we need, and
 * parsing them on a live page costs time for nothing.
 */
const MAX_BLOCK_CHARS = 500_000;
/** Most nodes kept: bounds the work on pages that list hundreds of items in their @graph. */
const MAX_NODES = 500;

const isObject = (v: unknown): v is JsonLdNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value or list of values as a list. */
export function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** A node's types, lower-cased, without the `schema:` or `https://schema.org/` prefix. */
export function typesOf(node: JsonLdNode): string[] {
  return asList(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').trim().toLowerCase())
    .filter(Boolean);
}

/** Parses one script's text, repairing the usual breakage: HTML comments, CDATA, trailing commas. */
function parseBlock(text: string): unknown {
  if (text.length > MAX_BLOCK_CHARS) return null;
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  if (cleaned === '') return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Trailing commas before } or ] are the commonest hand-written JSON-LD error.
      return JSON.parse(cleaned.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/**
 * Every JSON-LD node of the document, flattened: arrays and `@graph` lists are opened, and a
 * page's `mainEntity` is added beside it (some sites wrap the article in a WebPage).
 */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const add = (v: unknown, depth: number): void => {
    if (nodes.length >= MAX_NODES || depth > 4) return;
    if (Array.isArray(v)) {
      for (const x of v) add(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (Array.isArray(v['@graph'])) add(v['@graph'], depth + 1);
    if ('@type' in v) nodes.push(v);
    for (const key of ['mainEntity', 'mainEntityOfPage']) {
      const inner = v[key];
      if (isObject(inner) && '@type' in inner && typesOf(inner).some(isArticleType)) add(inner, depth + 1);
    }
  };
  let scripts: ArrayLike<Element> = [];
  try {
    scripts = doc.getElementsByTagName('script');
  } catch {
    return nodes;
  }
  for (let i = 0; i < scripts.length && nodes.length < MAX_NODES; i++) {
    const script = scripts[i];
    if ((script?.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    add(parseBlock(script?.textContent ?? ''), 0);
  }
  return nodes;
}

/**
 * Article types, most specific first. The order decides which node describes the page when a
 * @graph holds several (a LiveBlogPosting beside its WebPage and Organization).
 */
const ARTICLE_TYPES = [
  'liveblogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'newsarticle', 'article',
  'blogposting', 'report', 'socialmediaposting',
] as const;

/** True for schema.org types that are articles (news, blog posts, reports). */
export function isArticleType(type: string): boolean {
  return (ARTICLE_TYPES as readonly string[]).includes(type.toLowerCase());
}

/** The most specific article type among some types (see ARTICLE_TYPES), or null. */
export function mostSpecificArticleType(types: readonly string[]): string | null {
  let best: string | null = null;
  for (const t of types) {
    const rank = (ARTICLE_TYPES as readonly string[]).indexOf(t);
    if (rank >= 0 && (best === null || rank < (ARTICLE_TYPES as readonly string[]).indexOf(best))) best = t;
  }
  return best;
}

/** The node that describes the article itself, or null: the most specific article type wins. */
export function findArticleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  let best: JsonLdNode | null = null;
  let bestRank = Infinity;
  for (const node of nodes) {
    for (const t of typesOf(node)) {
      const rank = (ARTICLE_TYPES as readonly string[]).indexOf(t);
      if (rank >= 0 && rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
  }
  return best;
}

/** Resolves an `{ "@id": … }` reference against the other nodes; other values come back as they are. */
export function resolveRef(v: unknown, nodes: readonly JsonLdNode[]): unknown {
  if (!isObject(v) || typeof v['@id'] !== 'string' || Object.keys(v).length > 1) return v;
  return nodes.find((n) => n['@id'] === v['@id'] && n !== v) ?? v;
}

/** A string property, trimmed, or null (also unwraps `{ "@value": … }` and first-of-list). */
export function stringOf(v: unknown): string | null {
  for (const x of asList(v)) {
    if (typeof x === 'string' && x.trim() !== '') return x.trim();
    if (isObject(x) && typeof x['@value'] === 'string' && x['@value'].trim() !== '') return x['@value'].trim();
  }
  return null;
}

/** The publisher's name the article node gives (`publisher.name`, resolving `@id`), or null. */
export function publisherName(article: JsonLdNode | null, nodes: readonly JsonLdNode[]): string | null {
  if (!article) return null;
  for (const p of asList(article['publisher'])) {
    const resolved = resolveRef(p, nodes);
    if (typeof resolved === 'string' && resolved.trim()) return resolved.trim();
    if (isObject(resolved)) {
      const name = stringOf(resolved['name']);
      if (name) return name;
    }
  }
  return null;
}

/** One live-blog update as JSON-LD gives it. */
export interface LiveUpdateNode {
  date: unknown;
  headline: string | null;
  body: string | null;
}

/** The `liveBlogUpdate` entries of a LiveBlogPosting, in document order. */
export function liveBlogUpdates(article: JsonLdNode | null, nodes: readonly JsonLdNode[]): LiveUpdateNode[] {
  if (!article) return [];
  return asList(article['liveBlogUpdate'])
    .map((u) => resolveRef(u, nodes))
    .filter(isObject)
    .map((u) => ({
      date: u['datePublished'] ?? u['dateCreated'] ?? u['dateModified'] ?? null,
      headline: stringOf(u['headline']) ?? stringOf(u['name']),
      body: stringOf(u['articleBody']) ?? stringOf(u['text']) ?? stringOf(u['description']),
    }));
}
