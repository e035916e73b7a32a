/**
 * The in-page badge: a `crosscheck-badge` element with its own shadow root, placed right after a
 * figure's text. It holds a button (the short label) and a card with every report's value. All
 * page and report text is set with textContent: nothing from a page or a report becomes HTML. The
 * card is built when it first opens.
 *
 * The element is never registered with customElements (content scripts have no registry in Chrome's
 * isolated world); a valid custom-element name is enough for attachShadow.
 */
import type { VerdictBadge } from '../../platform/messages';
import type { Alignment } from '../../types';
import { BADGE_CSS } from './badge-styles';
import { badgeModel, cardModel, type BadgeInput, type CardModel } from './badge-model';
import { placeCard } from './card-position';
import { activeCatalogue } from '../../wording/messages';
import { directionOf } from '../../wording/locale';

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

function openButton(doc: Document, text: string, hidden: string, report: string, actions: BadgeActions): HTMLButtonElement {
  // The visible words start the accessible name (WCAG 2.5.3); the rest says what the button does.
  const open = el(doc, 'button', { class: 'open', text }, el(doc, 'span', { class: 'sr', text: hidden }));
  open.type = 'button';
  open.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    actions.openReport(report);
  });
  return open;
}

function line(doc: Document, cls: string, icon: string, text: string): HTMLElement {
  const mark = el(doc, 'span', { class: 'icon', text: icon });
  mark.setAttribute('aria-hidden', 'true');
  return el(doc, 'p', { class: cls }, mark, doc.createTextNode(` ${text}`));
}

/** The card: the official check's line and details, then one line for the reports and a line per value they give. */
function buildCard(doc: Document, m: CardModel, id: string, actions: BadgeActions): HTMLElement {
  const card = el(doc, 'div', { class: 'card' });
  card.id = id;
  card.hidden = true;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Crosscheck: ${m.title}`);
  card.append(el(doc, 'h2', { text: m.title }), el(doc, 'p', { class: 'muted', text: m.page }));
  const r = m.reference;
  if (r) {
    const section = el(doc, 'div', { class: 'ref' }, line(doc, 'lead', r.icon, r.line));
    section.dataset.verdict = r.verdict;
    if (r.details.length > 0) {
      const dl = el(doc, 'dl');
      for (const d of r.details) dl.append(el(doc, 'div', {}, el(doc, 'dt', { text: d.term }), el(doc, 'dd', { text: d.value })));
      section.append(dl);
    }
    if (r.inferred) section.append(el(doc, 'p', { class: 'muted', text: r.inferred }));
    for (const s of r.source) section.append(el(doc, 'p', { class: 'muted small', text: s }));
    card.append(section);
  }
  const reports = m.reports;
  if (reports) {
    const list = el(doc, 'ul');
    for (const g of reports.groups) {
      const item = el(doc, 'li', {}, el(doc, 'strong', { text: g.head }));
      g.reports.forEach((rep, i) => {
        item.append(doc.createTextNode(i === 0 ? ' ' : ', '), openButton(doc, rep.publisher, ' (open the report)', rep.report, actions));
        // An article of the reader's library is named, as text: its title and the day it was read.
        if (rep.article) item.append(doc.createTextNode(` (${rep.article})`));
      });
      item.append(doc.createTextNode(`, ${g.dates}`));
      list.append(item);
    }
    const part = el(doc, 'div', { class: 'reports' }, line(doc, 'lead', reports.icon, reports.line), list);
    part.dataset.kind = reports.kind;
    card.append(part);
  }
  return card;
}

/** Puts the open card inside the viewport: below or above the badge, clamped to the edges. */
function position(host: HTMLElement, button: HTMLElement, card: HTMLElement): void {
  const win = host.ownerDocument.defaultView ?? (typeof window === 'undefined' ? null : window);
  const view = button.ownerDocument.defaultView ?? win;
  if (!view) return;
  const anchor = button.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  // Measured where it opens by default, then moved: offsets are relative to the host (position: relative).
  card.style.removeProperty('max-height');
  const size = card.getBoundingClientRect();
  // The card hangs from the badge in the direction the page's line runs: leftwards on a right-to-left page.
  const dir = view.getComputedStyle(host.parentElement ?? host).direction === 'rtl' ? 'rtl' : 'ltr';
  const p = placeCard(anchor, { width: size.width, height: size.height }, { width: view.innerWidth, height: view.innerHeight }, undefined, undefined, dir);
  card.style.left = `${Math.round(p.left - hostBox.left)}px`;
  card.style.top = `${Math.round(p.top - hostBox.top)}px`;
  card.style.maxHeight = `${Math.floor(p.maxHeight)}px`;
  card.dataset.side = p.above ? 'above' : 'below';
}

/**
 * Creates a badge for a page figure and/or its alignment with corpus reports: the figure's official
 * check (`figure.reference`) gives it `data-reference` and its label; the alignment gives it
 * `data-kind`. Returns null when neither has anything to show. The caller inserts it into the page.
 */
export function createFigureBadge(doc: Document, input: BadgeInput, actions: BadgeActions): HTMLElement | null {
  const face = badgeModel(input);
  return face ? badgeElement(doc, { ...input, face }, actions) : null;
}

/**
 * Builds the badge of a verdict: what it shows was worked out in the background ({@link
 * badgeModel}); its card is worked out from the badge's figure and alignment when it first opens.
 * The caller inserts it into the page.
 */
export function badgeElement(doc: Document, badge: Pick<VerdictBadge, 'face' | 'figure' | 'alignment' | 'series'>, actions: BadgeActions): HTMLElement {
  const m = badge.face;
  // Made in an inert document: a page that defined crosscheck-badge itself would otherwise run its constructor here and take the shadow root first.
  const host = inertDocument(doc).createElement(BADGE_TAG);
  host.setAttribute('data-value', String(m.value));
  if (m.kind) host.setAttribute('data-kind', m.kind);
  if (m.reference) host.setAttribute('data-reference', m.reference);
  host.setAttribute('data-measure', m.measure);
  // The badge speaks the interface's language: its own lang and direction isolate it from the page's text.
  const locale = activeCatalogue().locale;
  host.setAttribute('lang', locale);
  host.setAttribute('dir', directionOf(locale));
  // No inline style: `:host { … !important }` in the shadow root already beats any page rule aimed
  // at the host (important shadow-context declarations win), and inline !important spacing would
  // override the reader's own text-spacing settings (axe: avoid-inline-spacing).
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', { text: BADGE_CSS });
  // The accessible name starts with the visible label (WCAG 2.5.3), then says what it is.
  const icon = el(doc, 'span', { text: m.icon });
  icon.setAttribute('aria-hidden', 'true');
  const button = el(doc, 'button', { class: `b ${m.tone}` }, icon, el(doc, 'span', { text: m.label }),
    el(doc, 'span', { class: 'sr', text: ` (${m.name})` }));
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  // The card is built the first time it opens: most badges are never opened, and placing them is
  // on the way to the page showing them.
  let card: HTMLElement | null = null;
  const setOpen = (open: boolean): void => {
    if (!card && !open) return;
    if (!card) {
      const id = `crosscheck-card-${++serial}`;
      card = buildCard(doc, cardModel(badge), id, actions);
      root.append(card);
      button.setAttribute('aria-controls', id);
    }
    card.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) position(host, button, card);
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

/** Creates a badge for one alignment (a figure corpus reports also give). The caller inserts it into the page. */
export function createBadge(doc: Document, a: Alignment, actions: BadgeActions): HTMLElement {
  return createFigureBadge(doc, { alignment: a }, actions)!;
}
