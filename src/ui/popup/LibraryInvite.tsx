import { useState } from 'preact/hooks';
import { optionsUrl, updateSettings, type LibraryStatus } from '../../platform/ui-client';
import { say } from '../../wording/messages';

/** Props of {@link LibraryInvite}. */
export interface LibraryInviteProps {
  status: LibraryStatus | null;
  /** Asks the background for the status again (the invitation is then no longer due). */
  refresh: () => Promise<void>;
}

/** The invitation's one sentence: what is kept, what is not, where, and what for. */
export const invitation = (): string => say('popup_invite_text');

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
          text: keep ? say('popup_invite_on') : say('popup_invite_off'),
          error: false,
        });
        return refresh();
      },
      () => setAnswer({ text: say('popup_invite_error'), error: true }),
    ).finally(() => setBusy(false));
  };

  if (answer && !answer.error) {
    return <p class="invite-answer small" role="status" data-testid="library-invite-answer">{answer.text}</p>;
  }
  return (
    <section class="block invite" aria-labelledby="invite-title" data-testid="library-invite">
      <h2 id="invite-title">{say('popup_invite_title')}</h2>
      <p>{invitation()}</p>
      <p class="small">
        <a href={optionsUrl('privacy-notice')} target="_blank" rel="noopener noreferrer">{say('popup_invite_privacy')}</a>
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => reply(true)} data-testid="library-invite-keep">{say('popup_invite_keep')}</button>
        <button type="button" disabled={busy} onClick={() => reply(false)} data-testid="library-invite-later">{say('popup_invite_later')}</button>
      </div>
      {answer?.error && <p class="error small" role="alert">{answer.text}</p>}
    </section>
  );
}
