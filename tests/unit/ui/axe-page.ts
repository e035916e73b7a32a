/**
 * axe over a rendered extension page in the unit tests' DOM: a document with a language, a title
 * and a heading, as axe expects of a whole page, and the violations it finds in words a failing
 * test can show. Colour contrast needs layout (happy-dom has none): the e2e suites check it in
 * real browsers.
 */
import axe from 'axe-core';

/** Empties the document into a page with a heading, and returns its `<main>` to render into. */
export function axePage(): HTMLElement {
  document.documentElement.lang = 'en';
  document.title = 'Crosscheck';
  document.body.innerHTML = '<header><h1>Crosscheck</h1></header><main id="app"></main>';
  return document.getElementById('app')!;
}

/** axe's violations in the document (colour contrast aside), one line each. */
export async function axeFindings(): Promise<string[]> {
  const r = await axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
