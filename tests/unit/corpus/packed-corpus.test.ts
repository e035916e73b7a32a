import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuzzyBlockOf } from '../../../src/corpus/format';
import { compileReports, packCorpus } from '../../../src/build/corpus/corpus-index';
import { loadCorpus } from '../../../src/corpus/match-reports';
import { PackedListStore, packListStore, packSequence, unpackSequence } from '../../../src/corpus/packed-ids';
import { FigureStore, packFigures } from '../../../src/corpus/packed-figures';
import { packSortedOrder, packStrings, StringTable } from '../../../src/corpus/packed-strings';
import { packTexts, ReportTexts } from '../../../src/corpus/report-texts';
import type { Figure } from '../../../src/types';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';

describe('the packed corpus', () => {
  const compiled = compileReports(loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds')));
  const corpus = loadCorpus(JSON.parse(JSON.stringify(packCorpus(compiled))));

  it('gives back every report in full: summary, text and figures', () => {
    expect(corpus.size).toBe(compiled.length);
    for (const [r, c] of compiled.entries()) {
      const { terms: _terms, ...expected } = c;
      expect(corpus.report(r)).toEqual(expected);
      expect(corpus.getReport(c.id)).toEqual(expected);
      expect(corpus.catalogue.indexOf(c.id)).toBe(r);
    }
    expect(corpus.getReport('no such report')).toBeNull();
  });

  it('rebuilds the fuse.js index that Fuse.createIndex made at build time', () => {
    for (const name of ['khan younis', 'netzarim', 'hagari']) {
      const block = corpus.fuzzyBlock(fuzzyBlockOf(name));
      expect(block).not.toBeNull();
      if (!block) continue;
      const names = Array.from(block.ids, (id) => corpus.keyOf(id).slice(2));
      expect(block.fuse.getIndex().toJSON()).toEqual(Fuse.createIndex([], names).toJSON());
    }
  });

  it('finds every feature key by binary search, and nothing else', () => {
    for (let id = 0; id < corpus.features; id++) expect(corpus.idOf(corpus.keyOf(id))).toBe(id);
    expect(corpus.idOf('n:no such name')).toBeUndefined();
    expect(corpus.idOf('')).toBeUndefined();
  });
});

describe('packed codecs', () => {
  it('sequences and list stores round-trip', () => {
    const seq = [0, 1, 31, 32, 1023, 1024, 2 ** 31 - 1, 2 ** 32 - 1];
    expect([...unpackSequence(packSequence(seq), new Uint32Array(seq.length))]).toEqual(seq);
    const lists = [[], [5, 3, 1_000_000], [7, 7, 0]];
    const sorted = new PackedListStore(packListStore(lists), lists.length);
    const kept = new PackedListStore(packListStore(lists, false), lists.length, false);
    lists.forEach((l, i) => {
      expect([...sorted.list(i)]).toEqual([...l].sort((a, b) => a - b));
      expect([...kept.list(i)]).toEqual(l);
      expect(sorted.length(i)).toBe(l.length);
    });
    expect([...sorted.list(99)]).toEqual([]);
  });

  it('string tables read and find strings, whatever their characters', () => {
    const list = ['n:khan younis', '', 'w:ceasefir', 'é', '“quoted”', '😀 emoji', 'a'];
    const table = new StringTable(packStrings(list), list.length, packSortedOrder(list));
    list.forEach((s, i) => {
      expect(table.get(i)).toBe(s);
      expect(table.find(s)).toBe(i);
    });
    expect(table.find('b')).toBeUndefined();
  });

  it('texts round-trip through UTF-8, ASCII or not', () => {
    const texts = ['plain ascii', '', 'Salah al-Dīn — “road”', 'emoji 😀 and \u2028 line separator'];
    const store = new ReportTexts(JSON.parse(JSON.stringify(packTexts(texts))), texts.length);
    texts.forEach((t, i) => expect(store.text(i)).toBe(t));
    expect(store.text(-1)).toBe('');
  });

  it('figures round-trip, ranges, nulls and fractions included', () => {
    const f: Figure = { value: 37.5, text: '37.5%', qualifier: null, measure: 'share', label: 'Share', source: null, scope: 'since 7 October', start: 10, end: 15, sentenceStart: 0, sentenceEnd: 40 };
    const g: Figure = { ...f, value: 20, valueMax: 30, text: 'between 20 and 30', qualifier: 'about', measure: null, label: null, start: 3, end: 2, sentenceStart: 5, sentenceEnd: 1 };
    const lists = [[f, g], [], [g]];
    const store = new FigureStore(JSON.parse(JSON.stringify(packFigures(lists))), lists.length);
    lists.forEach((l, r) => expect(store.of(r)).toEqual(l));
  });
});
