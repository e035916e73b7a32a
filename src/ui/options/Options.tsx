/**
 * The options page: the master switch, badges, the sites where Crosscheck is off, the reader's
 * library, access to all sites, what the corpus holds, the official series bundled, and what
 * Crosscheck does with the reader's data (nothing leaves the machine), with the full privacy
 * notice. Owns the page's copy of the settings, kept in step with storage.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, setSiteEnabled, updateSettings, watchSettings, type Settings } from '../../platform/ui-client';
import { StateMessage } from '../common/StateMessage';
import { Switch } from '../common/Switch';
import { AllSitesAccess } from './AllSitesAccess';
import { CorpusSummary } from './CorpusSummary';
import { DisabledSites } from './DisabledSites';
import { LibrarySection } from './LibrarySection';
import type { LibraryTransfer } from './library-transfer';
import { OfficialCounts } from './OfficialCounts';
import { PRIVACY_NOTICE_ID, PrivacyNotice } from './PrivacyNotice';
import './options.css';

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; settings: Settings; warning: string | null };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Props of {@link Options}. */
export interface OptionsProps {
  /** Reads picked files for import and builds packs for export (src/app/pages/library-transfer.ts). */
  transfer: LibraryTransfer;
  /** The privacy notice (PRIVACY.md as bundled), shown in the privacy section; none in tests that leave it out. */
  privacy?: string;
}

/** The options page. */
export function Options({ transfer, privacy = '' }: OptionsProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setLoaded({ state: 'ready', settings: s.settings, warning: s.warning }),
      (err: unknown) => live && setLoaded({ state: 'error', message: errorText(err) }),
    );
    const stop = watchSettings((settings) => setLoaded((l) => ({ state: 'ready', settings, warning: l.state === 'ready' ? l.warning : null })));
    return () => {
      live = false;
      stop();
    };
  }, []);

  /** Saves a change; storage's change event then brings the page up to date. */
  const save = (change: Promise<Settings>): void => {
    setSaveError(null);
    change.then(
      (settings) => setLoaded((l) => ({ state: 'ready', settings, warning: l.state === 'ready' ? l.warning : null })),
      (err: unknown) => setSaveError(`The setting could not be saved: ${errorText(err)}`),
    );
  };

  return (
    <main class="options">
      <h1>Crosscheck options</h1>
      {loaded.state === 'loading' && <StateMessage state="loading" title="Loading your settings…" busy />}
      {loaded.state === 'error' && (
        <StateMessage state="error" tone="error" title="Your settings could not be read">
          <p>{loaded.message}</p>
        </StateMessage>
      )}
      {loaded.state === 'ready' && (
        <>
          {loaded.warning && <p class="warning" role="status">{loaded.warning}</p>}
          {saveError && <p class="error" role="alert">{saveError}</p>}
          <section class="card" aria-labelledby="general-title">
            <h2 id="general-title">General</h2>
            <div class="setting">
              <Switch checked={loaded.settings.enabled} onChange={(on) => save(updateSettings({ enabled: on }))} testId="opt-enabled" describedBy="enabled-help">
                Crosscheck is on
              </Switch>
              <p id="enabled-help" class="muted small">Off: Crosscheck reads no page at all.</p>
            </div>
            <div class="setting">
              <Switch checked={loaded.settings.badges} onChange={(on) => save(updateSettings({ badges: on }))} testId="opt-badges" describedBy="badges-help">
                Badges beside figures on news pages
              </Switch>
              <p id="badges-help" class="muted small">Off: no badges on pages; the toolbar popup still shows what Crosscheck found.</p>
            </div>
          </section>
          <DisabledSites sites={loaded.settings.disabledSites} onEnable={(host) => save(setSiteEnabled(host, true))} />
          <LibrarySection settings={loaded.settings} save={save} transfer={transfer} privacyHref={privacy ? `#${PRIVACY_NOTICE_ID}` : '#privacy-title'} />
        </>
      )}
      <AllSitesAccess />
      <CorpusSummary />
      <OfficialCounts />
      <section class="card" aria-labelledby="privacy-title" data-testid="opt-privacy">
        <h2 id="privacy-title">Privacy</h2>
        <p>
          Everything runs on your computer. Crosscheck reads the pages you visit in your browser and compares them with the
          reports bundled inside the extension; it sends nothing anywhere and loads nothing from the network.
        </p>
        <p>
          Your settings are kept in the browser's local extension storage (<code>storage.local</code>). What Crosscheck found
          on a tab is kept in session storage (<code>storage.session</code>) and cleared when the tab closes. The reader's
          library, when you turn it on, is kept in the extension's own database (IndexedDB) on this computer until you delete it.
        </p>
        {privacy && <PrivacyNotice text={privacy} />}
      </section>
    </main>
  );
}
