import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReports, type ReportsFile, type SeedFile } from '../../src/corpus/build-reports';
import type { Report } from '../../src/types';

/** Reads a corpus folder in the seeds/ format: *.txt reports and an optional reports.json. */
export function readSeedDir(dir: string): { files: SeedFile[]; meta: ReportsFile } {
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt'));
  const files = names.map((name) => ({ name, raw: readFileSync(join(dir, name), 'utf8') }));
  let meta: ReportsFile = { reports: {} };
  try {
    meta = JSON.parse(readFileSync(join(dir, 'reports.json'), 'utf8')) as ReportsFile;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return { files, meta };
}

/** Reads and joins a corpus folder into reports (throws on incomplete metadata). */
export function loadReportsFromDir(dir: string): Report[] {
  const { files, meta } = readSeedDir(dir);
  return buildReports(files, meta);
}
