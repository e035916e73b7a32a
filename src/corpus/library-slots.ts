/**
 * What the library's index (library-index.ts) keeps of each article besides its features, and the
 * corpus views read from it: the report ids of library articles, each article's slot (metadata
 * and its figures packed for scoring), its catalogue and its groups (each article its own).
 */
import type { LibraryEntry } from '../analysis/library-entry';
import type { Figure } from '../types';
import { EMPTY_IDS } from './growable-ids';
import type { CatalogueView, GroupIndex, IdLists } from './load-corpus';
import type { ReportSummary } from './report-catalogue';

/** The prefix of a library article's report id. */
export const LIBRARY_PREFIX = 'library:';
/** The report id of the library article at `url` (a normalised URL). */
export const libraryReportId = (url: string): string => `${LIBRARY_PREFIX}${url}`;
/** Whether a report id names a library article. */
export const isLibraryReport = (id: string): boolean => id.startsWith(LIBRARY_PREFIX);

/** What the index knows of an entry besides its features. */
export interface LibraryIndexItem {
  url: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or "" when unknown. */
  date: string;
  dateInferred: boolean;
  keptAt: number;
  /** Figures kept with a measure. */
  figures: number;
}

/** One slot's metadata: an item's, with its figures packed. */
export interface Slot extends Omit<LibraryIndexItem, 'figures'> {
  /** Packed figures ({@link packFigures}), unpacked on first read. */
  packed: string;
  figures: Figure[] | null;
}

/** What the views below read of the index. */
export interface SlotIndex {
  readonly size: number;
  readonly groupOf: Int32Array;
  readonly postings: IdLists;
  slot(r: number): Slot | null;
  member(r: number): Int32Array;
  slotOf(url: string): number | undefined;
  summary(r: number): ReportSummary;
  figuresOf(r: number): Figure[];
}

const NO_LISTS: IdLists = { list: () => EMPTY_IDS, length: () => 0 };

/**
 * A figure as the segment keeps it for scoring: [value, measure, text, qualifier, label, source,
 * scope, valueMax, flags] (flags: 1 part, 2 claim); offsets are not kept (the segment has no text).
 */
type PackedFigure = [number, string, string, string | null, string | null, string | null, string | null, number | null, number];

/** An entry's figures, packed as JSON for the snapshot. */
export function packFigures(entry: Pick<LibraryEntry, 'figures'>): string {
  return JSON.stringify(entry.figures.map((f): PackedFigure => [f.value, f.measure, f.text, f.qualifier, f.label, f.source, f.scope, f.valueMax ?? null, (f.part ? 1 : 0) | (f.claim ? 2 : 0)]));
}

export function unpackFigures(packed: string): Figure[] {
  let rows: PackedFigure[];
  try {
    rows = JSON.parse(packed) as PackedFigure[];
  } catch {
    return [];
  }
  return rows.map(([value, measure, text, qualifier, label, source, scope, valueMax, flags]) => ({
    value, text, qualifier, measure, label, source, scope, start: 0, end: 0, sentenceStart: 0, sentenceEnd: 0,
    ...(valueMax !== null ? { valueMax } : {}),
    ...(flags & 1 ? { part: true as const } : {}),
    ...(flags & 2 ? { claim: true as const } : {}),
  }));
}

/** The name a library article is listed under when the page gave no publisher: its site. */
export function publisherOf(entry: Pick<LibraryEntry, 'publisher' | 'url'>): string {
  if (entry.publisher) return entry.publisher;
  try {
    return new URL(entry.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}


/** Each library article is its own group of near-duplicates (see the module header). */
export class OwnGroups implements GroupIndex {
  readonly groups = NO_LISTS;
  readonly missing = NO_LISTS;
  readonly reports: IdLists;
  constructor(private readonly index: SlotIndex) {
    this.reports = index.postings;
  }
  get count(): number {
    return this.index.size;
  }
  get of(): Int32Array {
    return this.index.groupOf;
  }
  members(g: number): Int32Array {
    return this.index.member(g);
  }
  reportsOf(id: number): Int32Array {
    return this.index.postings.list(id);
  }
  frequency(id: number): number {
    return this.index.postings.length(id);
  }
}

/** The catalogue of library articles, read from the index's slots. */
export class SlotCatalogue implements CatalogueView {
  constructor(private readonly index: SlotIndex) {}
  get size(): number {
    return this.index.size;
  }
  summary(r: number): ReportSummary {
    return this.index.summary(r);
  }
  id(r: number): string {
    const s = this.index.slot(r);
    return s ? libraryReportId(s.url) : '';
  }
  publisher(r: number): string {
    return this.index.slot(r)?.publisher ?? '';
  }
  date(r: number): string {
    return this.index.slot(r)?.date ?? '';
  }
  figures(r: number): Figure[] {
    return this.index.figuresOf(r);
  }
  indexOf(id: string): number | undefined {
    return isLibraryReport(id) ? this.index.slotOf(id.slice(LIBRARY_PREFIX.length)) : undefined;
  }
}

