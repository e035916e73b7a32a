/**
 * What the matcher shows and compares of each report, without its text: id, title, publisher,
 * date, url and its figures, packed (packed-strings.ts, packed-figures.ts) and materialised one
 * report at a time. The texts are kept apart (report-texts.ts).
 */
import type { CompiledReport, Figure, Report } from '../types';
import { packSequence, unpackSequence } from './packed-ids';
import { FigureStore, packFigures, type PackedFiguresData } from './packed-figures';
import { packSortedOrder, packStrings, StringTable, type PackedStringsData } from './packed-strings';

/** A report as the extension lists it: everything but its text and figures; `keptAt` marks an article of the reader's library (library-index.ts). */
export type ReportSummary = Omit<Report, 'text'> & { keptAt?: number };

/** The serialized catalogue. */
export interface CatalogueData {
  format: 'crosscheck-catalogue/1';
  /** Number of reports. */
  reports: number;
  ids: PackedStringsData;
  /** Report indices sorted by id, to find a report by id. */
  idOrder: string;
  titles: PackedStringsData;
  /** Indices of the reports whose title was derived from the text ({@link packSequence}), and how many. */
  titleDerived: string;
  titleDerivedCount: number;
  publishers: PackedStringsData;
  dates: PackedStringsData;
  urls: PackedStringsData;
  figures: PackedFiguresData;
}

/** Packs the compiled reports' summaries and figures (not their texts or terms). */
export function packCatalogue(reports: readonly CompiledReport[]): CatalogueData {
  const derived = reports.flatMap((r, i) => (r.titleDerived ? [i] : []));
  const ids = reports.map((r) => r.id);
  return {
    format: 'crosscheck-catalogue/1', reports: reports.length,
    ids: packStrings(ids), idOrder: packSortedOrder(ids),
    titles: packStrings(reports.map((r) => r.title)), titleDerived: packSequence(derived), titleDerivedCount: derived.length,
    publishers: packStrings(reports.map((r) => r.publisher)), dates: packStrings(reports.map((r) => r.date)),
    urls: packStrings(reports.map((r) => r.url)), figures: packFigures(reports.map((r) => r.figures)),
  };
}

/** Reads {@link CatalogueData}. */
export class ReportCatalogue {
  readonly size: number;
  private readonly ids: StringTable;
  private readonly titles: StringTable;
  private readonly derived: Set<number>;
  private readonly publishers: StringTable;
  private readonly dates: StringTable;
  private readonly urls: StringTable;
  private readonly figureStore: FigureStore;

  constructor(data: CatalogueData) {
    const n = (this.size = data.reports);
    this.ids = new StringTable(data.ids, n, data.idOrder);
    this.titles = new StringTable(data.titles, n);
    this.derived = new Set(unpackSequence(data.titleDerived, new Int32Array(data.titleDerivedCount)));
    this.publishers = new StringTable(data.publishers, n);
    this.dates = new StringTable(data.dates, n);
    this.urls = new StringTable(data.urls, n);
    this.figureStore = new FigureStore(data.figures, n);
  }

  /** Report `r`'s summary. */
  summary(r: number): ReportSummary {
    return {
      id: this.ids.get(r), title: this.titles.get(r), titleDerived: this.derived.has(r),
      publisher: this.publishers.get(r), date: this.dates.get(r), url: this.urls.get(r),
    };
  }

  /** Report `r`'s id, publisher or date alone (corpus summaries read these for every report). */
  id(r: number): string {
    return this.ids.get(r);
  }
  publisher(r: number): string {
    return this.publishers.get(r);
  }
  date(r: number): string {
    return this.dates.get(r);
  }

  /** Report `r`'s figures, as extracted at build time. */
  figures(r: number): Figure[] {
    return this.figureStore.of(r);
  }

  /** The index of the report with this id, or undefined. */
  indexOf(id: string): number | undefined {
    return this.ids.find(id);
  }
}
