/**
 * The reader's library at scale (issue 15, point 6): `npm run bench -- --library-entries 10000`
 * (the default; `none` skips it). Synthetic Gaza-war articles (synthetic.ts `keptArticles`, about
 * 1,800 characters each) are read by the engine into library entries as an imported file is
 * (`matchArticle` then `libraryEntryOf`), and measured, in Node, against the bundled corpus (the
 * seeds):
 *
 *  1. matching p50/p95 of many pages against [bundled, library] and, as the same-process baseline,
 *     the bundled corpus alone; P@1 = the top report tells the page's event;
 *  2. what the background does on wake: open the store, read the snapshot, restore the index, the
 *     first answer; and the rebuild from the entries when the snapshot is stale;
 *  3. readPack of a pack of every entry (src/corpus/pack.ts), and importMany of every entry in one
 *     transaction (the staged import of the options page is timed in Chromium);
 *  4. stored bytes per entry, and the snapshot's size;
 *  5. `analyze-page` answer times with the library off, on but paused, and on (keeping each page):
 *     keeping happens after the answer.
 *
 * IndexedDB here is fake-indexeddb (a JavaScript implementation, slower than a browser's), and the
 * background's handlers run over WXT's fake browser (library-handlers.ts). The same measures in real
 * Chromium are in library-browser.ts. Timings are medians printed, never asserted.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { finishAnalysis, matchArticle, reportFrom, type ComparedReport } from '../../src/analysis/analyze-article';
import { libraryEntryOf, reportOfEntry, type LibraryEntry } from '../../src/analysis/library-entry';
import { compileCorpus } from '../../src/build/corpus/corpus-index';
import { compileReferenceFromDir } from '../../src/build/reference/compile-reference';
import { isLibraryReport, LIBRARY_PREFIX, libraryIndex, libraryIndexFromSnapshot, libraryReportId, type LibraryIndex, type LibraryIndexSnapshot } from '../../src/corpus/library-index';
import { loadCorpus, matchReports, type LoadedCorpus, type PageForMatching } from '../../src/corpus/match-reports';
import { buildPack, readPack } from '../../src/corpus/pack';
import { encodeRecord } from '../../src/platform/library-codec';
import { readEntry } from '../../src/platform/library-schema';
import { openLibrary, type Library } from '../../src/platform/library-store';
import { loadReference } from '../../src/reference/format';
import type { Report } from '../../src/types';
import { librarySectionInBrowser, TARGETS } from './library-browser';
import { libraryHandlersWorld, serviceMeasures } from './library-handlers';
import { ms, quantile, table } from './stats';
import { articleOf, keptArticles, type SyntheticPage } from './synthetic';

/** Wake-ups measured per path (each reads the whole snapshot). */
const WAKES = 5;

/** Options of {@link librarySection}. */
export interface LibrarySectionOptions {
  entries: number;
  pages: number;
  reps: number;
  seeds: readonly Report[];
  seedLines: readonly string[];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;
const mbs = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const secs = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : ms(x));
const verdict = (value: number, target: number, unit: (x: number) => string): string =>
  value <= target ? `met, by ${unit(target - value)}` : `NOT met, by ${unit(value - target)}`;
const progress = (s: string): void => void process.stderr.write(`library: ${s}\n`);
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Bytes a snapshot holds: string characters and typed-array bytes, and its structured-clone size (what IndexedDB writes). */
export function snapshotSize(snap: LibraryIndexSnapshot): { chars: number; arrays: number; cloned: number } {
  let chars = 0;
  let arrays = 0;
  for (const v of Object.values(snap)) {
    if (typeof v === 'string') chars += v.length;
    else if (ArrayBuffer.isView(v)) arrays += v.byteLength;
  }
  return { chars, arrays, cloned: v8.serialize(snap).byteLength };
}

/** The engine's reading of each article into a library entry, as the staged import reads a file. */
export function makeEntries(reports: readonly (Report & { event: number })[], reference: ReturnType<typeof loadReference>): { entries: LibraryEntry[]; eventOf: Map<string, number> } {
  const entries: LibraryEntry[] = [];
  const eventOf = new Map<string, number>();
  const keptFrom = Date.UTC(2025, 0, 1);
  reports.forEach((r, i) => {
    const page = matchArticle(articleOf(r), [], 0, reference);
    const entry = page.topic.gaza ? libraryEntryOf(page, keptFrom + i * 60_000, r.url) : null;
    if (!entry) return;
    entries.push(entry);
    eventOf.set(libraryReportId(entry.url), r.event);
    if ((i + 1) % 2000 === 0) progress(`${i + 1} entries made`);
  });
  return { entries, eventOf };
}

/** Same-story reports to compare with, as the service reads them: bundled ones from their segment, library ones from the store. */
async function sameStoryReports(lib: Library, segments: readonly LoadedCorpus[], ids: readonly string[]): Promise<ComparedReport[]> {
  const out: ComparedReport[] = [];
  for (const id of ids) {
    const r = isLibraryReport(id) ? await lib.get(id.slice(LIBRARY_PREFIX.length)).then((e) => e && reportOfEntry(e)) : reportFrom(segments, id);
    if (r) out.push(r);
  }
  return out;
}

export async function librarySection(o: LibrarySectionOptions): Promise<string> {
  libraryHandlersWorld();
  const compiledBundle = compileCorpus(o.seeds);
  const compiledReference = compileReferenceFromDir();
  const bundled = loadCorpus(compiledBundle);
  const reference = loadReference(compiledReference);
  const { reports, pages } = keptArticles(o.entries, o.pages, o.seedLines, 4242);

  let t = performance.now();
  const { entries, eventOf } = makeEntries(reports, reference);
  const makeMs = performance.now() - t;
  const avg = (f: (e: LibraryEntry) => number): number => entries.reduce((a, e) => a + f(e), 0) / entries.length;
  const shape = `${avg((e) => e.features.length).toFixed(0)} features, ${avg((e) => e.figures.length).toFixed(1)} figures with a measure, ${avg((e) => e.sentences.length).toFixed(1)} sentences, ${kb(avg((e) => JSON.stringify(e).length))} as JSON`;
  progress(`${entries.length} entries made in ${secs(makeMs)}: ${shape}`);

  t = performance.now();
  const idx = libraryIndex(entries, bundled);
  const buildMs = performance.now() - t;

  // 1. Matching.
  const inputs: PageForMatching[] = pages.map((p: SyntheticPage) => {
    const page = matchArticle(articleOf(p), [], 0, reference);
    return { article: page.dated, topic: { ...page.topic, gaza: true }, figures: page.figures };
  });
  const timeMatches = (segments: LoadedCorpus[]): { times: number[]; hits: number } => {
    let hits = 0;
    inputs.forEach((page, i) => {
      const top = matchReports(page, segments, 5)[0];
      if (top && eventOf.get(top.id) === pages[i]?.event) hits++;
    });
    const times: number[] = [];
    for (let rep = 0; rep < o.reps; rep++) {
      for (const page of inputs) {
        const t0 = performance.now();
        matchReports(page, segments, 5);
        times.push(performance.now() - t0);
      }
    }
    return { times, hits };
  };
  const withLib = timeMatches([bundled, idx]);
  const alone = timeMatches([bundled]);
  progress('matching measured');

  // 4b. The snapshot, and restoring it (CPU only).
  t = performance.now();
  const snap = idx.snapshot(0);
  const snapshotMs = performance.now() - t;
  const size = snapshotSize(snap);
  const restoreTimes: number[] = [];
  let restored: LibraryIndex = idx;
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    restored = libraryIndexFromSnapshot(snap, bundled);
    restoreTimes.push(performance.now() - t);
  }
  const restoredHits = inputs.filter((page, i) => eventOf.get(matchReports(page, [bundled, restored], 5)[0]?.id ?? '') === pages[i]?.event).length;

  // 3a. The pack of every entry (src/corpus/pack.ts): built, then read back as the options page reads a picked file.
  t = performance.now();
  const packText = await buildPack(entries, { title: 'Bench library', generator: 'npm run bench' });
  const buildPackMs = performance.now() - t;
  t = performance.now();
  const readBack = await readPack(packText, { validate: readEntry });
  const readPackMs = performance.now() - t;
  if (readBack.reports.length !== entries.length) throw new Error(`the pack read back ${readBack.reports.length} of ${entries.length} reports`);
  const packBytes = Buffer.byteLength(packText);

  // 3b. Import in one transaction (fake-indexeddb), and 4. storage per entry.
  const DB = 'crosscheck-library-bench';
  t = performance.now();
  await Promise.all(entries.map(encodeRecord));
  const compressMs = performance.now() - t;
  let lib = await openLibrary({ name: DB });
  t = performance.now();
  const imported = await lib.importMany(entries);
  const importMs = performance.now() - t;
  const stats = await lib.stats();
  t = performance.now();
  await lib.saveIndex(idx.snapshot(stats.changes), stats.changes);
  const saveMs = performance.now() - t;
  lib.close();
  progress(`imported ${imported} in ${secs(importMs)}`);

  // 2. Wake-up, by phase: open, read the snapshot (and the change count), restore; then the first analysis.
  const wake = { open: [] as number[], read: [] as number[], restore: [] as number[], first: [] as number[] };
  for (let i = 0; i < WAKES; i++) {
    t = performance.now();
    lib = await openLibrary({ name: DB });
    wake.open.push(performance.now() - t);
    t = performance.now();
    const [kept, now] = await Promise.all([lib.loadIndex(), lib.stats()]);
    wake.read.push(performance.now() - t);
    if (kept?.stamp !== now.changes) throw new Error('the saved snapshot is stale');
    t = performance.now();
    const woken = libraryIndexFromSnapshot(kept.snapshot as LibraryIndexSnapshot, bundled);
    wake.restore.push(performance.now() - t);
    const p = pages[i % pages.length] as SyntheticPage;
    t = performance.now();
    const segments = [bundled, woken];
    const page = matchArticle(articleOf(p), segments, 0, reference);
    finishAnalysis(page, await sameStoryReports(lib, segments, page.sameStory));
    wake.first.push(performance.now() - t);
    lib.close();
  }
  // The stale path: every entry read back (decompressed, validated), then the index built.
  lib = await openLibrary({ name: DB });
  t = performance.now();
  const exported = await lib.exportAll();
  const exportMs = performance.now() - t;
  t = performance.now();
  libraryIndex(exported.entries, bundled);
  const rebuildMs = performance.now() - t;
  lib.close();
  progress('wake-ups measured');

  const service = await serviceMeasures({ compiledBundle, compiledReference, pages, db: DB, wakes: WAKES, progress });

  const wakeTotal = median(wake.open) + median(wake.read) + median(wake.restore) + median(wake.first);
  const p50 = median(withLib.times);
  const bytesPerEntry = stats.bytes / stats.count;
  const rows: string[][] = [
    ['match p50 / p95, [bundled, library]', `${ms(p50)} / ${ms(quantile(withLib.times, 0.95))}`, `≤ ${TARGETS.matchMs} ms (p50)`, verdict(p50, TARGETS.matchMs, ms)],
    ['match p50 / p95, bundled alone (baseline)', `${ms(median(alone.times))} / ${ms(quantile(alone.times, 0.95))}`, '', ''],
    ['P@1 with the library / bundled alone', `${withLib.hits}/${pages.length} / ${alone.hits}/${pages.length}`, '', ''],
    ['wake, snapshot current: open + read + restore + first analysis', `${ms(wakeTotal)} (${ms(median(wake.open))} + ${ms(median(wake.read))} + ${ms(median(wake.restore))} + ${ms(median(wake.first))})`, `≤ ${TARGETS.coldStartMs} ms (in a browser)`, `${verdict(wakeTotal, TARGETS.coldStartMs, ms)} in Node`],
    ['wake through the handlers: first analyze-page answer', ms(median(service.wakes)), `≤ ${TARGETS.coldStartMs} ms`, verdict(median(service.wakes), TARGETS.coldStartMs, ms)],
    ['wake, snapshot stale: exportAll + build', `${secs(exportMs + rebuildMs)} (${secs(exportMs)} + ${ms(rebuildMs)})`, '', ''],
    [`readPack of a ${entries.length.toLocaleString('en-US')}-entry pack (${mbs(packBytes)}): size, JSON, hash, every entry`, `${secs(readPackMs)} (buildPack ${secs(buildPackMs)})`, '', ''],
    [`importMany of ${imported.toLocaleString('en-US')}, one transaction`, `${secs(importMs)} (compression alone ${secs(compressMs)})`, `≤ ${TARGETS.importMs / 1000} s`, verdict(importMs, TARGETS.importMs, secs)],
    ['stored per entry (stats().bytes / count)', `${kb(bytesPerEntry)} (${stats.count.toLocaleString('en-US')} entries, ${mbs(stats.bytes)})`, `≤ ${TARGETS.bytesPerEntry / 1024} KB`, verdict(bytesPerEntry, TARGETS.bytesPerEntry, kb)],
    ['snapshot: strings + typed arrays (structured clone)', `${mbs(size.chars)} chars + ${mbs(size.arrays)} (${mbs(size.cloned)})`, '', ''],
    ['analyze-page answer p50: off / on, paused / on, keeping', service.answers.map((a) => ms(median(a))).join(' / '), '', ''],
  ];
  const notes = [
    `Entries: ${entries.length.toLocaleString('en-US')} synthetic Gaza-war articles read by the engine (${secs(makeMs)}, ${ms(makeMs / reports.length)} an article): on average ${shape}.`,
    `Library index built from the entries in ${ms(buildMs)}; snapshot taken in ${ms(snapshotMs)}, restored (CPU only) in ${ms(median(restoreTimes))} median of 3, P@1 on the restored index ${restoredHits}/${pages.length}; saved to the store in ${ms(saveMs)}.`,
    `Matching: ${pages.length} pages × ${o.reps} repetitions, matchReports only (the page's features resolved, candidates, scoring), in one process.`,
    `Wake (Node): median of ${WAKES}. open = openLibrary; read = loadIndex + stats (one structured-clone read of the snapshot); restore = libraryIndexFromSnapshot; first analysis = matchArticle + the same-story entries read from the store + comparison (warm code here; a woken worker runs it cold). The handlers' wake is a new backgroundHandlers over the same database (settings read, bundled corpus and official series loaded, library opened, snapshot read and restored) to its first analyze-page answer. fake-indexeddb is a JavaScript IndexedDB, much slower than a browser's: the Chromium figures below are the real measure.`,
    `Keeping off the critical path: ${service.keptNote}`,
  ];
  const { DEFAULT_SETTINGS } = await import('../../src/platform/settings');
  const packDir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-pack-'));
  const packFile = join(packDir, 'library.json');
  writeFileSync(packFile, packText);
  const browser = await librarySectionInBrowser({ entries, packFile, settings: DEFAULT_SETTINGS }).finally(() => rmSync(packDir, { recursive: true, force: true }));
  return [
    `Node ${process.version}; ${entries.length.toLocaleString('en-US')} library entries plus the bundled corpus (${bundled.size} seed reports); IndexedDB = fake-indexeddb.`,
    '',
    table(['measure', 'value (median)', 'target', ''], rows),
    '',
    ...notes,
    '',
    browser,
  ].join('\n');
}
