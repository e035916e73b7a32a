import { say } from '../../wording/messages';
/** Props of {@link DisabledSites}. */
export interface DisabledSitesProps {
  sites: readonly string[];
  /** Turns Crosscheck back on for one site. */
  onEnable: (host: string) => void;
}

/** The sites where the user turned Crosscheck off, each with a button to turn it back on. */
export function DisabledSites({ sites, onEnable }: DisabledSitesProps) {
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{say('opt_sites_title')}</h2>
      {sites.length === 0 ? (
        <p class="muted" data-testid="opt-disabled-sites" data-count="0">{say('opt_sites_none')}</p>
      ) : (
        <ul class="sites" data-testid="opt-disabled-sites" data-count={sites.length}>
          {[...sites].sort().map((host) => (
            <li key={host} data-host={host}>
              <span>{host}</span>
              <button type="button" onClick={() => onEnable(host)}>
                {say('opt_sites_turn_on')}<span class="visually-hidden"> {say('opt_sites_for', { host })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
