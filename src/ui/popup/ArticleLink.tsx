import type { ComponentChildren } from 'preact';
import { OriginalLink } from '../common/OriginalLink';
import { ReportLink } from './ReportLink';

/** Props of {@link ArticleLink}. */
export interface ArticleLinkProps {
  /** The report's id in the corpus. */
  id: string;
  /** The original address: opened instead of the report page for an article of the reader's library. */
  url?: string;
  /** Set for an article of the reader's library (when it was kept). */
  keptAt?: number;
  children: ComponentChildren;
  class?: string;
  title?: string;
  testId?: string;
}

/**
 * A link to a report wherever the popup lists one: an article of the reader's library opens where
 * it was published (the extension keeps no text of it to show), a bundled report opens its page.
 */
export function ArticleLink({ id, url, keptAt, children, ...rest }: ArticleLinkProps) {
  if (keptAt !== undefined && url) return <OriginalLink url={url} {...rest}>{children}</OriginalLink>;
  return <ReportLink id={id} {...rest}>{children}</ReportLink>;
}
