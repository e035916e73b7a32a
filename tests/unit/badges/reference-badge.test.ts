// @vitest-environment happy-dom
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { createFigureBadge } from '../../../src/ui/badges/badge-element';
import { badgeModel, cardModel, verdictBadges } from '../../../src/ui/badges/badge-model';
import { mountBadges } from '../../../src/ui/badges/mount-badges';
import type { Figure } from '../../../src/types';
import { alignment, other } from '../ui/fixtures';
import { check, MOH, STALE, TOLL } from '../ui/reference-fixtures';

const TEXT = 'The ministry said 13,000 people had been killed. Talks went on in Doha.';

function figure(over: Partial<Figure> = {}): Figure {
  return {
    value: 13_000, text: '13,000', qualifier: null, measure: TOLL, label: 'Palestinians killed in Gaza since 7 October',
    source: 'Gaza health ministry', scope: null, start: 18, end: 24, sentenceStart: 0, sentenceEnd: 48, reference: STALE, ...over,
  };
}

const noActions = { openReport: () => undefined };

function open(host: HTMLElement): ShadowRoot {
  const root = host.shadowRoot!;
  (root.querySelector('button.b') as HTMLButtonElement).click();
  return root;
}

/** axe-core's violations inside a badge (shadow root included); colour contrast needs layout, which happy-dom has not. */
async function violations(node: Element): Promise<string[]> {
  const r = await axe.run(node, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('badgeModel', () => {
  it('gives a figure with a check and no report its own badge, with the verdict and no kind', () => {
    const m = badgeModel({ figure: figure(), series: MOH })!;
    expect([m.reference, m.kind, m.tone, m.label, m.value]).toEqual(['stale', null, 'ref-stale', '5 days old', 13_000]);
    const card = cardModel({ figure: figure(), series: MOH });
    expect(card.reports).toBeNull();
    expect(card.reference?.line).toBe("The Gaza health ministry bulletin of 19 Nov 2023 gave 13,000; by this page's date (24 Nov 2023) it was 14,800.");
    expect(card.page).toBe('This page: 13,000 · 24 Nov 2023');
  });

  it('puts the official check first where reports compare too, and keeps the kind', () => {
    const a = alignment();
    const input = { alignment: a, figure: figure({ value: 25_490, text: '25,490', qualifier: 'at least', reference: check() }), series: MOH };
    const m = badgeModel(input)!;
    const card = cardModel(input);
    expect([m.reference, m.kind, m.tone, m.label]).toEqual(['matches', 'update', 'ref-matches', 'ministry, 23 Jan']);
    expect(m.name.indexOf('official count')).toBeLessThan(m.name.indexOf('later update'));
    expect(card.reports?.groups.map((g) => g.head)).toEqual(['25,700 in 1 report:']);
    expect(card.reports?.line).toBe('later update (+210 in 1 day)');
  });

  it('shows an alignment alone as before, and nothing without either', () => {
    const m = badgeModel({ alignment: alignment() })!;
    expect([m.reference, m.kind, m.tone]).toEqual([null, 'update', 'update']);
    expect(m.label).toBe('25,700 · ARN/Reuters, 1 day later');
    expect(badgeModel({ figure: figure({ reference: undefined }) })).toBeNull();
    expect(badgeModel({})).toBeNull();
  });

  it('marks an inferred page date in the card', () => {
    const inferred = check({ bulletin: '2024-01-22', onDate: { date: '2024-01-22', value: 25_295 }, pageDate: '2024-01-22', dateInferred: true });
    const input = { figure: figure({ value: 25_295, text: '25,295', reference: inferred }), series: MOH };
    const card = cardModel(input);
    expect(card.page).toBe('This page: 25,295 · 22 Jan 2024 (date inferred)');
    expect(card.reference?.inferred).toMatch(/inferred/);
    expect(badgeModel(input)!.label).toMatch(/date inferred$/);
  });
});

describe('the reference badge in a page', () => {
  it('carries data-reference with the verdict, and data-kind only where reports compare', () => {
    const lone = createFigureBadge(document, { figure: figure(), series: MOH }, noActions)!;
    expect(lone.getAttribute('data-reference')).toBe('stale');
    expect(lone.hasAttribute('data-kind')).toBe(false);
    const both = createFigureBadge(document, { figure: figure({ reference: check() }), alignment: alignment(), series: MOH }, noActions)!;
    expect([both.getAttribute('data-reference'), both.getAttribute('data-kind')]).toEqual(['matches', 'update']);
    expect(both.shadowRoot?.querySelector('button.b')?.className).toBe('b ref-matches');
  });

  it('opens a short card: one line per verdict, reports grouped by value, the series credited', () => {
    const a = alignment({
      others: [
        other({ report: 'r1', publisher: 'The Irish Times (Reuters)', value: 25_700, text: '25,700' }),
        other({ report: 'r2', publisher: 'ARN News Centre (Reuters)', value: 25_700, text: '25,700' }),
      ],
    });
    const opened: string[] = [];
    const host = createFigureBadge(document, { figure: figure({ value: 25_490, text: '25,490', reference: check() }), alignment: a, series: MOH }, { openReport: (id) => opened.push(id) })!;
    document.body.append(host);
    const root = open(host);
    const card = root.querySelector('[role="group"]')!;
    expect(card.querySelectorAll('.lead').length).toBe(2);
    expect(card.querySelectorAll('li').length).toBe(1);
    expect(card.querySelector('li')?.textContent).toBe('25,700 in 2 reports: Irish Times/Reuters (open the report), ARN/Reuters (open the report), 24 Jan');
    expect(card.textContent).toContain('Series: Gaza health ministry, from Tech for Palestine, casualties_daily.json (public domain).');
    expect(card.textContent).toContain('Bulletin this figure equals');
    (card.querySelectorAll('button.open')[1] as HTMLButtonElement).click();
    expect(opened).toEqual(['r2']);
    host.remove();
  });

  it('places the open card inside the viewport, using the placement maths', () => {
    const host = createFigureBadge(document, { figure: figure(), series: MOH }, noActions)!;
    document.body.append(host);
    const card = open(host).querySelector('[role="group"]') as HTMLElement;
    expect(card.hidden).toBe(false);
    // happy-dom has no layout: every box is 0×0 at the origin, at the viewport's top-left corner, so
    // the card is pushed in to the margins on both axes, on the side below.
    expect(card.style.left).toBe('8px');
    expect(card.style.top).toBe('8px');
    expect(card.dataset.side).toBe('below');
    host.remove();
  });

  it('shows page and series text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const host = createFigureBadge(document, { figure: figure({ text: evil }), series: { ...MOH, publisher: `${evil} ministry`, credit: evil } }, noActions)!;
    const root = open(host);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(evil);
  });

  it('has no axe violations, closed and open, for every verdict', async () => {
    const verdicts = [STALE, check(), check({ verdict: 'consistent' }), check({ verdict: 'ahead', days: -2 }), check({ verdict: 'unmatched' }),
      check({ verdict: 'outside', pageDate: '2027-01-01' }), check({ verdict: 'unmatched', otherCounter: 'Israeli military' })];
    const p = document.createElement('p');
    p.textContent = 'The ministry said ';
    document.body.append(p);
    const hosts = verdicts.map((c) => createFigureBadge(document, { figure: figure({ reference: c }), alignment: c.verdict === 'matches' ? alignment() : null, series: MOH }, noActions)!);
    p.append(...hosts);
    expect(await violations(p)).toEqual([]);
    hosts.forEach(open);
    expect(hosts.every((h) => h.shadowRoot?.querySelector('[role="group"]')?.hasAttribute('hidden') === false)).toBe(true);
    expect(await violations(p)).toEqual([]);
    p.remove();
  });
});

describe('badges for checked figures no report gives', () => {
  it('pairs a figure with the alignment at its offset, and adds the checked figures no alignment covers', () => {
    const a = alignment();
    const items = verdictBadges([a], {
      text: TEXT,
      figures: [figure({ start: a.page.start, measure: a.measure, reference: check() }), figure(), figure({ start: 60, reference: undefined })],
      series: (id) => (id === MOH.id ? MOH : null),
    });
    expect(items.map((i) => [i.start, !!i.alignment, i.figure?.reference?.verdict ?? null])).toEqual([[9, true, 'matches'], [18, false, 'stale']]);
    expect(items[1]?.sentence).toBe('The ministry said 13,000 people had been killed.');
    expect(items[1]?.series).toBe(MOH);
    // Each carries what its badge shows: the check's verdict leads where there is one.
    expect(items.map((i) => [i.face.value, i.face.reference, i.face.kind])).toEqual([[a.page.value, 'matches', a.kind], [13_000, 'stale', null]]);
    expect(verdictBadges([a]).map((i) => i.figure ?? null)).toEqual([null]);
  });

  it('mounts a reference badge beside a figure with a check and no alignment', () => {
    document.body.innerHTML = `<article><p>${TEXT}</p></article>`;
    const article = document.querySelector('article')!;
    const m = mountBadges(article, [], noActions, undefined, { text: TEXT, figures: [figure()], series: () => MOH });
    expect(m.count).toBe(1);
    const badge = article.querySelector('crosscheck-badge')!;
    expect(badge.getAttribute('data-reference')).toBe('stale');
    expect(badge.previousSibling?.textContent?.endsWith('said 13,000')).toBe(true);
    m.destroy();
    expect(article.querySelector('crosscheck-badge')).toBeNull();
    expect(mountBadges(article, [], noActions).count).toBe(0);
  });
});
