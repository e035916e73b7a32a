// @vitest-environment happy-dom
/**
 * Placing badges must not load Intl.NumberFormat: its first use cost a news page 33 ms in the bench
 * (README, Speed). Labels and spoken names of every verdict, with tolls over 1,000, are made with it
 * untouched; the card, built when it opens, may use it. In a file of its own: the catalogue keeps
 * one formatter for the whole module once made.
 */
import { describe, expect, it, vi } from 'vitest';
import { createFigureBadge } from '../../../src/ui/badges/badge-element';
import type { Figure } from '../../../src/types';
import { alignment, other } from '../ui/fixtures';
import { check, MOH, STALE, TOLL } from '../ui/reference-fixtures';

const figure = (reference = STALE): Figure => ({
  value: 13_000, text: '13,000', qualifier: null, measure: TOLL, label: 'Palestinians killed', source: null, scope: null,
  start: 0, end: 6, sentenceStart: 0, sentenceEnd: 6, reference,
});

describe('placing badges', () => {
  it('labels and names every verdict without loading Intl.NumberFormat', () => {
    const spy = vi.spyOn(Intl, 'NumberFormat');
    const checks = [STALE, check(), check({ verdict: 'unmatched', onDate: { date: '2023-11-23', value: 14_800 } }),
      check({ verdict: 'unmatched', otherCounter: 'Government Media Office' }), check({ verdict: 'consistent' }), check({ verdict: 'ahead', days: -2 }), check({ verdict: 'outside', pageDate: '2027-01-01' })];
    const badges = checks.map((c) => createFigureBadge(document, { figure: figure(c), alignment: alignment({ others: [other({ value: 25_700 })], change: 1_210 }), series: MOH }, { openReport: () => undefined })!);
    expect(badges.map((b) => b.shadowRoot?.textContent ?? '').join(' ')).toContain('14,800');
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
