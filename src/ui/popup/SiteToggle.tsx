import { useState } from 'preact/hooks';
import { setSiteEnabled, type Settings } from '../../platform/ui-client';
import { Switch } from '../common/Switch';
import { siteIsOn } from '../common/site-host';

/** Props of {@link SiteToggle}. */
export interface SiteToggleProps {
  /** The tab's host, as settings keep it. */
  host: string;
  settings: Settings;
  /** Opens the options page (where the master switch is). */
  onOptions: () => void;
}

/**
 * Turns Crosscheck off or on for the tab's site. The content script watches the settings, so the
 * page's badges go (or come back) at once.
 */
export function SiteToggle({ host, settings, onOptions }: SiteToggleProps) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<boolean | null>(null);
  const on = pending ?? siteIsOn(settings, host);
  const flip = (next: boolean): void => {
    setPending(next);
    setError(null);
    setSiteEnabled(host, next).then(
      () => setPending(null),
      () => {
        setPending(null);
        setError('The setting could not be saved.');
      },
    );
  };
  return (
    <section class="block site" aria-labelledby="site-title">
      <h2 id="site-title" class="visually-hidden">This site</h2>
      <Switch checked={on} onChange={flip} testId="site-toggle" describedBy="site-note">
        Crosscheck on <strong>{host}</strong>
      </Switch>
      <p id="site-note" class="muted small">
        {!settings.enabled ? (
          <>Crosscheck is off everywhere. <button type="button" class="link" onClick={onOptions}>Turn it on in the options</button></>
        ) : on ? 'Figures on this site are checked against the corpus.' : 'Crosscheck does not read pages on this site.'}
      </p>
      {error && <p class="error small" role="alert">{error}</p>}
    </section>
  );
}
