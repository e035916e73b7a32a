import { useEffect, useRef } from 'preact/hooks';
import { OriginalLink } from '../common/OriginalLink';
import { parseMarkdown, type Inline } from './markdown-blocks';

/** The fragment that opens the notice: the popup's invitation and the library section link here. */
export const PRIVACY_NOTICE_ID = 'privacy-notice';

function Runs({ inline }: { inline: Inline[] }) {
  return (
    <>
      {inline.map((r, i) => {
        if (r.kind === 'strong') return <strong key={i}>{r.text}</strong>;
        if (r.kind === 'em') return <em key={i}>{r.text}</em>;
        if (r.kind === 'code') return <code key={i}>{r.text}</code>;
        if (r.kind === 'link') return <OriginalLink key={i} url={r.href}>{r.text}</OriginalLink>;
        return r.text;
      })}
    </>
  );
}

/**
 * The privacy notice (PRIVACY.md, bundled with the options page), folded under a summary: what is
 * kept, where, for how long, how to delete it, in the same words as the repository's. Its headings
 * sit under the options page's h2 (h3 and down). It opens by itself when the page is shown at
 * #privacy-notice, or a link there is followed.
 */
export function PrivacyNotice({ text }: { text: string }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (typeof location === 'undefined' || typeof addEventListener === 'undefined') return undefined;
    const open = (): void => {
      if (location.hash !== `#${PRIVACY_NOTICE_ID}` || !details.current) return;
      details.current.open = true;
      details.current.scrollIntoView?.();
    };
    open();
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);
  const blocks = parseMarkdown(text);
  return (
    <details id={PRIVACY_NOTICE_ID} ref={details} class="notice" data-testid="opt-privacy-notice">
      <summary>The full privacy notice: what is kept, where, for how long, and how to delete it</summary>
      {blocks.map((b, i) => {
        if (b.kind === 'heading') {
          const Tag = `h${Math.min(6, b.level + 2)}` as 'h3';
          return <Tag key={i}><Runs inline={b.inline} /></Tag>;
        }
        if (b.kind === 'list') return <ul key={i}>{b.items.map((it, j) => <li key={j}><Runs inline={it} /></li>)}</ul>;
        return <p key={i}><Runs inline={b.inline} /></p>;
      })}
    </details>
  );
}
