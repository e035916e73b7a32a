import { useEffect, useState } from 'preact/hooks';
import { hasAllSites, requestAllSites, revokeAllSites } from '../../platform/ui-client';

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
        setMessage(yes ? 'Access to all sites granted.' : 'Access was not granted.');
        return refresh();
      },
      () => setMessage('The browser refused the request.'),
    );
  };
  const revoke = (): void => {
    setMessage(null);
    revokeAllSites().then(
      () => {
        setMessage('Access to all sites removed. Crosscheck runs on the listed news sites only.');
        return refresh();
      },
      () => setMessage('The access could not be removed.'),
    );
  };

  return (
    <section class="card" aria-labelledby="all-sites-title" data-testid="opt-all-sites" data-state={access}>
      <h2 id="all-sites-title">Access to all sites</h2>
      <p>
        Crosscheck runs on a list of well-known news sites. To check articles on any other site, allow it to read all
        sites; it still only reads pages that look like Gaza-war news.
      </p>
      <p data-testid="opt-all-sites-status">
        <strong>
          {access === 'checking' ? 'Checking…' : access === 'granted' ? '✓ Allowed on all sites' : access === 'not-granted' ? 'Not allowed on other sites' : 'Could not check the access'}
        </strong>
      </p>
      {access === 'granted' ? (
        <button type="button" onClick={revoke} data-testid="opt-all-sites-revoke">Remove access to all sites</button>
      ) : (
        <button type="button" class="primary" onClick={grant} disabled={access === 'checking'} data-testid="opt-all-sites-grant">Allow on all sites</button>
      )}
      <p class="muted small" role="status">{message ?? ''}</p>
    </section>
  );
}
