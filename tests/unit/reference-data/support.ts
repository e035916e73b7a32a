/** Test helpers: the repository's reference data, and throwaway copies of it in temp directories. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The vendored reference data. */
export const REF = join(ROOT, 'data', 'reference');
/** The shared originals the vendored copies were taken from, when the checkout has them beside it. */
export const SHARED = join(ROOT, '..', 'shared', 'reference-data');

/** Gaza rows as vendored (a fresh copy each call: tests may change them). */
export type GazaRow = Record<string, number | string> & { report_date: string };
export const gazaRows = (): GazaRow[] => JSON.parse(readFileSync(join(REF, 'techforpalestine', 'casualties_daily.json'), 'utf8')) as GazaRow[];

/** A temp directory holding a copy of data/reference/ (as `ref/`) and room for downloads; removed by `done()`. */
export function scratch(): { dir: string; ref: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ref-'));
  const ref = join(dir, 'ref');
  cpSync(REF, ref, { recursive: true });
  return { dir, ref, done: () => rmSync(dir, { recursive: true, force: true }) };
}
