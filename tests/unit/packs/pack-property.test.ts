/**
 * Property: reading a built pack gives back exactly the reports and metadata it was built from,
 * for any valid entries (any text, numbers, figures and features the entry schema accepts), and
 * any changed character of a pack's text makes it unreadable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LibraryEntry, LibraryFeature, LibraryFigure } from '../../../src/analysis/library-entry';
import { buildPack, PackError, readPack, type PackReport } from '../../../src/corpus/pack';
import { readEntry } from '../../../src/platform/library-schema';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
/** Finite numbers; not -0, which JSON writes as 0 (no engine figure is -0). */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const date = fc.date({ min: new Date('2023-10-07'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function figure(sentences: number): fc.Arbitrary<LibraryFigure> {
  return fc.record({
    value: finite, valueMax: finite, text, qualifier: maybe(text), measure: text, label: maybe(text), source: maybe(text), scope: maybe(text),
    sentence: fc.nat({ max: sentences - 1 }), at: fc.nat(), part: fc.constant(true as const), claim: fc.constant(true as const),
  }, { requiredKeys: ['value', 'text', 'qualifier', 'measure', 'label', 'source', 'scope', 'sentence', 'at'] });
}

const feature: fc.Arbitrary<LibraryFeature> = fc.tuple(text, text, fc.nat());

/** A valid entry at a URL of its own (`n` keeps the URLs of one pack apart). */
const entryAt = (n: number): fc.Arbitrary<PackReport> =>
  fc.array(text, { minLength: 1, maxLength: 4 }).chain((sentences) => fc.record({
    v: fc.constant(1),
    url: fc.webPath().map((p) => `https://news${n}.example/${encodeURI(p.replace(/^\//, ''))}`),
    title: maybe(text), publisher: maybe(text), date: maybe(date), dateInferred: fc.boolean(), lang: maybe(fc.constantFrom('en', 'ar', 'he', 'fr')),
    keptAt: finite,
    sentences: fc.constant(sentences),
    figures: fc.array(figure(sentences.length), { maxLength: 4 }),
    features: fc.array(feature, { maxLength: 6 }),
    text: fc.option(fc.string({ unit: 'binary', maxLength: 200 }), { nil: undefined }),
  }, { requiredKeys: ['v', 'url', 'title', 'publisher', 'date', 'dateInferred', 'lang', 'keptAt', 'sentences', 'figures', 'features'] }));

const reports = fc.integer({ min: 0, max: 4 }).chain((k) => fc.tuple(...Array.from({ length: k }, (_, i) => entryAt(i))));

describe('buildPack then readPack', () => {
  it('is the identity on valid entries', async () => {
    await fc.assert(fc.asyncProperty(reports, text, async (rs, title) => {
      // The generator makes entries the schema accepts (a failure here is the generator's, said plainly).
      for (const r of rs) expect(readEntry(r).ok, JSON.stringify(r)).toBe(true);
      const got = await readPack(await buildPack(rs, { title }), { validate: readEntry });
      expect(got.reports).toEqual(rs.map((r) => (r.text === undefined ? stripText(r) : r)));
      expect(got.meta).toMatchObject({ title, reports: rs.length, texts: rs.some((r) => r.text !== undefined) });
    }), { numRuns: 150 });
  });

  it('refuses a pack with any one character changed', async () => {
    const built = await buildPack([await fc.sample(entryAt(0), 1)[0]!], { title: 'Khan Younis' });
    await fc.assert(fc.asyncProperty(fc.nat({ max: built.length - 1 }), fc.constantFrom('0', '7', 'x', ' ', '"', '}'), async (at, c) => {
      // Not whitespace between tokens, and not an exponent's '+' ("1e+21" and "1e021" are the same number).
      fc.pre(built[at] !== c && !/\s/.test(built[at]!) && c !== ' ' && built[at] !== '+');
      const changed = `${built.slice(0, at)}${c}${built.slice(at + 1)}`;
      const outcome = await readPack(changed, { validate: readEntry }).then(() => null, (e: unknown) => e);
      expect(outcome).toBeInstanceOf(PackError);
    }), { numRuns: 200 });
  });
});

function stripText(r: PackReport): LibraryEntry {
  const { text: _text, ...entry } = r;
  return entry;
}
