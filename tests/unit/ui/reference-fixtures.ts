/**
 * Official series and checks for the UI tests, with real values: the Gaza health ministry's
 * cumulative toll as published (Tech for Palestine's casualties_daily.json, `killed_cum` on the days
 * a bulletin came out; days marked `missing` there are left out, as the compiled series leaves
 * them), and hand-made checks of the kind src/reference/check.ts gives.
 */
import { deltaEncode, loadReference, loadSeries, type CompiledSeries, type ReferenceCheck, type ReferenceSeries } from '../../../src/reference/format';
import { dayNumber } from '../../../src/base/dates';

/** Published bulletins: [date, cumulative killed]. 16 Nov, 24–26 Nov and 29–30 Nov had none. */
export const MOH_POINTS: ReadonlyArray<readonly [string, number]> = [
  ['2023-10-07', 232],
  ['2023-11-14', 11_320], ['2023-11-15', 11_500], ['2023-11-17', 12_000], ['2023-11-18', 12_300],
  ['2023-11-19', 13_000], ['2023-11-20', 13_300], ['2023-11-21', 14_128], ['2023-11-22', 14_532],
  ['2023-11-23', 14_800], ['2023-11-27', 14_800], ['2023-11-28', 14_800], ['2023-12-01', 14_800],
  ['2023-12-02', 15_207], ['2023-12-03', 15_523], ['2023-12-04', 15_899],
  ['2024-01-18', 24_620], ['2024-01-19', 24_762], ['2024-01-20', 24_927], ['2024-01-21', 25_105],
  ['2024-01-22', 25_295], ['2024-01-23', 25_490], ['2024-01-24', 25_700], ['2024-01-25', 25_900],
  ['2024-01-26', 26_083],
  ['2026-08-22', 73_419],
];

export const TOLL = 'killed.palestinians.cumulative';

export function compiled(over: Partial<CompiledSeries> = {}, points: ReadonlyArray<readonly [string, number]> = MOH_POINTS): CompiledSeries {
  return {
    id: 'gaza-moh-killed',
    measure: TOLL,
    kind: 'cumulative',
    publisher: 'Gaza health ministry',
    counters: ['gaza-moh'],
    dataset: 'Tech for Palestine, casualties_daily.json',
    licence: 'public domain',
    credit: null,
    coverage: ['2023-10-07', '2026-08-22'],
    days: deltaEncode(points.map(([d]) => dayNumber(d))),
    values: deltaEncode(points.map(([, v]) => v)),
    ...over,
  };
}

export const MOH: ReferenceSeries = loadSeries(compiled());

/** Israeli soldiers killed since the ground operation (360info, from OCHA flash updates): CC BY 4.0, credit asked. */
export const SOLDIERS: ReferenceSeries = loadSeries(compiled({
  id: '360info-idf-killed', measure: 'killed.soldiers.ground-operation', publisher: 'Israeli military', counters: ['idf'],
  dataset: '360info, israel-killed.csv', licence: 'CC BY 4.0', credit: 'Data: 360info (CC BY 4.0)', coverage: ['2023-10-10', '2024-09-27'],
}, [['2024-01-19', 195], ['2024-01-22', 217], ['2024-01-23', 217], ['2024-01-25', 220]]));

export const REFERENCE = loadReference({ version: 1, series: [compiled(), compiled({
  id: '360info-idf-killed', measure: 'killed.soldiers.ground-operation', publisher: 'Israeli military', counters: ['idf'],
  dataset: '360info, israel-killed.csv', licence: 'CC BY 4.0', credit: 'Data: 360info (CC BY 4.0)', coverage: ['2023-10-10', '2024-09-27'],
}, [['2024-01-19', 195], ['2024-01-22', 217], ['2024-01-23', 217], ['2024-01-25', 220]])] });

/** A check; the defaults are a toll of 25,490 on a page of 23 Jan 2024, the bulletin of that day. */
export function check(over: Partial<ReferenceCheck> = {}): ReferenceCheck {
  return {
    series: 'gaza-moh-killed',
    verdict: 'matches',
    bulletin: '2024-01-23',
    onDate: { date: '2024-01-23', value: 25_490 },
    days: 0,
    pageDate: '2024-01-23',
    dateInferred: false,
    otherCounter: null,
    ...over,
  };
}

/** A page of 24 Nov 2023 saying 13,000: the bulletin of 19 Nov; by the 24th it was 14,800. */
export const STALE = check({ verdict: 'stale', bulletin: '2023-11-19', onDate: { date: '2023-11-23', value: 14_800 }, days: 5, pageDate: '2023-11-24' });
