/**
 * What one badge shows, as plain data: its attributes, its look, its short label, the name a screen
 * reader hears and its card, from a page figure (with its official check, where a series covers it)
 * and the alignment with corpus reports (where reports give the figure too). Pure, so every word is
 * tested in Node; badge-element.ts turns it into DOM.
 */
import { measureLabel } from '../../wording/labels';
import type { ReferenceVerdict } from '../../reference/format';
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

/** A page figure as a badge needs it. */
export type BadgeFigure = Pick<Figure, 'value' | 'text' | 'qualifier' | 'measure' | 'label' | 'reference'>;

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

/** Everything a badge shows. */
export interface BadgeModel {
  value: number;
  measure: string;
  /** data-kind: the corpus comparison's kind, when reports compare. */
  kind: DifferenceKind | null;
  /** data-reference: the official check's verdict, when a series covers the figure. */
  reference: ReferenceVerdict | null;
  /** The button's class: `ref-<verdict>` (or `ref-other-counter`) when checked, else the kind. */
  tone: string;
  icon: string;
  label: string;
  /** What a screen reader hears after the label. */
  name: string;
}

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
