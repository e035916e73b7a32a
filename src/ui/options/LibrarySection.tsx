import { useState } from 'preact/hooks';
import { updateSettings, type Settings } from '../../platform/ui-client';
import { Switch } from '../common/Switch';
import { LibraryExport } from './LibraryExport';
import { LibraryImport } from './LibraryImport';
import { LibraryList } from './LibraryList';
import type { LibraryTransfer } from './library-transfer';
import { PRIVACY_NOTICE_ID } from './PrivacyNotice';
import { say } from '../../wording/messages';

/** The switch's words, as the issue and the privacy notice give them. */
export const keepLabel = (): string => say('opt_lib_keep');

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
      <h2 id="library-title">{say('opt_lib_title')}</h2>
      <div class="setting">
        <Switch
          checked={on}
          // Turning it on here answers the popup's invitation too.
          onChange={(next) => save(updateSettings(next ? { keepLibrary: true, libraryInvited: true } : { keepLibrary: false }))}
          testId="opt-library-keep"
          describedBy="library-keep-help"
        >
          {keepLabel()}
        </Switch>
        <p id="library-keep-help" class="muted small">{say('opt_lib_keep_help')}</p>
      </div>
      <div class="setting">
        <Switch
          checked={on && settings.libraryPaused}
          disabled={!on}
          onChange={(next) => save(updateSettings({ libraryPaused: next }))}
          testId="opt-library-pause"
          describedBy="library-pause-help"
        >
          {say('opt_lib_pause')}
        </Switch>
        <p id="library-pause-help" class="muted small">{say('opt_lib_pause_help')}</p>
      </div>
      <p data-testid="opt-library-what">
        {say('opt_lib_what')}{' '}
        <a href={privacyHref}>{say('opt_lib_what_link')}</a>
      </p>
      <LibraryList version={version} onChanged={changed} />
      <LibraryExport transfer={transfer} />
      <LibraryImport transfer={transfer} onImported={changed} />
    </section>
  );
}
