import { measureLabel } from '../../wording/labels';
import type { ReferenceSet } from '../../reference/format';
import type { Figure } from '../../types';
import { sentenceCase } from '../../wording/format';
import { figureWords, referenceIcon, referenceLabel, referenceLine, referenceTone, VERDICT_WORD, type CheckedFigure } from '../common/reference-view';
import { say } from '../../wording/messages';

/** The page's figures that an official series checks, in text order. */
export function checkedFigures(figures: readonly Figure[]): (Figure & CheckedFigure)[] {
  return figures.filter((f): f is Figure & CheckedFigure => !!f.reference).sort((a, b) => a.start - b.start);
}

/**
 * The official check of each page figure a series covers: the figure, the verdict (icon and words,
 * never colour alone) with its short label, and the one line saying which bulletin gave what.
 */
export function OfficialChecks({ figures, reference }: { figures: readonly Figure[]; reference?: ReferenceSet | null }) {
  const checked = checkedFigures(figures);
  if (checked.length === 0) return null;
  return (
    <div class="table-wrap">
      <table class="figures official" data-testid="popup-official">
        <caption class="small muted">{say('popup_official_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{say('popup_col_measure')}</th>
            <th scope="col">{say('popup_col_page')}</th>
            <th scope="col">{say('popup_col_official')}</th>
          </tr>
        </thead>
        <tbody>
          {checked.map((f) => {
            const c = f.reference;
            const info = reference?.byId(c.series) ?? null;
            const tone = referenceTone(c);
            return (
              <tr key={`${f.start}:${f.measure ?? ''}`} data-testid="official-row" data-reference={c.verdict} data-measure={f.measure ?? undefined}>
                <th scope="row">{sentenceCase(measureLabel(f.measure, f.label) || say('common_figure'))}</th>
                <td class="num">{figureWords(f)}</td>
                <td>
                  <span class={`kind ref-tag ref-${tone}`}>
                    <span aria-hidden="true">{referenceIcon(c)}</span>
                    <span>{c.otherCounter ? say('ref.verdict.other-counter') : VERDICT_WORD[c.verdict]}</span>
                  </span>
                  <span class="small"> {referenceLabel(c, info)}</span>
                  <p class="small muted ref-line">{referenceLine(f, info)}</p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
