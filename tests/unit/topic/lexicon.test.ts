import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateValue } from '../../../src/build/data/data-file';
import { problemText } from '../../../src/build/data/problems';
import { TOPIC_LEXICON } from '../../../src/build/data/topic-lexicon';
import { compileLexicon, foldText, LEXICON, variantKey } from '../../../src/topic/lexicon';

const RAW = readFileSync(new URL('../../../src/topic/lexicon.json', import.meta.url), 'utf8');
const all = [...LEXICON.terms, ...LEXICON.negative];

describe('lexicon.json', () => {
  it('validates against its schema, and the module exports what the file holds', () => {
    const raw = JSON.parse(RAW) as unknown;
    const result = validateValue(TOPIC_LEXICON, raw, { parsed: new Map(), seedNames: [] });
    expect(result.problems.map(problemText)).toEqual([]);
    expect(LEXICON).toEqual(raw);
  });

  it('has unique canonical names', () => {
    const names = all.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no spelling twice, even up to case, accents, apostrophes, spaces and hyphens', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const t of all) {
      for (const v of [...t.variants, ...(t.exact ?? [])]) {
        const k = variantKey(v);
        if (seen.has(k)) dupes.push(`${v} (${t.name}) = ${seen.get(k)}`);
        seen.set(k, `${v} (${t.name})`);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('gives every term a positive weight and at least one spelling; negatives a topic or a sense', () => {
    for (const t of all) {
      expect(t.weight, t.name).toBeGreaterThan(0);
      expect(t.variants.length + (t.exact?.length ?? 0), t.name).toBeGreaterThan(0);
    }
    for (const t of LEXICON.terms) expect(['place', 'actor', 'event', 'people']).toContain(t.kind);
    for (const t of LEXICON.negative) expect(Boolean(t.topic) !== Boolean(t.sense), t.name).toBe(true);
  });

  it('finds every spelling as its own term (no longer spelling of another term swallows it)', () => {
    const matcher = compileLexicon(LEXICON);
    for (const t of all) {
      for (const v of [...t.variants, ...(t.exact ?? [])]) {
        const hits = matcher.scan(foldText(`The report said ${v} today.`));
        expect(hits.map((h) => h.term.name), v).toEqual([t.name]);
      }
    }
  });
});
