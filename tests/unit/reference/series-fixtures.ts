/**
 * Short stretches of the real bundled series, copied from the datasets (data/reference/): enough
 * for the check's tests to run on published values without the whole bundle.
 */
import { deltaEncode, loadReference, type CompiledSeries, type ReferenceSet, type SeriesKind } from '../../../src/reference/format';

export const TOLL = 'gaza-moh-killed';
export const PERIOD = 'gaza-moh-killed-period';
export const CHILDREN = 'gaza-children-killed';
export const SOLDIERS = 'idf-soldiers-killed';
export const WEST_BANK = 'westbank-ocha-killed';

const GAZA = { counters: ['gaza-authorities', 'hamas'], dataset: 'Tech for Palestine, casualties_daily.json', licence: 'public domain', credit: null, coverage: ['2023-10-07', '2026-08-22'] as [string, string] };
const day = (d: string): number => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

function series(id: string, measure: string, kind: SeriesKind, publisher: string, rows: [string, number, number?][], meta: Partial<CompiledSeries> = {}): CompiledSeries {
  return {
    id, measure, kind, publisher, ...GAZA, ...meta,
    days: deltaEncode(rows.map((r) => day(r[0]))),
    values: deltaEncode(rows.map((r) => r[1])),
    ...(kind === 'period' ? { periods: rows.map((r) => r[2] ?? 24) } : {}),
  };
}

/** killed_cum as published (gmotel in Nov 2023; carried through the truce). */
const TOLL_ROWS: [string, number][] = [
  ['2023-10-07', 232], ['2023-10-08', 370], ['2023-10-09', 560],
  ['2023-11-15', 11_500], ['2023-11-17', 12_000], ['2023-11-18', 12_300], ['2023-11-19', 13_000], ['2023-11-20', 13_300],
  ['2023-11-21', 14_128], ['2023-11-22', 14_532], ['2023-11-23', 14_800], ['2023-11-24', 14_800], ['2023-11-25', 14_800],
  ['2023-11-26', 14_800], ['2023-11-27', 14_800], ['2023-11-28', 14_800], ['2023-11-29', 14_800], ['2023-11-30', 14_800],
  ['2023-12-01', 14_800], ['2023-12-02', 15_207],
  ['2024-01-18', 24_620], ['2024-01-19', 24_762], ['2024-01-20', 24_927], ['2024-01-21', 25_105], ['2024-01-22', 25_295],
  ['2024-01-23', 25_490], ['2024-01-24', 25_700], ['2024-01-25', 25_900], ['2024-01-26', 26_083],
];

/** The day's count net of retroactive additions, with the hours each bulletin covered. */
const PERIOD_ROWS: [string, number, number][] = [
  ['2023-10-09', 190, 24],
  ['2024-01-18', 172, 24], ['2024-01-19', 142, 24], ['2024-01-20', 165, 24], ['2024-01-21', 178, 24], ['2024-01-22', 190, 24],
  ['2024-01-23', 195, 24], ['2024-01-24', 210, 24], ['2024-01-25', 200, 24], ['2024-01-26', 183, 24],
  ['2025-01-09', 70, 24], ['2025-01-11', 32, 48], ['2025-01-12', 28, 24],
];

export function referenceSet(): ReferenceSet {
  return loadReference({
    version: 1,
    series: [
      series(TOLL, 'killed.palestinians.cumulative', 'cumulative', 'Gaza health ministry', TOLL_ROWS),
      series(PERIOD, 'killed.palestinians.24h', 'period', 'Gaza health ministry', PERIOD_ROWS),
      series(CHILDREN, 'killed.children.cumulative', 'release', 'Gaza government media office', [['2023-11-19', 5_500], ['2023-11-20', 5_600], ['2023-11-21', 5_840], ['2023-11-22', 6_000], ['2023-11-23', 6_150], ['2024-01-18', 10_800], ['2024-01-22', 11_000]]),
      series(WEST_BANK, 'killed.westbank.cumulative', 'cumulative', 'UN humanitarian office (OCHA)',
        [['2024-01-19', 358], ['2024-01-21', 358], ['2024-01-22', 358], ['2024-01-23', 360], ['2024-01-24', 360], ['2024-01-25', 361]],
        { counters: ['un'], dataset: 'Tech for Palestine, west_bank_daily.json' }),
      series(SOLDIERS, 'killed.soldiers.cumulative', 'cumulative', 'Israeli military (via OCHA)',
        [['2024-01-21', 193], ['2024-01-22', 196], ['2024-01-23', 217], ['2024-01-24', 217], ['2024-01-25', 217], ['2024-01-26', 218]],
        { counters: ['israel'], dataset: '360info, israel-killed.csv', licence: 'CC BY 4.0', credit: '360info', coverage: ['2023-10-10', '2024-09-27'] }),
    ],
  });
}
