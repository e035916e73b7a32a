import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cueSource } from '../../../src/figures/vocabulary';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../src/figures/${name}`, import.meta.url), 'utf8'));

interface Measures {
  entities: Record<string, { nouns?: string[]; context?: string[]; events?: string[] } | string>;
  events: Record<string, string[]>;
  scopes: { key: string; label: string; cues: string[] }[];
  places: Record<string, string[] | string>;
  measures: { key: string; label: string; kind: string; unit: string; entities?: (string | null)[]; events?: (string | null)[]; scopes?: string[]; place?: string }[];
}

describe('measures.json', () => {
  const data = read('measures.json') as Measures;

  it('has unique measure keys, each with a label, a kind and a unit', () => {
    const keys = data.measures.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of data.measures) {
      expect(m.label.trim(), m.key).not.toBe('');
      expect(['cumulative', 'period', 'level', 'fixed'], m.key).toContain(m.kind);
      expect(['count', 'percent', 'day', 'week', 'month'], m.key).toContain(m.unit);
    }
  });

  it('refers only to entities, events, scopes and places it defines', () => {
    const scopes = new Set(data.scopes.map((s) => s.key));
    const events = new Set([...Object.keys(data.events), 'ceasefire']);
    for (const m of data.measures) {
      for (const e of m.entities ?? []) if (e !== null) expect(data.entities[e], `${m.key}: ${e}`).toBeDefined();
      for (const e of m.events ?? []) if (e !== null) expect(events.has(e), `${m.key}: ${e}`).toBe(true);
      for (const s of m.scopes ?? []) expect(scopes.has(s), `${m.key}: ${s}`).toBe(true);
      if (m.place) expect(data.places[m.place], m.key).toBeDefined();
    }
  });

  it('has no cue listed twice within a group, and every cue compiles', () => {
    const groups: [string, string[]][] = [
      ...Object.entries(data.events),
      ...data.scopes.map((s): [string, string[]] => [s.key, s.cues]),
      ...Object.entries(data.entities).flatMap(([k, v]) => (typeof v === 'string' ? [] : [[`${k} nouns`, v.nouns ?? []], [`${k} context`, v.context ?? []]] as [string, string[]][])),
    ];
    for (const [name, cues] of groups) {
      const nouns = cues.map((c) => c.toLowerCase());
      for (const c of cues) expect(() => new RegExp(cueSource(c), 'gi'), `${name}: ${c}`).not.toThrow();
      expect(new Set(nouns).size, name).toBe(nouns.length);
    }
  });

  it('defines each entity noun for one entity only', () => {
    const owner = new Map<string, string>();
    for (const [k, v] of Object.entries(data.entities)) {
      if (typeof v === 'string') continue;
      for (const n of v.nouns ?? []) {
        expect(owner.get(n), `"${n}" in ${k} and ${owner.get(n)}`).toBeUndefined();
        owner.set(n, k);
      }
    }
  });
});

describe('sources.json', () => {
  const data = read('sources.json') as { sources: { name: string; cues: string[] }[]; unverified: string[] };
  it('has unique source names and cues that belong to one source', () => {
    const names = data.sources.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const seen = new Set<string>();
    for (const s of data.sources) {
      expect(s.cues.length, s.name).toBeGreaterThan(0);
      for (const c of s.cues) {
        expect(seen.has(c), c).toBe(false);
        seen.add(c);
        expect(() => new RegExp(cueSource(c))).not.toThrow();
      }
    }
    expect(data.unverified.length).toBeGreaterThan(0);
  });
});
