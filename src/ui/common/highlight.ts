/**
 * Cuts a report's text into paragraphs of plain and highlighted pieces, from the figures' offsets.
 * Pure, so the guarantee that matters is property-tested: every character of the text ends up in
 * exactly one piece or one paragraph gap, in order (nothing lost, nothing doubled).
 */
import { measureLabel } from '../../wording/labels';
import type { Figure } from '../../types';
import { say } from '../../wording/messages';
import { scopeWords } from './scope-words';

/** A run of text: plain, or one figure (or the part of it inside one paragraph). */
export type Segment =
  | { kind: 'text'; text: string; start: number }
  | { kind: 'figure'; text: string; start: number; figure: Figure };

/** One paragraph: [start, end) of the text, and its pieces, which concatenate to that slice. */
export interface Paragraph {
  start: number;
  end: number;
  segments: Segment[];
}

/** A paragraph break: a blank line, possibly with spaces or tabs on it, and any whitespace after. */
const BREAK = /\n[ \t\r]*\n\s*/g;

/**
 * The figures that can be highlighted: offsets inside the text, non-empty, and not overlapping an
 * earlier one (at the same start, the longer wins). Bad offsets are dropped, never trusted: the
 * text must come out whole whatever the figures say.
 */
export function usableFigures(text: string, figures: readonly Figure[]): Figure[] {
  const valid = figures
    .filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end <= text.length && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Figure[] = [];
  let reached = 0;
  for (const f of valid) {
    if (f.start < reached) continue;
    out.push(f);
    reached = f.end;
  }
  return out;
}

/** The whole text as a flat list of pieces; their texts concatenate to `text`. */
export function segmentText(text: string, figures: readonly Figure[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const f of usableFigures(text, figures)) {
    if (f.start > at) out.push({ kind: 'text', text: text.slice(at, f.start), start: at });
    out.push({ kind: 'figure', text: text.slice(f.start, f.end), start: f.start, figure: f });
    at = f.end;
  }
  if (at < text.length) out.push({ kind: 'text', text: text.slice(at), start: at });
  return out;
}

/** The [start, end) ranges of the paragraphs: text between breaks, leading and trailing whitespace left out. */
export function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) ranges.push([s, e]);
  };
  let from = 0;
  for (const m of text.matchAll(BREAK)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return ranges;
}

/**
 * Paragraphs with their highlighted figures. A figure that spans a paragraph break (bad offsets or
 * odd text) is cut at the break and highlighted in both paragraphs; the whitespace of the break
 * itself belongs to no paragraph.
 */
export function highlightParagraphs(text: string, figures: readonly Figure[]): Paragraph[] {
  const segments = segmentText(text, figures);
  return paragraphRanges(text).map(([start, end]) => {
    const parts: Segment[] = [];
    for (const s of segments) {
      const sEnd = s.start + s.text.length;
      if (sEnd <= start || s.start >= end) continue;
      const a = Math.max(start, s.start);
      const b = Math.min(end, sEnd);
      parts.push({ ...s, start: a, text: text.slice(a, b) });
    }
    return { start, end, segments: parts };
  });
}

/** A mark's tooltip: "Death toll · Gaza health ministry · since 7 October". */
export function figureTitle(f: Pick<Figure, 'label' | 'source' | 'scope'> & { measure?: string | null }): string {
  return [measureLabel(f.measure, f.label) || say('common_figure'), f.source ? say('report_mark_source', { source: f.source }) : null, f.scope ? scopeWords(f.scope) : null].filter(Boolean).join(' · ');
}
