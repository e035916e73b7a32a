import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteLibrary, forgetArticle, listLibrary, type LibraryItem, type LibraryListing } from '../../platform/ui-client';
import { hostOf } from '../../base/urls';
import { countOf, formatBytes, formatDate, formatNumber, youRead } from '../../wording/format';
import { OriginalLink } from '../common/OriginalLink';

/** Articles per page of the list: a screenful or two; "Show more" asks for the next. */
export const LIBRARY_PAGE = 50;
/** Quiet time after the last keystroke before filtering: one request per word typed. */
export const FILTER_DEBOUNCE_MS = 250;

/** Props of {@link LibraryList}. */
export interface LibraryListProps {
  /** Changes when the library changed elsewhere on the page (an import): the list is read again. */
  version: number;
  /** Called after this list deleted something. */
  onChanged: () => void;
  debounceMs?: number;
}

type Said = { text: string; ok: boolean } | null;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** "24 Jan 2024", "22 Jan 2024 (inferred)", or "undated". */
const dateOf = (item: LibraryItem): string => (item.date && item.dateInferred ? `${formatDate(item.date)} (inferred)` : formatDate(item.date));

function Item({ item, onDelete, busy }: { item: LibraryItem; onDelete: (item: LibraryItem) => void; busy: boolean }) {
  const title = item.title ?? item.url;
  return (
    <li data-testid="library-item" data-url={item.url}>
      <div class="library-entry">
        <OriginalLink url={item.url} class="item-title">{title}</OriginalLink>
        <p class="muted small">
          {item.publisher ?? hostOf(item.url) ?? ''} · {dateOf(item)} · {youRead(item.keptAt)} · {countOf('figure', item.figures)}
        </p>
      </div>
      <button type="button" disabled={busy} onClick={() => onDelete(item)} data-testid="library-delete">
        Delete<span class="visually-hidden"> “{title}”</span>
      </button>
    </li>
  );
}

/**
 * The library's articles, newest first, a page at a time, filtered by the words typed in its
 * search box; its count and stored size; delete one article, or all of them after an inline
 * confirmation (no request is made before it is confirmed). Records that could not be read are
 * counted. Every outcome is announced.
 */
export function LibraryList({ version, onChanged, debounceMs = FILTER_DEBOUNCE_MS }: LibraryListProps) {
  const [query, setQuery] = useState('');
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reload, setReload] = useState(0);
  const ticket = useRef(0);
  const shown = useRef(LIBRARY_PAGE);
  const heading = useRef<HTMLHeadingElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const deleteAllButton = useRef<HTMLButtonElement>(null);

  // The first page for the query (or as many as were shown, after a deletion): newest answer wins.
  useEffect(() => {
    const mine = ++ticket.current;
    const q = query.trim();
    const limit = Math.max(LIBRARY_PAGE, shown.current);
    const read = (): void => {
      listLibrary(q, 0, limit).then(
        (l) => {
          if (mine !== ticket.current) return;
          setListing(l);
          setFailed(null);
        },
        (err: unknown) => mine === ticket.current && setFailed(errorText(err)),
      );
    };
    // Only typing waits for a pause; the whole library (and a reload after a change) is read at once.
    if (!q) {
      read();
      return undefined;
    }
    const timer = setTimeout(read, debounceMs);
    return () => clearTimeout(timer);
  }, [query, version, reload, debounceMs]);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const more = (): void => {
    if (!listing || listing.next === null) return;
    const mine = ++ticket.current;
    setBusy(true);
    listLibrary(query.trim(), listing.next, LIBRARY_PAGE)
      .then(
        (l) => {
          if (mine !== ticket.current) return;
          setListing({ ...l, items: [...listing.items, ...l.items] });
          shown.current = listing.items.length + l.items.length;
        },
        (err: unknown) => setSaid({ text: `More articles could not be read: ${errorText(err)}`, ok: false }),
      )
      .finally(() => setBusy(false));
  };

  const after = (run: Promise<{ ok: boolean; message: string }>, focus: () => void): void => {
    setBusy(true);
    setSaid(null);
    run
      .then(
        (outcome) => setSaid({ text: outcome.message, ok: outcome.ok }),
        (err: unknown) => setSaid({ text: `The library did not answer: ${errorText(err)}`, ok: false }),
      )
      .finally(() => {
        setBusy(false);
        setReload((n) => n + 1);
        onChanged();
        focus();
      });
  };
  // The deleted article's button goes with it: focus moves to the list's heading.
  const deleteOne = (item: LibraryItem): void => after(forgetArticle({ url: item.url }), () => heading.current?.focus());
  const deleteAll = (): void => {
    setConfirming(false);
    shown.current = LIBRARY_PAGE;
    after(deleteLibrary(), () => heading.current?.focus());
  };
  const stopConfirming = (): void => {
    setConfirming(false);
    // After the confirmation closes, its opener is back: focus returns to it.
    setTimeout(() => deleteAllButton.current?.focus(), 0);
  };

  const q = query.trim();
  return (
    <div class="library-list" data-testid="library-list" data-state={failed ? 'error' : listing ? 'ready' : 'loading'}>
      <h3 id="library-list-title" ref={heading} tabIndex={-1}>Articles in your library</h3>
      {listing && (
        <p data-testid="library-count">
          {q
            ? `${formatNumber(listing.matched)} of ${countOf('article', listing.total)} match “${q}” · ${formatBytes(listing.bytes)}`
            : `${countOf('article', listing.total)} · ${formatBytes(listing.bytes)}`}
        </p>
      )}
      {listing && listing.corrupt > 0 && (
        <p class="warning small" data-testid="library-corrupt">
          {listing.corrupt === 1 ? '1 stored record could not be read; it is skipped.' : `${formatNumber(listing.corrupt)} stored records could not be read; they are skipped.`}
        </p>
      )}
      <label for="library-filter">Search your library</label>
      <input
        id="library-filter"
        type="search"
        class="text-input"
        autocomplete="off"
        placeholder="e.g. Rafah, ceasefire"
        value={query}
        data-testid="library-filter"
        onInput={(e) => {
          shown.current = LIBRARY_PAGE;
          setQuery((e.currentTarget as HTMLInputElement).value);
        }}
      />
      {!listing && !failed && <p class="muted loading">Reading your library…</p>}
      {failed && <p class="error" role="alert">Your library could not be read: {failed}</p>}
      {listing && listing.items.length === 0 && (
        <p class="muted" data-testid="library-empty">{q ? `No article in your library matches “${q}”.` : 'Your library is empty.'}</p>
      )}
      {listing && listing.items.length > 0 && (
        <ul class="library-items" aria-labelledby="library-list-title">
          {listing.items.map((item) => <Item key={item.url} item={item} onDelete={deleteOne} busy={busy} />)}
        </ul>
      )}
      {listing && listing.next !== null && (
        <button type="button" onClick={more} disabled={busy} data-testid="library-more">Show more</button>
      )}
      {listing && listing.total > 0 && !confirming && (
        <p>
          <button type="button" ref={deleteAllButton} onClick={() => setConfirming(true)} disabled={busy} data-testid="library-delete-all">
            Delete all…
          </button>
        </p>
      )}
      {confirming && listing && (
        <div class="confirm" role="group" aria-labelledby="library-confirm-text" data-testid="library-confirm">
          <p id="library-confirm-text">
            <strong>Delete all {countOf('article', listing.total)} from your library?</strong> This cannot be undone. (Export the library first to keep a copy.)
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={deleteAll} data-testid="library-confirm-delete">Delete all</button>
            <button type="button" ref={cancel} onClick={stopConfirming} data-testid="library-confirm-cancel">Cancel</button>
          </div>
        </div>
      )}
      <p class={`small${said && !said.ok ? ' error' : ''}`} role="status" aria-live="polite" data-testid="library-list-message">{said?.text ?? ''}</p>
    </div>
  );
}
