import { useState } from 'preact/hooks';
import { updateSettings, type Settings } from '../../platform/ui-client';
import { Switch } from '../common/Switch';
import { LibraryExport } from './LibraryExport';
import { LibraryImport } from './LibraryImport';
import { LibraryList } from './LibraryList';
import type { LibraryTransfer } from './library-transfer';
import { PRIVACY_NOTICE_ID } from './PrivacyNotice';

/** The switch's words, as the issue and the privacy notice give them. */
export const KEEP_LABEL = 'Keep a library of the Gaza-war articles I read';

/** Props of {@link LibrarySection}. */
export interface LibrarySectionProps {
  settings: Settings;
  /** Saves a settings change (the options page shows a failure). */
  save: (change: Promise<Settings>) => void;
  transfer: LibraryTransfer;
  /** Where the privacy notice is on the page: "#privacy-notice", or the privacy section when the notice is not bundled. */
  privacyHref?: string;
}

/**
 * The reader's library on the options page: the opt-in switch and "Pause keeping", one line on
 * what is kept and where with a link to the privacy notice, the list of kept articles (search,
 * delete one, delete all), and export and import as corpus packs. Turning the library off or
 * pausing it deletes nothing.
 */
export function LibrarySection({ settings, save, transfer, privacyHref = `#${PRIVACY_NOTICE_ID}` }: LibrarySectionProps) {
  // Bumped when an import or a deletion changed the library, so the other parts read it again.
  const [version, setVersion] = useState(0);
  const changed = (): void => setVersion((v) => v + 1);
  const on = settings.keepLibrary;
  return (
    <section class="card" id="library" aria-labelledby="library-title" data-testid="opt-library">
      <h2 id="library-title">Reader's library</h2>
      <div class="setting">
        <Switch
          checked={on}
          // Turning it on here answers the popup's invitation too.
          onChange={(next) => save(updateSettings(next ? { keepLibrary: true, libraryInvited: true } : { keepLibrary: false }))}
          testId="opt-library-keep"
          describedBy="library-keep-help"
        >
          {KEEP_LABEL}
        </Switch>
        <p id="library-keep-help" class="muted small">Off: nothing new is kept. Turning it off deletes nothing; delete below.</p>
      </div>
      <div class="setting">
        <Switch
          checked={on && settings.libraryPaused}
          disabled={!on}
          onChange={(next) => save(updateSettings({ libraryPaused: next }))}
          testId="opt-library-pause"
          describedBy="library-pause-help"
        >
          Pause keeping
        </Switch>
        <p id="library-pause-help" class="muted small">Paused: articles already kept are still compared; new ones are not kept.</p>
      </div>
      <p data-testid="opt-library-what">
        For each Gaza-war article: its address, title, publisher, date, and the figures with the sentences they stand in
        (never the full text), kept in this browser's storage on this computer only and sent nowhere.{' '}
        <a href={privacyHref}>What is kept, where, for how long, and how to delete it</a>.
      </p>
      <LibraryList version={version} onChanged={changed} />
      <LibraryExport transfer={transfer} />
      <LibraryImport transfer={transfer} onImported={changed} />
    </section>
  );
}
