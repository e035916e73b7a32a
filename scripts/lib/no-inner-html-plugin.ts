import type { Plugin } from 'vite';

/**
 * Removes the three HTML-parsing assignments that dependencies bring into the bundle, so that no
 * code in the extension can turn a string into markup (and addons.mozilla.org's linter has nothing
 * to warn about):
 *
 * - Preact's `dangerouslySetInnerHTML` support: Crosscheck never uses it; the rewrite makes any
 *   use throw instead of parsing HTML.
 * - Readability restoring the page between its attempts with `page.innerHTML = cache`: rewritten
 *   to restore deep clones of the cached nodes, which gives the same tree without re-parsing. A
 *   caller that can rebuild the page itself sets `_freshPage` on the reader (a function giving the
 *   body's children as they were before the first attempt): then nothing is cached up front, and
 *   the copy of the whole body is made only if a second attempt is needed (src/article/main-text.ts).
 * - Readability re-parsing `<noscript>` images: Crosscheck reads text, not images, so that step
 *   is skipped.
 *
 * And one innerHTML read: Readability serializes the whole article for a debug log line even when
 * debugging is off (its other log lines check `this._debug` first). On a 10,000-word article that
 * serialization was about a millisecond of the content script's time in Chromium, for nothing.
 *
 * And one speed-up of the same kind: Readability's visibility check reads `node.style` on every
 * element of the page, and in Chromium the first read of an element's `style` builds its inline
 * declaration (about 2.5 ms over a 1,000-element news page, on every attempt). An element without
 * a `style` attribute has an empty inline style, so the check reads `style` only where the
 * attribute is set: the same answer for every element.
 *
 * And one more: Readability's byline check builds the text of every element it walks until it
 * finds a byline (`node.textContent`, of the article's container too, and of each of its
 * ancestors), before it looks at the element's names. The rewrite looks at the names first and
 * builds the text only of an element named like a byline: the same answer, without the text of
 * every large element of the page.
 *
 * Each rewrite must match exactly once; a dependency update that changes the code fails the build
 * here instead of silently shipping the old behaviour.
 */
interface Rewrite {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /preact[\\/]dist[\\/]preact\.mjs$/,
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace: '(function(){throw Error("Crosscheck: dangerouslySetInnerHTML is disabled")})()',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /var pageCacheHtml = page\.innerHTML;/,
    replace: 'var pageCacheNodes = this._freshPage ? null : Array.from(page.childNodes, function (n) { return n.cloneNode(true); });',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /page\.innerHTML = pageCacheHtml;/,
    replace: 'page.replaceChildren.apply(page, this._freshPage ? this._freshPage() : pageCacheNodes.map(function (n) { return n.cloneNode(true); }));',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /tmp\.innerHTML = noscript\.innerHTML;/,
    replace: 'return;',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /this\.log\("Grabbed: " \+ articleContent\.innerHTML\);/,
    replace: 'if (this._debug) this.log("Grabbed: " + articleContent.innerHTML);',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /\(!node\.style \|\| node\.style\.display != "none"\) &&\s*\(!node\.style \|\| node\.style\.visibility != "hidden"\) &&/,
    replace: '(!node.hasAttribute("style") || ((!node.style || node.style.display != "none") && (!node.style || node.style.visibility != "hidden"))) &&',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: /var bylineLength = node\.textContent\.trim\(\)\.length;\s*return \(\s*\(rel === "author" \|\|\s*\(itemprop && itemprop\.includes\("author"\)\) \|\|\s*this\.REGEXPS\.byline\.test\(matchString\)\) &&\s*!!bylineLength &&\s*bylineLength < 100\s*\);/,
    replace: 'if (!(rel === "author" || (itemprop && itemprop.includes("author")) || this.REGEXPS.byline.test(matchString))) return false; var bylineLength = node.textContent.trim().length; return !!bylineLength && bylineLength < 100;',
  },
];

/** Applies the rewrites to a module's code; throws when an expected pattern is missing. */
export function rewriteModule(id: string, code: string): string | null {
  const rewrites = REWRITES.filter((r) => r.file.test(id));
  if (rewrites.length === 0) return null;
  let out = code;
  for (const r of rewrites) {
    if (!r.find.test(out)) throw new Error(`no-inner-html: ${r.find} not found in ${id}; review the rewrite for this version`);
    out = out.replace(r.find, r.replace);
  }
  return out;
}

/** The Vite plugin: used by the extension build and by the unit tests, so both run the same code. */
export function noInnerHtmlPlugin(): Plugin {
  return {
    name: 'crosscheck-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      const out = rewriteModule(id.split('?')[0] ?? id, code);
      return out === null ? undefined : { code: out, map: null };
    },
  };
}
