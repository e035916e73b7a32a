import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureTitle, highlightParagraphs, paragraphRanges, segmentText, usableFigures } from '../../../src/ui/common/highlight';
import type { Figure } from '../../../src/types';
import { figure } from './fixtures';

const TEXT = 'At least 25,490 people were killed.\n\nThe ministry said 63,000 were injured.\n\n \nA third paragraph.';

describe('segmentText', () => {
  it('marks each figure and keeps the text between', () => {
    const segs = segmentText(TEXT, [figure('25,490', 9), figure('63,000', 55)]);
    expect(segs.map((s) => [s.kind, s.text])).toEqual([
      ['text', 'At least '],
      ['figure', '25,490'],
      ['text', ' people were killed.\n\nThe ministry said '],
      ['figure', '63,000'],
      ['text', ' were injured.\n\n \nA third paragraph.'],
    ]);
  });

  it('drops figures with offsets outside the text, empty or reversed, and overlaps', () => {
    const bad: Figure[] = [
      figure('x', -1),
      figure('x', TEXT.length),
      { ...figure('25,490', 9), end: 9 },
      { ...figure('25,490', 9), start: 12, end: 10 },
      { ...figure('25,490', 9), start: 1.5 },
    ];
    expect(usableFigures(TEXT, bad)).toEqual([]);
    const kept = usableFigures(TEXT, [figure('490', 12), figure('25,490', 9), figure('25', 9)]);
    expect(kept.map((f) => [f.start, f.end])).toEqual([[9, 15]]);
  });

  it('gives one text segment for a text without figures, and none for an empty text', () => {
    expect(segmentText('plain', [])).toEqual([{ kind: 'text', text: 'plain', start: 0 }]);
    expect(segmentText('', [figure('1', 0)])).toEqual([]);
  });
});

describe('paragraphRanges and highlightParagraphs', () => {
  it('splits on blank lines (even with spaces on them) and trims paragraph edges', () => {
    const ranges = paragraphRanges(TEXT);
    expect(ranges.map(([s, e]) => TEXT.slice(s, e))).toEqual([
      'At least 25,490 people were killed.',
      'The ministry said 63,000 were injured.',
      'A third paragraph.',
    ]);
    expect(paragraphRanges('\n\n  \n')).toEqual([]);
    expect(paragraphRanges('one\ntwo')).toEqual([[0, 7]]);
  });

  it('puts each mark in its paragraph', () => {
    const paras = highlightParagraphs(TEXT, [figure('25,490', 9), figure('63,000', 55)]);
    expect(paras).toHaveLength(3);
    expect(paras[0]?.segments.filter((s) => s.kind === 'figure').map((s) => s.text)).toEqual(['25,490']);
    expect(paras[1]?.segments.filter((s) => s.kind === 'figure').map((s) => s.text)).toEqual(['63,000']);
    expect(paras[2]?.segments.every((s) => s.kind === 'text')).toBe(true);
  });

  it('cuts a figure that spans a paragraph break into a mark in each paragraph', () => {
    const text = 'one 12\n\n34 two';
    const paras = highlightParagraphs(text, [{ ...figure('12\n\n34', 4) }]);
    expect(paras.map((p) => p.segments.map((s) => `${s.kind}:${s.text}`))).toEqual([['text:one ', 'figure:12'], ['figure:34', 'text: two']]);
  });
});

describe('figureTitle', () => {
  it('names the measure, the source and the scope', () => {
    expect(figureTitle({ label: 'Death toll', source: 'Gaza health ministry', scope: 'since 7 October' })).toBe('Death toll · source: Gaza health ministry · since 7 October');
    expect(figureTitle({ label: null, source: null, scope: null })).toBe('Figure');
  });
});

/** Texts with paragraph breaks, stray whitespace and figures at random (often bad) offsets. */
const textArb = fc
  .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('\n\n', '\n \n', '\n', ' ', '25,490', '\t\n\n  ')), { maxLength: 20 })
  .map((parts) => parts.join(''));
const caseArb = textArb.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.record({ start: fc.integer({ min: -3, max: text.length + 3 }), len: fc.integer({ min: -2, max: 12 }) }).map(({ start, len }) => ({ ...figure('x', 0), start, end: start + len })),
      { maxLength: 8 },
    ),
  ),
);

describe('highlighting never loses or duplicates text (property)', () => {
  it('segments concatenate to the text, in order, without overlap', () => {
    fc.assert(
      fc.property(caseArb, ([text, figs]) => {
        const segs = segmentText(text, figs);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const s of segs) {
          expect(s.start).toBe(at);
          expect(s.text.length).toBeGreaterThan(0);
          at += s.text.length;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('paragraphs plus the whitespace between them rebuild the text exactly', () => {
    fc.assert(
      fc.property(caseArb, ([text, figs]) => {
        const paras = highlightParagraphs(text, figs);
        let rebuilt = '';
        let at = 0;
        for (const p of paras) {
          expect(p.start).toBeGreaterThanOrEqual(at);
          const gap = text.slice(at, p.start);
          expect(gap.trim()).toBe('');
          expect(p.segments.map((s) => s.text).join('')).toBe(text.slice(p.start, p.end));
          rebuilt += gap + p.segments.map((s) => s.text).join('');
          at = p.end;
        }
        expect(text.slice(at).trim()).toBe('');
        rebuilt += text.slice(at);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('every usable figure is marked over exactly its own characters', () => {
    fc.assert(
      fc.property(caseArb, ([text, figs]) => {
        const usable = usableFigures(text, figs);
        for (let i = 1; i < usable.length; i++) expect(usable[i]!.start).toBeGreaterThanOrEqual(usable[i - 1]!.end);
        const marks = segmentText(text, figs).filter((s) => s.kind === 'figure');
        expect(marks.map((m) => [m.start, m.start + m.text.length])).toEqual(usable.map((f) => [f.start, f.end]));
      }),
      { numRuns: 300 },
    );
  });
});
