import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReports, type BuildOptions, type ReportsFile, type SeedFile } from '../../src/build/corpus/build-reports';
import type { Report } from '../../src/types';

/** Reads a corpus folder in the seeds/ format: *.txt reports and an optional reports.json. */
export function readSeedDir(dir: string): { files: SeedFile[]; meta: ReportsFile; hasMeta: boolean } {
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt'));
  const files = names.map((name) => ({ name, raw: readFileSync(join(dir, name), 'utf8') }));
  let meta: ReportsFile = { reports: {} };
  let hasMeta = true;
  try {
    meta = JSON.parse(readFileSync(join(dir, 'reports.json'), 'utf8')) as ReportsFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    hasMeta = false;
  }
  return { files, meta, hasMeta };
}

/**
 * Reads and joins a corpus folder into reports. Strict (throws on incomplete metadata) when the
 * folder has a reports.json, as seeds/ does; lenient when it has none (dates from the " date"
 * lines, publisher "unknown"), unless `options.lenient` says otherwise.
 */
export function loadReportsFromDir(dir: string, options: BuildOptions = {}): Report[] {
  const { files, meta, hasMeta } = readSeedDir(dir);
  return buildReports(files, meta, { lenient: options.lenient ?? !hasMeta });
}
