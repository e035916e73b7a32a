import type { Alignment, Figure } from '../types';

/** The figures of one text, with what is known of where they come from. */
export interface FigureSet {
  /** Report id, or null for the page. */
  id: string | null;
  publisher: string | null;
  /** Publication date YYYY-MM-DD, or null. */
  date: string | null;
  text: string;
  figures: readonly Figure[];
}

/**
 * Aligns the page's figures with the reports' figures of the same measure and classifies each
 * alignment (agrees / update / conflict). PLACEHOLDER: the comparison work replaces it.
 */
export function compareFigures(page: FigureSet, reports: readonly FigureSet[]): Alignment[] {
  void page;
  void reports;
  return [];
}
