import { useState } from 'preact/hooks';
import { abortImport, addImportItems, beginImport, commitImport } from '../../platform/ui-client';
import { importItems, type ImportApi, type ImportResult } from './library-jobs';
import type { LibraryTransfer } from './library-transfer';
import { Progress } from './Progress';
import { ShortList } from './ShortList';

/** The files the importer reads: corpus packs, articles in the seeds' format, saved pages. */
export const IMPORT_ACCEPT = '.json,.txt,.html,.htm';

/** The staged-import requests, as the job takes them. */
const api = (): ImportApi => ({ begin: beginImport, add: addImportItems, commit: commitImport, abort: abortImport });

type Job =
  | { phase: 'idle' }
  | { phase: 'reading'; done: number; total: number }
  | { phase: 'staging'; done: number; total: number }
  | { phase: 'done'; result: ImportResult };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/**
 * Imports a corpus pack or a set of article files: each file read by the engine (with progress),
 * then every item staged in chunks (with progress) and written in one transaction, so an import
 * that fails half-way writes nothing. Afterwards it lists what was imported and what was
 * rejected, with why. The file picker is a labelled native input, usable from the keyboard.
 */
export function LibraryImport({ transfer, onImported }: { transfer: LibraryTransfer; onImported: () => void }) {
  const [job, setJob] = useState<Job>({ phase: 'idle' });
  const working = job.phase === 'reading' || job.phase === 'staging';

  const run = async (input: HTMLInputElement): Promise<void> => {
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setJob({ phase: 'reading', done: 0, total: files.length });
    let result: ImportResult;
    try {
      const read = await transfer.readFiles(files, (done, total) => setJob({ phase: 'reading', done, total }));
      setJob({ phase: 'staging', done: 0, total: read.items.length });
      result = await importItems(api(), read.items, read.rejected, (done, total) => setJob({ phase: 'staging', done, total }));
    } catch (err) {
      result = { imported: false, message: `Nothing was imported: the files could not be read (${errorText(err)}).`, accepted: [], rejected: [] };
    }
    setJob({ phase: 'done', result });
    // The same files can be picked again (a change event needs a different value).
    input.value = '';
    if (result.imported) onImported();
  };

  const result = job.phase === 'done' ? job.result : null;
  return (
    <div class="transfer" data-testid="library-import" data-phase={job.phase}>
      <h3>Import</h3>
      <p class="muted small">
        A corpus pack (.json), or articles: .txt files in the seeds' format and saved .html pages. Each is read here, on this
        computer; nothing is imported unless all of it can be written.
      </p>
      <label for="library-import-files">Files to import</label>
      <input
        id="library-import-files"
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        disabled={working}
        data-testid="library-import-files"
        onChange={(e) => void run(e.currentTarget as HTMLInputElement)}
      />
      {job.phase === 'reading' && <Progress id="library-import-progress" doing="Reading file" done={job.done} total={job.total} testId="library-import-progress" />}
      {job.phase === 'staging' && <Progress id="library-import-progress" doing="Checking" done={job.done} total={job.total} unit="items" testId="library-import-progress" />}
      <p class={`small${result && !result.imported ? ' error' : ''}`} role="status" aria-live="polite" data-testid="library-import-message">
        {result?.message ?? ''}
      </p>
      {result && (
        <>
          <ShortList title="Imported" lines={result.accepted.map((a) => a.title ?? a.url)} testId="library-imported" />
          <ShortList title="Rejected" lines={result.rejected.map((r) => `${r.name}: ${r.reason}`)} testId="library-rejected" tone="error" />
        </>
      )}
    </div>
  );
}
