import { useEffect, useRef, useState } from 'preact/hooks';
import { searchReports } from '../../platform/ui-client';
import type { SearchHit } from '../../corpus/match-reports';
import { countOf, formatDate, youRead } from '../../wording/format';
import { ArticleLink } from './ArticleLink';

/** Quiet time after the last keystroke before searching: one search per word typed, not per letter. */
export const SEARCH_DEBOUNCE_MS = 250;
/** Shorter queries match nearly every report and tell the reader nothing. */
export const MIN_QUERY = 2;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string };

/**
 * The corpus search box: debounced, newest answer wins, results open the report page (an article
 * of the reader's library opens where it was published, marked "you read, 23 Jan").
 */
export function SearchBox({ debounceMs = SEARCH_DEBOUNCE_MS }: { debounceMs?: number }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (q.length < MIN_QUERY) {
      setState({ status: 'idle' });
      return undefined;
    }
    const timer = setTimeout(() => {
      setState({ status: 'searching', query: q });
      searchReports(q).then(
        (hits) => { if (ticket === latest.current) setState({ status: 'done', query: q, hits }); },
        () => { if (ticket === latest.current) setState({ status: 'error', query: q }); },
      );
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [query, debounceMs]);

  let status = '';
  if (state.status === 'searching') status = 'Searching…';
  else if (state.status === 'error') status = 'The search failed. Try again.';
  else if (state.status === 'done') status = state.hits.length === 0 ? `No report matches “${state.query}”.` : `${countOf('report', state.hits.length)} found.`;

  return (
    <section class="block search" aria-labelledby="search-title">
      <h2 id="search-title">Search the corpus</h2>
      <label for="search-input" class="visually-hidden">Search the bundled reports and your library</label>
      <input
        id="search-input"
        type="search"
        placeholder="e.g. Khan Younis, ceasefire"
        autocomplete="off"
        value={query}
        data-testid="popup-search"
        aria-describedby="search-status"
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p id="search-status" class="muted small" role="status" aria-live="polite">{status}</p>
      {state.status === 'done' && state.hits.length > 0 && (
        <ul class="search-results">
          {state.hits.map((h) => (
            <li key={h.id} data-testid="search-result" data-report-id={h.id} data-kept={h.keptAt !== undefined ? 'true' : undefined}>
              <ArticleLink id={h.id} url={h.url} keptAt={h.keptAt}>{h.title}</ArticleLink>
              <span class="muted small"> · {h.publisher}, {formatDate(h.date)}</span>
              {h.keptAt !== undefined && <span class="small"> · <span class="kept-tag">{youRead(h.keptAt)}</span></span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
