import type { ComponentChildren } from 'preact';

/** The address when it is a web page's (http or https), else null: nothing else becomes a link. */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Props of {@link OriginalLink}. */
export interface OriginalLinkProps {
  /** The article's own address (from the reader's library). */
  url: string;
  children: ComponentChildren;
  class?: string;
  title?: string;
  testId?: string;
}

/**
 * A link to an article where it was published: a new tab, with no opener and no referrer (the
 * news site learns nothing of the extension page). An address that is not a web page's is shown
 * as plain text, never as a link (a stored `javascript:` address must not run).
 */
export function OriginalLink({ url, children, class: cls, title, testId }: OriginalLinkProps) {
  const href = webAddress(url);
  if (!href) return <span class={cls} title={title} data-testid={testId}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={cls} title={title} data-testid={testId}>
      {children}
    </a>
  );
}
