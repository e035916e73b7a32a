import { useEffect, useState } from 'preact/hooks';
import { getCorpusInfo, type CorpusInfo } from '../../platform/ui-client';
import { countOf, formatDate } from '../../wording/format';

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; info: CorpusInfo };

/** What the bundled corpus holds: how many reports, over which dates, from which publishers. */
export function CorpusSummary() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    getCorpusInfo().then(
      (info) => live && setLoaded({ state: 'ready', info }),
      () => live && setLoaded({ state: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section class="card" aria-labelledby="corpus-title" data-testid="opt-corpus" data-state={loaded.state}>
      <h2 id="corpus-title">The corpus</h2>
      {loaded.state === 'loading' && <p class="muted loading">Counting the reports…</p>}
      {loaded.state === 'error' && <p class="error">The corpus could not be read. Reloading the extension usually helps.</p>}
      {loaded.state === 'ready' && (
        <>
          <p>
            Crosscheck carries <strong data-testid="opt-corpus-count">{countOf('report', loaded.info.count)}</strong>
            {loaded.info.from && loaded.info.to && (
              <>
                {' '}dated from <time dateTime={loaded.info.from}>{formatDate(loaded.info.from)}</time> to{' '}
                <time dateTime={loaded.info.to}>{formatDate(loaded.info.to)}</time>
              </>
            )}
            , from {countOf('publisher', loaded.info.publishers.length)}.
          </p>
          {loaded.info.publishers.length > 0 && (
            <ul class="publishers" aria-label="Publishers">
              {[...loaded.info.publishers].sort((a, b) => a.localeCompare(b)).map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
