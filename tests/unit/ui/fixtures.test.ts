/** The UI fixtures mirror the engine: the default alignment is what the engine makes of PAGE_TEXT against the seeds. */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze-article';
import { loadCorpus } from '../../../src/corpus/match-reports';
import { seedBundle } from '../app/controllers-fixtures';
import { alignment, article, PAGE_TEXT, tabResult } from './fixtures';

describe('UI fixtures', () => {
  const analysis = analyzeArticle({ ...article(), text: PAGE_TEXT, fullLength: PAGE_TEXT.length }, loadCorpus(seedBundle()), 1);
  const pick = (a: ReturnType<typeof alignment>) => ({ measure: a.measure, label: a.label, kind: a.kind, change: a.change, days: a.days, page: a.page, lead: a.others.find((o) => o.value !== a.page.value) ?? a.others[0] });

  it('the default alignment is the engine\'s toll alignment for the fixture page', () => {
    const real = analysis.alignments.find((a) => a.measure === alignment().measure);
    expect(real).toBeDefined();
    expect(pick(alignment())).toEqual(pick(real!));
    expect(real!.explanation.startsWith(alignment().explanation.split('; this report')[0]!)).toBe(true);
  });

  it('the tab result\'s second alignment is one the engine also makes of that page', () => {
    const second = tabResult().analysis.alignments[1]!;
    const real = analysis.alignments.find((a) => a.measure === second.measure);
    expect(real?.kind).toBe(second.kind);
    expect(real?.page.value).toBe(second.page.value);
  });
});
