/**
 * Corpus packs (src/corpus/pack.ts): the round trip, and every way a pack is refused, on both
 * sides of each threshold. A refused pack gives a PackError and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_CHARS } from '../../../src/article/read-article';
import {
  buildPack, checkPackSize, MAX_PACK_BYTES, MAX_PACK_TEXT, PACK_VERSION, PackError, packHash, readPack, utf8Length,
  type PackErrorKind, type PackReport,
} from '../../../src/corpus/pack';
import { canonicalJson, canonicalValue } from '../../../src/corpus/canonical-json';
import { readEntry } from '../../../src/platform/library-schema';
import { entries, withTexts } from './fixtures';

const CREATED = new Date(Date.UTC(2024, 0, 25, 8, 30));
const read = (text: string, maxBytes?: number) => readPack(text, { validate: readEntry, ...(maxBytes !== undefined ? { maxBytes } : {}) });
const pack = (reports: readonly PackReport[] = entries(), title = 'Khan Younis, 23–24 January 2024') =>
  buildPack(reports, { title, description: 'Two reports of the same week', generator: 'tests' }, CREATED);

/** The PackError a promise rejects with (fails the test when it resolves). */
async function refusal(p: Promise<unknown>): Promise<PackError> {
  const outcome = await p.then(() => 'resolved', (e: unknown) => e);
  expect(outcome).toBeInstanceOf(PackError);
  return outcome as PackError;
}
const kindOf = async (p: Promise<unknown>): Promise<PackErrorKind> => (await refusal(p)).kind;

/** A pack object edited by `change`, with its hash made right again (so only the edit is wrong). */
async function rehashed(text: string, change: (p: Record<string, unknown>) => void): Promise<string> {
  const data = JSON.parse(text) as Record<string, unknown>;
  change(data);
  data.hash = await packHash(data);
  return JSON.stringify(data);
}

describe('round trip', () => {
  it('reads back the reports, metadata and date a pack was built with', async () => {
    const text = await pack();
    const got = await read(text);
    expect(got.reports).toEqual(entries());
    expect(got.meta).toEqual({ title: 'Khan Younis, 23–24 January 2024', description: 'Two reports of the same week', reports: 2, texts: false, generator: 'tests' });
    expect(got.created).toBe('2024-01-25T08:30:00.000Z');
    // The fixtures carry the tolls they were written with, so the figures compared below are real.
    expect(got.reports.map((r) => r.figures.find((f) => f.measure === 'killed.palestinians.cumulative')?.value)).toEqual([25490, 25700]);
  });

  it('carries texts when given, and says so in its metadata', async () => {
    const got = await read(await pack(withTexts()));
    expect(got.meta.texts).toBe(true);
    expect(got.reports.map((r) => r.text?.slice(0, 30))).toEqual(['The Gaza health ministry said ', 'At least 25,700 Palestinians h']);
    expect(got.reports).toEqual(withTexts());
  });

  it('writes the documented envelope, with the hash of its canonical form last', async () => {
    const text = await pack();
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'version', 'created', 'meta', 'reports', 'hash']);
    expect(data).toMatchObject({ format: 'crosscheck-pack', version: PACK_VERSION });
    const { hash, ...rest } = data;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(rest)));
    expect(hash).toBe(`sha256-${Buffer.from(digest).toString('hex')}`);
  });

  it('writes only entry fields: what else a caller\'s object holds stays out of the pack', async () => {
    const [first] = entries();
    const text = await pack([{ ...first!, secret: 'x', onload: 'alert(1)' } as PackReport]);
    expect(text).not.toMatch(/secret|onload/);
  });

  it('drops fields it does not know, at every level, and still checks the hash over them', async () => {
    const text = await rehashed(await pack(), (p) => {
      p.script = 'alert(1)';
      (p.meta as Record<string, unknown>).html = '<b>x</b>';
      (p.reports as Record<string, unknown>[])[0]!.onclick = 'steal()';
    });
    const got = await read(text);
    expect(got.reports).toEqual(entries());
    expect(JSON.stringify(got)).not.toMatch(/alert|<b>|steal/);
    expect(await kindOf(read(text.replace('steal()', 'steal(2)')))).toBe('hash-mismatch');
  });
});

describe('canonical form', () => {
  it('sorts keys at every level and leaves out undefined, so key order in the file does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: undefined }, undefined], é: null, A: true })).toBe('{"A":true,"a":[{"d":"x"},null],"b":1,"é":null}');
  });

  it('copies only what is out of order, and keeps a "__proto__" key as a key', () => {
    const sorted = { a: [{ b: 1, c: [2] }], d: { e: null } };
    expect(canonicalValue(sorted)).toBe(sorted);
    const mixed = { a: { c: 1, b: 2 }, d: { e: 3 } };
    const canonical = canonicalValue(mixed) as typeof mixed;
    expect(canonical).not.toBe(mixed);
    expect(canonical.d).toBe(mixed.d);
    expect(canonicalJson(JSON.parse('{"z":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"z":1}');
  });

  it('writes reports in canonical order, so checking a pack copies none of them', async () => {
    const data = JSON.parse(await pack(withTexts())) as { reports: unknown[]; meta: unknown };
    expect(canonicalValue(data.reports)).toBe(data.reports);
    expect(canonicalValue(data.meta)).toBe(data.meta);
  });

  it('does not depend on the order of a pack\'s keys', async () => {
    const data = JSON.parse(await pack()) as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    expect((await read(JSON.stringify(reversed, null, 2))).reports).toEqual(entries());
  });
});

describe('size limit (checked before parsing)', () => {
  it('reads a pack exactly at the limit and refuses one byte over', async () => {
    const text = await pack();
    const bytes = utf8Length(text);
    expect((await read(text, bytes)).reports).toHaveLength(2);
    const error = await refusal(read(text, bytes - 1));
    expect(error.kind).toBe('too-large');
    const [size, limit] = [...error.message.matchAll(/([\d.]+) KB/g)].map((m) => Number(m[1]));
    expect(error.message).toMatch(/^This pack is [\d.]+ KB, more than the [\d.]+ KB Crosscheck reads\.$/);
    expect(size).toBeGreaterThan(limit!);
  });

  it('counts bytes of UTF-8, not characters', async () => {
    const text = await pack(entries(), 'غزة: خان يونس — 23–24 يناير');
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeGreaterThan(text.length);
    expect(await read(text, bytes)).toBeTruthy();
    expect(await kindOf(read(text, bytes - 1))).toBe('too-large');
  });

  it('refuses past the default limit before reading a character of it', async () => {
    expect(await kindOf(read(' '.repeat(MAX_PACK_BYTES + 1)))).toBe('too-large');
    expect(() => checkPackSize(MAX_PACK_BYTES)).not.toThrow();
    expect(() => checkPackSize(MAX_PACK_BYTES + 1)).toThrow(PackError);
  });

  it('counts UTF-8 as TextEncoder writes it, surrogate pairs and lone surrogates too', () => {
    for (const s of ['', 'ascii', 'é', '—', '€', '😀', 'a😀b', '\ud83d', '\ude00x', 'غزة', '\u07ff\u0800']) {
      expect(utf8Length(s), JSON.stringify(s)).toBe(new TextEncoder().encode(s).length);
    }
    // Across the counting chunks (65,536 code units): a surrogate pair on the boundary is one character.
    for (const s of [`${'a'.repeat(65_535)}😀`, `${'é'.repeat(70_000)}😀${'\ud83d'}`, 'ab😀'.repeat(50_000)]) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
});

describe('refusals', () => {
  it('not JSON', async () => {
    const error = await refusal(read('Gaza health ministry: 25,490 killed'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe('This file is not a corpus pack: it is not valid JSON.');
  });

  it('JSON that is not a pack', async () => {
    for (const text of ['[]', '"crosscheck-pack"', '{"reports": {}}', '{"format": "crosscheck-corpus", "version": 1}']) {
      expect(await kindOf(read(text)), text).toBe('not-a-pack');
    }
  });

  it('a pack without a hash, or with a malformed one', async () => {
    const data = JSON.parse(await pack()) as Record<string, unknown>;
    expect(await kindOf(read(JSON.stringify({ ...data, hash: undefined })))).toBe('not-a-pack');
    expect(await kindOf(read(JSON.stringify({ ...data, hash: 'md5-abc' })))).toBe('not-a-pack');
  });

  it('version 1 is read; version 2 is a newer Crosscheck\'s, even with a right hash', async () => {
    const v1 = await rehashed(await pack(), (p) => { p.version = 1; });
    expect((await read(v1)).reports).toHaveLength(2);
    const error = await refusal(read(await rehashed(await pack(), (p) => { p.version = 2; })));
    expect(error.kind).toBe('future-version');
    expect(error.message).toMatch(/made by a newer Crosscheck/);
    expect(await kindOf(read(await rehashed(await pack(), (p) => { p.version = 0; })))).toBe('not-a-pack');
    expect(await kindOf(read(await rehashed(await pack(), (p) => { p.version = 1.5; })))).toBe('not-a-pack');
  });

  it('one changed byte in a figure value is a hash mismatch', async () => {
    const text = await pack();
    const tampered = text.replace('"value":25700', '"value":25800');
    expect(tampered).not.toBe(text);
    expect(tampered.length).toBe(text.length);
    const error = await refusal(read(tampered));
    expect(error.kind).toBe('hash-mismatch');
    expect(error.message).toMatch(/^This pack is damaged: .*changed after it was made\.$/);
  });

  it('a truncated file is damaged, wherever it is cut', async () => {
    const text = await pack(withTexts());
    for (const at of [40, Math.floor(text.length / 2), text.length - 1]) {
      const error = await refusal(read(text.slice(0, at)));
      expect(error.kind, String(at)).toBe('hash-mismatch');
      expect(error.message).toMatch(/cut off/);
    }
  });

  it('metadata that miscounts its reports', async () => {
    const text = await rehashed(await pack(), (p) => { (p.meta as Record<string, unknown>).reports = 3; });
    const error = await refusal(read(text));
    expect(error.kind).toBe('not-a-pack');
    expect(error.message).toMatch(/counts 3 reports but it holds 2/);
  });

  it('one report with a bad field rejects the whole pack, naming the report and the field', async () => {
    const reports = [...entries(), ...entries().map((e) => ({ ...e, url: `${e.url}/live` }))];
    const text = await pack(reports.map((r, i) => (i === 2 ? { ...r, date: '23 January 2024' } : r)));
    const error = await refusal(read(text));
    expect(error.kind).toBe('invalid-report');
    expect(error.report).toBe(2);
    expect(error.message).toMatch(/^Report 3 of 4 in this pack is invalid \(date: .*\), so nothing of the pack was read\.$/);
  });

  it('a figure pointing past its sentences, a text too long, a repeated URL', async () => {
    const [a, b] = entries();
    const badFigure = { ...a!, figures: [{ ...a!.figures[0]!, sentence: a!.sentences.length }] };
    expect(await kindOf(read(await pack([b!, badFigure])))).toBe('invalid-report');
    expect((await read(await pack([{ ...a!, text: 'x'.repeat(MAX_PACK_TEXT) }]))).reports[0]!.text).toHaveLength(MAX_PACK_TEXT);
    expect((await refusal(read(await pack([{ ...a!, text: 'x'.repeat(MAX_PACK_TEXT + 1) }])))).message).toMatch(/text: not text of at most 100,000/);
    expect((await refusal(read(await pack([a!, b!, { ...a!, title: 'again' }])))).message).toMatch(/^Report 3 of 3 .*same URL as report 1/);
  });

  it('the text cap is the reader\'s', () => {
    expect(MAX_PACK_TEXT).toBe(DEFAULT_MAX_CHARS);
  });
});
