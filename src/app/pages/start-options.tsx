/**
 * The options page, started with the library's transfer (reading files for import, building packs
 * for export: engine code the UI does not hold) and the privacy notice's text. A module of its own,
 * not shared with start-popup.tsx: Vite gives each module graph's chunk one stylesheet, and sharing the
 * popup's chunk would give this page the popup's CSS (`body { width: 380px }`) and its code.
 */
import { render } from 'preact';
import { Options } from '../../ui/options/Options';
import { libraryTransfer } from './library-transfer';

/** Renders the options page into `root`, with the privacy notice (PRIVACY.md's text, bundled by the entry point). */
export function startOptions(root: Element, privacy: string): void {
  render(<Options transfer={libraryTransfer} privacy={privacy} />, root);
}
