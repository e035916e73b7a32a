// @vitest-environment happy-dom
/**
 * Badges speak the interface's language: in an Arabic browser the badge is `lang="ar" dir="rtl"`
 * (isolated from the page's own text, which it never changes) and its label and card are Arabic;
 * in English, `lang="en" dir="ltr"`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createBadge } from '../../../src/ui/badges/badge-element';
import { useLocale } from '../support/catalogues';
import { alignment, other } from '../ui/fixtures';

afterEach(() => useLocale('en'));

const badge = (): HTMLElement => createBadge(document, alignment({ others: [other({ value: 25_700, text: '25,700' })], change: 1_210 }), { openReport: () => undefined });

describe('a badge', () => {
  it('in Arabic: lang and dir on its element, an Arabic label and card', () => {
    useLocale('ar');
    const b = badge();
    const p = document.createElement('p');
    p.textContent = 'At least 25,490 Palestinians have been killed.';
    p.append(b);
    document.body.append(p);
    expect(b.getAttribute('lang')).toBe('ar');
    expect(b.getAttribute('dir')).toBe('rtl');
    const button = b.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toMatch(/\p{Script=Arabic}/u);
    button.click();
    const card = b.shadowRoot!.querySelector('.card')!;
    expect(card.textContent).toContain('هذه الصفحة');
    // The page's text is as it was.
    expect(p.firstChild?.textContent).toBe('At least 25,490 Palestinians have been killed.');
  });

  it('in English: lang="en" dir="ltr"', () => {
    const b = badge();
    expect([b.getAttribute('lang'), b.getAttribute('dir')]).toEqual(['en', 'ltr']);
  });
});
