// @vitest-environment happy-dom
/** The library's smaller parts: the privacy notice's Markdown, the download, the export loop, and axe over the new controls. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { axeFindings, axePage } from './axe-page';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryStatus, Settings } from '../../../src/platform/ui-client';

vi.mock('../../../src/platform/ui-client', () => ({
  optionsUrl: (fragment = '') => `chrome-extension://x/options.html#${fragment}`,
  updateSettings: vi.fn(),
  saveArticle: vi.fn(),
  forgetArticle: vi.fn(),
  deleteLibrary: vi.fn(),
  exportLibraryPage: vi.fn(),
  beginImport: vi.fn(),
  addImportItems: vi.fn(),
  commitImport: vi.fn(),
  abortImport: vi.fn(),
  listLibrary: vi.fn(async () => ({
    items: [{ url: 'https://news.example/a1', title: 'Article 1', publisher: 'Example News', date: '2024-01-24', dateInferred: false, keptAt: Date.now(), figures: 2 }],
    total: 1, matched: 1, bytes: 2_900, next: null, corrupt: 1,
  })),
}));

const { parseInline, parseMarkdown } = await import('../../../src/ui/options/markdown-blocks');
const { PrivacyNotice } = await import('../../../src/ui/options/PrivacyNotice');
const { downloadText, REVOKE_AFTER_MS } = await import('../../../src/ui/options/download');
const { collectEntries, packFileName, localDay } = await import('../../../src/ui/options/library-jobs');
const { LibrarySection } = await import('../../../src/ui/options/LibrarySection');
const { LibraryInvite } = await import('../../../src/ui/popup/LibraryInvite');
const { LibraryActions } = await import('../../../src/ui/popup/LibraryActions');

const PRIVACY = readFileSync(resolve(import.meta.dirname, '../../../PRIVACY.md'), 'utf8');
const SETTINGS: Settings = { version: 3, enabled: true, badges: true, disabledSites: [], keepLibrary: true, libraryPaused: false, libraryInvited: true };

afterEach(() => {
  render(null, document.getElementById('slot') ?? document.body);
  vi.useRealTimers();
});

describe('the privacy notice', () => {
  it('reads headings, paragraphs, lists with continuation lines, and inline marks', () => {
    const blocks = parseMarkdown('# Title\n\nA *first* paragraph\nthat wraps.\n\n- **What:** one\n  more line\n- `storage.local` two\n\n## Next');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', inline: [{ kind: 'text', text: 'A ' }, { kind: 'em', text: 'first' }, { kind: 'text', text: ' paragraph that wraps.' }] });
    expect(blocks[2]).toEqual({ kind: 'list', items: [
      [{ kind: 'strong', text: 'What:' }, { kind: 'text', text: ' one more line' }],
      [{ kind: 'code', text: 'storage.local' }, { kind: 'text', text: ' two' }],
    ] });
    expect(parseInline('see [the README](https://example.org/r) now')).toEqual([
      { kind: 'text', text: 'see ' }, { kind: 'link', text: 'the README', href: 'https://example.org/r' }, { kind: 'text', text: ' now' },
    ]);
  });

  it('renders PRIVACY.md as text, headings under the page\'s, with no Markdown left over, and passes axe', async () => {
    const slot = axePage();
    await act(() => {
      render(<section aria-labelledby="p"><h2 id="p">Privacy</h2><PrivacyNotice text={PRIVACY} /></section>, slot);
    });
    const notice = slot.querySelector('details#privacy-notice')!;
    expect(notice.querySelector('h3')?.textContent).toBe('Crosscheck: privacy');
    expect(notice.querySelectorAll('h4').length).toBeGreaterThanOrEqual(2);
    expect(notice.textContent).toContain('Nothing you read leaves your computer.');
    expect(notice.textContent).not.toMatch(/\*\*|^#|`/m);
    expect(notice.querySelectorAll('script, iframe, img')).toHaveLength(0);
    expect(await axeFindings()).toEqual([]);
  });
});

describe('downloading a pack', () => {
  it('clicks a download link to a Blob URL, then revokes the URL', () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const seen: string[] = [];
    document.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      seen.push(`${a.getAttribute('download')} ${a.getAttribute('href')}`);
      e.preventDefault();
    }, { once: true });
    downloadText('crosscheck-library-2024-01-23.json', '{}');
    expect(create).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['crosscheck-library-2024-01-23.json blob:x/1']);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:x/1');
    create.mockRestore();
    revoke.mockRestore();
  });

  it('names the file for the reader\'s day', () => {
    expect(localDay(new Date(2024, 0, 3, 23, 30))).toBe('2024-01-03');
    expect(packFileName('2024-01-03')).toBe('crosscheck-library-2024-01-03.json');
  });

  it('stops rather than loop when the library hands back the same page', async () => {
    const page = vi.fn(async (offset: number) => ({ entries: [], total: 10, next: offset }));
    await expect(collectEntries(page, () => undefined)).rejects.toThrow(/same page/);
    expect(page).toHaveBeenCalledTimes(1);
  });
});

describe('axe over the library controls', () => {
  it('passes on the options page\'s library section', async () => {
    const slot = axePage();
    await act(() => {
      render(<LibrarySection settings={SETTINGS} save={() => undefined} transfer={{ readFiles: vi.fn(), buildPack: vi.fn() }} />, slot);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(slot.querySelectorAll('[data-testid="library-item"]')).toHaveLength(1);
    expect(slot.querySelector('[data-testid="library-corrupt"]')?.textContent).toBe('1 stored record could not be read; it is skipped.');
    expect(await axeFindings()).toEqual([]);
  });

  it('passes on the popup\'s invitation and save button, blocked or not', async () => {
    const status: LibraryStatus = { keeping: false, invite: true, count: 0, bytes: 0, tab: { url: 'https://x/a', saved: false, blocked: 'Crosscheck is off on this site: nothing from it is kept.' } };
    const slot = axePage();
    await act(() => {
      render(<><LibraryInvite status={status} refresh={async () => undefined} /><LibraryActions tabId={1} status={status} settings={SETTINGS} refresh={async () => undefined} /></>, slot);
    });
    expect(slot.querySelector('[data-testid="library-invite"]')).not.toBeNull();
    expect(slot.querySelector('[data-testid="library-action"]')?.hasAttribute('disabled')).toBe(true);
    expect(await axeFindings()).toEqual([]);
  });
});
