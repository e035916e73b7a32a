// @vitest-environment happy-dom
/**
 * A page that wakes a worker whose library is still loading, end to end through the content
 * scheduler and the real background over fake ports: badges from the first answer at once, then
 * the second answer's in their place, once, with the port closed after it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../src/app/background/service';
import { startContent } from '../../../src/app/content/scheduler';
import { openLibrary, type Library } from '../../../src/platform/library-store';
import { updateSettings } from '../../../src/platform/settings';
import { BADGE_TAG } from '../../../src/ui/badges/badge-element';
import { installFakePorts, type FakePort } from '../support/fake-ports';
import { ARTICLE_HTML, noAllSitesGrant, referenceBundle, seedBundle, fakeContentContext, WAIT } from './controllers-fixtures';


const badges = (): number => document.querySelectorAll(BADGE_TAG).length;
const marks = (name: string): number => performance.getEntriesByName(`crosscheck:${name}`).length;

describe('a page that wakes the worker while its library loads', () => {
  let ctx: ReturnType<typeof fakeContentContext>;
  let opened: FakePort[] = [];
  let libs: Library[] = [];
  let release: () => void = () => undefined;

  beforeEach(async () => {
    fakeBrowser.reset();
    noAllSitesGrant();
    globalThis.indexedDB = new IDBFactory();
    libs = [];
    ({ opened } = installFakePorts({ id: 3, url: 'https://www.reuters.com/world/x' }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await updateSettings({ keepLibrary: true, libraryPaused: true });
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The database opens at once; reading the index back waits for the test.
    startBackground(seedBundle(), referenceBundle(), {
      open: async () => {
        const lib = await openLibrary({ onCorrupt: () => undefined });
        libs.push(lib);
        return { ...lib, loadIndex: async () => (await gate, lib.loadIndex()) };
      },
    });
    document.documentElement.innerHTML = ARTICLE_HTML.replace(/^<!doctype html><html>|<\/html>$/g, '');
    performance.clearMarks();
    ctx = fakeContentContext();
  });
  afterEach(() => {
    ctx.invalidate();
    for (const lib of libs) lib.close();
  });

  it('places the first answer\'s badges, then the second answer\'s in their place, and closes the port', async () => {
    startContent(ctx);
    await vi.waitFor(() => expect(badges()).toBeGreaterThan(0), WAIT);
    const first = badges();
    expect(marks('follows')).toBe(1);
    expect(marks('updated')).toBe(0);
    expect(opened[0]?.open).toBe(true); // waiting for the rest
    release();
    await vi.waitFor(() => expect(marks('updated')).toBe(1), WAIT);
    expect(badges()).toBe(first); // an empty library adds no comparison: the same badges, once
    await vi.waitFor(() => expect(opened[0]?.open).toBe(false), WAIT);
    expect(opened).toHaveLength(1);
  });
});
