/**
 * `npm run analyze -- --corpus DIR` on a corpus folder whose reports.json is partial or broken:
 * every file is still analysed, each gap is one warning line, a broken reports.json one error
 * line, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReports } from '../../../src/build/corpus/build-reports';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of seeds/ with reports.json replaced by `meta` (a string, written as is). */
function corpusWith(name: string, meta: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  spawnSync('mkdir', ['-p', dir]);
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) copyFileSync(join(SEEDS, f), join(dir, f));
  writeFileSync(join(dir, 'reports.json'), meta);
  return dir;
}

const page = join(work, 'page.txt');
writeFileSync(page, 'Gaza\'s health ministry said 25,490 Palestinians had been killed since October 7, as Israeli strikes hit Khan Younis.\n');

function analyze(corpus: string): { status: number | null; lines: Record<string, unknown>[]; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), '--corpus', corpus, page, page], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, lines: run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: run.stderr };
}

const STACK = /^\s+at\s/m;

describe('analyze --corpus with imperfect metadata', () => {
  it('reads a partial reports.json leniently: one warning per file without an entry', () => {
    const full = JSON.parse(readFileSync(join(SEEDS, 'reports.json'), 'utf8')) as { reports: Record<string, unknown> };
    const [first] = Object.keys(full.reports);
    const run = analyze(corpusWith('partial', JSON.stringify({ reports: { [first!]: full.reports[first!] } })));
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(2);
    expect(run.lines.every((l) => !('error' in l))).toBe(true);
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(Object.keys(full.reports).length - 1);
    expect(warnings.every((w) => /no entry in reports\.json/.test(w))).toBe(true);
    expect(run.stderr).not.toMatch(STACK);
  }, 60_000);

  it('names a malformed reports.json in one error line, analyses the files anyway and exits 1', () => {
    const run = analyze(corpusWith('broken', '{"reports": {'));
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(2);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/reports\.json: not valid JSON/);
    expect(run.stderr).not.toMatch(STACK);
  }, 60_000);
});

describe('lenient metadata', () => {
  const files = [{ name: 'a.txt', raw: ' date 2024-01-24 The ministry said 25,700 had been killed.' }, { name: 'b.txt', raw: 'Text of b.' }, { name: 'c.txt', raw: '   ' }];

  it('fills what an entry lacks, leaves out a file without text, and says so once each', () => {
    const warnings: string[] = [];
    const reports = buildReports(files, { reports: { a: { publisher: 'ARN', date: 'yesterday', url: '' } as never } }, { lenient: true, warn: (m) => warnings.push(m) });
    expect(reports.map((r) => [r.id, r.publisher, r.date])).toEqual([['a', 'ARN', '2024-01-24'], ['b', 'unknown', '']]);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^a\.txt: reports\.json entry lacks date; using date 2024-01-24/);
    expect(warnings[1]).toMatch(/^b\.txt: no entry in reports\.json/);
    expect(warnings[2]).toMatch(/^c\.txt: no text/);
  });

  it('stays strict for a corpus that ships', () => {
    expect(() => buildReports(files.slice(0, 2), { reports: { a: { publisher: 'ARN', date: '2024-01-24', url: 'u' } } })).toThrow(/b\.txt/);
  });
});
