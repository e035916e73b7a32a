/**
 * The page of one bundled report, started with the official series the entry point bundles (its
 * timeline). A module of its own, not shared with the popup's, so it carries the report page's
 * stylesheet only (see start-popup.tsx).
 */
import { render } from 'preact';
import { loadReference, type CompiledReference } from '../../reference/format';
import { ReportPage } from '../../ui/report/ReportPage';

/** Renders the page of the report `id` into `root`. */
export function startReportPage(root: Element, id: string, reference: CompiledReference): void {
  render(<ReportPage id={id} reference={loadReference(reference)} />, root);
}
