import { useEffect, useState } from 'preact/hooks';
import { hasAllSites, requestAllSites, revokeAllSites } from '../../platform/ui-client';
import { say } from '../../wording/messages';

type Access = 'checking' | 'granted' | 'not-granted' | 'error';

/**
 * The optional access to all sites. The request runs first thing in the click handler: browsers
 * grant permissions only within the user's gesture, and an await before it would lose it.
 */
export function AllSitesAccess() {
  const [access, setAccess] = useState<Access>('checking');
  const [message, setMessage] = useState<string | null>(null);

  const refresh = (): Promise<void> =>
    hasAllSites().then(
      (yes) => setAccess(yes ? 'granted' : 'not-granted'),
      () => setAccess('error'),
    );
  useEffect(() => void refresh(), []);

  const grant = (): void => {
    const asked = requestAllSites();
    setMessage(null);
    asked.then(
      (yes) => {
        setMessage(yes ? say('opt_all_granted') : say('opt_all_not_granted'));
        return refresh();
      },
      () => setMessage(say('opt_all_refused')),
    );
  };
  const revoke = (): void => {
    setMessage(null);
    revokeAllSites().then(
      () => {
        setMessage(say('opt_all_removed'));
        return refresh();
      },
      () => setMessage(say('opt_all_remove_failed')),
    );
  };

  return (
    <section class="card" aria-labelledby="all-sites-title" data-testid="opt-all-sites" data-state={access}>
      <h2 id="all-sites-title">{say('opt_all_title')}</h2>
      <p>{say('opt_all_help')}</p>
      <p data-testid="opt-all-sites-status">
        <strong>
          {access === 'checking' ? say('opt_all_checking') : access === 'granted' ? `✓ ${say('opt_all_allowed')}` : access === 'not-granted' ? say('opt_all_not_allowed') : say('opt_all_check_failed')}
        </strong>
      </p>
      {access === 'granted' ? (
        <button type="button" onClick={revoke} data-testid="opt-all-sites-revoke">{say('opt_all_revoke')}</button>
      ) : (
        <button type="button" class="primary" onClick={grant} disabled={access === 'checking'} data-testid="opt-all-sites-grant">{say('opt_all_grant')}</button>
      )}
      <p class="muted small" role="status">{message ?? ''}</p>
    </section>
  );
}
