import type { ComponentChildren } from 'preact';
import { openReport, reportUrl } from '../../platform/ui-client';

/** Props of {@link ReportLink}. */
export interface ReportLinkProps {
  id: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  testId?: string;
}

/**
 * A link to a bundled report's page. A plain click asks the background to open it in a new tab
 * (a popup that navigated would lose its state); modified clicks keep the browser's own behaviour.
 */
export function ReportLink({ id, children, class: cls, title, testId }: ReportLinkProps) {
  const onClick = (e: MouseEvent): void => {
    if ((e.button || 0) !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void openReport(id).catch(() => window.open(reportUrl(id), '_blank', 'noopener'));
  };
  return (
    <a href={reportUrl(id)} class={cls} title={title} data-testid={testId} onClick={onClick}>
      {children}
    </a>
  );
}
