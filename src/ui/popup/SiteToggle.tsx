import { useState } from 'preact/hooks';
import { setSiteEnabled, type Settings } from '../../platform/ui-client';
import { Switch } from '../common/Switch';
import { siteIsOn } from '../common/site-host';
import { say } from '../../wording/messages';
import { Say } from '../common/Say';

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
        setError(say('common_setting_not_saved'));
      },
    );
  };
  return (
    <section class="block site" aria-labelledby="site-title">
      <h2 id="site-title" class="visually-hidden">{say('popup_this_site')}</h2>
      <Switch checked={on} onChange={flip} testId="site-toggle" describedBy="site-note">
        <Say k="popup_site_switch" params={{ host: <strong>{host}</strong> }} />
      </Switch>
      <p id="site-note" class="muted small">
        {!settings.enabled ? (
          <>{say('popup_off_everywhere')} <button type="button" class="link" onClick={onOptions}>{say('popup_turn_on_in_options')}</button></>
        ) : on ? say('popup_site_on') : say('popup_site_off')}
      </p>
      {error && <p class="error small" role="alert">{error}</p>}
    </section>
  );
}
