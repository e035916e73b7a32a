import { useState } from 'preact/hooks';
import { forgetArticle, saveArticle, type LibraryStatus, type Settings } from '../../platform/ui-client';
import { countOf } from '../../wording/format';

/** Props of {@link LibraryActions}. */
export interface LibraryActionsProps {
  tabId: number;
  status: LibraryStatus | null;
  settings: Settings | null;
  /** Asks the background for the status again, after an action. */
  refresh: () => Promise<void>;
}

type Said = { text: string; ok: boolean } | null;

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** One line on the library: how many articles, and whether keeping is automatic. */
function summary(status: LibraryStatus, settings: Settings | null): string {
  const count = countOf('article', status.count);
  if (status.keeping) return `Your library: ${count}. Gaza-war articles you read are kept automatically.`;
  if (settings?.keepLibrary && settings.libraryPaused) return `Your library: ${count}. Keeping is paused.`;
  return `Your library: ${count}. Nothing is kept automatically; you can save an article yourself.`;
}

/**
 * "Save this article" or "Forget this article" for the tab, whether or not automatic keeping is on.
 * One button whose words change with the state, so keyboard focus stays on it after an action;
 * when the background says the article cannot be kept (a private window, a site turned off, not a
 * Gaza-war article), saving is disabled and the reason is shown. Each outcome is announced.
 */
export function LibraryActions({ tabId, status, settings, refresh }: LibraryActionsProps) {
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const tab = status?.tab ?? null;
  if (!status || !tab) return null;

  const saved = tab.saved;
  const blocked = !saved && tab.blocked !== null;
  const act = (): void => {
    if (busy || blocked) return;
    setBusy(true);
    setSaid(null);
    (saved ? forgetArticle({ tabId }) : saveArticle(tabId))
      .then(
        (outcome) => setSaid({ text: outcome.message, ok: outcome.ok }),
        (err: unknown) => setSaid({ text: `The library did not answer: ${errorText(err)}`, ok: false }),
      )
      .then(refresh)
      .finally(() => setBusy(false));
  };

  return (
    <section class="block library" aria-labelledby="library-title" data-testid="popup-library" data-saved={String(saved)}>
      <h2 id="library-title">Your library</h2>
      <p class="muted small" data-testid="library-summary">{summary(status, settings)}</p>
      <button
        type="button"
        onClick={act}
        disabled={busy || blocked}
        aria-describedby={blocked ? 'library-blocked' : undefined}
        data-testid="library-action"
      >
        {saved ? 'Forget this article' : 'Save this article'}
      </button>
      {saved && <p class="small library-note">This article is in your library.</p>}
      {blocked && <p id="library-blocked" class="small library-note" data-testid="library-blocked">{tab.blocked}</p>}
      <p class={`small library-note${said && !said.ok ? ' error' : ''}`} role="status" aria-live="polite" data-testid="library-message">
        {said?.text ?? ''}
      </p>
    </section>
  );
}
