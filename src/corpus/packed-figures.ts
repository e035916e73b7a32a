/**
 * The reports' extracted figures, packed: every string a figure holds (its value written as a
 * number, its words, qualifier, measure, label, source, scope) once in a dictionary, and each
 * figure as 13 small integers in its report's list (packed-ids.ts). A report's figures are
 * materialised when it is scored or opened. At 100,000 synthetic reports this holds 280,000
 * figures in a few MB, where the same figures as objects took over 100 MB.
 */
import type { Figure } from '../types';
import { PackedListStore, packListStore, type PackedListsData } from './packed-ids';
import { packStrings, StringTable, type PackedStringsData } from './packed-strings';

/** The serialized figures of all reports. */
export interface PackedFiguresData {
  /** Distinct strings of the figures; `count` of them. */
  strings: PackedStringsData;
  count: number;
  /** Per report, 13 integers per figure ({@link FIELDS}). */
  rows: PackedListsData;
}

/** Integers stored per figure, in this order. */
const FIELDS = 13;
/** Bits of the last integer: the figure is a part of a count beside it, a party's claim. */
const PART = 1;
const CLAIM = 2;
/** Non-negative integers for offsets that are not known to be ordered (zig-zag coding). */
const zig = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const unzig = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/** Packs each report's figures (`figures[r]` for report r). */
export function packFigures(figures: readonly (readonly Figure[])[]): PackedFiguresData {
  const dict = new Map<string, number>();
  const ref = (s: string): number => {
    let i = dict.get(s);
    if (i === undefined) dict.set(s, (i = dict.size));
    return i;
  };
  const opt = (s: string | null | undefined): number => (s === null || s === undefined ? 0 : ref(s) + 1);
  const rows = figures.map((list) => list.flatMap((f) => [
    ref(String(f.value)), f.valueMax === undefined ? 0 : ref(String(f.valueMax)) + 1, ref(f.text),
    opt(f.qualifier), opt(f.measure), opt(f.label), opt(f.source), opt(f.scope),
    zig(f.start), zig(f.end - f.start), zig(f.start - f.sentenceStart), zig(f.sentenceEnd - f.end),
    (f.part ? PART : 0) | (f.claim ? CLAIM : 0),
  ]));
  return { strings: packStrings([...dict.keys()]), count: dict.size, rows: packListStore(rows, false) };
}

/** Reads {@link packFigures}' output one report at a time. */
export class FigureStore {
  private readonly strings: StringTable;
  private readonly rows: PackedListStore;

  constructor(data: PackedFiguresData, reports: number) {
    this.strings = new StringTable(data.strings, data.count);
    this.rows = new PackedListStore(data.rows, reports, false);
  }

  /** Report `r`'s figures, as extracted at build time. */
  of(r: number): Figure[] {
    const row = this.rows.list(r);
    const s = (i: number): string => this.strings.get(i);
    const opt = (i: number): string | null => (i === 0 ? null : s(i - 1));
    const out: Figure[] = [];
    for (let k = 0; k + FIELDS <= row.length; k += FIELDS) {
      const at = (j: number): number => row[k + j] ?? 0;
      const start = unzig(at(8));
      const end = start + unzig(at(9));
      const figure: Figure = {
        value: Number(s(at(0))), text: s(at(2)), qualifier: opt(at(3)), measure: opt(at(4)), label: opt(at(5)),
        source: opt(at(6)), scope: opt(at(7)), start, end, sentenceStart: start - unzig(at(10)), sentenceEnd: end + unzig(at(11)),
      };
      if (at(1) !== 0) figure.valueMax = Number(s(at(1) - 1));
      if (at(12) & PART) figure.part = true;
      if (at(12) & CLAIM) figure.claim = true;
      out.push(figure);
    }
    return out;
  }
}
