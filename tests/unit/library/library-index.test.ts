/**
 * The reader's library as a corpus segment (src/corpus/library-index.ts): a kept article is matched
 * and compared like a bundled report, entries go in and out without a rebuild, and the snapshot
 * kept between service-worker wake-ups matches exactly as the live index does.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze-article';
import { libraryEntryOf, reportOfEntry, type LibraryEntry } from '../../../src/analysis/library-entry';
import { isLibraryReport, libraryIndex, libraryIndexFromSnapshot, libraryReportId } from '../../../src/corpus/library-index';
import { matchReports, searchCorpora } from '../../../src/corpus/match-reports';
import { detectTopic } from '../../../src/topic/detect-topic';
import { extractFigures } from '../../../src/figures/extract-figures';
import type { Article } from '../../../src/types';
import { seedCorpus } from '../corpus/fixtures';
import { entry, realEntry } from './entries';
import { nextDay } from './next-day';

function pageOf(a: Article) {
  const topic = detectTopic(a);
  return { article: a, topic, figures: extractFigures(a.text) };
}

describe('library segment', () => {
  it('a kept article is related to a later report of the same story, and its differing toll is compared, naming it', () => {
    const kept = realEntry();
    const lib = libraryIndex([kept], seedCorpus());
    const related = matchReports(pageOf(nextDay()), [seedCorpus(), lib]);
    const mine = related.find((r) => isLibraryReport(r.id));
    expect(mine).toMatchObject({ id: libraryReportId(kept.url), url: kept.url, sameStory: true, keptAt: kept.keptAt });
    const analysis = analyzeArticle(nextDay(), [seedCorpus(), lib], 0, undefined, (id) => (id === mine?.id ? reportOfEntry(kept) : null));
    const toll = analysis.alignments.find((a) => a.page.value === 25_700);
    expect(toll?.kind).toBe('update');
    expect(toll?.others[0]).toMatchObject({ report: mine?.id, value: 25_490, title: kept.title, keptAt: kept.keptAt });
    expect(toll?.others[0]?.sentence).toContain('25,490');
  });

  it('a removed entry is gone from matching, search and the index at once', () => {
    const kept = realEntry();
    const lib = libraryIndex([kept], seedCorpus());
    expect(searchCorpora('Kissufim', [lib]).map((h) => h.url)).toEqual([kept.url]);
    expect(lib.remove(kept.url)).toBe(true);
    expect(lib.remove(kept.url)).toBe(false);
    expect(lib.has(kept.url)).toBe(false);
    expect(lib.entries).toBe(0);
    expect(matchReports(pageOf(nextDay()), [lib])).toEqual([]);
    expect(searchCorpora('Kissufim', [lib])).toEqual([]);
    const id = lib.idOf('n:kissufim');
    expect(id === undefined ? 0 : lib.postings.length(id)).toBe(0);
  });

  it('adding an entry takes effect for the next page without rebuilding', () => {
    const lib = libraryIndex([], seedCorpus());
    expect(matchReports(pageOf(nextDay()), [lib])).toEqual([]);
    const kept = realEntry();
    lib.add(kept);
    expect(matchReports(pageOf(nextDay()), [lib]).map((r) => r.url)).toEqual([kept.url]);
    // Keeping the same article again replaces it.
    lib.add({ ...kept, keptAt: kept.keptAt + 1 });
    expect(lib.entries).toBe(1);
    expect(matchReports(pageOf(nextDay()), [lib])[0]?.keptAt).toBe(kept.keptAt + 1);
  });

  it('a page is never related to its own library entry', () => {
    const kept = realEntry();
    const lib = libraryIndex([kept], seedCorpus());
    expect(matchReports(pageOf(nextDay(kept.url)), [lib])).toEqual([]);
    expect(matchReports(pageOf(nextDay()), [lib])).toHaveLength(1);
  });

  it('the snapshot matches as the live index does, without the removed entries', () => {
    const kept = realEntry();
    const other = libraryEntryOf(pageOf(nextDay('https://ledger.example/other')) as never, Date.UTC(2024, 0, 25)) as LibraryEntry;
    const lib = libraryIndex([kept, other, entry('https://courier.example/old', 5)], seedCorpus());
    lib.remove('https://courier.example/old');
    const back = libraryIndexFromSnapshot(structuredClone(lib.snapshot(7)), seedCorpus());
    expect(back.entries).toBe(2);
    expect(back.has('https://courier.example/old')).toBe(false);
    const probe = pageOf(nextDay('https://third.example/x'));
    // Weights are exact on restore and may have drifted by the corpus size in the live index (a
    // feature is reweighed when an entry touching it comes or goes): the same reports, the same
    // verdicts, scores within a hundredth.
    const rank = (related: ReturnType<typeof matchReports>) => related.map((r) => ({ id: r.id, sameStory: r.sameStory, score: Math.round(r.score * 100) }));
    expect(rank(matchReports(probe, [seedCorpus(), back]))).toEqual(rank(matchReports(probe, [seedCorpus(), lib])));
    expect(searchCorpora('ceasefire Cairo', [back])).toEqual(searchCorpora('ceasefire Cairo', [lib]));
    expect(back.features).toBeLessThanOrEqual(lib.features);
    expect(back.snapshot(7)).toEqual(lib.snapshot(7));
  });

  it('adding many at once gives the index adding them one by one gives', () => {
    const entries = [realEntry(), entry('https://courier.example/a', 1), entry('https://courier.example/b', 2), { ...realEntry(), keptAt: 9 }];
    const one = libraryIndex([], seedCorpus());
    for (const e of entries) one.add(e);
    const many = libraryIndex([], seedCorpus());
    many.addMany(entries);
    expect(many.entries).toBe(3);
    expect(many.snapshot(1)).toEqual(one.snapshot(1));
    expect(Array.from(many.weight.subarray(0, many.features))).toEqual(Array.from(one.weight.subarray(0, one.features)));
  });

  it('a snapshot of an unknown format gives an empty segment', () => {
    const snap = { ...libraryIndex([realEntry()], null).snapshot(1), format: 'crosscheck-library-index/99' } as never;
    expect(libraryIndexFromSnapshot(snap, null).entries).toBe(0);
  });

  it('bundled reports and library articles are ranked together: same story first', () => {
    const lib = libraryIndex([realEntry()], seedCorpus());
    const related = matchReports(pageOf(nextDay()), [seedCorpus(), lib], 10);
    const firstWar = related.findIndex((r) => !r.sameStory);
    expect(related.slice(firstWar < 0 ? related.length : firstWar).every((r) => !r.sameStory)).toBe(true);
    expect(related.some((r) => isLibraryReport(r.id) && r.sameStory)).toBe(true);
  });
});
