/**
 * The toolbar popup: what Crosscheck knows about the current tab (verdict, related reports,
 * figures, timeline), the reader's library (the invitation, save or forget this article), the
 * corpus search, the per-site switch and the way to the options. Owns the popup's loading of the
 * tab's result, the settings and the library status; each part is its own component.
 */
import { useEffect, useState } from 'preact/hooks';
import { currentTab, getTabResult, loadSettings, openOptions, watchSettings, watchTabResult, type Settings, type TabResult } from '../../platform/ui-client';
import { StateMessage } from '../common/StateMessage';
import { FigureTable } from './FigureTable';
import { LibraryActions } from './LibraryActions';
import { LibraryInvite } from './LibraryInvite';
import { RelatedList } from './RelatedList';
import { SearchBox } from './SearchBox';
import { SiteToggle } from './SiteToggle';
import { Timeline } from './Timeline';
import { Verdict } from './Verdict';
import { useLibraryStatus } from './use-library-status';
import { hostOf } from '../../base/urls';
import type { ReferenceSet } from '../../reference/format';
import { siteIsOn } from '../common/site-host';
import './popup.css';
import { say } from '../../wording/messages';

/** What the popup shows for the tab, as data-state says it. */
export type PopupState = 'loading' | 'empty' | 'not-gaza' | 'ready' | 'error';

type Loaded =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'loaded'; tabId: number | null; tabUrl: string | null; result: TabResult | null };

/** The popup's state for a loaded result: empty, not about the war, or ready. */
export function popupStateOf(result: TabResult | null): Exclude<PopupState, 'loading' | 'error'> {
  if (!result) return 'empty';
  return result.analysis.topic.gaza && result.analysis.topic.isArticle ? 'ready' : 'not-gaza';
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function Empty({ host, off, onOptions }: { host: string | null; off: boolean; onOptions: () => void }) {
  if (host && off) {
    return (
      <StateMessage state="empty" title={say('popup_off_on_site', { host })}>
        <p>{say('popup_off_on_site_help')}</p>
      </StateMessage>
    );
  }
  return (
    <StateMessage state="empty" title={say('popup_empty')}>
      <p>{say('popup_empty_help')}</p>
      <button type="button" onClick={onOptions}>{say('popup_open_options')}</button>
    </StateMessage>
  );
}

function Result({ result, reference }: { result: TabResult; reference: ReferenceSet | null }) {
  const { analysis } = result;
  if (popupStateOf(result) === 'not-gaza') {
    return (
      <>
        <Verdict topic={analysis.topic} article={analysis.article} inferredDate={analysis.inferredDate} />
        <p class="muted small">{say('popup_not_gaza')}</p>
      </>
    );
  }
  return (
    <>
      <Verdict topic={analysis.topic} article={analysis.article} inferredDate={analysis.inferredDate} />
      <RelatedList related={analysis.related} />
      {(analysis.related.length > 0 || analysis.figures.some((f) => f.reference)) && (
        <FigureTable alignments={analysis.alignments} figures={analysis.figures} reference={reference} related={analysis.related} />
      )}
      <Timeline analysis={analysis} reference={reference} />
    </>
  );
}

/** Props of {@link Popup}. */
export interface PopupProps {
  /** The bundled official series (for the timeline and the checks' publishers); null until wired or loaded. */
  reference?: ReferenceSet | null;
}

/** The toolbar popup for the current tab. */
export function Popup({ reference = null }: PopupProps = {}) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    let stopTab = (): void => undefined;
    (async () => {
      const tab = await currentTab();
      const result = tab ? await getTabResult(tab.id) : null;
      if (!live) return;
      setLoaded({ state: 'loaded', tabId: tab?.id ?? null, tabUrl: tab?.url ?? null, result });
      // A page still being analysed when the popup opened shows its result as soon as it lands.
      if (tab) stopTab = watchTabResult(tab.id, (next) => live && setLoaded({ state: 'loaded', tabId: tab.id, tabUrl: tab.url, result: next }));
    })().catch((err: unknown) => {
      if (live) setLoaded({ state: 'error', message: errorText(err) });
    });
    loadSettings().then((s) => live && setSettings(s.settings), () => undefined);
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
      stopTab();
    };
  }, []);

  const onOptions = (): void => void openOptions().catch(() => undefined);
  const state: PopupState = loaded.state === 'loaded' ? popupStateOf(loaded.result) : loaded.state;
  const host = loaded.state === 'loaded' ? hostOf(loaded.result?.url) ?? hostOf(loaded.tabUrl) : null;
  const tabId = loaded.state === 'loaded' ? loaded.tabId : null;
  // Asked again when the tab's result lands or changes, and when a library setting changes.
  const libraryKey = `${loaded.state === 'loaded' ? loaded.result?.at ?? 0 : -1}|${settings?.keepLibrary}|${settings?.libraryPaused}|${settings?.libraryInvited}`;
  const library = useLibraryStatus(tabId, libraryKey);

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Crosscheck</h1>
        <button type="button" class="link" onClick={onOptions} data-testid="popup-options">{say('popup_options')}</button>
      </header>
      <LibraryInvite status={library.status} refresh={library.refresh} />
      <section class="tab-state" data-testid="popup-state" data-state={state} aria-label={say('popup_this_tab')} aria-busy={state === 'loading' ? 'true' : undefined}>
        {loaded.state === 'loading' && (
          <StateMessage state="loading" title={say('popup_loading')} busy>
            <p class="muted">{say('popup_loading_help')}</p>
          </StateMessage>
        )}
        {loaded.state === 'error' && (
          <StateMessage state="error" tone="error" title={say('popup_error')}>
            <p>{loaded.message}</p>
            <p class="muted small">{say('popup_error_help')}</p>
          </StateMessage>
        )}
        {loaded.state === 'loaded' && !loaded.result && (
          <Empty host={host} off={!!host && !!settings && !siteIsOn(settings, host)} onOptions={onOptions} />
        )}
        {loaded.state === 'loaded' && loaded.result && <Result result={loaded.result} reference={reference} />}
        {loaded.state === 'loaded' && loaded.result?.pending && (
          <p class="muted small" role="status" data-testid="library-pending">{say('popup_library_pending')}</p>
        )}
      </section>
      {tabId !== null && <LibraryActions tabId={tabId} status={library.status} settings={settings} refresh={library.refresh} />}
      {host && settings && <SiteToggle host={host} settings={settings} onOptions={onOptions} />}
      <SearchBox />
    </main>
  );
}
