/**
 * What one badge shows, as plain data: its attributes, its look, its short label, the name a screen
 * reader hears and its card, from a page figure (with its official check, where a series covers it)
 * and the alignment with corpus reports (where reports give the figure too). Pure, so every word is
 * tested in Node; badge-element.ts turns it into DOM.
 */
import { measureLabel } from '../../wording/labels';
import type { ReferenceVerdict } from '../../reference/format';
import type { BadgeFace, BadgeFigure, VerdictBadge } from '../../platform/messages';
import type { Alignment, DifferenceKind, Figure } from '../../types';
import { formatDate } from '../../wording/format';
import { say } from '../../wording/messages';
import { KIND_ICON, KIND_WORD } from '../common/alignment-view';
import { formatChange } from '../common/figure-change';
import { groupReports, type ReportGroup } from '../common/report-groups';
import {
  figureWords, inferredNote, referenceDetails, referenceIcon, referenceLabel, referenceLine, referenceName, referenceTone, sourceLines,
  type CheckedFigure, type Detail, type SeriesCredit,
} from '../common/reference-view';
import { badgeAccessibleName, badgeLabel } from './badge-text';

export type { BadgeFigure };

/** What a badge is built from: a figure with its check, an alignment, or both. */
export interface BadgeInput {
  /** The page figure; its `reference` (the official check) gives the badge its verdict. */
  figure?: BadgeFigure | null;
  /** The comparison with corpus reports that give the same measure. */
  alignment?: Alignment | null;
  /** The checked series' publisher, dataset, licence and credit, when the caller has them. */
  series?: SeriesCredit | null;
}

/** The card's official-check part. */
export interface ReferenceCard {
  verdict: ReferenceVerdict;
  icon: string;
  /** One line: which bulletin gave what. */
  line: string;
  details: Detail[];
  /** "This page has no date: … is inferred …", or null. */
  inferred: string | null;
  /** Who publishes the series, from which dataset, its licence; then its credit. */
  source: string[];
}

/** The card's corpus part: one line for the kind, then the reports grouped by value. */
export interface ReportsCard {
  kind: DifferenceKind;
  icon: string;
  line: string;
  groups: ReportGroup[];
}

/** Everything a badge shows (the card apart): its attributes, look, label and accessible name. */
export type BadgeModel = BadgeFace;

/** What the card shows: built only when it first opens ({@link cardModel}). */
export interface CardModel {
  title: string;
  page: string;
  reference: ReferenceCard | null;
  reports: ReportsCard | null;
}

/**
 * The badge for a figure and/or its alignment, or null when neither gives anything to show. Only
 * what placing the badge needs: its card ({@link cardModel}) is worked out when it first opens.
 */
export function badgeModel(input: BadgeInput): BadgeModel | null {
  const a = input.alignment ?? null;
  const f = input.figure ?? null;
  const check = f?.reference ?? null;
  if (!a && !check) return null;
  const title = measureLabel(a?.measure ?? f?.measure, a?.label ?? f?.label);
  // The official check leads: it holds on every page a series covers; the reports add to it.
  const names = [check && f ? referenceName({ value: f.value, text: f.text, qualifier: f.qualifier, reference: check }, title, input.series) : null, a ? badgeAccessibleName(a) : null].filter(Boolean);
  return {
    value: a?.page.value ?? f!.value,
    measure: a?.measure ?? f?.measure ?? '',
    kind: a?.kind ?? null,
    reference: check?.verdict ?? null,
    tone: check ? `ref-${referenceTone(check)}` : a!.kind,
    icon: check ? referenceIcon(check) : KIND_ICON[a!.kind],
    label: check ? referenceLabel(check, input.series) : badgeLabel(a!),
    name: names.join(' '),
  };
}

/** The card: the official check's line and details, the reports' kind and their values grouped, the page's figure. */
export function cardModel(input: BadgeInput): CardModel {
  const a = input.alignment ?? null;
  const f = input.figure ?? null;
  const check = f?.reference ?? null;
  const title = measureLabel(a?.measure ?? f?.measure, a?.label ?? f?.label);
  const checked: CheckedFigure | null = check && f ? { value: f.value, text: f.text, qualifier: f.qualifier, reference: check } : null;
  const reference: ReferenceCard | null = checked
    ? {
        verdict: checked.reference.verdict,
        icon: referenceIcon(checked.reference),
        line: referenceLine(checked, input.series),
        details: referenceDetails(checked.reference),
        inferred: inferredNote(checked.reference),
        source: sourceLines(input.series),
      }
    : null;
  const reports: ReportsCard | null = a
    ? { kind: a.kind, icon: KIND_ICON[a.kind], line: say('card.kind', { kind: KIND_WORD[a.kind], change: formatChange(a) }), groups: groupReports(a) }
    : null;
  const pageDate = a?.page.date ?? check?.pageDate ?? null;
  const pageFigure = a ? { text: a.page.text, qualifier: a.page.qualifier } : { text: f?.text ?? '', qualifier: f?.qualifier ?? null };
  const inferredDate = !a?.page.date && check?.dateInferred ? ` (${say('card.inferred')})` : '';
  const page = say('card.page', { figure: figureWords(pageFigure) }) + (pageDate ? ` · ${formatDate(pageDate)}${inferredDate}` : '');
  return { title, page, reference, reports };
}

/** The page's figures with an official check, for badges beside figures no report gives too. */
export interface ReferenceBadges {
  /** The analysis' figures; those with `reference` get a badge. */
  figures: readonly Figure[];
  /** The analysed text, which the figures' offsets index: each figure's sentence is cut from it. */
  text: string;
  /** The series a check names (publisher, dataset, licence, credit), for the card's credit line. */
  series?: (id: string) => SeriesCredit | null | undefined;
}

/**
 * The page's badges, in text order, each with what it shows: one per alignment (with its figure's
 * check when the figure has one) and one per checked figure no alignment covers. A figure and an
 * alignment are the same figure when they start at the same offset with the same measure. Made in
 * the background, whose code is warm; the page only builds them.
 */
export function verdictBadges(alignments: readonly Alignment[], reference?: ReferenceBadges): VerdictBadge[] {
  const checked = (reference?.figures ?? []).filter((f) => f.reference);
  const key = (measure: string | null, start: number): string => `${measure ?? ''}@${start}`;
  const byKey = new Map(checked.map((f) => [key(f.measure, f.start), f]));
  const seriesOf = (f: Figure | undefined): SeriesCredit | null => (f?.reference && reference?.series?.(f.reference.series)) || null;
  const items: Omit<VerdictBadge, 'face'>[] = alignments.map((a) => {
    const figure = byKey.get(key(a.measure, a.page.start));
    if (figure) byKey.delete(key(a.measure, a.page.start));
    return { alignment: a, figure: figure && cardFigure(figure), series: seriesOf(figure), text: a.page.text, sentence: a.page.sentence, start: a.page.start };
  });
  for (const f of byKey.values()) {
    items.push({ figure: cardFigure(f), series: seriesOf(f), text: f.text, sentence: reference!.text.slice(f.sentenceStart, f.sentenceEnd), start: f.start });
  }
  return items
    .sort((x, y) => x.start - y.start)
    .flatMap((item) => {
      const face = badgeModel(item);
      return face ? [{ ...item, face }] : [];
    });
}

/** Of a figure, what its badge's card shows: not its offsets, sentence bounds or scope. */
function cardFigure(f: Figure): BadgeFigure {
  return { value: f.value, text: f.text, qualifier: f.qualifier, measure: f.measure, label: f.label, reference: f.reference };
}
