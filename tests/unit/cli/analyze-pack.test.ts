/**
 * `npm run analyze -- --corpus PACK`: a pack built from seeds/ with `npm run corpus -- pack` gives
 * the pages the same related reports (by URL), in the same order, with the same same-story
 * verdicts, and the same figure differences as `--corpus seeds`; a pack that cannot be read is one
 * error line, and the files are analysed without it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseArticleUrl } from '../../../src/base/article-url';
import { LIBRARY_PREFIX } from '../../../src/corpus/library-index';
import { PAGE_HTML } from '../library/page';
import { STORY_23, STORY_24 } from '../packs/fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEEDS = join(ROOT, 'seeds');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-analyze-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pages = [['courier.html', PAGE_HTML], ['story-23.txt', STORY_23], ['story-24.txt', STORY_24]].map(([name, body]) => {
  const path = join(work, name!);
  writeFileSync(path, body!);
  return path;
});
const PACK = join(work, 'seeds-pack.json');

function run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Line {
  error?: string;
  related: { id: string; sameStory: boolean }[];
  differences: { measure: string; page: { value: number }; others: { report: string; value: number; date: string | null }[]; kind: string }[];
  agreements: number;
}
const analyze = (corpus: string): { status: number | null; lines: Line[]; stderr: string } => {
  const r = run('analyze.ts', '--corpus', corpus, ...pages);
  return { status: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line), stderr: r.stderr };
};

/** A seed's URL by its id, as the library keys it. */
const seedUrl: Record<string, string> = Object.fromEntries(
  Object.entries((JSON.parse(readFileSync(join(SEEDS, 'reports.json'), 'utf8')) as { reports: Record<string, { url: string }> }).reports)
    .map(([id, m]) => [id, normaliseArticleUrl(m.url) ?? '']),
);
/** A related report's URL: a library id carries it, a seed's is looked up. */
const urlOf = (id: string): string => (id.startsWith(LIBRARY_PREFIX) ? id.slice(LIBRARY_PREFIX.length) : seedUrl[id] ?? `unknown seed ${id}`);

/** The fields that must agree, with report ids as URLs. */
const keyFields = (l: Line) => ({
  related: l.related.map((r) => [urlOf(r.id), r.sameStory]),
  differences: l.differences.map((d) => ({ measure: d.measure, page: d.page.value, kind: d.kind, others: d.others.map((o) => [urlOf(o.report), o.value, o.date]) })),
  agreements: l.agreements,
});

beforeAll(() => {
  const built = run('corpus.ts', 'pack', SEEDS, '--out', PACK);
  if (built.status !== 0) throw new Error(`corpus pack failed: ${built.stderr}`);
}, 60_000);

describe('analyze --corpus PACK', () => {
  it('relates and compares the pages as the seeds folder does, report for report by URL', () => {
    const bySeeds = analyze(SEEDS);
    const byPack = analyze(PACK);
    expect([bySeeds.status, byPack.status]).toEqual([0, 0]);
    expect(byPack.stderr).toMatch(/^corpus: 3 reports from pack .*seeds-pack\.json \("seeds"\)/m);
    expect(byPack.lines).toHaveLength(pages.length);
    // The pack's reports are library articles.
    expect(byPack.lines.flatMap((l) => l.related.map((r) => r.id)).every((id) => id.startsWith(LIBRARY_PREFIX))).toBe(true);
    for (const [i, line] of byPack.lines.entries()) expect(keyFields(line), pages[i]).toEqual(keyFields(bySeeds.lines[i]!));
    // What was compared is not empty: each page has same-story reports, one that is not, and differences.
    for (const line of bySeeds.lines) {
      expect(line.related.some((r) => r.sameStory) && line.related.some((r) => !r.sameStory)).toBe(true);
      expect(line.differences.length).toBeGreaterThan(0);
    }
    // The page of 23 Jan (the ministry's 25,490) is an update of the report giving 24 Jan's 25,700.
    const toll = byPack.lines[1]!.differences.find((d) => d.measure === 'killed.palestinians.cumulative');
    expect(toll).toMatchObject({ page: { value: 25490 }, kind: 'update', others: [{ report: `${LIBRARY_PREFIX}${seedUrl['001_04e031c6b96cc0b5']}`, value: 25700 }] });
  }, 60_000);

  it('names a pack it cannot read in one error line, analyses the files without it, and exits 1', () => {
    const tampered = join(work, 'tampered.json');
    writeFileSync(tampered, readFileSync(PACK, 'utf8').replace('"value":25700', '"value":25800'));
    const r = analyze(tampered);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(pages.length);
    expect(r.lines.every((l) => !l.error && l.related.length === 0)).toBe(true);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toEqual([expect.stringMatching(/^error: corpus .*tampered\.json: This pack is damaged: .*; analysing without it$/)]);
    expect(r.stderr).not.toMatch(/^\s+at\s/m);
  }, 60_000);
});
