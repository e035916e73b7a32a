import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReports, type BuildOptions, type ReportsFile, type SeedFile } from '../../src/build/corpus/build-reports';
import type { Report } from '../../src/types';

/** A corpus folder as read: its files, its metadata, and what was wrong with reports.json if anything. */
export interface SeedDir {
  files: SeedFile[];
  meta: ReportsFile;
  hasMeta: boolean;
  /** Why reports.json could not be used (not JSON, not `{ "reports": { ... } }`), or null. */
  metaError: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a corpus folder in the seeds/ format: *.txt reports and an optional reports.json. */
export function readSeedDir(dir: string): SeedDir {
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt'));
  const files = names.map((name) => ({ name, raw: readFileSync(join(dir, name), 'utf8') }));
  const path = join(dir, 'reports.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return { files, meta: { reports: {} }, hasMeta: false, metaError: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { files, meta: { reports: {} }, hasMeta: false, metaError: `${path}: not valid JSON (${(err as Error).message})` };
  }
  if (!isRecord(parsed) || !isRecord(parsed.reports) || !Object.values(parsed.reports).every(isRecord)) {
    return { files, meta: { reports: {} }, hasMeta: false, metaError: `${path}: not of the form { "reports": { "<id>": { "publisher", "date", "url" } } }` };
  }
  return { files, meta: parsed as unknown as ReportsFile, hasMeta: true, metaError: null };
}

/**
 * Reads and joins a corpus folder into reports. Strict (throws on incomplete or malformed
 * metadata) when the folder has a reports.json, as seeds/ does; lenient when it has none (dates
 * from the " date" lines, publisher "unknown"), or when `options.lenient` says so: then a
 * malformed reports.json is reported through `options.error` and the folder read without it.
 */
export function loadReportsFromDir(dir: string, options: BuildOptions & { error?: (message: string) => void } = {}): Report[] {
  const { files, meta, hasMeta, metaError } = readSeedDir(dir);
  const lenient = options.lenient ?? (!hasMeta && metaError === null);
  if (metaError) {
    if (!lenient) throw new Error(metaError);
    (options.error ?? options.warn)?.(`${metaError}; reading the folder without it`);
  }
  return buildReports(files, meta, { lenient, ...(options.warn ? { warn: options.warn } : {}) });
}
