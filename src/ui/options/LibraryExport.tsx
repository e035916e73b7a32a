import { useState } from 'preact/hooks';
import { exportLibraryPage } from '../../platform/ui-client';
import { countOf } from '../../wording/format';
import { downloadText } from './download';
import { collectEntries, localDay, packFileName } from './library-jobs';
import type { LibraryTransfer } from './library-transfer';
import { Progress } from './Progress';

type Job =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'packing'; total: number }
  | { phase: 'done'; text: string; ok: boolean };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Exports the whole library as a corpus pack: the entries page by page with progress, then the
 * pack built from them, offered as a file to save (crosscheck-library-YYYY-MM-DD.json). The file
 * goes only where the user saves it.
 */
export function LibraryExport({ transfer }: { transfer: LibraryTransfer }) {
  const [job, setJob] = useState<Job>({ phase: 'idle' });
  const working = job.phase === 'reading' || job.phase === 'packing';

  const run = async (): Promise<void> => {
    setJob({ phase: 'reading', done: 0, total: 0 });
    try {
      const entries = await collectEntries(exportLibraryPage, (done, total) => setJob({ phase: 'reading', done, total }));
      if (entries.length === 0) {
        setJob({ phase: 'done', text: 'Your library is empty: there is nothing to export.', ok: true });
        return;
      }
      setJob({ phase: 'packing', total: entries.length });
      const day = localDay();
      const name = packFileName(day);
      const pack = await transfer.buildPack(entries, `Crosscheck library, ${day}`);
      downloadText(name, pack);
      setJob({ phase: 'done', text: `Exported ${countOf('article', entries.length)} to ${name}.`, ok: true });
    } catch (err) {
      setJob({ phase: 'done', text: `The library could not be exported: ${errorText(err)}`, ok: false });
    }
  };

  return (
    <div class="transfer" data-testid="library-export" data-phase={job.phase}>
      <h3>Export</h3>
      <p class="muted small">A corpus pack of every article in your library (a JSON file), to keep a copy or to share it.</p>
      <button type="button" onClick={() => void run()} disabled={working} data-testid="library-export-start">Export the library</button>
      {job.phase === 'reading' && <Progress id="library-export-progress" doing="Exporting" done={job.done} total={job.total} testId="library-export-progress" />}
      {job.phase === 'packing' && <p class="muted loading">Building the pack of {countOf('article', job.total)}…</p>}
      <p class={`small${job.phase === 'done' && !job.ok ? ' error' : ''}`} role="status" aria-live="polite" data-testid="library-export-message">
        {job.phase === 'done' ? job.text : ''}
      </p>
    </div>
  );
}
