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
   * Accept a folder whose metadata is missing or incomplete (a corpus for
   * `npm run analyze -- --corpus DIR`): a report without a usable entry takes its date from its
   * " date YYYY-MM-DD" line ("" when it has none), publisher "unknown" and url "", and a file
   * without text is left out. Off for seeds/: a corpus that ships must be whole.
   */
  lenient?: boolean;
  /** In lenient mode, told one line per thing that was filled in or left out (the CLI prints them on standard error). */
  warn?: (message: string) => void;
}

/** Publisher of a report read leniently without metadata. */
export const UNKNOWN_PUBLISHER = 'unknown';

const usable = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * Joins seed files with their metadata. Throws, naming the file, when a report has no metadata,
 * incomplete metadata, or no text: a corpus that ships must be whole. With `lenient`, what is
 * missing is derived instead and each gap reported through `warn` (see {@link BuildOptions}).
 */
export function buildReports(files: readonly SeedFile[], meta: ReportsFile, options: BuildOptions = {}): Report[] {
  const lenient = options.lenient ?? false;
  const warn = options.warn ?? (() => undefined);
  const seen = new Set<string>();
  const reports: Report[] = [];
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); // code-point order: the same on every machine
  for (const file of sorted) {
    const id = reportId(file.name);
    if (seen.has(id)) throw new Error(`duplicate report id ${id}`);
    seen.add(id);
    const parsed = parseSeed(file.raw);
    if (parsed.paragraphs.length === 0) {
      if (!lenient) throw new Error(`seeds/${file.name}: no text`);
      warn(`${file.name}: no text; left out`);
      continue;
    }
    const entry: Partial<ReportMeta> | undefined = meta.reports[id];
    if (!entry && !lenient) throw new Error(`seeds/${file.name}: no metadata entry "${id}" in reports.json`);
    if (!lenient) {
      for (const key of ['publisher', 'date', 'url'] as const) {
        if (!usable(entry?.[key])) throw new Error(`reports.json: "${id}" lacks ${key}`);
      }
    }
    const m = { ...entry };
    const filled: string[] = [];
    if (!usable(m.publisher)) { m.publisher = UNKNOWN_PUBLISHER; filled.push('publisher'); }
    if (typeof m.url !== 'string') { m.url = ''; filled.push('url'); }
    if (typeof m.date !== 'string' || (m.date !== '' && !ISO_DATE.test(m.date))) {
      if (!lenient) throw new Error(`reports.json: "${id}" date ${m.date} is not YYYY-MM-DD`);
      m.date = parsed.date ?? '';
      filled.push('date');
    }
    if (parsed.date && parsed.date !== m.date) {
      if (!lenient) throw new Error(`seeds/${file.name}: date line ${parsed.date} differs from metadata ${m.date}`);
      if (!filled.includes('date')) warn(`${file.name}: date line ${parsed.date} differs from reports.json's ${m.date}; using reports.json`);
    }
    if (lenient && filled.length > 0 && (entry || Object.keys(meta.reports).length > 0)) {
      warn(entry
        ? `${file.name}: reports.json entry lacks ${filled.join(', ')}; using ${filled.map((k) => (k === 'date' ? `date ${m.date || 'unknown'}` : k === 'publisher' ? `publisher "${UNKNOWN_PUBLISHER}"` : 'no url')).join(', ')}`
        : `${file.name}: no entry in reports.json; publisher "${UNKNOWN_PUBLISHER}", date ${m.date || 'unknown'}`);
    }
    const title = usable(m.title) ? m.title : parsed.title;
    reports.push({
      id,
      title: title ?? deriveTitle(parsed.paragraphs),
      titleDerived: !title,
      publisher: m.publisher,
      date: m.date,
      url: m.url,
      text: parsed.paragraphs.join('\n\n'),
    });
  }
  const orphans = Object.keys(meta.reports).filter((id) => !seen.has(id));
  if (orphans.length > 0) {
    if (!lenient) throw new Error(`reports.json: metadata without a .txt file: ${orphans.join(', ')}`);
    warn(`reports.json: entries without a .txt file, ignored: ${orphans.join(', ')}`);
  }
  return reports;
}
