// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountBadges, prepareBadges, removeBadges } from '../../../src/ui/badges/mount-badges';
import { badgeLabel } from '../../../src/ui/badges/badge-text';
import { relativeDay, shortPublisher } from '../../../src/wording/format';
import type { Alignment, DifferenceKind } from '../../../src/types';

const PAGE = `<!doctype html><html><body><nav>Death toll 25,900</nav><article>
<p>The Gaza health ministry said 25,900 Palestinians had been killed since October 7, including 200 in the past 24 hours.</p>
<p>Israel says it has killed around 9,000 militants. A rival count put the toll at 25,900 too, <b>citing</b> officials.</p>
</article></body></html>`;

function alignment(text: string, value: number, sentence: string, kind: DifferenceKind): Alignment {
  return {
    measure: 'killed.palestinians.cumulative', label: 'Palestinians killed in Gaza since 7 October',
    page: { value, text, qualifier: null, source: 'Gaza health ministry', date: '2024-01-25', start: 0, end: 0, sentence },
    others: [{ report: '001_x', publisher: 'ARN News Centre (Reuters)', value: 25700, text: '25,700', qualifier: 'at least', date: '2024-01-24', source: 'Palestinian health officials', sentence: 'Officials said at least 25,700 <img src=x onerror=alert(1)> had been killed.' }],
    kind, explanation: 'A later count of a growing total.',
  };
}

/** A fresh document holding PAGE (happy-dom's, which has shadow roots and splitText like a browser). */
function page(): Document {
  document.documentElement.innerHTML = PAGE.replace(/^<!doctype html><html>|<\/html>$/g, '');
  return document;
}

const S1 = 'The Gaza health ministry said 25,900 Palestinians had been killed since October 7, including 200 in the past 24 hours.';
const S2 = 'Israel says it has killed around 9,000 militants.';

describe('mountBadges', () => {
  it('puts one badge right after each figure, in the sentence it came from, without changing the text', () => {
    const doc = page();
    const article = doc.querySelector('article')!;
    const before = article.textContent;
    const m = mountBadges(article, [alignment('25,900', 25900, S1, 'update'), alignment('9,000', 9000, S2, 'agrees')], { openReport: () => undefined });
    expect(m.count).toBe(2);
    const badges = Array.from(doc.querySelectorAll('crosscheck-badge'));
    expect(badges.map((b) => b.getAttribute('data-value'))).toEqual(['25900', '9000']);
    expect(badges.map((b) => b.getAttribute('data-kind'))).toEqual(['update', 'agrees']);
    // Right after the figure, in the first paragraph (not the nav, not the later repeat).
    expect(badges[0]?.previousSibling?.textContent?.endsWith('said 25,900')).toBe(true);
    expect(badges[0]?.closest('p')).toBe(article.querySelector('p'));
    expect(doc.querySelector('nav crosscheck-badge')).toBeNull();
    expect(article.textContent).toBe(before);
  });

  it('is idempotent and leaves the page as it was when removed', () => {
    const doc = page();
    const article = doc.querySelector('article')!;
    const html = article.innerHTML;
    const a = [alignment('25,900', 25900, S1, 'update')];
    mountBadges(article, a, { openReport: () => undefined });
    mountBadges(article, a, { openReport: () => undefined });
    expect(doc.querySelectorAll('crosscheck-badge').length).toBe(1);
    removeBadges(article);
    expect(doc.querySelectorAll('crosscheck-badge').length).toBe(0);
    expect(article.innerHTML).toBe(html);
  });

  it('uses an index made ahead of time, and indexes again when the page changed the text since', () => {
    for (const change of [false, true]) {
      const doc = page();
      const article = doc.querySelector('article')!;
      const prepared = prepareBadges(article);
      const first = article.querySelector('p')!.firstChild as Text;
      // The page rewrites the paragraph while the background works: the prepared offsets are stale.
      if (change) first.data = `Update: ${first.data}`;
      const m = mountBadges(article, [alignment('25,900', 25900, S1, 'update'), alignment('9,000', 9000, S2, 'agrees')], { openReport: () => undefined }, prepared);
      expect(m.count).toBe(2);
      const badges = Array.from(doc.querySelectorAll('crosscheck-badge'));
      expect(badges[0]?.previousSibling?.textContent?.endsWith('said 25,900')).toBe(true);
      expect(badges[1]?.previousSibling?.textContent?.endsWith('around 9,000')).toBe(true);
    }
  });

  it('places nothing for a figure that is not on the page', () => {
    const doc = page();
    const m = mountBadges(doc.querySelector('article')!, [alignment('31,000', 31000, 'Some 31,000 died.', 'conflict')], { openReport: () => undefined });
    expect(m.count).toBe(0);
  });

  it('shows report text as text, never as markup (the card names reports by publisher)', () => {
    const doc = page();
    const a = alignment('25,900', 25900, S1, 'update');
    a.others[0]!.publisher = 'ARN <img src=x onerror=alert(1)>';
    mountBadges(doc.querySelector('article')!, [a], { openReport: () => undefined });
    const root = doc.querySelector('crosscheck-badge')?.shadowRoot;
    expect(root).toBeTruthy();
    // The card, with the report's sentence, is built when the badge first opens.
    expect(root?.querySelector('[role="group"]')).toBeNull();
    root?.querySelector('button')?.click();
    expect(root?.querySelector('[role="group"]')?.hasAttribute('hidden')).toBe(false);
    expect(root?.querySelector('button')?.getAttribute('aria-controls')).toBe(root?.querySelector('[role="group"]')?.id);
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('badge text', () => {
  it('labels a badge with the other value, a short publisher and the day', () => {
    expect(badgeLabel(alignment('25,900', 25900, S1, 'update'))).toBe('25,700 · ARN/Reuters, 1 day earlier');
  });

  it('shortens publishers that credit an agency', () => {
    expect(shortPublisher('The Irish Times (Reuters)')).toBe('Irish Times/Reuters');
    expect(shortPublisher('ITV News')).toBe('ITV News');
  });

  it('says how far apart two dates are', () => {
    expect(relativeDay('2024-01-24', '2024-01-24')).toBe('same day');
    expect(relativeDay('2024-01-24', '2024-04-07')).toBe('74 days later');
    expect(relativeDay(null, '2024-04-07')).toBe('7 Apr 2024');
  });
});
