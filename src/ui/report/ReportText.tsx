import type { Figure } from '../../types';
import { figureTitle, highlightParagraphs } from '../common/highlight';

/**
 * A report's text in paragraphs, its figures marked. Text reaches the DOM only as Preact
 * children (text nodes), never as HTML.
 */
export function ReportText({ text, figures }: { text: string; figures: readonly Figure[] }) {
  const paragraphs = highlightParagraphs(text, figures);
  return (
    <div class="report-text" data-testid="report-text">
      {paragraphs.map((p) => (
        <p key={p.start}>
          {p.segments.map((s) =>
            s.kind === 'figure' ? (
              <mark key={s.start} data-testid="report-figure" data-measure={s.figure.measure ?? undefined} title={figureTitle(s.figure)}>
                {s.text}
              </mark>
            ) : (
              s.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
