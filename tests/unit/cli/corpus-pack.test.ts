/**
 * `npm run corpus -- pack DIR... --out FILE` as a command: on seeds/, and on a folder of our own
 * files where some cannot be packed (not about the Gaza war, no URL). Standard output stays empty;
 * each file left out is one warning line naming it; the summary is one line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseArticleUrl } from '../../../src/base/article-url';
import { readPack, type ReadPack } from '../../../src/corpus/pack';
import { readEntry } from '../../../src/platform/library-schema';
import { PAGE_HTML } from '../library/page';
import { STORY_23 } from '../packs/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-pack-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function corpus(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/corpus.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const readBack = async (file: string): Promise<ReadPack> => readPack(readFileSync(file, 'utf8'), { validate: readEntry });
const seedUrls = (): string[] => {
  const meta = JSON.parse(readFileSync(join(SEEDS, 'reports.json'), 'utf8')) as { reports: Record<string, { url: string }> };
  return Object.values(meta.reports).map((r) => normaliseArticleUrl(r.url) ?? '').sort();
};
const STACK = /^\s+at\s/m;

/** A folder of our own: a Gaza-war page with a canonical URL, the same page without one, a council story, and a Gaza-war .txt without metadata. */
const mixed = join(work, 'mixed');
mkdirSync(mixed);
writeFileSync(join(mixed, 'courier.html'), PAGE_HTML);
writeFileSync(join(mixed, 'no-url.htm'), PAGE_HTML.replace(/<link rel="canonical"[^>]*>/, ''));
writeFileSync(join(mixed, 'council.txt'), 'Council approves budget\n\nThe city council approved a budget of 4.2 million for road repairs on Tuesday, after 14 months of talks with residents about the bridge on Mill Street.\n');
writeFileSync(join(mixed, 'khan-younis.txt'), STORY_23);
writeFileSync(join(mixed, 'notes.md'), 'not read');

describe('corpus pack', () => {
  it('packs the seeds: one entry per report, keyed by its URL from reports.json, and a one-line summary', async () => {
    const out = join(work, 'seeds.json');
    const run = corpus('pack', SEEDS, '--out', out, '--title', 'The seeds');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^pack: 3 reports from 3 files \(0 warnings\) → .*seeds\.json, [\d.]+ KB/)]);
    const pack = await readBack(out);
    expect(pack.meta).toMatchObject({ title: 'The seeds', reports: 3, texts: false, generator: expect.stringMatching(/^Crosscheck \d+\.\d+\.\d+ corpus CLI$/) });
    expect(pack.reports.map((r) => r.url).sort()).toEqual(seedUrls());
    expect(pack.reports.every((r) => r.text === undefined && r.publisher !== null && r.date !== null)).toBe(true);
    // The engine's figures: report 000 gives the ministry's 25,490 (the bulletin of 23 Jan), 001 its 25,700.
    const tolls = pack.reports.map((r) => r.figures.find((f) => f.measure === 'killed.palestinians.cumulative')?.value);
    expect(tolls).toEqual(expect.arrayContaining([25490, 25700]));
  }, 60_000);

  it('leaves out, one warning each, what is not a Gaza-war article or has no URL; --texts carries the text', async () => {
    const out = join(work, 'mixed.json');
    const run = corpus('pack', mixed, SEEDS, '--out', out, '--texts');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings.filter((w) => /council\.txt: not a Gaza-war article; left out$/.test(w))).toHaveLength(1);
    expect(warnings.filter((w) => /no-url\.htm: no http\(s\) URL/.test(w))).toHaveLength(1);
    expect(warnings.filter((w) => /khan-younis\.txt: no http\(s\) URL/.test(w))).toHaveLength(1);
    expect(run.stderr).not.toMatch(/notes\.md|courier\.html/);
    expect(run.stderr).toMatch(/^pack: 4 reports with texts from 7 files/m);
    expect(run.stderr).not.toMatch(STACK);
    const pack = await readBack(out);
    expect(pack.meta.texts).toBe(true);
    const courier = pack.reports.find((r) => r.url === 'https://www.dailycourier.example/world/middle-east/gaza-strikes-truce-talks-2024-01-24');
    expect(courier).toMatchObject({ publisher: 'Daily Courier', date: '2024-01-24', lang: 'en' });
    expect(courier?.text).toMatch(/^Israeli strikes across the central Gaza Strip killed at least 41 people overnight/);
    for (const r of pack.reports) {
      for (const f of r.figures) expect(r.text, r.url).toContain(f.text);
    }
  }, 60_000);

  it('writes nothing and exits 1 when no file can be packed', () => {
    const dir = join(work, 'only-council');
    mkdirSync(dir);
    writeFileSync(join(dir, 'council.txt'), readFileSync(join(mixed, 'council.txt')));
    const out = join(work, 'none.json');
    const run = corpus('pack', dir, '--out', out);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/^error: no Gaza-war article with a URL/m);
  }, 60_000);

  it('exits 2 on a usage error, with the usage line, and writes nothing', () => {
    const out = join(work, 'usage.json');
    for (const args of [['pack', SEEDS], ['pack', '--out', out], ['pack', SEEDS, '--out', out, '--text'], ['pack', join(work, 'missing'), '--out', out], ['bundle', SEEDS]]) {
      const run = corpus(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^usage: npm run --silent corpus -- pack DIR\.\.\. --out FILE/m);
    }
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
