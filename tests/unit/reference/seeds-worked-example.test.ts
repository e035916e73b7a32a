/**
 * The seed reports as a worked example of the official check (README "Official counts"): the two
 * January reports' differing tolls are consecutive bulletins, and the soldiers' count differs from
 * OCHA's record of the same days. Runs the real bundled series over the real seeds.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';
import { compileReferenceFromDir } from '../../../src/build/reference/compile-reference';
import { extractFigures } from '../../../src/figures/extract-figures';
import { checkFigures } from '../../../src/reference/check';
import { loadReference } from '../../../src/reference/format';

const reports = loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds'));
const set = loadReference(compileReferenceFromDir());
const checked = (id: string) => {
  const r = reports.find((x) => x.id.startsWith(id))!;
  return checkFigures(extractFigures(r.text), { date: r.date }, set).figures;
};
const ref = (id: string, value: number, measure: string) => checked(id).find((f) => f.value === value && f.measure === measure)?.reference;

describe('the seeds, checked against the bulletins', () => {
  it('finds 25,490 and 25,700 to be two consecutive bulletins, not a conflict', () => {
    expect(ref('000', 25_490, 'killed.palestinians.cumulative')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-23', days: 1, onDate: { date: '2024-01-24', value: 25_700 } });
    expect(ref('001', 25_700, 'killed.palestinians.cumulative')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-24', days: 0 });
  });

  it('finds 195 and 210 to be those two bulletins\' 24-hour counts', () => {
    expect(ref('000', 195, 'killed.palestinians.24h')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-23' });
    expect(ref('001', 210, 'killed.palestinians.24h')).toMatchObject({ verdict: 'matches', bulletin: '2024-01-24' });
  });

  it('finds the soldiers\' 220 "since late October" to differ from the record\'s 217 of the same days', () => {
    expect(ref('000', 220, 'killed.soldiers.cumulative')).toMatchObject({ series: 'idf-soldiers-killed', verdict: 'unmatched', onDate: { value: 217 } });
  });
});
