/**
 * Aligning figures across reports: each page figure with a measure is set against the figure
 * each report gives for the same measure, and the alignment says whether they agree, one is a
 * later count (update), or they conflict. Different measures are never compared: a 21-hour count
 * is not a 24-hour count, a two-month pause is not a 30-day one, 24 massacres are not 24 soldiers.
 */
import type { Alignment, DifferenceKind, Figure, OtherFigure } from '../types';
import { measureDef } from '../figures/vocabulary';
import { classifyPair, type PairVerdict } from './classify-difference';
import { consistent, plausiblySame } from './consistency';
import { explainPage, explainPair } from './explain';
import { say } from '../wording/messages';

/** The figures of one text, with what is known of where they come from. */
export interface FigureSet {
  /** Report id, or null for the page. */
  id: string | null;
  publisher: string | null;
  /** Publication date YYYY-MM-DD, or null. */
  date: string | null;
  text: string;
  figures: readonly Figure[];
  /** A library article's title and when it was kept: its figures name it (OtherFigure). */
  title?: string;
  keptAt?: number;
}

/** The sentence a figure stands in, as text (bounded: a run-on scrape must not flood the UI). */
function sentenceOf(set: FigureSet, f: Figure): string {
  const start = Math.max(0, Math.min(f.sentenceStart, f.start));
  const end = Math.min(set.text.length, Math.max(f.sentenceEnd, f.end));
  const s = set.text.slice(start, end);
  return s.length <= 600 ? s : set.text.slice(Math.max(start, f.start - 280), Math.min(end, f.end + 280));
}

/**
 * Of one report's figures for the page figure's measure, the one to compare with: one that agrees
 * if the report has it anywhere (a report that also says the page's number does not contradict
 * it), else the one of the same time scope and source, else the closest in value.
 */
function bestCounterpart(page: Figure, candidates: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score = 0;
    if (consistent(page, c)) score += 8;
    if (page.scope && c.scope === page.scope) score += 2;
    if (page.source && c.source && c.source.split(' (')[0] === page.source.split(' (')[0]) score += 1;
    score -= Math.abs(c.value - page.value) / Math.max(1, Math.abs(page.value), Math.abs(c.value));
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}

/**
 * Two figures are the same kind of statement when both or neither are parts of a count said
 * beside them ("9 of the soldiers" against "15 soldiers were killed"), and both or neither are a
 * party's claims (what Hamas claims against what the Israeli military reports).
 */
export const sameStatement = (a: Pick<Figure, 'part' | 'claim'>, b: Pick<Figure, 'part' | 'claim'>): boolean =>
  Boolean(a.part) === Boolean(b.part) && Boolean(a.claim) === Boolean(b.claim);

const RANK: Record<DifferenceKind, number> = { agrees: 0, update: 1, conflict: 2 };

/**
 * Aligns the page's figures with the reports' figures of the same measure and classifies each
 * alignment. One alignment per page figure that some report also gives. When every report agrees
 * its kind is 'agrees'; otherwise `others` lists the reports that differ (conflict if any
 * conflicts, else update, with the change and days of the most recent one) and `agreeing` the
 * reports that give the same figure. Never throws.
 */
export function compareFigures(page: FigureSet, reports: readonly FigureSet[]): Alignment[] {
  try {
    return compare(page, reports);
  } catch {
    return [];
  }
}

interface Pair { other: OtherFigure; verdict: PairVerdict; explanation: string }

function compare(page: FigureSet, reports: readonly FigureSet[]): Alignment[] {
  const alignments: Alignment[] = [];
  for (const pf of page.figures ?? []) {
    const def = measureDef(pf.measure);
    if (!def || !Number.isFinite(pf.value)) continue;
    const pairs: Pair[] = [];
    for (const report of reports) {
      // A part is never set against a whole, nor a party's claim against a count (issue 14.1).
      const candidates = (report.figures ?? []).filter((f) => f.measure === def.key && Number.isFinite(f.value) && sameStatement(f, pf) && plausiblySame(f.value, pf.value));
      const rf = bestCounterpart(pf, candidates);
      if (!rf) continue;
      const verdict = classifyPair({ ...pf, date: page.date, source: pf.source }, { ...rf, date: report.date, source: rf.source }, def.kind);
      const other: OtherFigure = {
        report: report.id ?? '',
        publisher: report.publisher ?? report.id ?? say('explain.another-report'),
        value: rf.value,
        text: rf.text,
        qualifier: rf.qualifier,
        date: report.date,
        source: rf.source,
        sentence: sentenceOf(report, rf),
        ...(report.title !== undefined ? { title: report.title } : {}),
        ...(report.keptAt !== undefined ? { keptAt: report.keptAt } : {}),
      };
      pairs.push({ other, verdict, explanation: explainPair(other, verdict, page.date) });
    }
    if (pairs.length === 0) continue;
    const differing = pairs.filter((p) => p.verdict.kind !== 'agrees');
    const agreeing = pairs.filter((p) => p.verdict.kind === 'agrees');
    const shown = differing.length > 0 ? differing : agreeing;
    const kind = shown.reduce<DifferenceKind>((k, p) => (RANK[p.verdict.kind] > RANK[k] ? p.verdict.kind : k), 'agrees');
    // The change and days shown are those against the most recent differing report.
    // ISO dates sort as plain strings (no locale collation: it is slow to load and not wanted here).
    const lead = [...differing].sort((a, b) => ((b.other.date ?? '') > (a.other.date ?? '') ? 1 : (b.other.date ?? '') < (a.other.date ?? '') ? -1 : 0))[0];
    const pageSaid = explainPage({ date: page.date, text: pf.text, qualifier: pf.qualifier });
    const alignment: Alignment = {
      measure: def.key,
      label: def.label,
      page: {
        value: pf.value, text: pf.text, qualifier: pf.qualifier, source: pf.source, date: page.date,
        start: pf.start, end: pf.end, sentence: sentenceOf(page, pf),
      },
      others: shown.map((p) => p.other),
      kind,
      ...(lead?.verdict.change !== undefined ? { change: lead.verdict.change } : {}),
      ...(lead?.verdict.days !== undefined ? { days: lead.verdict.days } : {}),
      ...(differing.length > 0 && agreeing.length > 0 ? { agreeing: agreeing.map((p) => p.other) } : {}),
      explanation: `${pageSaid} ${[...differing, ...agreeing].map((p) => p.explanation).join('. ')}.`,
    };
    alignments.push(alignment);
  }
  return alignments;
}
