/** Where on a page the article stands: the element badges are placed in. */

/** The element badges are placed in: the article where the page marks one, else its main area, else the body. */
export function articleRoot(doc: Document): Element | null {
  return doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
}
