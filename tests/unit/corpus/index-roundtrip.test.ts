import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../../../src/build/corpus/corpus-index';
import type { CompiledCorpus } from '../../../src/corpus/format';
import { loadCorpus, matchReports, searchCorpus } from '../../../src/corpus/match-reports';
import { packLists, unpackLists } from '../../../src/corpus/packed-ids';
import { loadReportsFromDir } from '../../../scripts/lib/read-seeds';
import { aprilUndated, augustKhanYounis, januaryAssault, januaryTollUndated } from './fixtures';

describe('the serialized index', () => {
  const compiled = compileCorpus(loadReportsFromDir(resolve(import.meta.dirname, '../../../seeds')));
  const reloaded = JSON.parse(JSON.stringify(compiled)) as CompiledCorpus;

  it('gives the same results after compile -> JSON -> load', () => {
    const a = loadCorpus(compiled);
    const b = loadCorpus(reloaded);
    for (const p of [januaryAssault, januaryTollUndated, aprilUndated, augustKhanYounis]) expect(matchReports(p, b)).toEqual(matchReports(p, a));
    for (const q of ['khan yunis truce', 'netzarim', 'Binyamin']) expect(searchCorpus(q, b)).toEqual(searchCorpus(q, a));
  });

  it('holds fuse.js indexes, not report texts: the index and catalogue carry no text', () => {
    expect(compiled.index.fuzzy.count).toBeGreaterThan(0);
    expect(JSON.stringify(compiled.index)).not.toContain('shuttle diplomacy');
    expect(JSON.stringify(compiled.catalogue)).not.toContain('shuttle diplomacy');
  });

  it('packs and unpacks feature lists exactly', () => {
    const lists = [[], [0], [5, 3, 1_000_000], [31, 32, 33, 1023, 1024, 1025]];
    const { ids, offsets } = unpackLists(packLists(lists), lists.length);
    const back = lists.map((_, i) => [...ids.slice(offsets[i], offsets[i + 1])]);
    expect(back).toEqual(lists.map((l) => [...l].sort((x, y) => x - y)));
    expect(() => unpackLists('!!', 1)).toThrow();
  });
});
