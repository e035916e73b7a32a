/**
 * Small HTML pages written for these tests (no third-party text): a news article with JSON-LD in
 * an @graph, a live blog, and helpers to build others.
 */
import { parseHtml } from '../../../scripts/lib/dom';

/** Paragraphs of an invented wire story, long enough for Readability to take it as the article. */
export const STORY = [
  'Israeli tanks pushed deeper into the western districts of Khan Younis on Tuesday, residents said, as families carried what they could toward the coast under a grey winter sky.',
  'The Gaza health ministry said at least 25,490 people had been killed since the war began, a figure the Israeli military disputes but does not independently contest in detail.',
  'Mediators from Qatar and Egypt kept working on a framework for a pause in fighting that would see hostages released in stages, two officials briefed on the talks said.',
  'Aid agencies warned that the road south to Rafah was clogged with carts, tents and donkeys, and that shelters there were holding several times the number they were built for.',
];

/** A page around some paragraphs, with optional head and body extras. */
export function page(opts: { head?: string; paragraphs?: readonly string[]; before?: string; after?: string; lang?: string; h1?: string }): string {
  const paras = (opts.paragraphs ?? STORY).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8">${opts.head ?? ''}</head><body>
<header><a href="/">Daily Courier</a><nav><a href="/world">World</a> <a href="/sport">Sport</a> <a href="/menu">Menu</a></nav></header>
${opts.before ?? ''}
<main><article>${opts.h1 ? `<h1>${opts.h1}</h1>` : ''}
${paras}
</article></main>
${opts.after ?? ''}
<footer><p>Copyright Daily Courier. Contact us | Privacy | Terms</p></footer>
</body></html>`;
}

/** A JSON-LD script element. */
export const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

/** Parses HTML into a linkedom Document. */
export const doc = (html: string): Document => parseHtml(html);
