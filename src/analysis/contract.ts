import type { Analysis } from './analyze-article';
import { differencesOf } from './analyze-article';

/**
 * The JSON line `npm run analyze` prints for one file (../shared/analyze-contract.md).
 * Kept apart from the CLI so the extension's debug view and tests can produce the same shape.
 */
export function toContract(file: string, a: Analysis, extraTimings: Record<string, number> = {}): Record<string, unknown> {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    file,
    isArticle: a.topic.isArticle,
    gaza: a.topic.gaza,
    topicScore: round(a.topic.score),
    topicTerms: a.topic.terms,
    topicReason: a.topic.reason,
    title: a.article.title,
    date: a.article.date,
    publisher: a.article.publisher,
    url: a.article.url,
    truncated: a.article.truncated,
    textLength: a.article.text.length,
    fullLength: a.article.fullLength,
    related: a.related.map((r) => ({
      id: r.id, title: r.title, publisher: r.publisher, date: r.date,
      score: round(r.score), sameStory: r.sameStory, reasons: r.reasons,
    })),
    figures: a.figures.map((f) => ({
      value: f.value, ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}), text: f.text,
      qualifier: f.qualifier, measure: f.measure, label: f.label, source: f.source, scope: f.scope,
      start: f.start, end: f.end,
      ...(f.part ? { part: true } : {}),
      ...(f.claim ? { claim: true } : {}),
      ...(f.reference ? { reference: f.reference } : {}),
    })),
    inferredDate: a.inferredDate,
    differences: differencesOf(a).map((d) => ({
      measure: d.measure, label: d.label,
      page: { value: d.page.value, text: d.page.text },
      others: d.others.map((o) => ({ report: o.report, value: o.value, date: o.date, source: o.source })),
      kind: d.kind,
      ...(d.change !== undefined ? { change: d.change } : {}),
      ...(d.days !== undefined ? { days: d.days } : {}),
      explanation: d.explanation,
    })),
    agreements: a.alignments.filter((x) => x.kind === 'agrees').length,
    timings: Object.fromEntries(
      Object.entries({ ...a.timings, ...extraTimings }).map(([k, v]) => [k, round(v)]),
    ),
  };
}
