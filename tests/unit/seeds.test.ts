import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReports, reportId, type ReportsFile } from '../../src/build/corpus/build-reports';
import { deriveTitle, parseSeed } from '../../src/article/seed-format';
import { loadReportsFromDir } from '../../scripts/lib/read-seeds';

const SEEDS = new URL('../../seeds/', import.meta.url);

describe('the bundled seeds', () => {
  const names = readdirSync(SEEDS).filter((n) => n.endsWith('.txt'));
  const meta = JSON.parse(readFileSync(new URL('reports.json', SEEDS), 'utf8')) as ReportsFile;

  it('every seed parses into paragraphs', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) {
      const parsed = parseSeed(readFileSync(new URL(name, SEEDS), 'utf8'));
      expect(parsed.paragraphs.length, name).toBeGreaterThan(3);
    }
  });

  it('ids are unique and every report has complete metadata', () => {
    const ids = names.map(reportId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const m = meta.reports[id];
      expect(m, id).toBeDefined();
      expect(m?.publisher.trim(), id).not.toBe('');
      expect(m?.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(() => new URL(m?.url ?? ''), id).not.toThrow();
    }
    expect(Object.keys(meta.reports).sort()).toEqual([...ids].sort());
  });

  it('joins text and metadata into reports', () => {
    const reports = loadReportsFromDir(SEEDS.pathname);
    const arn = reports.find((r) => r.id === '001_04e031c6b96cc0b5');
    expect(arn?.title).toBe('Israel hits Khan Younis amid talks on one-month Gaza truce');
    expect(arn?.titleDerived).toBe(false);
    expect(arn?.text).not.toContain('More from International');
    const irish = reports.find((r) => r.id === '000_9652a0e73c984a98');
    expect(irish?.titleDerived).toBe(true);
    expect(irish?.text).not.toContain('Photograph:');
    expect(irish?.text.startsWith('Israel and Hamas have moved closer')).toBe(true);
  });
});

describe('parseSeed', () => {
  it('reads a date marker that runs into the first paragraph', () => {
    const p = parseSeed(' date 2024-04-07 The army said it had pulled out.\n\nSecond paragraph here.');
    expect(p.date).toBe('2024-04-07');
    expect(p.title).toBeNull();
    expect(p.paragraphs).toEqual(['The army said it had pulled out.', 'Second paragraph here.']);
  });

  it('takes a short first line followed by a blank line as the title', () => {
    const p = parseSeed('Aid trucks enter Gaza through Rafah\n\n\nSome 200 trucks crossed on Sunday.\n\nMore from World');
    expect(p.title).toBe('Aid trucks enter Gaza through Rafah');
    expect(p.paragraphs).toEqual(['Some 200 trucks crossed on Sunday.']);
  });

  it('does not take a sentence for a title', () => {
    expect(parseSeed('Israel said on Monday it had hit 40 targets.\n\nMore text.').title).toBeNull();
  });

  it('gives no paragraphs for an empty file, without throwing', () => {
    expect(parseSeed('').paragraphs).toEqual([]);
    expect(parseSeed(' date 2024-01-01 ').paragraphs).toEqual([]);
  });
});

describe('deriveTitle', () => {
  it('uses the lede\'s first clause', () => {
    expect(deriveTitle(['Israeli troops pushed into Rafah on Tuesday, residents said.'])).toBe('Israeli troops pushed into Rafah on Tuesday');
  });

  it('cuts a long clause at a word boundary with an ellipsis', () => {
    const t = deriveTitle([`${'word '.repeat(40)}end.`]);
    expect(t.length).toBeLessThanOrEqual(101);
    expect(t.endsWith('…')).toBe(true);
    expect(t).not.toMatch(/ …$/);
  });
});

describe('buildReports', () => {
  const meta: ReportsFile = { reports: { a: { publisher: 'P', date: '2024-01-01', url: 'https://x.test/a' } } };

  it('refuses a report without metadata, naming it', () => {
    expect(() => buildReports([{ name: 'b.txt', raw: 'Text.' }], { reports: {} })).toThrow(/b\.txt/);
  });

  it('refuses metadata without a report', () => {
    expect(() => buildReports([], meta)).toThrow(/without a \.txt/);
  });

  it('refuses a date line that contradicts the metadata', () => {
    expect(() => buildReports([{ name: 'a.txt', raw: ' date 2023-12-31 Text here.' }], meta)).toThrow(/differs/);
  });
});
