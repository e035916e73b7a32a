import { useState } from 'preact/hooks';
import { formatNumber } from '../../wording/format';

/** Lines shown before a long list is folded. */
export const SHORT_LIST = 20;

/** Props of {@link ShortList}. */
export interface ShortListProps {
  /** The heading's words ("Imported"), followed by the count. */
  title: string;
  lines: readonly string[];
  testId?: string;
  tone?: 'error';
}

/** A titled list of lines, the first {@link SHORT_LIST} shown and the rest counted, with a button to show them all. */
export function ShortList({ title, lines, testId, tone }: ShortListProps) {
  const [all, setAll] = useState(false);
  if (lines.length === 0) return null;
  const shown = all ? lines : lines.slice(0, SHORT_LIST);
  const hidden = lines.length - shown.length;
  return (
    <div class={`short-list${tone ? ` ${tone}-list` : ''}`} data-testid={testId} data-count={lines.length}>
      <h4>{title} ({formatNumber(lines.length)})</h4>
      <ul>
        {shown.map((line, i) => <li key={i}>{line}</li>)}
      </ul>
      {hidden > 0 && (
        <p class="small">
          <span data-testid={testId ? `${testId}-more` : undefined}>…and {formatNumber(hidden)} more.</span>{' '}
          <button type="button" class="link" onClick={() => setAll(true)}>Show all {formatNumber(lines.length)}</button>
        </p>
      )}
    </div>
  );
}
