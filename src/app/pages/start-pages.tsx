/**
 * The extension's own pages, started with the official series the entry point bundles: the popup
 * and the report page draw their timelines from them. Loading is decoding a few thousand integers.
 */
import { render } from 'preact';
import { loadReference, type CompiledReference } from '../../reference/format';
import { Popup } from '../../ui/popup/Popup';
import { ReportPage } from '../../ui/report/ReportPage';

/** Renders the toolbar popup into `root`. */
export function startPopup(root: Element, reference: CompiledReference): void {
  render(<Popup reference={loadReference(reference)} />, root);
}

/** Renders the page of the report `id` into `root`. */
export function startReportPage(root: Element, id: string, reference: CompiledReference): void {
  render(<ReportPage id={id} reference={loadReference(reference)} />, root);
}
