/**
 * The reader's library as a corpus segment the matcher reads like the bundled corpus (a
 * {@link LoadedCorpus}), kept up to date entry by entry: adding an article posts its features,
 * removing one takes them out, and neither rebuilds anything. The bundled corpus is the `base`: a
 * feature's weight counts the reports of both (term-weights.ts), so a library article and a bundled
 * report sharing a name weigh it alike.
 *
 * Each article is its own group of near-duplicates (the library holds what one reader read, not
 * fifty copies of a wire story). Report ids are `library:<url>`. The segment holds no texts: each
 * article's figures (without their sentences) are kept for scoring; comparing figures needs the
 * sentences, which the caller reads from the stored entries of the same-story articles only
 * ({@link reportOfEntry}).
 *
 * Between service-worker wake-ups the segment is kept as a {@link LibraryIndexSnapshot}: strings
 * joined and typed arrays, which IndexedDB stores by structured clone, so waking is one read and
 * rebuilding postings from the forward lists (npm run bench, "Reader's library").
 */
import Fuse from 'fuse.js';
import type { LibraryEntry } from '../analysis/library-entry';
import { dayNumber } from '../base/dates';
import type { Figure } from '../types';
import { fuzzyBlockOf, MIN_FUZZY_NAME } from './format';
import { EMPTY_IDS as EMPTY, grown, IdList } from './growable-ids';
import { libraryReportId, OwnGroups, packFigures, publisherOf, SlotCatalogue, unpackFigures, type LibraryIndexItem, type Slot, type SlotIndex } from './library-slots';
import { FUSE_OPTIONS, type CatalogueView, type FuzzyBlock, type GroupIndex, type IdLists, type LoadedCorpus, type StoredReport } from './load-corpus';
import { skeleton } from './normalize';
import type { ReportSummary } from './report-catalogue';
import { featureWeight } from './term-weights';

export { isLibraryReport, LIBRARY_PREFIX, libraryReportId, packFigures, publisherOf, type LibraryIndexItem } from './library-slots';

/** A library segment: a corpus that also takes entries in and out. */
export interface LibraryIndex extends LoadedCorpus {
  /** Adds the entry, replacing the one with the same URL. */
  add(entry: LibraryEntry): void;
  /** Adds entries as {@link add} does, weighing the features they touch once at the end (an import). */
  addMany(entries: Iterable<LibraryEntry>): void;
  /** Removes the entry with this (normalised) URL; false when there was none. */
  remove(url: string): boolean;
  /** Whether an entry with this (normalised) URL is in the index. */
  has(url: string): boolean;
  /** Live entries (slots freed by removals are not counted). */
  readonly entries: number;
  /** The segment as stored between wake-ups, live entries only (ids renumbered). */
  snapshot(stamp: number): LibraryIndexSnapshot;
  /** Every live entry's metadata, in slot order (the options page's list). */
  items(): LibraryIndexItem[];
}

/** The serialized segment ({@link LibraryIndex.snapshot}): strings and typed arrays, for structured clone. */
export interface LibraryIndexSnapshot {
  format: 'crosscheck-library-index/1';
  /** The store's change counter when taken: a snapshot whose stamp differs is stale. */
  stamp: number;
  /** Feature keys and displays, joined by {@link SEP}. */
  keys: string;
  displays: string;
  /** Per entry, joined by {@link SEP}: url, title, publisher, date ("" when none) and figures ({@link packFigures}). */
  urls: string;
  titles: string;
  publishers: string;
  dates: string;
  figures: string;
  keptAt: Float64Array;
  /** 1 where the entry's date was inferred from its toll. */
  inferred: Uint8Array;
  /** Each entry's feature ids: entry `i`'s are `forwardIds[forwardOffsets[i] .. forwardOffsets[i + 1]]`. */
  forwardOffsets: Int32Array;
  forwardIds: Int32Array;
}

/** Separator of joined strings: a control character no kept text holds (schema-validated entries are printable). */
const SEP = '\u0001';

/**
 * A library segment over `entries`, weighing features with the bundled corpus `base` (null: the
 * library alone, as `analyze --corpus PACK` reads a pack).
 */
export function libraryIndex(entries: Iterable<LibraryEntry>, base: LoadedCorpus | null): LibraryIndex {
  const index = new MutableLibraryIndex(base);
  index.addMany(entries);
  return index;
}

/** A segment from its snapshot; a snapshot of another format gives an empty segment (the caller rebuilds). */
export function libraryIndexFromSnapshot(snap: LibraryIndexSnapshot, base: LoadedCorpus | null): LibraryIndex {
  const index = new MutableLibraryIndex(base);
  if (snap.format !== 'crosscheck-library-index/1') return index;
  index.restore(snap);
  return index;
}

class MutableLibraryIndex implements LibraryIndex, SlotIndex {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly displays: string[] = [];
  private readonly post: IdList[] = [];
  private readonly fwd: Int32Array[] = [];
  private readonly slots: (Slot | null)[] = [];
  private readonly bySlotUrl = new Map<string, number>();
  private readonly skeletons = new Map<string, number[]>();
  private readonly blocks = new Map<string, number[]>();
  private readonly fuzzy = new Map<string, FuzzyBlock | null>();
  private identity = new Int32Array(16);
  private dayOf = new Int32Array(16);
  private weights = new Float32Array(16);
  private live = 0;

  readonly forward: IdLists = { list: (r) => this.fwd[r] ?? EMPTY, length: (r) => this.fwd[r]?.length ?? 0 };
  readonly postings: IdLists = { list: (id) => this.post[id]?.view() ?? EMPTY, length: (id) => this.post[id]?.n ?? 0 };
  readonly groups: GroupIndex;
  readonly catalogue: CatalogueView;
  readonly texts = { text: (): string => '' };

  constructor(private readonly base: LoadedCorpus | null) {
    this.groups = new OwnGroups(this);
    this.catalogue = new SlotCatalogue(this);
  }

  /** Slot `r`'s metadata, or null for a freed slot. */
  slot(r: number): Slot | null {
    return this.slots[r] ?? null;
  }
  /** Slot `r`'s index as a one-member group, or empty for a freed slot. */
  member(r: number): Int32Array {
    return this.slots[r] ? this.identity.subarray(r, r + 1) : EMPTY;
  }
  /** Each slot's group: itself. */
  get groupOf(): Int32Array {
    return this.identity;
  }
  /** The slot of a (normalised) URL. */
  slotOf(url: string): number | undefined {
    return this.bySlotUrl.get(url);
  }

  get size(): number {
    return this.slots.length;
  }
  get features(): number {
    return this.keys.length;
  }
  get entries(): number {
    return this.live;
  }
  get weight(): Float32Array {
    return this.weights;
  }
  get days(): Int32Array {
    return this.dayOf;
  }

  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }
  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }
  displayOf(id: number): string {
    return this.displays[id] ?? '';
  }
  has(url: string): boolean {
    return this.bySlotUrl.has(url);
  }

  skeletonIds(sk: string): Int32Array {
    const ids = this.skeletons.get(sk);
    return ids ? Int32Array.from(ids) : EMPTY;
  }

  fuzzyBlock(block: string): FuzzyBlock | null {
    if (this.fuzzy.has(block)) return this.fuzzy.get(block) ?? null;
    const ids = this.blocks.get(block);
    const made = ids ? { fuse: new Fuse(ids.map((id) => (this.keys[id] ?? '').slice(2)), FUSE_OPTIONS), ids: Int32Array.from(ids) } : null;
    this.fuzzy.set(block, made);
    return made;
  }

  report(r: number): StoredReport {
    return { ...this.summary(r), text: '', figures: this.figuresOf(r) };
  }
  getReport(id: string): StoredReport | null {
    const r = this.catalogue.indexOf(id);
    return r === undefined ? null : this.report(r);
  }

  add(entry: LibraryEntry): void {
    this.reweigh(this.put(entry));
  }

  addMany(entries: Iterable<LibraryEntry>): void {
    const touched = new Set<number>();
    for (const e of entries) for (const id of this.put(e)) touched.add(id);
    this.reweigh(touched);
  }

  /** Places the entry (replacing the one with its URL) without weighing; returns its feature ids. */
  private put(entry: LibraryEntry): Int32Array {
    this.remove(entry.url);
    const r = this.slots.length;
    this.slots.push({
      url: entry.url, title: entry.title ?? entry.url, publisher: publisherOf(entry), date: entry.date ?? '',
      dateInferred: entry.dateInferred, keptAt: entry.keptAt, packed: packFigures(entry), figures: null,
    });
    const list = Int32Array.from(new Set(entry.features.map(([key, display]) => this.featureId(key, display || key.slice(2), false)))).sort();
    this.place(r, entry.url, entry.date ?? '', list, false);
    return list;
  }

  remove(url: string): boolean {
    const r = this.bySlotUrl.get(url);
    if (r === undefined) return false;
    this.bySlotUrl.delete(url);
    this.slots[r] = null;
    this.dayOf[r] = -1;
    const list = this.fwd[r] ?? EMPTY;
    this.fwd[r] = EMPTY;
    this.live--;
    for (const id of list) this.post[id]?.remove(r);
    this.reweigh(list);
    return true;
  }

  snapshot(stamp: number): LibraryIndexSnapshot {
    const live = this.slots.flatMap((s, r) => (s ? [{ s, r }] : []));
    const remap = new Map<number, number>();
    const keys: string[] = [];
    const displays: string[] = [];
    const offsets = new Int32Array(live.length + 1);
    const ids: number[] = [];
    live.forEach(({ r }, i) => {
      for (const id of this.fwd[r] ?? EMPTY) {
        let to = remap.get(id);
        if (to === undefined) {
          to = keys.push(this.keys[id] ?? '') - 1;
          displays.push(this.displays[id] ?? '');
          remap.set(id, to);
        }
        ids.push(to);
      }
      offsets[i + 1] = ids.length;
    });
    const join = (f: (s: Slot) => string): string => live.map(({ s }) => f(s)).join(SEP);
    return {
      format: 'crosscheck-library-index/1', stamp,
      keys: keys.join(SEP), displays: displays.join(SEP),
      urls: join((s) => s.url), titles: join((s) => s.title), publishers: join((s) => s.publisher), dates: join((s) => s.date),
      figures: join((s) => s.packed), keptAt: Float64Array.from(live, ({ s }) => s.keptAt),
      inferred: Uint8Array.from(live, ({ s }) => (s.dateInferred ? 1 : 0)),
      forwardOffsets: offsets, forwardIds: Int32Array.from(ids),
    };
  }

  items(): LibraryIndexItem[] {
    return this.slots.flatMap((s, r) => (s ? [{
      url: s.url, title: s.title, publisher: s.publisher, date: s.date, dateInferred: s.dateInferred, keptAt: s.keptAt, figures: this.figuresOf(r).length,
    }] : []));
  }

  /** Loads a snapshot into this empty index. */
  restore(snap: LibraryIndexSnapshot): void {
    const split = (s: string, n: number): string[] => (n === 0 ? [] : s.split(SEP));
    const n = snap.keptAt.length;
    const keys = split(snap.keys, snap.keys.length === 0 ? 0 : 1);
    const displays = split(snap.displays, keys.length);
    keys.forEach((key, i) => this.featureId(key, displays[i] ?? '', false));
    const [urls, titles, publishers, dates, figures] = [snap.urls, snap.titles, snap.publishers, snap.dates, snap.figures].map((s) => split(s, n));
    for (let i = 0; i < n; i++) {
      const url = urls?.[i] ?? '';
      const date = dates?.[i] ?? '';
      this.slots.push({
        url, title: titles?.[i] ?? url, publisher: publishers?.[i] ?? '', date, dateInferred: snap.inferred?.[i] === 1,
        keptAt: snap.keptAt[i] ?? 0, packed: figures?.[i] ?? '[]', figures: null,
      });
      // A snapshot's lists hold each feature once (they are copies of the index's); renumbering unsorted them.
      this.place(i, url, date, snap.forwardIds.slice(snap.forwardOffsets[i] ?? 0, snap.forwardOffsets[i + 1] ?? 0).sort(), false);
    }
    this.reweigh(Array.from(this.keys.keys()));
  }

  /** Posts slot `r`'s features (`list`: sorted, each once) and records its URL and day. */
  private place(r: number, url: string, date: string, list: Int32Array, reweigh = true): void {
    this.fwd[r] = list;
    for (const id of list) this.post[id]?.push(r);
    this.bySlotUrl.set(url, r);
    this.identity = grown(this.identity, r + 1, (k) => new Int32Array(k));
    this.identity[r] = r;
    this.dayOf = grown(this.dayOf, r + 1, (k) => new Int32Array(k));
    this.dayOf[r] = date ? dayNumber(date) : -1;
    this.live++;
    if (reweigh) this.reweigh(list);
  }

  /** The id of a feature key, adding it (with its skeleton and fuzzy block for names) when new. */
  private featureId(key: string, display: string, reweigh = true): number {
    const had = this.ids.get(key);
    if (had !== undefined) return had;
    const id = this.keys.push(key) - 1;
    this.ids.set(key, id);
    this.displays.push(display);
    this.post.push(new IdList());
    this.weights = grown(this.weights, id + 1, (k) => new Float32Array(k));
    if (key.startsWith('n:') || key.startsWith('p:')) {
      const name = key.slice(2);
      const sk = skeleton(name);
      if (sk.length >= 4) push(this.skeletons, sk, id);
      if (name.length >= MIN_FUZZY_NAME) {
        const block = fuzzyBlockOf(name);
        push(this.blocks, block, id);
        this.fuzzy.delete(block);
      }
    }
    if (reweigh) this.reweigh([id]);
    return id;
  }

  /** Recomputes the weights of these features over the library and the bundled corpus together. */
  private reweigh(ids: Iterable<number>): void {
    const base = this.base;
    const n = this.live + (base?.size ?? 0);
    for (const id of ids) {
      const key = this.keys[id] ?? '';
      const baseId = base?.idOf(key);
      const df = (this.post[id]?.n ?? 0) + (baseId === undefined ? 0 : base?.postings.length(baseId) ?? 0);
      this.weights[id] = featureWeight(key, Math.max(1, df), Math.max(1, n));
    }
  }

  summary(r: number): ReportSummary {
    const s = this.slots[r];
    if (!s) return { id: '', title: '', titleDerived: false, publisher: '', date: '', url: '' };
    return { id: libraryReportId(s.url), title: s.title, titleDerived: false, publisher: s.publisher, date: s.date, url: s.url, keptAt: s.keptAt };
  }

  figuresOf(r: number): Figure[] {
    const s = this.slots[r];
    if (!s) return [];
    return (s.figures ??= unpackFigures(s.packed));
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
