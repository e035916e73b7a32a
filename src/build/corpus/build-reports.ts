import { deriveTitle, parseSeed } from '../../article/seed-format';
import type { Report } from '../../types';

/** One seed file as read from disk (or from a test). */
export interface SeedFile {
  /** File name, e.g. "000_9652a0e73c984a98.txt". */
  name: string;
  raw: string;
}

/** A report's metadata entry in seeds/reports.json. */
export interface ReportMeta {
  publisher: string;
  date: string;
  url: string;
  title?: string;
}

/** The shape of seeds/reports.json. */
export interface ReportsFile {
  reports: Record<string, ReportMeta>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A report's id: its file name without `.txt`. */
export function reportId(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.txt$/i, '');
}

/** Options of {@link buildReports}. */
export interface BuildOptions {
  /**
   * Accept a folder without metadata (a corpus for `npm run analyze -- --corpus DIR`): a report
   * without an entry takes its date from its " date YYYY-MM-DD" line ("" when it has none),
   * publisher "unknown" and url "". Off for seeds/: a corpus that ships must be whole.
   */
  lenient?: boolean;
}

/** Publisher of a report read leniently without metadata. */
export const UNKNOWN_PUBLISHER = 'unknown';

/**
 * Joins seed files with their metadata. Throws, naming the file, when a report has no metadata,
 * incomplete metadata, or no text: a corpus that ships must be whole. With `lenient`, missing
 * metadata is derived instead (see {@link BuildOptions}); files without text still throw.
 */
export function buildReports(files: readonly SeedFile[], meta: ReportsFile, options: BuildOptions = {}): Report[] {
  const seen = new Set<string>();
  const reports = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) // code-point order: the same on every machine
    .map((file): Report => {
      const id = reportId(file.name);
      if (seen.has(id)) throw new Error(`duplicate report id ${id}`);
      seen.add(id);
      const parsed = parseSeed(file.raw);
      if (parsed.paragraphs.length === 0) throw new Error(`seeds/${file.name}: no text`);
      const m = meta.reports[id] ?? (options.lenient ? { publisher: UNKNOWN_PUBLISHER, date: parsed.date ?? '', url: '' } : undefined);
      if (!m) throw new Error(`seeds/${file.name}: no metadata entry "${id}" in reports.json`);
      if (!options.lenient) {
        for (const key of ['publisher', 'date', 'url'] as const) {
          if (typeof m[key] !== 'string' || m[key].trim() === '') throw new Error(`reports.json: "${id}" lacks ${key}`);
        }
      }
      if (m.date !== '' && !ISO_DATE.test(m.date)) throw new Error(`reports.json: "${id}" date ${m.date} is not YYYY-MM-DD`);
      if (parsed.date && parsed.date !== m.date) throw new Error(`seeds/${file.name}: date line ${parsed.date} differs from metadata ${m.date}`);
      const title = m.title ?? parsed.title;
      return {
        id,
        title: title ?? deriveTitle(parsed.paragraphs),
        titleDerived: !title,
        publisher: m.publisher,
        date: m.date,
        url: m.url,
        text: parsed.paragraphs.join('\n\n'),
      };
    });
  const orphans = Object.keys(meta.reports).filter((id) => !seen.has(id));
  if (orphans.length > 0) throw new Error(`reports.json: metadata without a .txt file: ${orphans.join(', ')}`);
  return reports;
}
