/**
 * The reader's library as the popup sees it for its tab: asked of the background when the popup
 * opens, again whenever `key` changes (the tab's result landed, a library setting changed) and
 * after every library action. Owns nothing else: a background that cannot answer (an older one,
 * or one still waking) leaves the status null, and the popup simply shows no library controls.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getLibraryStatus, type LibraryStatus } from '../../platform/ui-client';

/** The status (null until known, or when the background cannot say), and a way to ask again. */
export interface LibraryStatusHandle {
  status: LibraryStatus | null;
  refresh: () => Promise<void>;
}

/** The library status for `tabId` (null: no tab, nothing asked). */
export function useLibraryStatus(tabId: number | null, key: string): LibraryStatusHandle {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  // The newest request wins: an answer to an older one (a slow first status) never overwrites it.
  const ticket = useRef(0);
  const refresh = useCallback(async (): Promise<void> => {
    if (tabId === null) return;
    const mine = ++ticket.current;
    const next = await getLibraryStatus(tabId).catch(() => null);
    if (mine === ticket.current) setStatus(next ?? null);
  }, [tabId]);
  useEffect(() => {
    void refresh();
    return () => {
      ticket.current += 1;
    };
  }, [refresh, key]);
  return { status, refresh };
}
