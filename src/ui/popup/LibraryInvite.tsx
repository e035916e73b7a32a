import { useState } from 'preact/hooks';
import { optionsUrl, updateSettings, type LibraryStatus } from '../../platform/ui-client';

/** Props of {@link LibraryInvite}. */
export interface LibraryInviteProps {
  status: LibraryStatus | null;
  /** Asks the background for the status again (the invitation is then no longer due). */
  refresh: () => Promise<void>;
}

/** The invitation's one sentence: what is kept, what is not, where, and what for. */
export const INVITATION =
  "Crosscheck can keep a library of the Gaza-war articles you read — their titles, dates, figures and the sentences they stand in, never the full text — on this computer only, to compare the next article's figures with them.";

/**
 * The one-time invitation to turn the library on, shown when the background says it is due (the
 * library is off, the invitation never answered, and this tab is a Gaza-war article). Either
 * answer marks it answered, so it is not shown again; after answering, one line says what now.
 */
export function LibraryInvite({ status, refresh }: LibraryInviteProps) {
  const [answer, setAnswer] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!answer && !status?.invite) return null;

  const reply = (keep: boolean): void => {
    setBusy(true);
    updateSettings(keep ? { keepLibrary: true, libraryInvited: true } : { libraryInvited: true }).then(
      () => {
        setAnswer({
          text: keep
            ? 'The library is on. Gaza-war articles you read from now on are kept on this computer; save this one below.'
            : 'No library is kept. You can turn it on at any time in the options.',
          error: false,
        });
        return refresh();
      },
      () => setAnswer({ text: 'Your answer could not be saved. Try again.', error: true }),
    ).finally(() => setBusy(false));
  };

  if (answer && !answer.error) {
    return <p class="invite-answer small" role="status" data-testid="library-invite-answer">{answer.text}</p>;
  }
  return (
    <section class="block invite" aria-labelledby="invite-title" data-testid="library-invite">
      <h2 id="invite-title">Keep a library?</h2>
      <p>{INVITATION}</p>
      <p class="small">
        <a href={optionsUrl('privacy-notice')} target="_blank" rel="noopener noreferrer">What is kept, where, and how to delete it</a>
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => reply(true)} data-testid="library-invite-keep">Keep a library</button>
        <button type="button" disabled={busy} onClick={() => reply(false)} data-testid="library-invite-later">Not now</button>
      </div>
      {answer?.error && <p class="error small" role="alert">{answer.text}</p>}
    </section>
  );
}
