import { describe, expect, it } from 'vitest';
import { problemsWhen } from '../data/corrupt';

const F = 'data/reference/series.json';

describe('data/reference/series.json', () => {
  it('rejects a measure missing from measures.json and a counter missing from sources.json', () => {
    expect(problemsWhen(F, (d) => { d.series[0].measure = 'killed.martians'; d.series[1].counters.push('reuters'); })).toEqual([
      `${F}: series "gaza-moh-killed": field "measure": unknown measure (src/figures/measures.json) "killed.martians"`,
      `${F}: series "gaza-moh-injured": field "counters": unknown counter (src/figures/sources.json) "reuters"`,
    ]);
  });

  it('rejects a series that reads an ext_ field (carried or interpolated, never published)', () => {
    expect(problemsWhen(F, (d) => { d.series[0].field = 'ext_killed_cum'; })).toEqual([
      `${F}: series "gaza-moh-killed": field "field": ext_ fields are carried or interpolated, never published values`,
    ]);
  });

  it('rejects a duplicate series id, an unknown dataset and a correction of no series', () => {
    expect(problemsWhen(F, (d) => {
      d.series[1].id = 'gaza-moh-killed';
      d.series[2].dataset = 'tfp-mars';
      d.corrections[0].series = 'gaza-nothing';
    })).toEqual([
      `${F}: series "gaza-moh-killed": field "id": duplicate series id`,
      `${F}: series "gaza-moh-killed-period": field "dataset": unknown dataset "tfp-mars"`,
      `${F}: correction "gaza-nothing" 2025-07-22: field "series": unknown series "gaza-nothing"`,
    ]);
  });

  it('rejects a correction that does not lower the value, and an adjustment on a cumulative series', () => {
    expect(problemsWhen(F, (d) => { d.corrections[0].to = 2000; d.series[0].minus = ['killed_recovered']; })).toEqual([
      `${F}: series "gaza-moh-killed": field "minus": only a period series adjusts its values`,
      expect.stringMatching(/: field "to": a correction lowers a value/),
    ]);
  });
});
