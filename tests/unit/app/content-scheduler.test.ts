// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContent } from '../../../src/app/content/scheduler';
import { updateSettings } from '../../../src/platform/settings';
import { BADGE_TAG } from '../../../src/ui/badges/badge-element';
import { type FakePort } from '../support/fake-ports';
import { ARTICLE_HTML, fakeContentContext, WAIT, freshBackground } from './controllers-fixtures';


const badges = (): number => document.querySelectorAll(BADGE_TAG).length;

describe('the content scheduler', () => {
  let ctx: ReturnType<typeof fakeContentContext>;
  let opened: FakePort[] = [];
  beforeEach(() => {
    ({ opened } = freshBackground({ id: 3, url: 'https://www.reuters.com/world/x' }));
    document.documentElement.innerHTML = ARTICLE_HTML.replace(/^<!doctype html><html>|<\/html>$/g, '');
    ctx = fakeContentContext();
  });
  afterEach(() => ctx.invalidate());

  it('runs a pass on first load, again when the settings change, and cleans up when invalidated', async () => {
    startContent(ctx);
    await vi.waitFor(() => expect(badges()).toBeGreaterThan(0), WAIT);
    await updateSettings({ badges: false });
    await vi.waitFor(() => expect(badges()).toBe(0), WAIT);
    await updateSettings({ badges: true });
    await vi.waitFor(() => expect(badges()).toBeGreaterThan(0), WAIT);
    ctx.invalidate();
    expect(badges()).toBe(0);
  });

  it('looks again once the page has changed and settled, without duplicating badges', async () => {
    startContent(ctx);
    await vi.waitFor(() => expect(badges()).toBeGreaterThan(0), WAIT);
    const before = badges();
    expect(opened).toHaveLength(1); // one pass, one request to the background
    const p = document.createElement('p');
    p.textContent = 'Aid agencies said 114 trucks entered through the Rafah crossing on Wednesday.';
    document.querySelector('article')?.append(p);
    // A second pass follows once the page settles, and replaces the badges: one set on the page.
    await vi.waitFor(() => expect(opened).toHaveLength(2), WAIT);
    // The pass closes its port once answered, then places its badges in the same task.
    await vi.waitFor(() => expect(opened[1]?.open).toBe(false), WAIT);
    await new Promise((r) => setTimeout(r, 0));
    expect(badges()).toBe(before);
  });
});
