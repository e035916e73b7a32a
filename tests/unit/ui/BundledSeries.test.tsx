import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import info from 'virtual:crosscheck-reference-info';
import type { SeriesInfo } from '../../../src/reference/series-info';
import { BundledSeries } from '../../../src/ui/options/BundledSeries';
import { OfficialCounts } from '../../../src/ui/options/OfficialCounts';
import { byTestId, mount, setupDom, unmount, type Dom } from './dom';

const SOLDIERS: SeriesInfo = {
  id: 'idf-soldiers-killed',
  measure: 'killed.soldiers.cumulative',
  label: 'Israeli soldiers killed in Gaza since the ground operation began',
  kind: 'cumulative',
  publisher: 'Israeli military (via OCHA)',
  dataset: '360info, report-gaza-1year (israel-killed.csv), from OCHA flash updates',
  licence: 'CC BY 4.0',
  credit: '360info',
  coverage: ['2023-10-10', '2024-09-27'],
  published: 190,
  publishedSpan: ['2023-10-10', '2024-09-27'],
};

let dom: Dom;
beforeEach(() => {
  dom = setupDom();
});
afterEach(() => unmount(dom));

describe('BundledSeries (options page)', () => {
  it('names each series, its publisher, dataset, licence and credit, coverage and number of published values', async () => {
    await mount(<BundledSeries series={[SOLDIERS]} />, dom);
    const section = byTestId(dom.root, 'opt-reference')!;
    expect(section.querySelector('h2')?.textContent).toBe('Official counts');
    const item = section.querySelector('li[data-series="idf-soldiers-killed"]')!;
    const text = item.textContent ?? '';
    expect(item.querySelector('h3')?.textContent).toBe('Israeli soldiers killed in Gaza since the ground operation began');
    for (const part of ['Israeli military (via OCHA)', '190 values published', 'israel-killed.csv', '10 Oct 2023', '27 Sep 2024', 'Licence: CC BY 4.0', 'credit: 360info']) {
      expect(text, part).toContain(part);
    }
    expect(Array.from(item.querySelectorAll('time')).map((t) => t.getAttribute('datetime'))).toContain('2024-09-27');
  });

  it('says no credit where the licence asks for none', async () => {
    await mount(<BundledSeries series={[{ ...SOLDIERS, credit: null, licence: 'public domain', published: 1 }]} />, dom);
    const text = byTestId(dom.root, 'opt-reference')?.textContent ?? '';
    expect(text).toContain('Licence: public domain.');
    expect(text).not.toContain('credit');
    expect(text).toContain('1 value published');
  });

  it('lists the bundled series, as compiled from data/reference/', async () => {
    await mount(<OfficialCounts />, dom);
    const section = byTestId(dom.root, 'opt-reference')!;
    expect(section.getAttribute('data-count')).toBe(String(info.length));
    expect(Array.from(section.querySelectorAll('li')).map((li) => li.getAttribute('data-series'))).toContain('gaza-moh-killed');
    const moh = section.querySelector('li[data-series="gaza-moh-killed"]')?.textContent ?? '';
    expect(moh).toContain('Palestinians killed in Gaza since 7 October');
    expect(moh).toContain('Gaza health ministry');
    expect(moh).toContain('1,033 values published');
    expect(moh).toContain('22 Aug 2026');
  });
});
