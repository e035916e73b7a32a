/**
 * The options page's library transfer (src/app/pages/library-transfer.ts) on File objects, with
 * linkedom's DOMParser standing in for the page's: packs all or nothing, seeds-format .txt with a
 * reports.json picked beside them, .html pages, and what is rejected, with why.
 */
import { DOMParser as LinkedomParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibraryTransfer, libraryTransfer, MAX_ARTICLE_FILE_BYTES } from '../../../src/app/pages/library-transfer';
import { MAX_PACK_BYTES, buildPack, packHash, readPack } from '../../../src/corpus/pack';
import { readEntry } from '../../../src/platform/library-schema';
import type { ImportItem } from '../../../src/platform/messages';
import type { Article } from '../../../src/types';
import { PAGE_HTML } from '../library/page';
import { entries, STORY_23, withTexts } from './fixtures';

const file = (name: string, body: string): File => new File([body], name);
const packFile = async (name: string, reports = withTexts()): Promise<File> => file(name, await buildPack(reports, { title: 'Khan Younis' }));
const articleOf = (item: ImportItem | undefined): Article => {
  if (!item || !('article' in item)) throw new Error(`not an article: ${JSON.stringify(item)}`);
  return item.article;
};

/** A file that says it is `size` bytes and fails the test if anything reads it. */
const hugeFile = (name: string, size: number): File => ({ name, size, text: () => { throw new Error('read a file past the limit'); } }) as unknown as File;

const original = (globalThis as { DOMParser?: unknown }).DOMParser;
beforeAll(() => { Object.assign(globalThis, { DOMParser: LinkedomParser }); });
afterAll(() => { Object.assign(globalThis, { DOMParser: original }); });

describe('libraryTransfer.readFiles', () => {
  it('reads a pack\'s entries (without texts), a .txt with its reports.json, and an .html page', async () => {
    const sidecar = file('reports.json', JSON.stringify({ reports: { '023_khan_younis': { publisher: 'Wire Desk', date: '2024-01-23', url: 'https://wire.example/gaza/023' } } }));
    const got = await libraryTransfer.readFiles([await packFile('week.json'), file('023_khan_younis.txt', STORY_23), sidecar, file('courier.html', PAGE_HTML)], () => undefined);
    expect(got.rejected).toEqual([]);
    expect(got.items.map((i) => i.name)).toEqual(['week.json, report 1', 'week.json, report 2', '023_khan_younis.txt', 'courier.html']);
    expect(got.items.slice(0, 2).map((i) => ('entry' in i ? i.entry : null))).toEqual(entries());
    expect(articleOf(got.items[2])).toMatchObject({ url: 'https://wire.example/gaza/023', publisher: 'Wire Desk', date: '2024-01-23', title: 'Strikes on Khan Younis as toll passes 25,000' });
    expect(articleOf(got.items[2]).text).toMatch(/^The Gaza health ministry said on Tuesday that 25,490 Palestinians/);
    const page = articleOf(got.items[3]);
    expect(page).toMatchObject({ publisher: 'Daily Courier', date: '2024-01-24', lang: 'en', title: 'Strikes kill dozens in central Gaza as truce talks resume' });
    expect(page.url).toMatch(/^https:\/\/www\.dailycourier\.example\/world\/middle-east\/gaza-strikes-truce-talks-2024-01-24/);
    expect(page.text).toContain('25,490 Palestinians had been killed');
    expect(page.text).not.toMatch(/Copyright Daily Courier/);
  });

  it('sends a pack\'s entries strict, checked only for their shape: the background checks each in full as it is staged', async () => {
    const [first, second] = entries();
    const odd = { ...second!, date: 'Tuesday' };
    const got = await libraryTransfer.readFiles([await packFile('week.json', [first!, odd])], () => undefined);
    expect(got.rejected).toEqual([]);
    expect(got.items.map((i) => ('entry' in i ? i.strict : null))).toEqual([true, true]);
    expect(got.items.map((i) => ('entry' in i ? (i.entry as { date: string }).date : null))).toEqual([first!.date, 'Tuesday']);
    // An entry without a web address, or two with one address, still refuse the pack here.
    const noUrl = await libraryTransfer.readFiles([await packFile('a.json', [first!, { ...second!, url: 'ftp://x.example/' }])], () => undefined);
    expect(noUrl.items).toEqual([]);
    expect(noUrl.rejected[0]?.reason).toMatch(/^Report 2 of 2 in this pack is invalid \(url: /);
    const twice = await libraryTransfer.readFiles([await packFile('b.json', [first!, { ...second!, url: `${first!.url}#again` }])], () => undefined);
    expect(twice.rejected[0]?.reason).toMatch(/same URL as report 1/);
  });

  it('rejects a bad pack as one item naming the file and why, with none of its entries', async () => {
    const good = await buildPack(entries(), { title: 'Khan Younis' });
    const data = JSON.parse(good) as Record<string, unknown>;
    data.version = 2;
    data.hash = await packHash(data);
    const got = await libraryTransfer.readFiles([
      file('tampered.json', good.replace('"value":25700', '"value":25800')),
      file('cut.json', good.slice(0, good.length - 10)),
      file('newer.json', JSON.stringify(data)),
      hugeFile('huge.json', MAX_PACK_BYTES + 1),
      await packFile('fine.json', entries().slice(0, 1)),
    ], () => undefined);
    expect(got.items.map((i) => i.name)).toEqual(['fine.json, report 1']);
    expect(got.rejected.map((r) => r.name)).toEqual(['tampered.json', 'cut.json', 'newer.json', 'huge.json']);
    expect(got.rejected[0]!.reason).toMatch(/^This pack is damaged: its content does not match its hash/);
    expect(got.rejected[1]!.reason).toMatch(/cut off/);
    expect(got.rejected[2]!.reason).toMatch(/made by a newer Crosscheck/);
    expect(got.rejected[3]!.reason).toMatch(/^This pack is 200\.1 MB, more than the 200 MB Crosscheck reads\.$/);
  });

  it('rejects other files, articles without an address, and an unusable reports.json, saying why', async () => {
    const got = await libraryTransfer.readFiles([
      file('notes.pdf', '%PDF-1.4'),
      file('no-meta.txt', STORY_23),
      file('no-url.html', PAGE_HTML.replace(/<link rel="canonical"[^>]*>/, '')),
      file('empty.html', '<html><body></body></html>'),
      hugeFile('huge.html', MAX_ARTICLE_FILE_BYTES + 1),
      file('reports.json', '{"reports": '),
    ], () => undefined);
    expect(got.items).toEqual([]);
    expect(Object.fromEntries(got.rejected.map((r) => [r.name, r.reason]))).toEqual({
      'reports.json': 'not valid JSON; the .txt files were read without it',
      'notes.pdf': expect.stringMatching(/^not a corpus pack \(\.json\), an article in the seeds' format \(\.txt\) or a web page \(\.html\)$/),
      'no-meta.txt': expect.stringMatching(/no web address.*reports\.json/),
      'no-url.html': expect.stringMatching(/does not give its web address/),
      'empty.html': 'no article text could be read from it',
      'huge.html': 'the file is larger than the 10 MB an article is read up to',
    });
  });

  it('reports progress after each file and yields to the page between files', async () => {
    const events: string[] = [];
    const transfer = createLibraryTransfer({
      parseHtml: (html) => new LinkedomParser().parseFromString(html, 'text/html') as unknown as Document,
      validate: readEntry,
      yieldToPage: async () => { events.push('yield'); },
      generator: 'tests',
    });
    await transfer.readFiles([await packFile('a.json'), file('b.pdf', ''), file('c.html', PAGE_HTML)], (done, total) => events.push(`${done}/${total}`));
    expect(events).toEqual(['0/3', '1/3', 'yield', '2/3', 'yield', '3/3', 'yield']);
  });

  it('lets a timer queued before a long import run before the import ends', async () => {
    let timerRan = false;
    setTimeout(() => { timerRan = true; }, 0);
    const progress: boolean[] = [];
    await libraryTransfer.readFiles([file('a.pdf', ''), file('b.pdf', '')], (done) => { if (done === 2) progress.push(timerRan); });
    expect(progress).toEqual([true]);
  });
});

describe('libraryTransfer.buildPack', () => {
  it('builds a pack of the entries, under the title given, that reads back to them', async () => {
    const got = await readPack(await libraryTransfer.buildPack(entries(), 'My library, January 2024'), { validate: readEntry });
    expect(got.meta).toMatchObject({ title: 'My library, January 2024', reports: 2, texts: false });
    expect(got.reports).toEqual(entries());
  });
});
