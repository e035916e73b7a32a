/**
 * The in-page badge: a `crosscheck-badge` element with its own shadow root, placed right after a
 * figure's text. It holds a button (the short label) and a card with every report's value. All
 * page and report text is set with textContent: nothing from a page or a report becomes HTML. The
 * card is built when it first opens.
 *
 * The element is never registered with customElements (content scripts have no registry in Chrome's
 * isolated world); a valid custom-element name is enough for attachShadow.
 */
import type { Alignment } from '../../types';
import { BADGE_CSS } from './badge-styles';
import { formatDate } from '../../wording/format';
import { KIND_ICON, KIND_WORD } from '../common/alignment-view';
import { badgeAccessibleName, badgeLabel } from './badge-text';

export const BADGE_TAG = 'crosscheck-badge';

/** What the badge asks of the extension. */
export interface BadgeActions {
  openReport(id: string): void;
}

let serial = 0;
const inert = new WeakMap<Document, Document>();

/** One inert document per page (no browsing context, no custom-element registry): a factory for hosts. */
function inertDocument(doc: Document): Document {
  let d = inert.get(doc);
  if (!d) inert.set(doc, (d = doc.implementation.createHTMLDocument('')));
  return d;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { class?: string; text?: string } = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const c of children) node.append(c);
  return node;
}

function buildCard(doc: Document, a: Alignment, id: string, actions: BadgeActions): HTMLElement {
  const card = el(doc, 'div', { class: 'card' });
  card.id = id;
  card.hidden = true;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Crosscheck: ${a.label}`);
  card.append(el(doc, 'h2', { text: a.label }));
  card.append(el(doc, 'p', { text: `${KIND_ICON[a.kind]} ${KIND_WORD[a.kind]}. ${a.explanation}` }));
  const pageLine = `This page: ${a.page.text}${a.page.date ? `, ${formatDate(a.page.date)}` : ''}${a.page.source ? `, per ${a.page.source}` : ''}`;
  card.append(el(doc, 'p', { class: 'muted', text: pageLine }));
  const list = el(doc, 'ul');
  // Every report: those that differ (a.others) and, where some differ, those that agree.
  for (const o of [...a.others, ...(a.agreeing ?? [])]) {
    const open = el(doc, 'button', { class: 'open', text: 'Open the report' });
    open.type = 'button';
    open.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      actions.openReport(o.report);
    });
    list.append(
      el(doc, 'li', {},
        el(doc, 'strong', { text: `${o.qualifier ? `${o.qualifier} ` : ''}${o.text}` }),
        doc.createTextNode(` · ${o.publisher}, ${formatDate(o.date)}${o.source ? ` · per ${o.source}` : ''}`),
        el(doc, 'q', { text: o.sentence }),
        open),
    );
  }
  card.append(list);
  return card;
}

/** Creates a badge for one alignment. The caller inserts it into the page. */
export function createBadge(doc: Document, a: Alignment, actions: BadgeActions): HTMLElement {
  // Made in an inert document: a page that defined crosscheck-badge itself would otherwise run its constructor here and take the shadow root first.
  const host = inertDocument(doc).createElement(BADGE_TAG);
  host.setAttribute('data-value', String(a.page.value));
  host.setAttribute('data-kind', a.kind);
  host.setAttribute('data-measure', a.measure);
  // No inline style: `:host { … !important }` in the shadow root already beats any page rule aimed
  // at the host (important shadow-context declarations win), and inline !important spacing would
  // override the reader's own text-spacing settings (axe: avoid-inline-spacing).
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', { text: BADGE_CSS });
  // The accessible name starts with the visible label (WCAG 2.5.3), then says what it is.
  const icon = el(doc, 'span', { text: KIND_ICON[a.kind] });
  icon.setAttribute('aria-hidden', 'true');
  const button = el(doc, 'button', { class: `b ${a.kind}` }, icon, el(doc, 'span', { text: badgeLabel(a) }),
    el(doc, 'span', { class: 'sr', text: ` (${badgeAccessibleName(a)})` }));
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  // The card is built the first time it opens: most badges are never opened, and placing them is
  // on the way to the page showing them.
  let card: HTMLElement | null = null;
  const setOpen = (open: boolean): void => {
    if (!card && !open) return;
    if (!card) {
      const id = `crosscheck-card-${++serial}`;
      card = buildCard(doc, a, id, actions);
      root.append(card);
      button.setAttribute('aria-controls', id);
    }
    card.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    setOpen(!card || card.hidden);
  });
  // Keyboard focus opens the card; a pointer's focus does not, so that its click can toggle.
  button.addEventListener('focus', () => {
    if (button.matches(':focus-visible')) setOpen(true);
  });
  host.addEventListener('focusout', (e) => {
    if (!host.contains(e.relatedTarget as Node | null) && !root.contains(e.relatedTarget as Node | null)) setOpen(false);
  });
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      setOpen(false);
      button.focus();
    }
  });
  root.append(style, button);
  return host;
}
