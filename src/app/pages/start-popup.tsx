/**
 * The toolbar popup, started with the official series the entry point bundles (it draws its
 * timeline from them; loading is decoding a few thousand integers). Each extension page has its own
 * start module: Vite gives a chunk one stylesheet, so pages sharing a module would share their CSS.
 */
import { render } from 'preact';
import { loadReference, type CompiledReference } from '../../reference/format';
import { Popup } from '../../ui/popup/Popup';

/** Renders the toolbar popup into `root`. */
export function startPopup(root: Element, reference: CompiledReference): void {
  render(<Popup reference={loadReference(reference)} />, root);
}
