/**
 * The options page's staged import (src/ui/options/library-jobs.ts, importItems) against a fake
 * background: chunks go one ahead (never more than two waiting), reports are taken in order, and any
 * failure aborts the staged import once the chunk sent ahead has settled, so nothing is written.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ImportChunkReport, ImportItem } from '../../../src/platform/messages';
import { importItems, type ImportApi } from '../../../src/ui/options/library-jobs';

const items = (n: number): ImportItem[] => Array.from({ length: n }, (_, i) => ({ name: `item ${i}`, entry: { url: `https://news.example/${i}` } }));

/** A background whose chunk answers the test releases one by one; it records what it saw. */
function fakeApi(answer: (items: ImportItem[], nth: number) => ImportChunkReport | Error = (xs) => ({
  accepted: xs.map((x) => ({ name: x.name, url: (x as { entry: { url: string } }).entry.url, title: null })), rejected: [],
})) {
  const log: string[] = [];
  let waiting = 0;
  let most = 0;
  let nth = 0;
  const pending: (() => void)[] = [];
  const api: ImportApi = {
    begin: vi.fn(async () => ({ id: 'imp' })),
    add: vi.fn((_id: string, xs: ImportItem[]) => {
      const k = nth++;
      log.push(`add ${k}`);
      waiting++;
      most = Math.max(most, waiting);
      return new Promise<ImportChunkReport>((resolve, reject) => {
        pending.push(() => {
          waiting--;
          log.push(`answer ${k}`);
          const a = answer(xs, k);
          if (a instanceof Error) reject(a);
          else resolve(a);
        });
      });
    }),
    commit: vi.fn(async () => {
      log.push('commit');
      return { ok: true, message: 'Imported.', count: 1 };
    }),
    abort: vi.fn(async () => {
      log.push('abort');
      return null;
    }),
  };
  /** Answers the oldest waiting chunk, after letting the importer run. */
  const step = async (): Promise<boolean> => {
    await new Promise((r) => setTimeout(r, 0));
    const next = pending.shift();
    next?.();
    return next !== undefined;
  };
  return { api, log, most: () => most, step };
}

async function drive(run: Promise<unknown>, step: () => Promise<boolean>): Promise<void> {
  let done = false;
  void run.finally(() => (done = true));
  while (!done) if (!(await step())) await new Promise((r) => setTimeout(r, 0));
}

describe('importItems', () => {
  it('sends one chunk ahead, never more, takes the reports in order and commits after the last', async () => {
    const f = fakeApi();
    const progress: number[] = [];
    const run = importItems(f.api, items(7), [], (done) => progress.push(done), 2);
    await drive(run, f.step);
    const result = await run;
    expect(result.imported).toBe(true);
    expect(result.accepted.map((a) => a.name)).toEqual(items(7).map((i) => i.name));
    expect(f.most()).toBe(2);
    expect(progress).toEqual([2, 4, 6, 7]);
    // The second chunk goes out before the first is answered; the commit waits for every answer.
    expect(f.log.indexOf('add 1')).toBeLessThan(f.log.indexOf('answer 0'));
    expect(f.log.at(-1)).toBe('commit');
    expect(f.log.filter((l) => l.startsWith('add'))).toHaveLength(4);
  });

  it('a single chunk is sent alone', async () => {
    const f = fakeApi();
    const run = importItems(f.api, items(3), [], () => undefined, 10);
    await drive(run, f.step);
    expect((await run).imported).toBe(true);
    expect(f.most()).toBe(1);
  });

  it('a chunk that fails aborts the import after the chunk sent ahead settles, and nothing is committed', async () => {
    const f = fakeApi((xs, k) => (k === 1 ? new Error('the worker stopped') : { accepted: xs.map((x) => ({ name: x.name, url: 'u', title: null })), rejected: [] }));
    const run = importItems(f.api, items(8), [], () => undefined, 2);
    await drive(run, f.step);
    const result = await run;
    expect(result.imported).toBe(false);
    expect(result.message).toContain('the worker stopped');
    expect(result.accepted).toEqual([]);
    expect(f.api.commit).not.toHaveBeenCalled();
    expect(f.log.at(-1), f.log.join()).toBe('abort');
    expect(f.log.indexOf('answer 2')).toBeLessThan(f.log.indexOf('abort'));
  });

  it('when every item is rejected, the import is aborted with the reasons kept', async () => {
    const f = fakeApi((xs) => ({ accepted: [], rejected: xs.map((x) => ({ name: x.name, reason: 'not a library entry' })) }));
    const run = importItems(f.api, items(5), [{ name: 'notes.pdf', reason: 'not a pack' }], () => undefined, 2);
    await drive(run, f.step);
    const result = await run;
    expect(result.imported).toBe(false);
    expect(result.rejected.map((r) => r.name)).toEqual(['notes.pdf', ...items(5).map((i) => i.name)]);
    expect(f.api.commit).not.toHaveBeenCalled();
    expect(f.api.abort).toHaveBeenCalledTimes(1);
  });
});
