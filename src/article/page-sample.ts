/** The start of a page's text, cheaply: what the quick check reads before the article is. */

/** `NodeFilter.SHOW_TEXT`, as a number: the global differs between a page, a content script's world and Node. */
const SHOW_TEXT = 0x4;

/**
 * The first `max` characters of the page's visible text nodes, in document order, without forcing
 * layout (no innerText) and without script or style text. Empty for a document without a body.
 */
export function sampleText(doc: Document, max: number): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < max; n = walker.nextNode()) {
    const tag = n.parentElement?.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
    out += `${(n as Text).data} `;
  }
  return out.slice(0, max);
}
