import { useEffect, useState } from 'preact/hooks';
import { getCorpusInfo, type CorpusInfo } from '../../platform/ui-client';
import { countOf, formatDate } from '../../wording/format';
import { say } from '../../wording/messages';
import { Say } from '../common/Say';

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
      <h2 id="corpus-title">{say('opt_corpus_title')}</h2>
      {loaded.state === 'loading' && <p class="muted loading">{say('opt_corpus_counting')}</p>}
      {loaded.state === 'error' && <p class="error">{say('opt_corpus_error')}</p>}
      {loaded.state === 'ready' && (
        <>
          <p>
            <Say
              k={loaded.info.from && loaded.info.to ? 'opt_corpus_dated' : 'opt_corpus_undated'}
              params={{
                reports: <strong data-testid="opt-corpus-count">{countOf('report', loaded.info.count)}</strong>,
                from: loaded.info.from && <time dateTime={loaded.info.from}>{formatDate(loaded.info.from)}</time>,
                to: loaded.info.to && <time dateTime={loaded.info.to}>{formatDate(loaded.info.to)}</time>,
                publishers: countOf('publisher', loaded.info.publishers.length),
              }}
            />
          </p>
          {loaded.info.publishers.length > 0 && (
            <ul class="publishers" aria-label={say('opt_corpus_publishers')}>
              {[...loaded.info.publishers].sort((a, b) => a.localeCompare(b)).map((p) => <li key={p}>{p}</li>)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
